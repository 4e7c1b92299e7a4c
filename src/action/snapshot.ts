/**
 * Snapshots in the Action (src/core/7-delta/snapshot.ts): the run on a push to the default branch
 * leaves the analysis of that commit in the Actions cache; a pull-request or merge-group run whose
 * base is that commit takes it back, and analyses only the units the change touches. Best effort
 * both ways: without the cache, or with a snapshot that does not fit, a run analyses the whole head
 * as before, and says why in the log.
 */
import { createHash } from 'node:crypto'
import { runGit } from '../adapters/git.js'
import { parseSnapshot, serializeSnapshot, type Snapshot } from '../core/7-delta/snapshot.js'
import type { SnapshotUse } from '../engine.js'
import type { EventContext } from '../github/pull-request.js'
import type { SnapshotStore } from '../github/snapshot-cache.js'
import { VERSION } from '../version.js'

/**
 * The cache key of the snapshot of `commit` for the scan root `scanPath` (relative to the
 * repository, `''` for its root): one entry per version, scanned directory and commit.
 */
export function snapshotKey(commit: string, scanPath: string): string {
  const where = createHash('sha256').update(scanPath).digest('hex').slice(0, 12)
  return `stackfit-snapshot-${VERSION}-${where}-${commit}`
}

/** Whether this run writes a snapshot: a push to the repository's default branch. Pure. */
export function writesSnapshot(event: EventContext): boolean {
  return (
    event.eventName === 'push' &&
    event.defaultBranch !== undefined &&
    event.ref === `refs/heads/${event.defaultBranch}`
  )
}

/**
 * True when the checkout holds exactly its commit: no tracked file modified or staged (files git
 * does not track are not listed by the head view, so they do not matter). False when git cannot say.
 */
export function cleanCheckout(cwd: string): boolean {
  const status = runGit(cwd, ['status', '--porcelain', '--untracked-files=no', '-z'])
  return status.ok && status.stdout.length === 0
}

/** The snapshot saved under `key`, or undefined (none, unreadable: logged). Never throws. */
export async function restoreSnapshot(
  store: SnapshotStore,
  key: string,
  log: (line: string) => void,
): Promise<Snapshot | undefined> {
  const text = await store.restore(key)
  if (text === undefined) {
    log(`stackfit: no snapshot of the base in the cache (${key}); analysing the whole head`)
    return undefined
  }
  const parsed = parseSnapshot(text)
  if (!parsed.ok) {
    log(`stackfit: the cached snapshot ${key} is unreadable (${parsed.problem}); not used`)
    return undefined
  }
  return parsed.snapshot
}

/** Saves `snapshot` under `key`; logs the outcome. Never throws. */
export async function saveSnapshot(
  store: SnapshotStore,
  key: string,
  snapshot: Snapshot,
  log: (line: string) => void,
): Promise<void> {
  const text = serializeSnapshot(snapshot)
  const saved = await store.save(key, text)
  log(
    saved
      ? `stackfit: saved the snapshot of this commit for pull requests (${key}, ${Math.ceil(text.length / 1024)} KiB)`
      : `stackfit: did not save the snapshot of this commit (${key})`,
  )
}

/** The log line saying how a run used the base's snapshot. */
export function describeSnapshotUse(use: SnapshotUse): string {
  return use.used
    ? `stackfit: analysed from the base's snapshot: ${use.analysed} touched unit${use.analysed === 1 ? '' : 's'}, ${use.files} files listed`
    : `stackfit: the base's snapshot was not used: ${use.reason}; analysed the whole head`
}
