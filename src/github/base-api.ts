/**
 * The base of a pull request or merge group read through the GitHub REST API, for when git cannot
 * provide it (no git, not a work tree, the one-commit fetch refused or timed out). Opening costs
 * two kinds of request: the base tree (recursive) and the list of changed files; `prepare` then
 * loads, for exactly the paths the comparison reads, the blobs of the files stackfit actually
 * reads (BASE_READS), within API_BASE_LIMITS. Everything goes through the Octokit client of
 * client.ts, which retries server errors and waits out rate limits.
 */
import { decodeText } from '../adapters/decode-text.js'
import type { BasePort } from '../core/7-delta/compare-with-base.js'
import { MAX_GITATTRIBUTES_BYTES } from '../core/1-discover/exclusions.js'
import { MAX_NOTEBOOK_BYTES } from '../core/2-classify/classify-language.js'
import { MAX_DEPLOYMENT_YAML_BYTES } from '../core/3-detect/catalog/kubernetes.js'
import { MAX_MANIFEST_BYTES, MAX_SOURCE_BYTES } from '../core/context.js'
import type { Diagnostic, Exclusion } from '../core/model.js'
import { manifestTypeOf } from '../core/parse/manifests/index.js'
import { sourceLanguageOf } from '../core/parse/sources/index.js'
import type { ReadResult, RepoFile, RepoView } from '../core/ports.js'
import { apiFailure, type GitHubClient } from './client.js'
import { MAX_PR_FILES } from './pull-request.js'

/** GitHub's compare endpoint lists at most this many changed files, on its first page only. */
export const MAX_COMPARE_FILES = 300

/** How much work reading one base may take; past a limit the base is incomplete and says so. */
export interface ApiBaseLimits {
  /** Blobs fetched at most (a GITHUB_TOKEN has 1,000 requests an hour per repository). */
  blobs: number
  /** Bytes of blobs fetched at most, as the tree gives their sizes. */
  bytes: number
  /** Requests in flight at once (GitHub asks integrations not to flood it). */
  concurrency: number
  /** Tree listings at most when the recursive listing comes back truncated. */
  trees: number
}

export const API_BASE_LIMITS: ApiBaseLimits = {
  blobs: 500,
  bytes: 32 * 1024 * 1024,
  concurrency: 8,
  trees: 200,
}

/** One kind of file the analysis reads, how to know it by its path, and how much of it. */
export interface BaseRead {
  what: string
  matches: (path: string) => boolean
  /** The most bytes the analysis reads of such a file. */
  maxBytes: number
  /**
   * `skip`: the analysis does not read a larger file at all (it reports its size), so it is not
   * fetched; `prefix`: it reads the first maxBytes, so the blob is fetched and only those kept.
   */
  larger: 'skip' | 'prefix'
}

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1)

/**
 * The files prepare fetches, in the order it fetches them when the limits leave no room for all:
 * what discovery needs first, sources last. Anything else (binaries, images, model artefacts,
 * data files, documentation) is never fetched; if the analysis asks for such a file anyway, the
 * view answers `unreadable` and the analysis reports it, instead of the file silently missing.
 * The limits are the analysis's own constants, so a change there carries over.
 */
export const BASE_READS: readonly BaseRead[] = [
  {
    what: '.gitattributes',
    matches: (p) => baseName(p) === '.gitattributes',
    maxBytes: MAX_GITATTRIBUTES_BYTES,
    larger: 'skip',
  },
  {
    what: 'manifest or Dockerfile',
    matches: (p) => manifestTypeOf(p) !== undefined,
    maxBytes: MAX_MANIFEST_BYTES,
    larger: 'skip',
  },
  {
    what: 'Kubernetes, Compose or Helm YAML, or the policy file',
    matches: (p) => /\.ya?ml$/i.test(p),
    maxBytes: MAX_DEPLOYMENT_YAML_BYTES,
    larger: 'skip',
  },
  {
    what: 'notebook',
    matches: (p) => /\.ipynb$/i.test(p),
    maxBytes: MAX_NOTEBOOK_BYTES,
    larger: 'skip',
  },
  {
    // Discovery reads a JVM application class for its main method.
    what: 'JVM main class',
    matches: (p) => /(?:Application|Main|App)\.(?:java|kt)$/.test(baseName(p)),
    maxBytes: MAX_SOURCE_BYTES,
    larger: 'prefix',
  },
  {
    what: 'source file',
    matches: (p) => sourceLanguageOf(p) !== undefined,
    maxBytes: MAX_SOURCE_BYTES,
    larger: 'prefix',
  },
]

/** The entry of BASE_READS that covers `path` (the first that matches), or undefined. */
export function baseReadOf(path: string): BaseRead | undefined {
  return BASE_READS.find((r) => r.matches(path))
}

export interface ApiBaseOptions {
  client: GitHubClient
  owner: string
  repo: string
  /** The base commit (40 or 64 hex digits). */
  base: string
  /** On a pull request: its changed files come from pulls/list-files. */
  pullRequest?: {
    number: number
    /** The payload's `changed_files`, when known: more than were listed means the list is cut. */
    changedFiles?: number
  }
  /** Without a pull request (merge group): the head commit, compared with `base...head`. */
  head?: string
  /** The scanned directory relative to the repository root, `/`-separated; '' for the root. */
  prefix?: string
  limits?: Partial<ApiBaseLimits>
}

/** What reading the base cost, for the log. */
export interface ApiBaseStats {
  treeRequests: number
  blobRequests: number
  blobBytes: number
  /** Files the analysis reads that were not fetched because a limit was reached. */
  overLimit: number
}

/** A BasePort over the API, with what prepare could not load. */
export interface ApiBasePort extends BasePort {
  prepare(include: (path: string) => boolean): Promise<void>
  /** One line for each way the loaded base is incomplete; empty when it is complete. */
  readonly problems: readonly string[]
  readonly stats: ApiBaseStats
}

export type ApiBaseResult = { ok: true; port: ApiBasePort } | { ok: false; message: string }

interface TreeEntry {
  path: string
  mode: string
  type: string
  sha: string
  size?: number
}

interface Listing {
  entries: TreeEntry[]
  truncated: boolean
}

type Blob =
  | { state: 'loaded'; bytes: Buffer; size: number }
  | { state: 'failed'; message: string }
  | { state: 'skipped'; message: string }

interface Loaded {
  files: RepoFile[]
  pruned: Exclusion[]
  diagnostics: Diagnostic[]
  blobs: Map<string, Blob>
}

/**
 * Opens the base `options.base` through the API: lists its tree and the paths the change touches
 * (pulls/list-files on a pull request, compare `base...head` otherwise). Returns a one-line reason
 * instead of a port when the commit is not there (404), the token may not read it, or the API
 * cannot list every changed file (more than 3,000 on a pull request, 300 on a comparison), since
 * a delta over part of the change would be wrong. Never throws.
 */
export async function openApiBase(options: ApiBaseOptions): Promise<ApiBaseResult> {
  const { client, owner, repo, base } = options
  const short = base.slice(0, 12)
  const limits = { ...API_BASE_LIMITS, ...options.limits }
  const prefix = (options.prefix ?? '').replace(/^\.?\/*|\/+$/g, '')
  const stats: ApiBaseStats = { treeRequests: 0, blobRequests: 0, blobBytes: 0, overLimit: 0 }

  const getTree = async (sha: string, recursive: boolean): Promise<Listing> => {
    stats.treeRequests++
    const { data } = await client.rest.git.getTree({
      owner,
      repo,
      tree_sha: sha,
      ...(recursive ? { recursive: '1' } : {}),
    })
    return { entries: data.tree as TreeEntry[], truncated: data.truncated }
  }

  let root: Listing
  try {
    root = await getTree(base, true)
  } catch (error) {
    const failure = apiFailure(error)
    if (failure.status === 404 || failure.status === 422 || failure.status === 409)
      return {
        ok: false,
        message: `the GitHub API has no base commit ${short} in ${owner}/${repo} (${failure.status})`,
      }
    return { ok: false, message: `the GitHub API did not list the base tree: ${describe(error)}` }
  }

  const changed = await listChanged(options)
  if (!changed.ok) return changed
  const inScan = (path: string): string | undefined =>
    prefix === '' ? path : path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : undefined
  const changedPaths = [
    ...new Set(changed.paths.map(inScan).filter((p): p is string => p !== undefined)),
  ].sort(compare)

  const problems: string[] = []
  let loaded: Loaded | undefined

  const port: ApiBasePort = {
    label: short,
    commit: base,
    changedPaths,
    problems,
    stats,
    async prepare(include) {
      const entries = await listIncluded(root, include)
      loaded = await load(entries)
    },
    view(include) {
      // Without prepare nothing was fetched: the listing stands, every read says so.
      const state = loaded ?? {
        ...collect(root.truncated ? [] : scanEntries(root.entries)),
        blobs: new Map<string, Blob>(),
      }
      return memoryView(
        state,
        include,
        loaded
          ? 'stackfit does not read this kind of file at the base'
          : 'the base was listed but not loaded (prepare was not called)',
      )
    },
  }
  return { ok: true, port }

  /** The base tree's files (relative to the scan root) that `include` accepts. */
  async function listIncluded(
    listing: Listing,
    include: (path: string) => boolean,
  ): Promise<TreeEntry[]> {
    // Directories stay in the listing only for `collect` to note a node_modules it prunes.
    if (!listing.truncated)
      return scanEntries(listing.entries).filter((e) =>
        e.type === 'tree' ? include(`${e.path}/\0`) : include(e.path),
      )
    // Past GitHub's limit for one recursive listing: walk down only where `include` can accept
    // something. A probe path below a directory (NUL never occurs in a git path) asks `include`
    // whether it wants the directory's files (`dir/\0`) or everything below it (`dir/\0/\0`); the
    // comparison's include accepts a deeper path only when it accepts the direct children too.
    const out: TreeEntry[] = []
    const queue: { sha: string; dir: string; recursive: boolean }[] = [
      { sha: base, dir: '', recursive: false },
    ]
    let unlisted = 0
    await pool(queue, limits.concurrency, async (item) => {
      if (stats.treeRequests >= limits.trees) {
        unlisted++
        return
      }
      let listing: Listing
      try {
        listing = await getTree(item.sha, item.recursive)
      } catch (error) {
        problems.push(
          `the base directory ${item.dir || '.'} could not be listed: ${describe(error)}`,
        )
        return
      }
      if (item.recursive && listing.truncated) {
        queue.push({ ...item, recursive: false })
        return
      }
      const under = (e: TreeEntry): TreeEntry => ({
        ...e,
        path: item.dir === '' ? e.path : `${item.dir}/${e.path}`,
      })
      for (const entry of listing.entries.map(under)) {
        if (entry.type !== 'tree') {
          const scanned = scanEntries([entry])
          out.push(...scanned.filter((e) => include(e.path)))
          continue
        }
        if (item.recursive) continue
        const rel = inScan(entry.path)
        if (rel === undefined) {
          // Above the scan root: walk towards it.
          if (prefix.startsWith(`${entry.path}/`))
            queue.push({ sha: entry.sha, dir: entry.path, recursive: false })
          continue
        }
        if (baseName(rel) === 'node_modules') {
          if (include(`${rel}/\0`)) out.push({ ...entry, path: rel })
        } else if (include(`${rel}/\0/\0`))
          queue.push({ sha: entry.sha, dir: entry.path, recursive: true })
        else if (include(`${rel}/\0`))
          queue.push({ sha: entry.sha, dir: entry.path, recursive: false })
      }
    })
    if (unlisted > 0)
      problems.push(
        `the base tree is larger than GitHub lists at once, and ${unlisted} of its directories were not listed (limit: ${limits.trees} listings)`,
      )
    return out
  }

  /** Tree entries (repo-relative) → entries below the scan root, relative to it. */
  function scanEntries(entries: readonly TreeEntry[]): TreeEntry[] {
    const out: TreeEntry[] = []
    for (const entry of entries) {
      const rel = inScan(entry.path)
      if (rel === undefined || rel === '') continue
      out.push({ ...entry, path: rel })
    }
    return out
  }

  /** The RepoView listing of entries, as the git view lists a commit. */
  function collect(
    entries: readonly TreeEntry[],
  ): Omit<Loaded, 'blobs'> & { shas: Map<string, string> } {
    const files: RepoFile[] = []
    const pruned: Exclusion[] = []
    const prunedDirs = new Set<string>()
    const shas = new Map<string, string>()
    for (const entry of entries) {
      const parts = entry.path.split('/')
      const nodeModules = parts.indexOf('node_modules')
      if (nodeModules >= 0) {
        const dir = parts.slice(0, nodeModules + 1).join('/')
        if (!prunedDirs.has(dir)) {
          prunedDirs.add(dir)
          pruned.push({ path: dir, reason: 'node_modules', source: 'built-in: node_modules/' })
        }
        continue
      }
      if (entry.mode === '120000') {
        pruned.push({
          path: entry.path,
          reason: 'symlink',
          source: 'built-in: symlinks are not followed',
        })
        continue
      }
      // Submodules (mode 160000, type commit) and directories are not files of the tree.
      if (entry.type !== 'blob') continue
      files.push({ path: entry.path, size: entry.size ?? 0 })
      shas.set(entry.path, entry.sha)
    }
    files.sort((a, b) => compare(a.path, b.path))
    pruned.sort((a, b) => compare(a.path, b.path))
    return { files, pruned, diagnostics: [], shas }
  }

  /** Fetches the blobs the analysis reads, within the limits; never throws. */
  async function load(entries: readonly TreeEntry[]): Promise<Loaded> {
    const { files, pruned, diagnostics, shas } = collect(entries)
    const blobs = new Map<string, Blob>()
    const wanted: { path: string; sha: string; size: number; rank: number; read: BaseRead }[] = []
    for (const file of files) {
      const read = baseReadOf(file.path)
      if (!read || (read.larger === 'skip' && file.size > read.maxBytes)) continue
      const sha = shas.get(file.path) ?? ''
      wanted.push({ path: file.path, sha, size: file.size, rank: BASE_READS.indexOf(read), read })
    }
    wanted.sort((a, b) => a.rank - b.rank || compare(a.path, b.path))
    // Identical files share a blob: fetch each blob once.
    const plan = new Map<string, { size: number; keep: number; paths: string[] }>()
    let bytes = 0
    const over: string[] = []
    for (const w of wanted) {
      const planned = plan.get(w.sha)
      if (planned) {
        planned.paths.push(w.path)
        planned.keep = Math.max(planned.keep, w.read.maxBytes)
        continue
      }
      // In order of BASE_READS: once one file does not fit, the rest are left out too.
      if (over.length > 0 || plan.size >= limits.blobs || bytes + w.size > limits.bytes) {
        over.push(w.path)
        continue
      }
      bytes += w.size
      plan.set(w.sha, { size: w.size, keep: w.read.maxBytes, paths: [w.path] })
    }
    for (const path of over)
      blobs.set(path, {
        state: 'skipped',
        message: `not fetched from the GitHub API: the base read stops at ${limits.blobs} files or ${formatMiB(limits.bytes)}`,
      })
    stats.overLimit = over.length
    if (over.length > 0) {
      const line = `the base is incomplete: ${over.length} of the ${wanted.length} files stackfit reads in the touched services were not fetched through the GitHub API (limits: ${limits.blobs} files, ${formatMiB(limits.bytes)}); their findings may show as new`
      problems.push(line)
      diagnostics.push({ severity: 'warning', code: 'base-incomplete', message: line })
    }
    await pool([...plan.entries()], limits.concurrency, async ([sha, item]) => {
      let blob: Blob
      try {
        stats.blobRequests++
        const { data } = await client.rest.git.getBlob({ owner, repo, file_sha: sha })
        const all = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8')
        stats.blobBytes += all.byteLength
        const kept = all.byteLength > item.keep ? Buffer.from(all.subarray(0, item.keep)) : all
        blob = { state: 'loaded', bytes: kept, size: all.byteLength }
      } catch (error) {
        const message = `could not be fetched from the GitHub API: ${describe(error)}`
        blob = { state: 'failed', message }
        problems.push(`the base file ${item.paths[0]} ${message}`)
      }
      for (const path of item.paths) blobs.set(path, blob)
    })
    return { files, pruned, diagnostics, blobs }
  }
}

/** The paths a change touches, from pulls/list-files or the comparison; renames give both names. */
async function listChanged(
  options: ApiBaseOptions,
): Promise<{ ok: true; paths: string[] } | { ok: false; message: string }> {
  const { client, owner, repo, base } = options
  const paths: string[] = []
  const add = (file: { filename: string; status: string; previous_filename?: string }): void => {
    paths.push(file.filename)
    if (file.status === 'renamed' && file.previous_filename) paths.push(file.previous_filename)
  }
  try {
    if (options.pullRequest) {
      const { number, changedFiles } = options.pullRequest
      let listed = 0
      const pages = client.paginate.iterator(client.rest.pulls.listFiles, {
        owner,
        repo,
        pull_number: number,
        per_page: 100,
      })
      for await (const page of pages) {
        for (const file of page.data) add(file)
        listed += page.data.length
      }
      const total = changedFiles ?? listed
      if (listed >= MAX_PR_FILES || total > listed)
        return {
          ok: false,
          message: `pull request #${number} changes ${total > listed ? total : `at least ${listed}`} files and GitHub lists at most ${MAX_PR_FILES}, so the API cannot say everything it changed`,
        }
      return { ok: true, paths }
    }
    if (!options.head) return { ok: false, message: 'the event names no head commit to compare' }
    // The file list comes on the first page only, capped for the whole comparison: one request.
    const { data } = await client.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: `${base}...${options.head}`,
      per_page: 1,
    })
    const files = data.files ?? []
    if (files.length >= MAX_COMPARE_FILES)
      return {
        ok: false,
        message: `the comparison ${base.slice(0, 12)}...${options.head.slice(0, 12)} lists ${files.length} files, GitHub's limit, so the API cannot say everything it changed`,
      }
    for (const file of files) add(file)
    return { ok: true, paths }
  } catch (error) {
    return {
      ok: false,
      message: `the GitHub API did not list the changed files: ${describe(error)}`,
    }
  }
}

/** A RepoView over what prepare loaded, keeping the paths `include` accepts. */
function memoryView(
  loaded: Loaded,
  include: (path: string) => boolean,
  unfetched: string,
): RepoView {
  const files = loaded.files.filter((f) => include(f.path))
  const listed = new Set(files.map((f) => f.path))
  return {
    files,
    pruned: loaded.pruned.filter((p) => include(p.path)),
    diagnostics: loaded.diagnostics,
    read(path: string, maxBytes?: number): ReadResult {
      if (!listed.has(path)) return { ok: false, reason: 'missing', message: 'no such file' }
      const blob = loaded.blobs.get(path)
      if (!blob)
        return {
          ok: false,
          reason: 'unreadable',
          message: `not fetched from the GitHub API: ${unfetched}`,
        }
      if (blob.state !== 'loaded') return { ok: false, reason: 'unreadable', message: blob.message }
      const { bytes, size } = blob
      if (bytes.byteLength < size && (maxBytes === undefined || maxBytes > bytes.byteLength))
        return {
          ok: false,
          reason: 'unreadable',
          message: `only the first ${bytes.byteLength} bytes were fetched from the GitHub API`,
        }
      const truncated = maxBytes !== undefined && size > maxBytes
      return decodeText(bytes, truncated ? Math.max(0, maxBytes) : size, truncated)
    },
  }
}

/**
 * Runs `work` over `items` with at most `limit` at once; items that `work` appends while it runs
 * are taken up as well. Resolves when every item is done; rejects on the first failure.
 */
function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0
    let active = 0
    const pump = (): void => {
      if (next >= items.length && active === 0) return resolve()
      while (active < Math.max(1, limit) && next < items.length) {
        const item = items[next++] as T
        active++
        work(item).then(() => {
          active--
          pump()
        }, reject)
      }
    }
    pump()
  })
}

function describe(error: unknown): string {
  const failure = apiFailure(error)
  const first = failure.message.split('\n')[0] ?? ''
  return failure.status > 0 ? `${failure.status} ${first}` : first
}

function formatMiB(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
