/**
 * RepoView of a git checkout, listed from the commit it has checked out instead of walked: one
 * `git ls-tree -r -l` gives every path with its size (no directory read and no stat per file),
 * the walk's own rules (src/adapters/tree-filter.ts) decide what is kept, and files are read
 * from the disk. On a clean checkout, what `actions/checkout` leaves, the view equals the walk's;
 * a file an earlier step wrote and did not commit is not part of it, and sizes are the committed
 * blobs' sizes (before any end-of-line conversion on checkout).
 */
import { isUtf8 } from 'node:buffer'
import * as fs from 'node:fs'
import type { Diagnostic, Exclusion } from '../core/model.js'
import type { RepoFile, RepoView } from '../core/ports.js'
import { diskView, notUtf8, scanRootSlash } from './fs-repo-view.js'
import { resolveCommit, runGit } from './git.js'
import { createTreeFilter, type DirEntry } from './tree-filter.js'

export type GitHeadViewResult =
  { ok: true; view: RepoView; commit: string } | { ok: false; message: string }

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
 * commit is checked out, git fails, or a submodule is checked out (its files are not in the
 * commit's tree; the walk reads them). Never throws.
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
  const listing = runGit(root, [
    '--literal-pathspecs',
    'ls-tree',
    '-r',
    '-l',
    '-z',
    '--full-tree',
    commit,
    ...(prefix === '' ? [] : ['--', prefix]),
  ])
  if (!listing.ok) return { ok: false, message: `git ls-tree failed: ${listing.message}` }

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
  for (const record of records(listing.stdout)) {
    // <mode> SP <type> SP <object> SP+ <size> TAB <path>
    const text = record.text
    const tab = text.indexOf('\t')
    if (tab < 0) continue
    const path = text.slice(tab + 1 + prefix.length)
    if (path === '' || (prefix !== '' && !text.startsWith(prefix, tab + 1))) continue
    if (!record.utf8) {
      const bad = firstInvalidComponent(record.raw, prefix.length, path)
      if (!badNames.has(bad)) {
        badNames.add(bad)
        diagnostics.push(notUtf8(bad))
      }
      continue
    }
    const slash = path.lastIndexOf('/')
    const dir = slash < 0 ? '' : path.slice(0, slash)
    // The type follows the six-digit mode: `blob`, `tree` (not with -r) or `commit`.
    if (text.startsWith('commit', 7)) {
      // A submodule: an empty directory unless it was checked out, and then the walk reads it.
      if (populated(rootSlash + path))
        return { ok: false, message: `the submodule ${path} is checked out` }
      continue
    }
    if (!text.startsWith('blob', 7)) continue
    if (dir !== '') addDirectory(dir)
    const size = Number(text.slice(text.lastIndexOf(' ', tab) + 1, tab))
    const kind = text.startsWith('120000') ? 'link' : 'file'
    entriesOf(dir).push(new ListedEntry(path.slice(slash + 1), kind, size >= 0 ? size : 0))
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
  return { ok: true, view: diskView(rootSlash, files, pruned, diagnostics), commit }
}

/** The NUL-terminated records of `output`, decoded; `utf8` false where the bytes were not UTF-8. */
function* records(output: Buffer): Generator<{ text: string; utf8: boolean; raw: Buffer }> {
  const text = output.toString('utf8')
  const clean = !text.includes('\uFFFD')
  if (clean) {
    let at = 0
    for (let nul = text.indexOf('\0'); nul >= 0; nul = text.indexOf('\0', at)) {
      yield { text: text.slice(at, nul), utf8: true, raw: output }
      at = nul + 1
    }
    return
  }
  let at = 0
  for (let nul = output.indexOf(0); nul >= 0; nul = output.indexOf(0, at)) {
    const raw = output.subarray(at, nul)
    yield { text: raw.toString('utf8'), utf8: isUtf8(raw), raw }
    at = nul + 1
  }
}

/**
 * The path, relative to the scan root, of the first component of a listed record whose name is
 * not valid UTF-8, shown lossily as the walk shows it. `raw` is the whole record.
 */
function firstInvalidComponent(raw: Buffer, prefixChars: number, path: string): string {
  const tab = raw.indexOf(0x09)
  const bytes = raw.subarray(tab + 1)
  let start = 0
  const parts: string[] = []
  for (;;) {
    const slash = bytes.indexOf(0x2f, start)
    const part = bytes.subarray(start, slash < 0 ? bytes.length : slash)
    parts.push(part.toString('utf8'))
    if (!isUtf8(part) || slash < 0) break
    start = slash + 1
  }
  const lossy = parts.join('/')
  // The prefix (the scan root below the work tree) is valid: it was decoded from git's output.
  return prefixChars > 0 ? lossy.slice(prefixChars) || path : lossy
}

function populated(dir: string): boolean {
  try {
    return fs.readdirSync(dir).length > 0
  } catch {
    return false
  }
}
