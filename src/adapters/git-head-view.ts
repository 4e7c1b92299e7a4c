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
import { parseGitIndex, type IndexEntry } from './git-index.js'
import { diskView, notUtf8, scanRootSlash } from './fs-repo-view.js'
import { lsTree, resolveCommit, runGit } from './git.js'
import { createTreeFilter, type DirEntry } from './tree-filter.js'

export type GitHeadViewResult =
  | {
      ok: true
      view: RepoView
      commit: string
      /** Where the listing came from: the work tree's index, or the commit's tree. */
      source: 'index' | 'tree'
    }
  | { ok: false; message: string }

/** A listed directory entry, shaped like the `fs.Dirent` the walk's filter is given. */
class ListedEntry implements DirEntry {
  constructor(
    readonly name: string,
    readonly kind: 'file' | 'dir' | 'link',
    readonly size: number,
  ) {}
  isDirectory(): boolean {
    return this.kind === 'dir'
  }
  isFile(): boolean {
    return this.kind === 'file'
  }
  isSymbolicLink(): boolean {
    return this.kind === 'link'
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Lists the commit checked out (HEAD) below the directory `root` of a git work tree. Returns
 * `ok: false` with a one-line reason, and lists nothing, when `root` is not in a work tree, no
 * commit is checked out, git fails, a submodule is checked out (its files are not in the
 * commit's tree; the walk reads them), or the checkout is sparse (the commit's tree names files
 * that are not there). Never throws.
 */
export function createGitHeadView(root: string): GitHeadViewResult {
  const diagnostics: Diagnostic[] = []
  const pruned: Exclusion[] = []
  const rootSlash = scanRootSlash(root, diagnostics)
  if (rootSlash === undefined) return { ok: false, message: `${root} is not a directory` }
  const where = runGit(root, ['rev-parse', '--is-inside-work-tree', '--show-prefix'])
  const [inside, prefix = ''] = where.ok ? where.stdout.toString('utf8').split('\n') : []
  if (inside !== 'true') return { ok: false, message: `${root} is not in a git work tree` }
  const commit = resolveCommit(root, 'HEAD')
  if (commit === undefined) return { ok: false, message: 'no commit is checked out' }
  const listed = fromIndex(root) ?? fromTree(root, commit, prefix)
  if (!listed.ok) return listed

  const directories = new Map<string, ListedEntry[]>([['', []]])
  const entriesOf = (dir: string): ListedEntry[] => {
    let list = directories.get(dir)
    if (list === undefined) directories.set(dir, (list = []))
    return list
  }
  /** Directories already entered in their parent's list. */
  const registered = new Set<string>()
  const addDirectory = (dir: string): void => {
    for (let d = dir; d !== '' && !registered.has(d);) {
      registered.add(d)
      const slash = d.lastIndexOf('/')
      const parent = slash < 0 ? '' : d.slice(0, slash)
      entriesOf(parent).push(new ListedEntry(d.slice(slash + 1), 'dir', 0))
      d = parent
    }
  }
  const badNames = new Set<string>()
  for (const record of listed.records) {
    if (prefix !== '' && !record.path.startsWith(prefix)) continue
    const path = record.path.slice(prefix.length)
    if (path === '') continue
    if (record.raw !== undefined) {
      const bad = firstInvalidComponent(record.raw).slice(prefix.length) || path
      if (!badNames.has(bad)) {
        badNames.add(bad)
        diagnostics.push(notUtf8(bad))
      }
      continue
    }
    const slash = path.lastIndexOf('/')
    const dir = slash < 0 ? '' : path.slice(0, slash)
    if (record.kind === 'submodule') {
      // An empty directory unless it was checked out, and then the walk reads it.
      if (populated(rootSlash + path))
        return { ok: false, message: `the submodule ${path} is checked out` }
      continue
    }
    if (dir !== '') addDirectory(dir)
    let size = record.size
    // The index records 0 for an empty file and for one it marked racily clean: ask the disk.
    if (size === 0 && record.kind === 'file' && listed.source === 'index')
      size = sizeOnDisk(rootSlash + path)
    entriesOf(dir).push(new ListedEntry(path.slice(slash + 1), record.kind, size))
  }
  // The walk meets the checkout's own `.git` at the root; say so the same way.
  if (fs.existsSync(`${rootSlash}.git`)) entriesOf('').push(new ListedEntry('.git', 'dir', 0))

  const filter = createTreeFilter(rootSlash, pruned, diagnostics)
  const files: RepoFile[] = []
  const pending = ['']
  while (pending.length > 0) {
    const rel = pending.pop() as string
    const dirPath = rel === '' ? rootSlash : `${rootSlash}${rel}/`
    for (const entry of filter.keep(rel, dirPath, directories.get(rel) ?? [])) {
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`
      if (entry.kind === 'dir') pending.push(path)
      else files.push({ path, size: entry.size })
    }
  }
  files.sort((a, b) => compare(a.path, b.path))
  pruned.sort((a, b) => compare(a.path, b.path))
  diagnostics.sort((a, b) => compare(a.path ?? '', b.path ?? '') || compare(a.code, b.code))
  return {
    ok: true,
    view: diskView(rootSlash, files, pruned, diagnostics),
    commit,
    source: listed.source,
  }
}

/** One listed path (from the top of the work tree). */
interface ListedRecord {
  path: string
  kind: 'file' | 'link' | 'submodule'
  size: number
  /** The path's bytes when they are not valid UTF-8. */
  raw?: Buffer
}

type Listing =
  | { ok: true; source: 'index' | 'tree'; records: Iterable<ListedRecord> }
  | { ok: false; message: string }

/**
 * The work tree's index (src/adapters/git-index.ts): what the checkout wrote, with sizes, and no
 * git process reading every object. Undefined when the index cannot be used as is.
 */
function fromIndex(root: string): Listing | undefined {
  const where = runGit(root, ['rev-parse', '--git-path', 'index', '--show-object-format'])
  if (!where.ok) return undefined
  const [indexPath = '', format] = where.stdout.toString('utf8').split('\n')
  if (format !== 'sha1' && format !== 'sha256') return undefined
  let data: Buffer
  try {
    data = fs.readFileSync(resolve(root, indexPath))
  } catch {
    return undefined
  }
  const parsed = parseGitIndex(data, format === 'sha256' ? 32 : 20)
  if (!parsed.ok)
    return parsed.sparse ? { ok: false, message: `the index is of ${parsed.reason}` } : undefined
  return { ok: true, source: 'index', records: indexRecords(parsed.entries) }
}

/** The index entries as listed records (files, links, submodules), made as they are consumed. */
function* indexRecords(entries: readonly IndexEntry[]): Generator<ListedRecord> {
  for (const entry of entries) {
    const kind = KIND_OF_MODE[entry.mode]
    if (kind === undefined) continue
    yield entry.raw === undefined
      ? { path: entry.path, kind, size: entry.size }
      : { path: entry.path, kind, size: entry.size, raw: entry.raw }
  }
}

/** Index entry modes: regular and executable files, symbolic links, submodules (gitlinks). */
const KIND_OF_MODE: Readonly<Record<number, ListedRecord['kind']>> = {
  [0o100644]: 'file',
  [0o100755]: 'file',
  [0o120000]: 'link',
  [0o160000]: 'submodule',
}

/** The commit's tree from `git ls-tree -r -l`: when the index cannot be read. */
function fromTree(root: string, commit: string, prefix: string): Listing {
  const listing = lsTree(root, commit, true, prefix === '' ? [] : [prefix])
  if (!listing.ok) return { ok: false, message: `git ls-tree failed: ${listing.message}` }
  return { ok: true, source: 'tree', records: treeRecords(listing.stdout) }
}

/** `<mode> SP <type> SP <object> SP+ <size> TAB <path>` records, NUL-terminated. */
function* treeRecords(output: Buffer): Generator<ListedRecord> {
  const text = output.toString('utf8')
  const clean = !text.includes('\uFFFD')
  let at = 0
  for (let nul = output.indexOf(0); nul >= 0; nul = output.indexOf(0, at)) {
    const raw = output.subarray(at, nul)
    at = nul + 1
    const record = raw.toString('utf8')
    const tab = record.indexOf('\t')
    if (tab < 0) continue
    const path = record.slice(tab + 1)
    // The type follows the six-digit mode: `blob`, `tree` (not with -r) or `commit`.
    const kind = record.startsWith('commit', 7)
      ? 'submodule'
      : !record.startsWith('blob', 7)
        ? undefined
        : record.startsWith('120000')
          ? 'link'
          : 'file'
    if (kind === undefined) continue
    const size = Number(record.slice(record.lastIndexOf(' ', tab) + 1, tab))
    const bytes = raw.subarray(raw.indexOf(0x09) + 1)
    const bad = !clean && path.includes('\uFFFD') && !isUtf8(bytes)
    yield { path, kind, size: size >= 0 ? size : 0, ...(bad ? { raw: Buffer.from(bytes) } : {}) }
  }
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
