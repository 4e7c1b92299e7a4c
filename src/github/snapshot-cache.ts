/**
 * Keeps a text between workflow runs in the GitHub Actions cache, through `@actions/cache` (the
 * package actions/cache is built on: its cache service protocol, archive and upload). One entry
 * per key holds one file; entries are immutable, so a key is written once. Used for snapshots
 * (src/action/snapshot.ts). The package is loaded on the first call (scripts/build.mjs, LAZY).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { isFeatureAvailable, restoreCache, saveCache } from '@actions/cache'

/** Keeps one text per key between workflow runs. Never throws: a failure is a log line and `undefined` / `false`. */
export interface SnapshotStore {
  /** The text saved under exactly `key`, or undefined (no entry, cache service unavailable, any error). */
  restore(key: string): Promise<string | undefined>
  /** Saves `text` under `key`; false when it could not (the entry exists already, no cache service, any error). */
  save(key: string, text: string): Promise<boolean>
}

/** The directory the entry holds, below the runner's temporary directory, and its one file. */
const DIRECTORY = 'stackfit-snapshot'
const FILE = 'snapshot.json'

/**
 * A SnapshotStore on the Actions cache. `tempDir` (the runner's RUNNER_TEMP) holds the directory
 * the cache entry archives: the same path on save and restore, as the cache's version hashes it.
 * Outside a runner with a cache service (ACTIONS_RESULTS_URL), or on a server without one, it does
 * nothing and says so once.
 */
export function actionsCacheStore(options: {
  tempDir: string
  log: (line: string) => void
}): SnapshotStore {
  const dir = join(options.tempDir, DIRECTORY)
  let said = false
  const available = (): boolean => {
    // Without either variable there is no cache service: answered without loading the package.
    let yes = Boolean(process.env['ACTIONS_RESULTS_URL'] || process.env['ACTIONS_CACHE_URL'])
    try {
      yes &&= isFeatureAvailable()
    } catch {
      yes = false
    }
    if (!yes && !said) {
      said = true
      options.log('the Actions cache is not available here, so no snapshot is kept or read')
    }
    return yes
  }
  const fail = (what: string, error: unknown): void =>
    options.log(
      `could not ${what} the cache: ${error instanceof Error ? error.message : String(error)}`,
    )
  return {
    async restore(key) {
      if (!available()) return undefined
      try {
        rmSync(dir, { recursive: true, force: true })
        mkdirSync(dir, { recursive: true })
        const hit = await restoreCache([dir], key, [])
        if (hit !== key) return undefined
        return readFileSync(join(dir, FILE), 'utf8')
      } catch (error) {
        fail('read', error)
        return undefined
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
    async save(key, text) {
      if (!available()) return false
      try {
        rmSync(dir, { recursive: true, force: true })
        mkdirSync(dir, { recursive: true })
        writeFileSync(join(dir, FILE), text)
        return (await saveCache([dir], key)) > 0
      } catch (error) {
        fail('write', error)
        return false
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}
