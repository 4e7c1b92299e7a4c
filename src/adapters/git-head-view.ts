/**
 * RepoView of a git checkout, listed from git instead of walked: from the work tree's index (what
 * the checkout wrote, with every file's size; no directory read and no stat per file), or, when
 * the index cannot be used as is, from the checked-out commit's tree (`git ls-tree -r -l`). The
 * walk's own rules (src/adapters/tree-filter.ts) decide what is kept, and files are read from the
 * disk. On a clean checkout, what `actions/checkout` leaves, the view equals the walk's; a file an
 * earlier step wrote and did not add is not part of it.
 */
import { isUtf8 } from 'node:buffer'
import * as fs from 'node:fs'
import type { Diagnostic, Exclusion } from '../core/model.js'
import type { RepoFile, RepoView } from '../core/ports.js'
import { resolve } from 'node:path'
import { readGitIndex, type IndexEntries } from './git-index.js'
import { diskView, notUtf8, scanRootSlash } from './fs-repo-view.js'
import { lsTree, resolveCommit, revParseWithCommit, runGit } from './git.js'
import { createTreeFilter, type DirectoryScope, type EntryKind } from './tree-filter.js'

export type GitHeadViewResult =
  | {
      ok: true
      view: RepoView
      commit: string
      /**
       * Where the listing came from: the work tree's index, the commit's tree, or the parts of
       * the commit's tree a `scope` named.
       */
      source: 'index' | 'tree' | 'scope'
    }
  | { ok: false; message: string }

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** What `git rev-parse` says of the scan root: one call for all of it when it can. */
interface Where {
  prefix: string
  commit: string
  /** The index file and the object format, when git named them. */
  index?: { path: string; format: 'sha1' | 'sha256' }
}

/**
 * Where `root` is: its prefix in the work tree, the commit checked out, and the index file. One
 * git process in the usual case; when that call fails, separate calls tell which part failed.
 */
function locate(root: string): Where | { message: string } {
  const all = revParseWithCommit(
    root,
    ['--is-inside-work-tree', '--show-prefix', '--git-path', 'index', '--show-object-format'],
    4,
    'HEAD',
  )
  if (all) {
    const [inside, prefix = '', path = '', format] = all.answers
    if (inside === 'true' && (format === 'sha1' || format === 'sha256'))
      return { prefix, commit: all.commit, index: { path, format } }
  }
  const where = runGit(root, ['rev-parse', '--is-inside-work-tree', '--show-prefix'])
  const [inside, prefix = ''] = where.ok ? where.stdout.toString('utf8').split('\n') : []
  if (inside !== 'true') return { message: `${root} is not in a git work tree` }
  const commit = resolveCommit(root, 'HEAD')
  if (commit === undefined) return { message: 'no commit is checked out' }
  return { prefix, commit }
}

/**
 * Lists the commit checked out (HEAD) below the directory `root` of a git work tree. Returns
 * `ok: false` with a one-line reason, and lists nothing, when `root` is not in a work tree, no
 * commit is checked out, git fails, a submodule is checked out (its files are not in the
 * commit's tree; the walk reads them), or the checkout is sparse (the commit's tree names files
 * that are not there). Never throws.
 *
 * The listing comes sorted by path bytes, so each directory's entries come in one run: it is
 * filtered as it is read, entering each directory once, the way the walk does, with no tree of
 * directories built first. Files come out in the listing's order, which is the order the view
 * needs (`<` on JS strings) unless some path holds characters whose UTF-16 and UTF-8 orders
 * differ (checked; they are sorted then).
 */
/**
 * The parts of the tree a scoped listing covers, relative to the scan root: every file below one
 * of `subtrees`, and the files directly inside one of `directories` (`''` is the root).
 */
export interface HeadScope {
  readonly subtrees: readonly string[]
  readonly directories: readonly string[]
}

export function createGitHeadView(
  root: string,
  options: { scope?: HeadScope } = {},
): GitHeadViewResult {
  const diagnostics: Diagnostic[] = []
  const pruned: Exclusion[] = []
  const rootSlash = scanRootSlash(root, diagnostics)
  if (rootSlash === undefined) return { ok: false, message: `${root} is not a directory` }
  const where = locate(root)
  if (!('commit' in where)) return { ok: false, ...where }
  const { prefix, commit } = where
  const listed = options.scope
    ? fromScope(root, commit, prefix, options.scope)
    : ((where.index && fromIndex(root, where.index.path, where.index.format)) ??
      fromTree(root, commit, prefix))
  if (!listed.ok) return listed
  const { paths, modes, sizes, raw } = listed.entries

  // The listing below the scan root, in order (its paths are one run of the sorted listing).
  let first = 0
  let last = paths.length
  if (prefix !== '') {
    while (first < last && !(paths[first] as string).startsWith(prefix)) first++
    last = first
    while (last < paths.length && (paths[last] as string).startsWith(prefix)) last++
  }
  const relative = (i: number): string => (paths[i] as string).slice(prefix.length)

  // Before anything is kept: a checked-out submodule declines the listing, and the directories
  // holding a `.gitignore` file are known before their entries (`-`, `!` … sort before `.`).
  const ignoreFiles = new Set<string>()
  for (let i = first; i < last; i++) {
    const kind = KIND_OF_MODE[modes[i] as number]
    if (raw.has(i)) continue
    if (kind === 'submodule') {
      const path = relative(i)
      // An empty directory unless it was checked out, and then the walk reads it.
      if (path !== '' && populated(rootSlash + path))
        return { ok: false, message: `the submodule ${path} is checked out` }
    } else if (kind === 'file' && (paths[i] as string).endsWith('.gitignore')) {
      const path = relative(i)
      const slash = path.lastIndexOf('/')
      if (path.length - slash - 1 === 10) ignoreFiles.add(slash < 0 ? '' : path.slice(0, slash))
    }
  }

  const filter = createTreeFilter(rootSlash, pruned, diagnostics)
  const files: RepoFile[] = []
  const badNames = new Set<string>()
  /** The directories entered, each inside the one before: the path of the current record's. */
  const open: DirectoryScope[] = [filter.enter('', undefined, ignoreFiles.has(''))]
  // The walk meets the checkout's own `.git` at the root; say so the same way.
  if (fs.existsSync(`${rootSlash}.git`)) filter.admit(open[0] as DirectoryScope, '.git', 0, 'dir')
  /**
   * Enters the directories of `path` up to its last `/` at `end`; false when one of them is
   * pruned (then nothing below it is listed).
   */
  const enterDirectories = (path: string, end: number): boolean => {
    let scope = open[open.length - 1] as DirectoryScope
    // Leave the directories the path is not in.
    while (
      scope.rel !== '' &&
      !(path.charCodeAt(scope.rel.length) === 47 && path.startsWith(scope.rel))
    ) {
      open.pop()
      scope = open[open.length - 1] as DirectoryScope
    }
    // Enter the ones it is in.
    for (let at = scope.rel === '' ? 0 : scope.rel.length + 1; at < end;) {
      let slash = path.indexOf('/', at)
      if (slash < 0 || slash > end) slash = end
      const dir = path.slice(0, slash)
      if (!filter.admit(scope, dir, at, 'dir')) return false
      scope = filter.enter(dir, scope, ignoreFiles.has(dir))
      open.push(scope)
      at = slash + 1
    }
    return true
  }

  /**
   * The last record below the directory that enterDirectories just pruned on the way to `path`
   * (record `i`): nothing below it is listed.
   */
  const skipPruned = (i: number, path: string): number => {
    const parent = (open[open.length - 1] as DirectoryScope).rel
    const end = path.indexOf('/', parent === '' ? 0 : parent.length + 1)
    const dir = `${path.slice(0, end)}/`
    while (i + 1 < last && (paths[i + 1] as string).startsWith(dir, prefix.length)) i++
    return i
  }

  for (let i = first; i < last; i++) {
    const path = relative(i)
    if (path === '') continue
    const kind = KIND_OF_MODE[modes[i] as number]
    if (kind === undefined || kind === 'submodule') continue
    const bytes = raw.get(i)
    if (bytes !== undefined) {
      // Named by its first component that is not UTF-8, when the walk would read its directory.
      const bad = firstInvalidComponent(bytes).slice(prefix.length) || path
      if (badNames.has(bad)) continue
      const slash = bad.lastIndexOf('/')
      if (enterDirectories(bad, slash < 0 ? 0 : slash)) {
        badNames.add(bad)
        diagnostics.push(notUtf8(bad))
      } else i = skipPruned(i, bad)
      continue
    }
    const slash = path.lastIndexOf('/')
    const scope = open[open.length - 1] as DirectoryScope
    const inScope =
      slash < 0
        ? scope.rel === ''
        : slash === scope.rel.length && scope.rel !== '' && path.startsWith(scope.rel)
    if (!inScope && !enterDirectories(path, slash < 0 ? 0 : slash)) {
      i = skipPruned(i, path)
      continue
    }
    if (!filter.admit(open[open.length - 1] as DirectoryScope, path, slash + 1, kind)) continue
    if (kind !== 'file') continue
    let size = sizes[i] as number
    // The index records 0 for an empty file and for one it marked racily clean: ask the disk.
    // A scoped listing comes from the tree, whose sizes are the blobs': the disk's, as the index.
    if ((size === 0 && listed.source === 'index') || listed.source === 'scope')
      size = sizeOnDisk(rootSlash + path)
    files.push({ path, size })
  }
  // Byte order is UTF-16 order unless a path holds both surrogates and U+E000–U+FFFF.
  for (let i = 1; i < files.length; i++) {
    if ((files[i - 1] as RepoFile).path < (files[i] as RepoFile).path) continue
    files.sort((a, b) => compare(a.path, b.path))
    break
  }
  pruned.sort((a, b) => compare(a.path, b.path))
  diagnostics.sort((a, b) => compare(a.path ?? '', b.path ?? '') || compare(a.code, b.code))
  return {
    ok: true,
    view: diskView(rootSlash, files, pruned, diagnostics),
    commit,
    source: listed.source,
  }
}

/** A listing in git's order: columns of paths (from the top of the work tree), modes, sizes. */
type Listing =
  | { ok: true; source: 'index' | 'tree' | 'scope'; entries: IndexEntries }
  | { ok: false; message: string }

/**
 * The work tree's index (src/adapters/git-index.ts) at `indexPath` (as git names it, from
 * `root`): what the checkout wrote, with sizes, and no git process reading every object.
 * Undefined when the index cannot be used as is.
 */
function fromIndex(
  root: string,
  indexPath: string,
  format: 'sha1' | 'sha256',
): Listing | undefined {
  const parsed = readGitIndex(resolve(root, indexPath), format === 'sha256' ? 32 : 20)
  if (!parsed.ok)
    return parsed.sparse ? { ok: false, message: `the index is of ${parsed.reason}` } : undefined
  return { ok: true, source: 'index', entries: parsed.entries }
}

/** Index entry modes: regular and executable files, symbolic links, submodules (gitlinks). */
const KIND_OF_MODE: Readonly<Record<number, Exclude<EntryKind, 'dir' | 'other'> | 'submodule'>> = {
  [0o100644]: 'file',
  [0o100755]: 'file',
  [0o120000]: 'link',
  [0o160000]: 'submodule',
}

/** The commit's tree from `git ls-tree -r -l`: when the index cannot be read. */
function fromTree(root: string, commit: string, prefix: string): Listing {
  const listing = lsTree(root, commit, true, prefix === '' ? [] : [prefix])
  if (!listing.ok) return { ok: false, message: `git ls-tree failed: ${listing.message}` }
  return { ok: true, source: 'tree', entries: treeEntries(listing.stdout) }
}

/**
 * The commit's tree below the subtrees of `scope` (`git ls-tree -r`) and directly inside its
 * directories (`git ls-tree`), merged in path order: two git processes, each reading only the
 * trees on the way to what it lists.
 */
function fromScope(root: string, commit: string, prefix: string, scope: HeadScope): Listing {
  const parts: IndexEntries[] = []
  if (scope.subtrees.length > 0) {
    const below = lsTree(
      root,
      commit,
      true,
      scope.subtrees.map((s) => `${prefix}${s}/`),
    )
    if (!below.ok) return { ok: false, message: `git ls-tree failed: ${below.message}` }
    parts.push(treeEntries(below.stdout))
  }
  const dirs = scope.directories.map((d) => (d === '' ? prefix : `${prefix}${d}/`))
  // The top of the work tree has no path of its own: listed alone, without one.
  for (const group of [dirs.filter((d) => d !== ''), dirs.filter((d) => d === '')]) {
    if (group.length === 0) continue
    const direct = lsTree(root, commit, false, group[0] === '' ? [] : group)
    if (!direct.ok) return { ok: false, message: `git ls-tree failed: ${direct.message}` }
    parts.push(treeEntries(direct.stdout))
  }
  const order: [IndexEntries, number][] = []
  for (const part of parts) for (let i = 0; i < part.paths.length; i++) order.push([part, i])
  order.sort(([a, i], [b, j]) => compare(a.paths[i] as string, b.paths[j] as string))
  const paths: string[] = []
  const modes: number[] = []
  const sizes: number[] = []
  const raw = new Map<number, Buffer>()
  for (const [part, i] of order) {
    const path = part.paths[i] as string
    if (paths[paths.length - 1] === path) continue
    const bytes = part.raw.get(i)
    if (bytes) raw.set(paths.length, bytes)
    paths.push(path)
    modes.push(part.modes[i] as number)
    sizes.push(part.sizes[i] as number)
  }
  return { ok: true, source: 'scope', entries: { paths, modes, sizes, raw } }
}

/**
 * `<mode> SP <type> SP <object> SP+ <size> TAB <path>` records, NUL-terminated, as columns. Git
 * lists a tree recursively in the index's order. Blobs, symbolic links and submodules are kept.
 */
function treeEntries(output: Buffer): IndexEntries {
  const text = output.toString('utf8')
  const clean = !text.includes('\uFFFD')
  const paths: string[] = []
  const modes: number[] = []
  const sizes: number[] = []
  const raw = new Map<number, Buffer>()
  let at = 0
  for (let nul = output.indexOf(0); nul >= 0; nul = output.indexOf(0, at)) {
    const record = output.subarray(at, nul)
    at = nul + 1
    const line = record.toString('utf8')
    const tab = line.indexOf('\t')
    if (tab < 0) continue
    const path = line.slice(tab + 1)
    // The type follows the six-digit mode: `blob`, `tree` (not with -r) or `commit`.
    const mode = line.startsWith('commit', 7)
      ? 0o160000
      : !line.startsWith('blob', 7)
        ? undefined
        : line.startsWith('120000')
          ? 0o120000
          : 0o100644
    if (mode === undefined) continue
    const size = Number(line.slice(line.lastIndexOf(' ', tab) + 1, tab))
    const bytes = record.subarray(record.indexOf(0x09) + 1)
    if (!clean && path.includes('\uFFFD') && !isUtf8(bytes))
      raw.set(paths.length, Buffer.from(bytes))
    paths.push(path)
    modes.push(mode)
    sizes.push(size >= 0 ? size : 0)
  }
  return { paths, modes, sizes, raw }
}

/**
 * The path of the first component of `bytes` (a path) whose name is not valid UTF-8, shown
 * lossily as the walk shows it.
 */
function firstInvalidComponent(bytes: Buffer): string {
  let start = 0
  const parts: string[] = []
  for (;;) {
    const slash = bytes.indexOf(0x2f, start)
    const part = bytes.subarray(start, slash < 0 ? bytes.length : slash)
    parts.push(part.toString('utf8'))
    if (!isUtf8(part) || slash < 0) break
    start = slash + 1
  }
  return parts.join('/')
}

/** The size of the file at `full`, or 0 when it cannot be examined (reading it will say why). */
function sizeOnDisk(full: string): number {
  try {
    return fs.statSync(full, { throwIfNoEntry: false })?.size ?? 0
  } catch {
    return 0
  }
}

function populated(dir: string): boolean {
  try {
    return fs.readdirSync(dir).length > 0
  } catch {
    return false
  }
}
