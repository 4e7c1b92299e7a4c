/**
 * What a changed-scope scan (a pull request) reads at the head. The files of the services a change
 * touches are read and lexed; every other file is only listed. Discovery needs to know which
 * sources it may read before it knows the units, so the first guess is by directory, and the
 * pipeline checks the guess against the units it found (sourcesMissedBy). Pure.
 */
import { matchMarker } from '../1-discover/service-markers.js'
import type { Unit } from '../1-discover/unit.js'
import type { RepoFile } from '../ports.js'
import { sourceLanguageOf } from '../parse/sources/index.js'

/** A predicate over repo-relative paths: may this source file be read? */
export type SourceFilter = (path: string) => boolean

/**
 * Sources read in every service, touched or not: the files where entry points conventionally
 * live. Discovery tells a service from a library by an entry point in its sources (`func main`,
 * a `__main__` guard, a server started); reading these few files keeps that right for the services
 * a change does not touch, without reading the rest of their code. Their limit: a service whose
 * only entry point sits in another file is counted as a library until a change touches it.
 */
export const ENTRY_POINT_FILES: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /(?:^|\/)main\.go$/, why: 'Go: `package main` with `func main` lives in main.go' },
  { pattern: /(?:^|\/)cmd\/(?:[^/]+\/)?[^/]+\.go$/, why: 'Go: commands under cmd/' },
  {
    pattern: /(?:^|\/)(?:__main__|main|app|server|run|wsgi|asgi|manage|worker|cli)\.py$/,
    why: 'Python: script and server entry files',
  },
  {
    pattern: /(?:^|\/)(?:server|index|main|app)\.(?:js|mjs|cjs|ts|mts|cts)$/,
    why: 'JavaScript and TypeScript: server entry files',
  },
]

/** ENTRY_POINT_FILES as one expression: it is asked of every source file discovery meets. */
const ENTRY_POINT = new RegExp(
  ENTRY_POINT_FILES.map(({ pattern }) => `(?:${pattern.source})`).join('|'),
)

/** True when `path` is one of the ENTRY_POINT_FILES. */
export function isEntryPointFile(path: string): boolean {
  return ENTRY_POINT.test(path)
}

/**
 * The paths of `files` (sorted by path, as a RepoView lists them) that lie directly in `dir`
 * (`.` for the root), in order. A binary search finds where `dir`'s files start, and each
 * subdirectory met is skipped whole by another search, so the cost grows with the number of
 * entries of `dir` (its files and subdirectories), not with the size of the tree. Never throws.
 */
export function filesDirectlyIn(files: readonly RepoFile[], dir: string): string[] {
  const prefix = dir === '.' ? '' : `${dir}/`
  const out: string[] = []
  let i = firstAtOrAfter(files, prefix, 0)
  while (i < files.length) {
    const path = (files[i] as RepoFile).path
    if (!path.startsWith(prefix)) break
    const slash = path.indexOf('/', prefix.length)
    if (slash < 0) {
      out.push(path)
      i++
    } else {
      // Every path under `<subdirectory>/` sorts before `<subdirectory>0` ('0' follows '/').
      i = firstAtOrAfter(files, `${path.slice(0, slash)}0`, i + 1)
    }
  }
  return out
}

/** The index of the first of `files` (sorted by path), from `from` on, whose path is not before `key`. */
function firstAtOrAfter(files: readonly RepoFile[], key: string, from: number): number {
  let lo = from
  let hi = files.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((files[mid] as RepoFile).path < key) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The first guess of which sources a changed-scope scan reads: for each focus path, every file
 * under the deepest directory above it that holds a service marker (a manifest, a Dockerfile),
 * since that directory or one below it is the unit the path belongs to; a focus path under no
 * marker directory (or only under the root's) reads only itself; ENTRY_POINT_FILES are read
 * everywhere. Never throws.
 */
export function focusedSources(files: readonly RepoFile[], focus: readonly string[]): SourceFilter {
  // Only the directories above a focus path matter, and each is asked once: its own files are
  // found by binary search in the sorted listing, so the rest of the tree is never visited.
  const markerDirs = new Map<string, boolean>()
  const isMarkerDir = (dir: string): boolean => {
    let answer = markerDirs.get(dir)
    if (answer === undefined) {
      answer = filesDirectlyIn(files, dir).some((path) => matchMarker(path)?.root === dir)
      markerDirs.set(dir, answer)
    }
    return answer
  }
  const prefixes = new Set<string>()
  const exact = new Set<string>()
  for (const path of focus) {
    const dir = deepestMarkerDir(path, isMarkerDir)
    if (dir === undefined) exact.add(path)
    else prefixes.add(`${dir}/`)
  }
  return subtreeFilter(prefixes, exact)
}

/**
 * Checks a guess against the units discovery found: when a source file of a `touched` unit was not
 * readable under `read`, returns a filter that also reads the touched units' whole subtrees (the
 * pipeline then discovers again); undefined when the guess covered every touched unit.
 */
export function sourcesMissedBy(
  units: readonly Unit[],
  touched: ReadonlySet<string>,
  read: SourceFilter,
): SourceFilter | undefined {
  const missed = units.some(
    (unit) =>
      touched.has(unit.root) &&
      unit.files.some((f) => sourceLanguageOf(f.path) !== undefined && !read(f.path)),
  )
  if (!missed) return undefined
  if (touched.has('.')) return () => true
  const prefixes = new Set([...touched].map((root) => `${root}/`))
  const wider = subtreeFilter(prefixes, new Set())
  return (path) => read(path) || wider(path)
}

function deepestMarkerDir(path: string, isMarkerDir: (dir: string) => boolean): string | undefined {
  // A path that is itself a directory (a root to analyse) counts as its own marker directory.
  if (isMarkerDir(path)) return path
  for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
    const dir = path.slice(0, slash)
    if (isMarkerDir(dir)) return dir
  }
  // The root's marker is usually a workspace file; if the root is really the touched unit,
  // sourcesMissedBy widens the reads.
  return undefined
}

/**
 * Reads `exact`, every file under one of the `prefixes` (each a directory with a trailing `/`),
 * and ENTRY_POINT_FILES. Prefixes inside another prefix are dropped, so that no prefix starts
 * another; then the only prefix a path can start with is the greatest one sorting at or before
 * it: a binary search, so the cost per file grows with the log of the number of prefixes.
 */
function subtreeFilter(prefixes: ReadonlySet<string>, exact: ReadonlySet<string>): SourceFilter {
  const sorted = [...prefixes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const outer: string[] = []
  for (const prefix of sorted) {
    const last = outer[outer.length - 1]
    if (last === undefined || !prefix.startsWith(last)) outer.push(prefix)
  }
  const under = (path: string): boolean => {
    let lo = 0
    let hi = outer.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if ((outer[mid] as string) <= path) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    return found !== -1 && path.startsWith(outer[found] as string)
  }
  return (path) => exact.has(path) || (outer.length > 0 && under(path)) || isEntryPointFile(path)
}
