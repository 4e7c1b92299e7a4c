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

/** Raw bytes of a file: what `read` would decode, undecoded. */
export type BytesResult =
  { ok: true; bytes: Uint8Array; truncated: boolean } | Extract<ReadResult, { ok: false }>

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
  /**
   * Optional: the bytes `read` would decode, without decoding them (a reader that needs only a few
   * parts of a large file, a notebook's code cells say, then decodes only those). The same
   * answers as `read` for the same file and cap: the same failures, and on success exactly the
   * UTF-8 bytes of `read`'s text (byte-order mark removed, a character cut by the cap dropped).
   * The bytes may live in a buffer the view reuses: they are valid until the view's next read.
   */
  readBytes?(path: string, maxBytes?: number): BytesResult
}
