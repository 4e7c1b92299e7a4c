// The local Actions cache service (test/support/cache-server.ts) for the PR-mode benchmark.
// The benchmark times its runs with synchronous spawns, which would stall a server in its own
// process, so the service runs in a child process: started, restarted empty and stopped from
// synchronous code. Run as a script, this file is that child.

import { spawn } from 'node:child_process'
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const self = fileURLToPath(import.meta.url)

/** Sleeps without an event loop. */
function pause(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/**
 * Starts the service in a child process and waits (at most 10 s) until it listens.
 * @param {string} scratch a directory for the file the child announces itself in
 * @returns {{ env: () => Record<string, string>, restart: () => void, stop: () => void }} `env` is
 *   what a runner sets for the current service; `restart` replaces it with an empty one
 */
export function startCacheService(scratch) {
  const info = join(scratch, 'cache-service.json')
  let child
  let env = {}
  const start = () => {
    rmSync(info, { force: true })
    child = spawn(process.execPath, [self, info], { stdio: ['pipe', 'ignore', 'inherit'] })
    for (let waited = 0; !existsSync(info); waited += 20) {
      if (waited > 10_000) throw new Error('the cache service did not start')
      pause(20)
    }
    env = JSON.parse(readFileSync(info, 'utf8'))
  }
  const stop = () => {
    child?.stdin.end()
    child?.kill()
    child = undefined
  }
  start()
  return {
    env: () => env,
    restart: () => {
      stop()
      start()
    },
    stop,
  }
}

if (process.argv[1] === self) {
  // TypeScript: Node 24 runs it as is (its types are only annotations).
  const { startFakeCacheService } = await import('../../test/support/cache-server.ts')
  const token = 'runtime-token-for-the-benchmark'
  const service = await startFakeCacheService(token)
  const env = {
    ACTIONS_CACHE_SERVICE_V2: 'True',
    ACTIONS_RESULTS_URL: service.url,
    ACTIONS_RUNTIME_TOKEN: token,
    GITHUB_SERVER_URL: 'https://github.com',
  }
  writeFileSync(`${process.argv[2]}.tmp`, JSON.stringify(env))
  // Renamed into place whole, so the parent never reads half a file.
  renameSync(`${process.argv[2]}.tmp`, process.argv[2])
  // The parent ends the child by closing its stdin (or killing it).
  process.stdin.on('end', () => void service.close().then(() => process.exit(0)))
  process.stdin.resume()
}
