/**
 * RepoView over the disk: one synchronous walk (fdir) that prunes `.git`, `node_modules` and
 * `.gitignore`d paths as it goes, never follows a symlink, and reads files with a byte cap.
 */
import { isUtf8 } from 'node:buffer'
import * as fs from 'node:fs'
import { fdir, type FSLike } from 'fdir'
import type { Diagnostic, Exclusion } from '../core/model.js'
import type { ReadResult, RepoFile, RepoView } from '../core/ports.js'
import { decodeText } from './decode-text.js'
import { parseIgnoreFile, type IgnoreFile } from './ignore-file.js'

export interface FsRepoViewOptions {
  /**
   * Reserved: list files with `git ls-files` instead of walking. Not implemented yet; the walk
   * applies the same rules (.gitignore files, .git/info/exclude), so the result is the same.
   */
  useGit?: boolean
  /**
   * Called after each directory the walk reads, with the number of files (not directories) kept
   * so far, for a progress line. Must not throw.
   */
  onProgress?: (files: number) => void
}

/** A file NUL-free in this many leading bytes is text. Same window as git and the memory view. */
/** Ignore files larger than this are not read (a diagnostic says so). */
const MAX_IGNORE_FILE_BYTES = 1024 * 1024
const O_NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0

/** One ignore file in the chain that applies to a directory, deepest first. */
type IgnoreLevel = IgnoreFile

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Builds a RepoView of the directory `root`. The walk happens now, synchronously; `files` is
 * sorted by path in byte order with repo-relative forward-slash paths. Symlinks are never
 * followed: one pointing inside the root is listed in `pruned` (its target is scanned where it
 * lives), one pointing outside or forming a loop is also a diagnostic. Names that are not valid
 * UTF-8 are skipped with a diagnostic. `read` never throws. Never throws, even when `root` does
 * not exist (the view is then empty with an error diagnostic).
 */
export function createFsRepoView(root: string, options: FsRepoViewOptions = {}): RepoView {
  void options.useGit
  const onProgress = options.onProgress
  let filesSoFar = 0
  const diagnostics: Diagnostic[] = []
  const pruned: Exclusion[] = []
  let rootReal: string
  try {
    rootReal = fs.realpathSync(root)
    if (!fs.statSync(rootReal).isDirectory()) throw new Error(`${root} is not a directory`)
  } catch (error) {
    diagnostics.push({
      severity: 'error',
      code: 'unreadable',
      message: `Cannot scan ${root}: ${errorMessage(error)}`,
    })
    return makeView('', [], pruned, diagnostics)
  }
  const rootSlash = rootReal.replace(/\\/g, '/').replace(/\/?$/, '/')
  const inside = (real: string): boolean => {
    const p = real.replace(/\\/g, '/')
    return p === rootSlash.slice(0, -1) || p.startsWith(rootSlash)
  }

  const levels = new Map<string, IgnoreLevel[]>()
  const loadIgnore = (relFile: string, levelsSoFar: IgnoreLevel[], base: string): IgnoreLevel[] => {
    let text: string
    try {
      const full = rootSlash + relFile
      const size = fs.statSync(full).size
      if (size > MAX_IGNORE_FILE_BYTES) {
        diagnostics.push({
          severity: 'warning',
          code: 'file-too-large',
          message: `${relFile} is ${size} bytes; its rules were not applied`,
          path: relFile,
        })
        return levelsSoFar
      }
      text = fs.readFileSync(full, 'utf8')
    } catch (error) {
      diagnostics.push({
        severity: 'warning',
        code: 'unreadable',
        message: `${relFile} was not read: ${errorMessage(error)}`,
        path: relFile,
      })
      return levelsSoFar
    }
    return [parseIgnoreFile(base, relFile, text), ...levelsSoFar]
  }

  let rootLevels: IgnoreLevel[] = []
  try {
    if (fs.statSync(rootSlash + '.git/info/exclude', { throwIfNoEntry: false })?.isFile()) {
      rootLevels = loadIgnore('.git/info/exclude', rootLevels, '')
    }
  } catch {
    // .git is a file (worktree, submodule): its info/exclude lives elsewhere.
  }

  /** The ignore source that excludes `path` (`file:line`), or undefined. Deeper files win. */
  const ignoredBy = (
    chain: readonly IgnoreLevel[],
    path: string,
    isDir: boolean,
  ): string | undefined => {
    for (const level of chain) {
      const { base } = level
      const relative = base === '' ? path : path.slice(base.length + 1)
      let result
      try {
        result = level.test(isDir ? `${relative}/` : relative)
      } catch {
        continue
      }
      if (result.ignored) return result.mark ?? `${base === '' ? '' : `${base}/`}.gitignore`
      if (result.unignored) return undefined
    }
    return undefined
  }

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
      const path = rel === '' ? lossy : `${rel}/${lossy}`
      diagnostics.push({
        severity: 'warning',
        code: 'not-utf8',
        message: `The name of ${path} is not valid UTF-8; it was skipped`,
        path,
      })
    }
    return bad.size === 0 ? entries : entries.filter((e) => !bad.has(e.name))
  }

  const onSymlink = (dirPath: string, path: string): void => {
    const full = dirPath + path.slice(path.lastIndexOf('/') + 1)
    let target: string
    try {
      target = fs.realpathSync(full)
    } catch (error) {
      if (errorCode(error) === 'ELOOP') {
        diagnostics.push({
          severity: 'warning',
          code: 'symlink-loop',
          message: `Symlink ${path} loops; it was not followed`,
          path,
        })
        pruned.push({ path, reason: 'symlink', source: 'symlink loop' })
      } else {
        pruned.push({ path, reason: 'symlink', source: 'dangling symlink' })
      }
      return
    }
    if (!inside(target)) {
      diagnostics.push({
        severity: 'warning',
        code: 'symlink-outside-root',
        message: `Symlink ${path} points outside the scanned root; it was not followed`,
        path,
      })
      pruned.push({ path, reason: 'symlink', source: 'points outside the scanned root' })
      return
    }
    const targetSlash = target.replace(/\\/g, '/')
    const linkDir = dirPath.replace(/\\/g, '/')
    let isDir = false
    try {
      isDir = fs.statSync(target).isDirectory()
    } catch {
      // raced away: treat as a file link
    }
    if (isDir && (linkDir === `${targetSlash}/` || linkDir.startsWith(`${targetSlash}/`))) {
      diagnostics.push({
        severity: 'warning',
        code: 'symlink-loop',
        message: `Symlink ${path} points to its own ancestor; it was not followed`,
        path,
      })
      pruned.push({ path, reason: 'symlink', source: 'symlink loop' })
      return
    }
    const relTarget =
      targetSlash === rootSlash.slice(0, -1) ? '.' : targetSlash.slice(rootSlash.length)
    pruned.push({
      path,
      reason: 'symlink',
      source: `symlink to ${relTarget} (scanned where it lives)`,
    })
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
    const parentRel = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : ''
    let chain = rel === '' ? rootLevels : (levels.get(parentRel) ?? rootLevels)
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      chain = loadIgnore(rel === '' ? '.gitignore' : `${rel}/.gitignore`, chain, rel)
    }
    levels.set(rel, chain)
    const kept: fs.Dirent[] = []
    let keptFiles = 0
    for (const entry of entries) {
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`
      const isDir = entry.isDirectory()
      if (entry.name === '.git') {
        pruned.push({ path, reason: 'git', source: 'built-in: .git' })
        continue
      }
      if (isDir && entry.name === 'node_modules') {
        pruned.push({ path, reason: 'node_modules', source: 'built-in: node_modules/' })
        continue
      }
      const ignoredSource = ignoredBy(chain, path, isDir)
      if (ignoredSource !== undefined) {
        pruned.push({ path, reason: 'gitignored', source: ignoredSource })
        continue
      }
      if (entry.isSymbolicLink()) onSymlink(dirPath, path)
      else if (isDir || entry.isFile()) {
        kept.push(entry)
        if (!isDir) keptFiles++
      }
    }
    if (onProgress !== undefined) onProgress((filesSoFar += keptFiles))
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
  return makeView(rootSlash, files, pruned, diagnostics)
}

function makeView(
  rootSlash: string,
  files: RepoFile[],
  pruned: Exclusion[],
  diagnostics: Diagnostic[],
): RepoView {
  const listed = new Set(files.map((f) => f.path))
  const inside = (real: string): boolean => real.replace(/\\/g, '/').startsWith(rootSlash)
  return {
    files,
    pruned,
    diagnostics,
    read(path: string, maxBytes?: number): ReadResult {
      if (rootSlash === '')
        return { ok: false, reason: 'missing', message: 'the scan root could not be read' }
      const isListed = listed.has(path)
      let full = rootSlash + path
      if (!isListed) {
        if (path === '' || path.startsWith('/') || path.split(/[/\\]/).includes('..')) {
          return { ok: false, reason: 'missing', message: 'not a path inside the scanned root' }
        }
        try {
          full = fs.realpathSync(full)
        } catch (error) {
          const dangling = fs
            .lstatSync(rootSlash + path, { throwIfNoEntry: false })
            ?.isSymbolicLink()
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
    },
  }
}

/**
 * The buffer every read goes through: it grows to the largest file read (at most the largest cap
 * plus one byte) and is reused, so reading thousands of files allocates one buffer, not one each.
 * decodeText copies what it keeps.
 */
let scratch = Buffer.allocUnsafe(64 * 1024)

function readCapped(full: string, listed: boolean, maxBytes: number | undefined): ReadResult {
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
  return decodeText(scratch, truncated ? Math.max(0, maxBytes) : n, truncated)
}
