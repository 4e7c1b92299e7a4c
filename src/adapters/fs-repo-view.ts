/**
 * RepoView over the disk: one synchronous walk (fdir) that prunes `.git`, `node_modules` and
 * `.gitignore`d paths as it goes, never follows a symlink, and reads files with a byte cap.
 */
import { isUtf8 } from 'node:buffer'
import * as fs from 'node:fs'
import { fdir, type FSLike } from 'fdir'
import type { Diagnostic, Exclusion } from '../core/model.js'
import type { BytesResult, ReadResult, RepoFile, RepoView } from '../core/ports.js'
import { checkText, decodeText } from './decode-text.js'
import { errorMessage } from '../core/parse/text.js'
import { createTreeFilter, errorCode } from './tree-filter.js'

export interface FsRepoViewOptions {
  /**
   * Called after each directory the walk reads, with the number of files (not directories) kept
   * so far, for a progress line. Must not throw.
   */
  onProgress?: (files: number) => void
}

const O_NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Builds a RepoView of the directory `root`. The walk happens now, synchronously; `files` is
 * sorted by path in byte order with repo-relative forward-slash paths. Symlinks are never
 * followed: one pointing inside the root is listed in `pruned` (its target is scanned where it
 * lives), one pointing outside or forming a loop is also a diagnostic. Names that are not valid
 * UTF-8 are skipped with a diagnostic. `read` never throws. Never throws, even when `root` does
 * not exist (the view is then empty with an error diagnostic).
 */
export function createFsRepoView(root: string, options: FsRepoViewOptions = {}): RepoView {
  const onProgress = options.onProgress
  let filesSoFar = 0
  const diagnostics: Diagnostic[] = []
  const pruned: Exclusion[] = []
  const rootSlash = scanRootSlash(root, diagnostics)
  if (rootSlash === undefined) return diskView('', [], pruned, diagnostics)
  const filter = createTreeFilter(rootSlash, pruned, diagnostics)

  const dropInvalidNames = (dirPath: string, rel: string, entries: fs.Dirent[]): fs.Dirent[] => {
    let raw: fs.Dirent<Buffer>[]
    try {
      raw = fs.readdirSync(dirPath, { withFileTypes: true, encoding: 'buffer' })
    } catch {
      return entries
    }
    const bad = new Set<string>()
    for (const entry of raw) {
      if (isUtf8(entry.name)) continue
      const lossy = entry.name.toString('utf8')
      bad.add(lossy)
      diagnostics.push(notUtf8(rel === '' ? lossy : `${rel}/${lossy}`))
    }
    return bad.size === 0 ? entries : entries.filter((e) => !bad.has(e.name))
  }

  const readdirSync = (dirPath: string): fs.Dirent[] => {
    const rel = dirPath.length > rootSlash.length ? dirPath.slice(rootSlash.length, -1) : ''
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(dirPath, { withFileTypes: true })
    } catch (error) {
      diagnostics.push({
        severity: 'warning',
        code: 'unreadable',
        message: `Directory ${rel || '.'} was not read: ${errorMessage(error)}`,
        ...(rel ? { path: rel } : {}),
      })
      return []
    }
    if (entries.some((e) => e.name.includes('\uFFFD')))
      entries = dropInvalidNames(dirPath, rel, entries)
    const kept = filter.keep(rel, dirPath, entries)
    if (onProgress !== undefined) {
      for (const entry of kept) if (!entry.isDirectory()) filesSoFar++
      onProgress(filesSoFar)
    }
    return kept
  }

  const fsLike = { ...fs, readdirSync } as unknown as FSLike
  let paths: string[]
  try {
    paths = new fdir({ fs: fsLike })
      .withRelativePaths()
      .withPathSeparator('/')
      .crawl(rootSlash)
      .sync()
  } catch (error) {
    diagnostics.push({
      severity: 'error',
      code: 'unreadable',
      message: `The walk of ${root} failed: ${errorMessage(error)}`,
    })
    paths = []
  }

  const files: RepoFile[] = []
  for (const path of paths) {
    try {
      const stat = fs.statSync(rootSlash + path, { throwIfNoEntry: false })
      if (stat?.isFile()) files.push({ path, size: stat.size })
    } catch (error) {
      diagnostics.push({
        severity: 'warning',
        code: 'unreadable',
        message: `${path} was not examined: ${errorMessage(error)}`,
        path,
      })
    }
  }
  files.sort((a, b) => compare(a.path, b.path))
  pruned.sort((a, b) => compare(a.path, b.path))
  diagnostics.sort((a, b) => compare(a.path ?? '', b.path ?? '') || compare(a.code, b.code))
  return diskView(rootSlash, files, pruned, diagnostics)
}

/**
 * The real path of the scan root `root`, with forward slashes and a final `/`; undefined (and an
 * error diagnostic) when it does not exist or is not a directory. Never throws.
 */
export function scanRootSlash(root: string, diagnostics: Diagnostic[]): string | undefined {
  try {
    const real = fs.realpathSync(root)
    if (!fs.statSync(real).isDirectory()) throw new Error(`${root} is not a directory`)
    return real.replace(/\\/g, '/').replace(/\/?$/, '/')
  } catch (error) {
    diagnostics.push({
      severity: 'error',
      code: 'unreadable',
      message: `Cannot scan ${root}: ${errorMessage(error)}`,
    })
    return undefined
  }
}

/** The diagnostic for a file or directory name that is not valid UTF-8 (shown lossily). */
export function notUtf8(path: string): Diagnostic {
  return {
    severity: 'warning',
    code: 'not-utf8',
    message: `The name of ${path} is not valid UTF-8; it was skipped`,
    path,
  }
}

/**
 * The RepoView of `files` listed below `rootSlash` (sorted by path), reading from the disk with
 * the byte cap: a listed file is opened without following a final symlink; an unlisted path
 * (a sibling file the analysis asks for) must resolve inside the root. `rootSlash` '' gives a
 * view that reads nothing.
 */
export function diskView(
  rootSlash: string,
  files: RepoFile[],
  pruned: Exclusion[],
  diagnostics: Diagnostic[],
): RepoView {
  const listed = (path: string): boolean => {
    // `files` is sorted by path in byte order: a binary search, not a set of every path.
    let lo = 0
    let hi = files.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const at = (files[mid] as RepoFile).path
      if (at === path) return true
      if (at < path) lo = mid + 1
      else hi = mid - 1
    }
    return false
  }
  const inside = (real: string): boolean => real.replace(/\\/g, '/').startsWith(rootSlash)
  /** Reads `path` into the shared buffer: how many bytes, or why not. */
  const readRaw = (path: string, maxBytes: number | undefined): Raw => {
    if (rootSlash === '')
      return { ok: false, reason: 'missing', message: 'the scan root could not be read' }
    const isListed = listed(path)
    let full = rootSlash + path
    if (!isListed) {
      if (path === '' || path.startsWith('/') || path.split(/[/\\]/).includes('..')) {
        return { ok: false, reason: 'missing', message: 'not a path inside the scanned root' }
      }
      try {
        full = fs.realpathSync(full)
      } catch (error) {
        const dangling = fs.lstatSync(rootSlash + path, { throwIfNoEntry: false })?.isSymbolicLink()
        if (errorCode(error) === 'ENOENT' && !dangling)
          return { ok: false, reason: 'missing', message: 'no such file' }
        return {
          ok: false,
          reason: 'unreadable',
          message: dangling ? 'dangling or looping symlink' : errorMessage(error),
        }
      }
      if (!inside(full))
        return { ok: false, reason: 'unreadable', message: 'resolves outside the scanned root' }
    }
    return readCapped(full, isListed, maxBytes)
  }
  return {
    files,
    pruned,
    diagnostics,
    read(path: string, maxBytes?: number): ReadResult {
      const raw = readRaw(path, maxBytes)
      return raw.ok ? decodeText(scratch, raw.n, raw.truncated) : raw
    },
    readBytes(path: string, maxBytes?: number): BytesResult {
      const raw = readRaw(path, maxBytes)
      return raw.ok ? checkText(scratch, raw.n, raw.truncated) : raw
    },
  }
}

/** The shared buffer's first `n` bytes hold the file (up to the cap), or why it was not read. */
type Raw = { ok: true; n: number; truncated: boolean } | Extract<ReadResult, { ok: false }>

/**
 * The buffer every read goes through: it grows to the largest file read (at most the largest cap
 * plus one byte) and is reused, so reading thousands of files allocates one buffer, not one each.
 * decodeText copies what it keeps.
 */
let scratch = Buffer.allocUnsafe(64 * 1024)

function readCapped(full: string, listed: boolean, maxBytes: number | undefined): Raw {
  let fd: number
  try {
    // Listed files were reached through real directories, so refusing a final symlink is enough.
    fd = fs.openSync(full, fs.constants.O_RDONLY | (listed ? O_NOFOLLOW : 0))
  } catch (error) {
    const code = errorCode(error)
    if (code === 'ENOENT' && !listed)
      return { ok: false, reason: 'missing', message: 'no such file' }
    const message = code === 'ENOENT' ? 'the file disappeared after the walk' : errorMessage(error)
    return { ok: false, reason: 'unreadable', message }
  }
  // Reading one byte past the cap tells a truncated file without a stat.
  const want = maxBytes === undefined ? Infinity : Math.max(0, maxBytes) + 1
  let n = 0
  try {
    for (;;) {
      if (n === scratch.length) {
        if (n >= want) break
        const grown = Buffer.allocUnsafe(Math.min(want, scratch.length * 2))
        scratch.copy(grown, 0, 0, n)
        scratch = grown
      }
      const read = fs.readSync(fd, scratch, n, Math.min(want, scratch.length) - n, n)
      if (read === 0) break
      n += read
      if (n >= want) break
    }
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: errorMessage(error) }
  } finally {
    fs.closeSync(fd)
  }
  const truncated = maxBytes !== undefined && n > maxBytes
  return { ok: true, n: truncated ? Math.max(0, maxBytes) : n, truncated }
}
