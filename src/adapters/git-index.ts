/**
 * The entries of a git index file (`.git/index`): path, mode and the size git recorded when it
 * wrote the file to the work tree. Reading it costs a fraction of `git ls-tree -r -l` (which looks
 * up every blob's header) and of a walk that stats every file. Formats 2, 3 and 4
 * (prefix-compressed paths), SHA-1 and SHA-256 object ids. Anything this reader does not fully
 * understand — a split or sparse index, conflicted or skip-worktree entries, entries out of git's
 * order, a checksum that does not match — is refused with a reason, and the caller lists the
 * commit with git instead. See git's documentation of the index format (gitformat-index).
 *
 * The file is read in chunks through one reused buffer, hashed and parsed as it goes: on a
 * 284,000-entry index (37 MB) that costs about a tenth of reading it whole and hashing the copy,
 * because a fresh 37 MB buffer is paid for page by page. Entries come out in columns (a path
 * array and two number arrays), not one object each.
 */
import { isUtf8 } from 'node:buffer'
import { createHash, type Hash } from 'node:crypto'
import * as fs from 'node:fs'

/** The stage-0 entries of an index, in its order: sorted by path bytes, no path twice. */
export interface IndexEntries {
  /** Paths from the top of the work tree, decoded as UTF-8 (lossily when not valid UTF-8). */
  paths: string[]
  /** `0o100644`, `0o100755` (files), `0o120000` (symbolic link) or `0o160000` (submodule). */
  modes: ArrayLike<number>
  /**
   * Each file's size as git last saw it in the work tree, truncated to 32 bits. 0 also for an
   * entry git marked "racily clean": callers check those against the disk.
   */
  sizes: ArrayLike<number>
  /** The bytes of the paths that are not valid UTF-8, by their position in `paths`. */
  raw: Map<number, Buffer>
}

export type IndexParse =
  | { ok: true; entries: IndexEntries }
  | {
      ok: false
      reason: string
      /**
       * True for a sparse checkout (skip-worktree entries or a sparse index): the commit's tree
       * then names files that are not in the work tree, so only a walk lists what is there.
       */
      sparse?: boolean
    }

/** Index extensions that change what the entries mean: their presence refuses the file. */
const REFUSED_EXTENSIONS: Readonly<Record<string, string>> = {
  link: 'a split index',
  sdir: 'a sparse index',
}

const FLAG_EXTENDED = 0x4000
const FLAG_STAGE = 0x3000
const FLAG_NAME_LENGTH = 0x0fff
const EXTENDED_SKIP_WORKTREE = 0x4000
const EXTENDED_INTENT_TO_ADD = 0x2000
/** ctime, mtime (8 bytes each), dev, ino, mode, uid, gid, size (4 bytes each). */
const STAT_BYTES = 40
/** The smallest entry: stat data, an object id of 20 bytes, flags, a 1-byte name, its NUL. */
const MIN_ENTRY_BYTES = STAT_BYTES + 20 + 2 + 2
/** Bytes read at a time from the file: small enough to stay in the processor's cache. */
const CHUNK_BYTES = 256 * 1024

/**
 * Parses the index file `data` of a repository whose object ids are `oidBytes` long (20 for
 * SHA-1, 32 for SHA-256). Returns every stage-0 entry in the index's order (sorted by path bytes),
 * or `ok: false` with the reason it was refused. Pure; never throws.
 */
export function parseGitIndex(data: Buffer, oidBytes: 20 | 32): IndexParse {
  return parseFrom(new Window(data, undefined, data.length), oidBytes)
}

/**
 * Reads and parses the index file at `path` (see parseGitIndex), in chunks. Returns `ok: false`
 * with the reason when the file cannot be read or is refused. Never throws.
 */
export function readGitIndex(path: string, oidBytes: 20 | 32): IndexParse {
  let fd: number
  try {
    fd = fs.openSync(path, 'r')
  } catch (error) {
    return { ok: false, reason: `unreadable index (${(error as Error).message})` }
  }
  try {
    const size = fs.fstatSync(fd).size
    return parseFrom(new Window(Buffer.allocUnsafe(CHUNK_BYTES), fd, size), oidBytes)
  } catch (error) {
    return { ok: false, reason: `unreadable index (${(error as Error).message})` }
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * A window on the file's bytes: `buf[start, end)` holds the file's bytes from `offset + start`.
 * Over an in-memory file (`fd` undefined) it is the whole file; over a descriptor it is refilled
 * from the file, and every byte before `body` that is read is fed to `hash` exactly once.
 */
class Window {
  start = 0
  end: number
  offset = 0
  hash: Hash | undefined
  /** The file's length less its trailing checksum: where entries and extensions must end. */
  body = 0

  constructor(
    public buf: Buffer,
    private readonly fd: number | undefined,
    readonly size: number,
  ) {
    this.end = fd === undefined ? buf.length : 0
  }

  /** The file offset of `buf[start]`. */
  get at(): number {
    return this.offset + this.start
  }

  /** Makes `n` bytes available from `start`; false when the file ends first. */
  fill(n: number): boolean {
    if (this.end - this.start >= n) return true
    if (this.fd === undefined) return false
    if (this.start > 0) {
      this.buf.copyWithin(0, this.start, this.end)
      this.offset += this.start
      this.end -= this.start
      this.start = 0
    }
    if (n > this.buf.length) {
      const grown = Buffer.allocUnsafe(Math.max(n, this.buf.length * 2))
      this.buf.copy(grown, 0, 0, this.end)
      this.buf = grown
    }
    while (this.end < n) {
      const position = this.offset + this.end
      const want = Math.min(this.buf.length - this.end, this.size - position)
      if (want <= 0) return false
      const got = fs.readSync(this.fd, this.buf, this.end, want, position)
      if (got <= 0) return false
      const hashed = Math.min(got, this.body - position)
      if (hashed > 0) this.hash?.update(this.buf.subarray(this.end, this.end + hashed))
      this.end += got
    }
    return true
  }

  /** Passes over `n` bytes (read and hashed, not kept); false when the file ends first. */
  skip(n: number): boolean {
    for (;;) {
      const here = Math.min(n, this.end - this.start)
      this.start += here
      n -= here
      if (n === 0) return true
      if (!this.fill(Math.min(n, CHUNK_BYTES))) return false
    }
  }

  /** Reads the rest of the body, so that the hash has seen all of it. */
  drain(): void {
    if (this.at < this.body) this.skip(this.body - this.at)
  }

  /** The file's last `n` bytes. */
  trailer(n: number): Buffer {
    if (this.fd === undefined) return this.buf.subarray(this.size - n)
    const out = Buffer.alloc(n)
    fs.readSync(this.fd, out, 0, n, this.size - n)
    return out
  }
}

/** The big-endian unsigned 32-bit number at `at` (inlined: no bounds check per call). */
function uint32(buf: Buffer, at: number): number {
  return (
    (buf[at] as number) * 0x1000000 +
    (((buf[at + 1] as number) << 16) | ((buf[at + 2] as number) << 8) | (buf[at + 3] as number))
  )
}

/** The big-endian unsigned 16-bit number at `at`. */
function uint16(buf: Buffer, at: number): number {
  return ((buf[at] as number) << 8) | (buf[at + 1] as number)
}

/** Parses, then checks the checksum: a file that fails it is refused for that, whatever else. */
function parseFrom(window: Window, oidBytes: number): IndexParse {
  const buf = window.buf
  if (window.size < 12 + oidBytes || !window.fill(12) || buf.toString('latin1', 0, 4) !== 'DIRC')
    return { ok: false, reason: 'not an index file' }
  const version = buf.readUInt32BE(4)
  if (version < 2 || version > 4) return { ok: false, reason: `index version ${version}` }
  window.body = window.size - oidBytes
  const trailer = window.trailer(oidBytes)
  // `index.skipHash` writes a null trailer; otherwise it is the hash of everything before it.
  const hashed = trailer.some((b) => b !== 0)
  const algorithm = oidBytes === 32 ? 'sha256' : 'sha1'
  if (hashed) {
    window.hash = createHash(algorithm)
    // What the window holds already (all of an in-memory file: its body).
    window.hash.update(buf.subarray(0, Math.min(window.end, window.body)))
  }
  let result: IndexParse
  try {
    result = parseEntries(window, oidBytes)
  } catch (error) {
    result = { ok: false, reason: `unreadable index (${(error as Error).message})` }
  }
  if (!hashed) return result
  try {
    window.drain()
  } catch {
    // a read error: the digest below will not match
  }
  if (window.at < window.body || !window.hash!.digest().equals(trailer))
    return { ok: false, reason: 'the index checksum does not match' }
  return result
}

function parseEntries(window: Window, oidBytes: number): IndexParse {
  const version = window.buf.readUInt32BE(4)
  const count = window.buf.readUInt32BE(8)
  if (count > (window.body - 12) / MIN_ENTRY_BYTES)
    return { ok: false, reason: 'a truncated index' }
  window.start = 12
  const paths: string[] = new Array<string>(count)
  const modes = new Uint32Array(count)
  const sizes = new Uint32Array(count)
  const raw = new Map<number, Buffer>()
  const head = STAT_BYTES + oidBytes + 2
  /** The previous path's bytes: for version 4's prefix compression and for the order check. */
  let previous = Buffer.allocUnsafe(1024)
  let previousLength = 0
  // Said after the extensions: a split index, whose entries may have empty names, says so.
  let outOfOrder = false
  for (let i = 0; i < count; i++) {
    // Offsets below are from `window.start`, which a refill may move.
    if (!window.fill(head)) return { ok: false, reason: 'a truncated index' }
    const first = window.start
    const mode = uint32(window.buf, first + 24)
    const size = uint32(window.buf, first + 36)
    const flags = uint16(window.buf, first + head - 2)
    let at = head
    if (flags & FLAG_EXTENDED) {
      if (version < 3) return { ok: false, reason: 'an extended entry in a version 2 index' }
      if (!window.fill(at + 2)) return { ok: false, reason: 'a truncated index' }
      const extended = window.buf.readUInt16BE(window.start + at)
      at += 2
      if (extended & EXTENDED_SKIP_WORKTREE)
        return { ok: false, reason: 'a sparse checkout', sparse: true }
      if (extended & EXTENDED_INTENT_TO_ADD)
        return { ok: false, reason: 'a path added with --intent-to-add' }
    }
    if (flags & FLAG_STAGE) return { ok: false, reason: 'a conflicted merge' }
    // `keep` bytes of the previous path stay (version 4); the rest of the name follows at `at`.
    let keep = 0
    if (version === 4) {
      // A varint of bytes to drop from the previous path, then the rest of the path, NUL-ended.
      let drop = -1
      for (let byte = 0x80; byte & 0x80;) {
        if (!window.fill(at + 1) || drop > previousLength)
          return { ok: false, reason: 'a malformed entry' }
        byte = window.buf[window.start + at++] as number
        drop = drop < 0 ? byte & 0x7f : ((drop + 1) << 7) | (byte & 0x7f)
      }
      if (drop > previousLength) return { ok: false, reason: 'a malformed entry' }
      keep = previousLength - drop
    }
    // The name ends at a NUL: where the name-length field says (version 2 and 3), else searched.
    const length = version === 4 ? FLAG_NAME_LENGTH : flags & FLAG_NAME_LENGTH
    let nulAt: number
    if (length < FLAG_NAME_LENGTH) {
      if (!window.fill(at + length + 1)) return { ok: false, reason: 'a truncated index' }
      nulAt = at + length
      if (window.buf[window.start + nulAt] !== 0) return { ok: false, reason: 'a malformed entry' }
    } else {
      for (let from = at; ;) {
        const nul = window.buf.indexOf(0, window.start + from)
        if (nul >= 0 && nul < window.end) {
          nulAt = nul - window.start
          break
        }
        from = window.end - window.start
        if (!window.fill(from + 1)) return { ok: false, reason: 'a truncated index' }
      }
    }
    const buf = window.buf
    const name = window.start + at
    const nul = window.start + nulAt
    // Git's order: each path's bytes after the previous path's, none twice.
    const pathLength = keep + (nul - name)
    const common = Math.min(previousLength, pathLength)
    let differ = keep
    while (differ < common && previous[differ] === buf[name + differ - keep]) differ++
    if (
      i > 0 &&
      (differ === pathLength ||
        (differ < previousLength &&
          (previous[differ] as number) > (buf[name + differ - keep] as number)))
    )
      outOfOrder = true
    if (pathLength > previous.length) {
      const grown = Buffer.allocUnsafe(pathLength * 2)
      previous.copy(grown, 0, 0, previousLength)
      previous = grown
    }
    // Only the bytes after the shared prefix change (a few per entry: a loop beats a copy call).
    for (let to = differ, from = name + differ - keep; from < nul;)
      previous[to++] = buf[from++] as number
    previousLength = pathLength
    const path =
      keep > 0 ? previous.toString('utf8', 0, pathLength) : buf.toString('utf8', name, nul)
    if (path.includes('\uFFFD')) {
      const bytes = previous.subarray(0, pathLength)
      if (!isUtf8(bytes)) raw.set(i, Buffer.from(bytes))
    }
    paths[i] = path
    modes[i] = mode
    sizes[i] = size
    // Entries of version 2 and 3 are padded with 1 to 8 NULs to a multiple of 8 bytes.
    const end = version === 4 ? nulAt + 1 : (nulAt + 8) & ~7
    if (window.at + end > window.body || !window.fill(end))
      return { ok: false, reason: 'a truncated index' }
    window.start += end
  }
  // Extensions: a four-byte signature and a four-byte length each, up to the trailer.
  while (window.at + 8 <= window.body) {
    if (!window.fill(8)) break
    const signature = window.buf.toString('latin1', window.start, window.start + 4)
    const refused = REFUSED_EXTENSIONS[signature]
    if (refused !== undefined)
      return { ok: false, reason: refused, ...(signature === 'sdir' ? { sparse: true } : {}) }
    const length = window.buf.readUInt32BE(window.start + 4)
    if (window.at + 8 + length > window.body) break
    window.skip(8 + length)
  }
  if (outOfOrder) return { ok: false, reason: 'entries out of order' }
  return { ok: true, entries: { paths, modes, sizes, raw } }
}
