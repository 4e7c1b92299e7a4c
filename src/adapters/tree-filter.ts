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

/** The filter of one scan: it remembers the ignore files met in the directories it was given. */
export interface TreeFilter {
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

  const loadIgnore = (relFile: string, levelsSoFar: IgnoreFile[], base: string): IgnoreFile[] => {
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

  let rootLevels: IgnoreFile[] = []
  try {
    if (fs.statSync(rootSlash + '.git/info/exclude', { throwIfNoEntry: false })?.isFile()) {
      rootLevels = loadIgnore('.git/info/exclude', rootLevels, '')
    }
  } catch {
    // .git is a file (worktree, submodule): its info/exclude lives elsewhere.
  }
  /** The ignore files that apply in each directory given so far, deepest first. */
  const levels = new Map<string, IgnoreFile[]>()

  /** The ignore source that excludes `path` (`file:line`), or undefined. Deeper files win. */
  const ignoredBy = (
    chain: readonly IgnoreFile[],
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

  return {
    keep<E extends DirEntry>(rel: string, dirPath: string, entries: readonly E[]): E[] {
      const parentRel = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : ''
      let chain = rel === '' ? rootLevels : (levels.get(parentRel) ?? rootLevels)
      if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
        chain = loadIgnore(rel === '' ? '.gitignore' : `${rel}/.gitignore`, chain, rel)
      }
      levels.set(rel, chain)
      const kept: E[] = []
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
        else if (isDir || entry.isFile()) kept.push(entry)
      }
      return kept
    },
  }
}
