/**
 * The snapshot store on the GitHub Actions cache: one opaque text per key, kept between workflow
 * runs. The `push` run on the default branch saves the analysis of its commit; pull-request runs
 * whose base is that commit restore it. What the text holds, and when it may be used, is the
 * core's business; this module only carries it.
 *
 * Transport: `@actions/cache`, which archives a list of paths with tar and talks to the runner's
 * cache service (v2: Twirp JSON under ACTIONS_RESULTS_URL, the archive itself uploaded to and
 * downloaded from signed URLs; v1, on GitHub Enterprise Server: ACTIONS_CACHE_URL). It is bundled
 * on its own as dist/lazy/cache.cjs (scripts/build.mjs, LAZY): loading it costs about a third of
 * a second of CPU, which a run without the service's variables does not pay.
 *
 * The text is written, uncompressed, to one file in a directory of its own under `tempDir`; the
 * archive is compressed by tar (zstd, or gzip where the runner has no zstd), so compressing the
 * text first would only cost time.
 *
 * The file's path is the same in every run, because the cache service files an entry under its
 * key and a "version" that @actions/cache computes from the archived paths and the compression
 * method, and tar puts the file back where it was relative to GITHUB_WORKSPACE. On GitHub's
 * hosted runners RUNNER_TEMP and the workspace are the same in every run of a repository; where
 * they differ (another self-hosted runner, a runner without zstd), the entry is simply not found.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isFeatureAvailable, restoreCache, saveCache } from '@actions/cache'

/**
 * Keeps one text per key between workflow runs. Never throws: a failure is a log line and
 * `undefined` / `false`.
 */
export interface SnapshotStore {
  /**
   * The text saved under exactly `key`, or undefined (no entry, cache service unavailable, any
   * error).
   */
  restore(key: string): Promise<string | undefined>
  /**
   * Saves `text` under `key`; false when it could not (the entry exists already, no cache service,
   * any error).
   */
  save(key: string, text: string): Promise<boolean>
}

export interface SnapshotStoreOptions {
  /** The runner's own temporary directory (RUNNER_TEMP): the text's file goes under it. */
  tempDir: string
  /** Where the store says what it did: a line per call, and one when there is no cache service. */
  log: (line: string) => void
}

/** The directory under `tempDir` (emptied before each use) and the file in it that is archived. */
export const SNAPSHOT_DIR = 'stackfit-snapshot'
export const SNAPSHOT_FILE = 'snapshot.txt'

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * Returns a store on the Actions cache. Creating it does nothing; each call checks that the cache
 * service is configured (it is not outside GitHub Actions, nor on Enterprise Server without the
 * cache), and when it is not, returns `undefined` / `false` without a request, saying so in the
 * log once. The calls of one store run one after the other (they share the file). Restores only
 * an entry saved under exactly `key` (no prefix matching), and gives back exactly the text saved.
 */
export function actionsCacheStore(options: SnapshotStoreOptions): SnapshotStore {
  const { log } = options
  const dir = join(options.tempDir, SNAPSHOT_DIR)
  const file = join(dir, SNAPSHOT_FILE)
  let toldUnavailable = false
  let queue: Promise<unknown> = Promise.resolve()

  /** Runs `task` after the store's earlier calls; tasks never reject, so neither does the queue. */
  function inTurn<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task)
    queue = run
    return run
  }

  /** True when the cache service is configured; says once why not. */
  function available(): boolean {
    let why: string | undefined
    try {
      // Without either variable there is no service: answered without loading the client.
      const named = process.env['ACTIONS_RESULTS_URL'] || process.env['ACTIONS_CACHE_URL']
      if (!named || !isFeatureAvailable()) why = 'no Actions cache service here'
    } catch (error) {
      why = `the cache client did not load: ${messageOf(error)}`
    }
    if (why !== undefined && !toldUnavailable) {
      toldUnavailable = true
      log(`Snapshot cache: ${why}; snapshots are neither restored nor saved.`)
    }
    return why === undefined
  }

  async function emptyDir(): Promise<void> {
    await rm(dir, { recursive: true, force: true })
    await mkdir(dir, { recursive: true })
  }

  async function cleanUp(): Promise<void> {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined)
  }

  async function restore(key: string): Promise<string | undefined> {
    if (!available()) return undefined
    try {
      await emptyDir()
      const matched = await restoreCache([file], key)
      if (matched === undefined) {
        log(`Snapshot cache: nothing restored for ${key}.`)
        return undefined
      }
      if (matched !== key) {
        log(`Snapshot cache: the service answered ${matched} for ${key}; not used.`)
        return undefined
      }
      const bytes = await readFile(file)
      const text = UTF8.decode(bytes)
      log(`Snapshot cache: restored ${key} (${bytes.length} bytes).`)
      return text
    } catch (error) {
      log(`Snapshot cache: could not restore ${key}: ${messageOf(error)}`)
      return undefined
    } finally {
      await cleanUp()
    }
  }

  async function save(key: string, text: string): Promise<boolean> {
    if (!available()) return false
    if (!(text as unknown as { isWellFormed(): boolean }).isWellFormed()) {
      log(`Snapshot cache: not saving ${key}: the text has a lone surrogate, UTF-8 cannot keep it.`)
      return false
    }
    try {
      await emptyDir()
      await writeFile(file, text, 'utf8')
      const id = await saveCache([file], key)
      if (id < 0) {
        log(`Snapshot cache: ${key} not saved (it exists already, or the cache service refused).`)
        return false
      }
      log(`Snapshot cache: saved ${key} (${Buffer.byteLength(text)} bytes).`)
      return true
    } catch (error) {
      log(`Snapshot cache: could not save ${key}: ${messageOf(error)}`)
      return false
    } finally {
      await cleanUp()
    }
  }

  return {
    restore: (key) => inTurn(() => restore(key)),
    save: (key, text) => inTurn(() => save(key, text)),
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
