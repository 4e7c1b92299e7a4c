/**
 * The only ways the pure core reaches the outside world. Adapters (src/adapters) implement these
 * over the disk or git; tests implement them over an object literal (test/support/memory-repo.ts).
 *
 * The port is synchronous on purpose: on two cores plain synchronous reads beat many reads in
 * flight, and a synchronous core is simpler to keep deterministic. Asynchronous sources (the
 * GitHub API) prefetch into a memory view first.
 */
import type { Diagnostic, Exclusion } from './model.js'

export interface RepoFile {
  /** Repo-relative, forward slashes, no leading `./`. */
  path: string
  /** Size in bytes. */
  size: number
}

export type ReadResult =
  | { ok: true; text: string; truncated: boolean }
  | { ok: false; reason: 'missing' | 'binary' | 'unreadable' | 'not-utf8'; message: string }

export interface RepoView {
  /**
   * Every file below the scan root that the walk kept, sorted by path (byte order).
   * The walk has already pruned `.git`, `node_modules` and `.gitignore`d paths, and never follows
   * a symlink out of the root.
   */
  readonly files: readonly RepoFile[]
  /** Directories or files the walk did not enter, with the reason. */
  readonly pruned: readonly Exclusion[]
  /** Problems the walk met (symlink loops, unreadable directories). */
  readonly diagnostics: readonly Diagnostic[]
  /**
   * Reads a file as UTF-8 text. With `maxBytes`, reads at most that many bytes and sets
   * `truncated`. Never throws. A file containing NUL bytes in its first 8 KiB is `binary`.
   */
  read(path: string, maxBytes?: number): ReadResult
}
