/**
 * What a listing of the scan root keeps, directory by directory: the rules the disk walk and the
 * git listing share, so both give the same view of a clean checkout. `.git` and `node_modules`
 * are pruned, `.gitignore` files (and the root's `.git/info/exclude`) apply as git applies them,
 * deeper files first, and symbolic links are listed as pruned, never followed.
 */
import * as fs from 'node:fs'
import type { Diagnostic, Exclusion } from '../core/model.js'
import { errorMessage } from '../core/parse/text.js'
import { parseIgnoreFile, type IgnoreFile } from './ignore-file.js'

/** Ignore files larger than this are not read (a diagnostic says so). */
const MAX_IGNORE_FILE_BYTES = 1024 * 1024

/** One entry of a directory, as `fs.Dirent` describes it (the walk passes real Dirents). */
export interface DirEntry {
  readonly name: string
  isDirectory(): boolean
  isFile(): boolean
  isSymbolicLink(): boolean
}

/** What one entry of a listing is. */
export type EntryKind = 'file' | 'dir' | 'link' | 'other'

/** The ignore rules in force in one directory of the scan, and which of them can match there. */
export interface DirectoryScope {
  /** The directory, '' for the scan root. */
  readonly rel: string
  /** Its absolute path, ending in `/`. */
  readonly dirPath: string
  /** The ignore files that apply, deepest first. */
  readonly chain: readonly IgnoreFile[]
  /**
   * Per file of `chain`: true when the directory's own path may make one of its rules match, so
   * that every entry is tested; else (false, or no element) only the entries whose names may.
   */
  readonly hot: readonly boolean[]
}

/** `hot` when no ignore file's rule can match by a directory's own path (most directories). */
const NONE_HOT: readonly boolean[] = Object.freeze([])

/** The filter of one scan: it remembers the ignore files met in the directories it was given. */
export interface TreeFilter {
  /**
   * The scope of the directory `rel` ('' for the root), whose parent's scope is `parent`
   * (undefined for the root). Reads its `.gitignore` when `hasIgnoreFile`. For listings that
   * go directory by directory themselves (git's); `keep` does the same for a read directory.
   */
  enter(rel: string, parent: DirectoryScope | undefined, hasIgnoreFile: boolean): DirectoryScope
  /**
   * Whether the listing keeps the entry `path` of the directory of `scope` (its name starts at
   * `nameStart`): a file or a directory that no rule prunes. Pruned entries go to the scan's
   * `pruned` list and problems to its diagnostics; symbolic links are never kept. Never throws.
   */
  admit(scope: DirectoryScope, path: string, nameStart: number, kind: EntryKind): boolean
  /**
   * The entries of the directory `rel` ('' for the root; `dirPath` is its absolute path ending in
   * `/`) that the listing keeps: files and directories. Pruned entries go to the scan's `pruned`
   * list and problems to its diagnostics. A directory's parent must be given before it. Never
   * throws.
   */
  keep<E extends DirEntry>(rel: string, dirPath: string, entries: readonly E[]): E[]
}

/** The `code` of a Node.js system error (`ENOENT`, `ELOOP` …), or ''. */
export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
}

/**
 * Creates the filter for the scan root `rootSlash` (a real path ending in `/`), appending what it
 * prunes to `pruned` and its problems to `diagnostics`. Reads the root's `.git/info/exclude` now
 * when `.git` is a directory there.
 */
export function createTreeFilter(
  rootSlash: string,
  pruned: Exclusion[],
  diagnostics: Diagnostic[],
): TreeFilter {
  const inside = (real: string): boolean => {
    const p = real.replace(/\\/g, '/')
    return p === rootSlash.slice(0, -1) || p.startsWith(rootSlash)
  }

  const loadIgnore = (
    relFile: string,
    levelsSoFar: readonly IgnoreFile[],
    base: string,
  ): readonly IgnoreFile[] => {
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

  let rootLevels: readonly IgnoreFile[] = []
  try {
    if (fs.statSync(rootSlash + '.git/info/exclude', { throwIfNoEntry: false })?.isFile()) {
      rootLevels = loadIgnore('.git/info/exclude', rootLevels, '')
    }
  } catch {
    // .git is a file (worktree, submodule): its info/exclude lives elsewhere.
  }
  /** The scope of each directory `keep` was given so far. */
  const scopes = new Map<string, DirectoryScope>()

  /**
   * The ignore source that excludes `path` (`file:line`), or undefined. Deeper files win. A file
   * of the chain that can match neither by the directory's path nor by the entry's name is
   * passed over: its `test` would say neither ignored nor unignored.
   */
  const ignoredBy = (
    scope: DirectoryScope,
    path: string,
    nameStart: number,
    isDir: boolean,
  ): string | undefined => {
    const { chain, hot } = scope
    for (let k = 0; k < chain.length; k++) {
      const level = chain[k] as IgnoreFile
      if (hot[k] !== true && !level.mayMatchName(path, nameStart)) continue
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

  const enter = (
    rel: string,
    parent: DirectoryScope | undefined,
    hasIgnoreFile: boolean,
    dirPath = rel === '' ? rootSlash : `${rootSlash}${rel}/`,
  ): DirectoryScope => {
    let chain = parent?.chain ?? rootLevels
    if (hasIgnoreFile)
      chain = loadIgnore(rel === '' ? '.gitignore' : `${rel}/.gitignore`, chain, rel)
    let hot: readonly boolean[] = NONE_HOT
    for (let k = 0; k < chain.length; k++) {
      const { base } = chain[k] as IgnoreFile
      if (!(chain[k] as IgnoreFile).mayMatchBelow(base === '' ? rel : rel.slice(base.length + 1)))
        continue
      if (hot === NONE_HOT) hot = chain.map(() => false)
      ;(hot as boolean[])[k] = true
    }
    return { rel, dirPath, chain, hot }
  }

  const admit = (
    scope: DirectoryScope,
    path: string,
    nameStart: number,
    kind: EntryKind,
  ): boolean => {
    const isDir = kind === 'dir'
    // `.git` (any kind) and `node_modules` (a directory) are pruned whatever the rules say.
    if (path.length - nameStart === 4 && path.startsWith('.git', nameStart)) {
      pruned.push({ path, reason: 'git', source: 'built-in: .git' })
      return false
    }
    if (isDir && path.length - nameStart === 12 && path.startsWith('node_modules', nameStart)) {
      pruned.push({ path, reason: 'node_modules', source: 'built-in: node_modules/' })
      return false
    }
    const ignoredSource = ignoredBy(scope, path, nameStart, isDir)
    if (ignoredSource !== undefined) {
      pruned.push({ path, reason: 'gitignored', source: ignoredSource })
      return false
    }
    if (kind === 'link') onSymlink(scope.dirPath, path)
    return isDir || kind === 'file'
  }

  return {
    enter: (rel, parent, hasIgnoreFile) => enter(rel, parent, hasIgnoreFile),
    admit,
    keep<E extends DirEntry>(rel: string, dirPath: string, entries: readonly E[]): E[] {
      const parentRel = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : ''
      const hasIgnoreFile = entries.some((e) => e.name === '.gitignore' && e.isFile())
      const scope = enter(
        rel,
        rel === '' ? undefined : scopes.get(parentRel),
        hasIgnoreFile,
        dirPath,
      )
      scopes.set(rel, scope)
      const nameStart = rel === '' ? 0 : rel.length + 1
      const kept: E[] = []
      for (const entry of entries) {
        const path = rel === '' ? entry.name : `${rel}/${entry.name}`
        const kind = entry.isDirectory()
          ? 'dir'
          : entry.isSymbolicLink()
            ? 'link'
            : entry.isFile()
              ? 'file'
              : 'other'
        if (admit(scope, path, nameStart, kind)) kept.push(entry)
      }
      return kept
    },
  }
}
