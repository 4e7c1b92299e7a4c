/**
 * RepoView over a commit instead of the disk: the listing from `git ls-tree`, the contents from
 * `git cat-file --batch`, read lazily and in batches. Nothing from the tree is checked out or
 * executed: blobs are read by object id, without filters or textconv.
 */
import type { Diagnostic, Exclusion } from '../core/model.js'
import type { IncludeScope } from '../core/7-delta/compare-with-base.js'
import type { ReadResult, RepoFile, RepoView } from '../core/ports.js'
import { decodeText } from './decode-text.js'
import { lsTree, resolveCommit, revParseWithCommit, runGit, splitNul } from './git.js'

/** A file NUL-free in this many leading bytes is text. Same window as the disk and memory views. */
/** Files read ahead with the requested one: the pipeline reads a service's files in path order. */
const BATCH_FILES = 512
/** Bytes read ahead in one batch; a single larger file is read alone. */
const BATCH_BYTES = 16 * 1024 * 1024
/** Bytes of blobs kept for re-reads before the cache starts afresh. */
const CACHE_BYTES = 64 * 1024 * 1024
/** Blobs larger than this are never read ahead (the detectors read them capped, if at all). */
const READ_AHEAD_MAX_FILE = 1024 * 1024

export interface GitRepoViewOptions {
  /** Keep only listed paths for which this returns true (a changed-services scan). */
  include?: (path: string) => boolean
  /**
   * Where the paths `include` accepts lie (relative to `cwd`): git then lists only those subtrees
   * and the direct entries of those directories instead of the whole tree.
   */
  scope?: IncludeScope
}

export type GitRepoViewResult = { ok: true; view: GitRepoView } | { ok: false; message: string }

/** A RepoView of one commit, with how many git processes reading it has taken so far. */
export interface GitRepoView extends RepoView {
  /** Number of `git cat-file --batch` runs so far (the cost of reading). */
  readonly batches: () => number
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

interface Entry {
  oid: string
  size: number
}

/**
 * Builds a RepoView of the tree of `ref` below the directory `cwd` (inside a git work tree or a
 * bare repository): paths are relative to `cwd`, sorted in byte order. Symbolic links are listed
 * in `pruned` (reason `symlink`) and never followed; submodules and `node_modules` directories are
 * pruned as the disk walk prunes them. The listing is read now; file contents when first read,
 * together with the next files in path order. Returns `ok: false` with git's reason when `ref` is
 * not a commit of the repository. Never throws.
 */
export function createGitRepoView(
  cwd: string,
  ref: string,
  options: GitRepoViewOptions = {},
): GitRepoViewResult {
  // One git process for the commit and the prefix; separate ones when that call fails.
  const both = revParseWithCommit(cwd, ['--show-prefix'], 1, ref)
  const oid = both?.commit ?? resolveCommit(cwd, ref)
  if (oid === undefined) return { ok: false, message: `${ref} is not a commit here` }
  let prefix = both?.answers[0]?.trim()
  if (prefix === undefined) {
    const prefixResult = runGit(cwd, ['rev-parse', '--show-prefix'])
    prefix = prefixResult.ok ? prefixResult.stdout.toString('utf8').trim() : ''
  }
  const listing = listTree(cwd, oid, prefix, options.scope)
  if (!listing.ok) return { ok: false, message: listing.message }

  const files: RepoFile[] = []
  const pruned: Exclusion[] = []
  const diagnostics: Diagnostic[] = []
  const entries = new Map<string, Entry>()
  const prunedDirs = new Set<string>()
  const seen = new Set<string>()
  for (const record of splitNul(listing.stdout)) {
    // <mode> SP <type> SP <object> SP+ <size> TAB <path>
    const tab = record.indexOf('\t')
    if (tab < 0) continue
    const [mode, type, object, size] = record.slice(0, tab).split(/ +/)
    const full = record.slice(tab + 1)
    if (!full.startsWith(prefix)) continue
    const path = full.slice(prefix.length)
    if (path === '' || (options.include && !options.include(path))) continue
    // Scoped listings overlap (a touched root is also an ancestor directory): keep one record.
    if (seen.has(path)) continue
    seen.add(path)
    const nodeModules = path.split('/').indexOf('node_modules')
    if (nodeModules >= 0) {
      const dir = path
        .split('/')
        .slice(0, nodeModules + 1)
        .join('/')
      if (!prunedDirs.has(dir)) {
        prunedDirs.add(dir)
        pruned.push({ path: dir, reason: 'node_modules', source: 'built-in: node_modules/' })
      }
      continue
    }
    if (mode === '120000') {
      pruned.push({ path, reason: 'symlink', source: 'built-in: symlinks are not followed' })
      continue
    }
    if (type !== 'blob' || object === undefined) continue
    const bytes = Number(size)
    files.push({ path, size: Number.isFinite(bytes) ? bytes : 0 })
    entries.set(path, { oid: object, size: Number.isFinite(bytes) ? bytes : 0 })
  }
  files.sort((a, b) => compare(a.path, b.path))
  pruned.sort((a, b) => compare(a.path, b.path))

  const index = new Map(files.map((f, i) => [f.path, i]))
  const cache = new Map<string, Buffer | Error>()
  let batches = 0
  let cached = 0

  const load = (path: string): Buffer | Error => {
    const start = index.get(path) ?? 0
    const wanted: string[] = [path]
    let bytes = entries.get(path)?.size ?? 0
    for (let i = start + 1; i < files.length && wanted.length < BATCH_FILES; i++) {
      const next = files[i] as RepoFile
      if (cache.has(next.path) || next.size > READ_AHEAD_MAX_FILE) continue
      if (bytes + next.size > BATCH_BYTES) break
      wanted.push(next.path)
      bytes += next.size
    }
    batches += 1
    // The cache only saves re-reads (discovery and detection read manifests twice); start afresh
    // rather than hold more than a batch or two of a large tree in memory.
    if (cached + bytes > CACHE_BYTES) {
      cache.clear()
      cached = 0
    }
    cached += bytes
    const input = wanted.map((p) => `${entries.get(p)?.oid ?? ''}\n`).join('')
    const result = runGit(cwd, ['cat-file', '--batch'], input)
    if (!result.ok) {
      const error = new Error(result.message)
      cache.set(path, error)
      return error
    }
    parseBatch(result.stdout, wanted, cache)
    return cache.get(path) ?? new Error('git cat-file returned nothing')
  }

  const view: GitRepoView = {
    files,
    pruned,
    diagnostics,
    batches: () => batches,
    read(path: string, maxBytes?: number): ReadResult {
      if (!entries.has(path)) return { ok: false, reason: 'missing', message: 'no such file' }
      const blob = cache.get(path) ?? load(path)
      if (blob instanceof Error) return { ok: false, reason: 'unreadable', message: blob.message }
      return decode(blob, maxBytes)
    },
  }
  return { ok: true, view }
}

/**
 * `git ls-tree -l -z` records of the commit: the whole tree, or with `scope` only its subtrees
 * (recursively) and its directories' direct entries, as two calls with literal pathspecs (a path
 * with `*` or `[` in it is a name, not a pattern). Paths are full (from the repository root).
 */
function listTree(
  cwd: string,
  oid: string,
  prefix: string,
  scope: IncludeScope | undefined,
): { ok: true; stdout: Buffer } | { ok: false; message: string } {
  if (!scope) return lsTree(cwd, oid, true)
  const full = (path: string): string => `${prefix}${path}`
  const parts: Buffer[] = []
  if (scope.subtrees.length > 0) {
    const deep = lsTree(cwd, oid, true, scope.subtrees.map(full))
    if (!deep.ok) return deep
    parts.push(deep.stdout)
  }
  // Without -r, a pathspec `dir/` lists the entries directly inside dir; the root has no pathspec.
  const dirs = scope.directories.map((d) => (d === '' ? prefix : `${full(d)}/`))
  const rootOnly = dirs.includes('')
  const named = dirs.filter((d) => d !== '')
  for (const pathspecs of [rootOnly ? [] : undefined, named.length > 0 ? named : undefined]) {
    if (pathspecs === undefined) continue
    const flat = lsTree(cwd, oid, false, pathspecs)
    if (!flat.ok) return flat
    parts.push(flat.stdout)
  }
  return { ok: true, stdout: Buffer.concat(parts) }
}

/** Parses `git cat-file --batch` output for the requested paths, in order, into the cache. */
function parseBatch(
  out: Buffer,
  paths: readonly string[],
  cache: Map<string, Buffer | Error>,
): void {
  let at = 0
  for (const path of paths) {
    const nl = out.indexOf(0x0a, at)
    if (nl < 0) return
    const header = out.subarray(at, nl).toString('utf8')
    const [, type, size] = header.split(' ')
    if (type === 'missing' || size === undefined) {
      cache.set(path, new Error(`object missing (${header})`))
      at = nl + 1
      continue
    }
    const length = Number(size)
    cache.set(path, Buffer.from(out.subarray(nl + 1, nl + 1 + length)))
    at = nl + 1 + length + 1
  }
}

/** Decodes a blob as the disk view decodes a file: NUL sniffing, byte cap, strict UTF-8, no BOM. */
function decode(blob: Buffer, maxBytes: number | undefined): ReadResult {
  const truncated = maxBytes !== undefined && blob.byteLength > maxBytes
  return decodeText(blob, truncated ? Math.max(0, maxBytes) : blob.byteLength, truncated)
}
