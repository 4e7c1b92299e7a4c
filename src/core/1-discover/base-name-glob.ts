/**
 * Base-name globs (`requirements*.txt`, `*.pb.go`) tested against every file of a scan. A glob
 * is compiled once, and a name that lacks the glob's literal text (its start, its end, the
 * pieces between wildcards) is rejected with a few string comparisons before the compiled
 * expression runs. The answers are exactly picomatch's: the literal check only ever says "no"
 * when picomatch would.
 */
import picomatch from 'picomatch'

/** Glob syntax beyond `*` and `?`: such globs skip the literal check and go to picomatch as they are. */
const RICH_SYNTAX = /[[\]{}()!+@\\]/

/** The literal text every match of a `*`/`?` glob holds; undefined for richer globs. */
export interface GlobLiterals {
  /** A match starts with this. */
  prefix: string
  /** A match ends with this. */
  suffix: string
  /** A match contains each of these (between the prefix and the suffix). */
  inner: string[]
  /** The glob has no wildcard at all: a match equals it. */
  exact: boolean
}

/**
 * The literal pieces of a base-name glob made of text, `*` and `?` only; undefined when the glob
 * uses richer syntax (brackets, braces, extglobs, negation, escapes), which is never prefiltered.
 */
export function globLiterals(glob: string): GlobLiterals | undefined {
  if (RICH_SYNTAX.test(glob)) return undefined
  const pieces = glob.split(/[*?]+/)
  if (pieces.length === 1) return { prefix: glob, suffix: glob, inner: [], exact: true }
  return {
    prefix: pieces[0] ?? '',
    suffix: pieces[pieces.length - 1] ?? '',
    inner: pieces.slice(1, -1).filter((p) => p !== ''),
    exact: false,
  }
}

/**
 * A glob test of the part of `text` from offset `from` to its end. Scans test the base name of a
 * path in place (`from` just after its last `/`), and the path below a `.gitattributes`
 * directory likewise: nothing is cut out of the path unless the literal check passes.
 * (`from` is required, so that such a test is never handed to `filter` by mistake.)
 */
export type OffsetTest = (text: string, from: number) => boolean

/** True when `text` holds every one of `pieces` at or after `from`. */
function holdsAll(text: string, pieces: readonly string[], from: number): boolean {
  for (const piece of pieces) if (!text.includes(piece, from)) return false
  return true
}

/** picomatch (`dot: true`) on the part of `text` from `from` on. */
function compiledAt(glob: string): OffsetTest {
  const compiled = picomatch(glob, { dot: true })
  return (text, from) => compiled(from === 0 ? text : text.slice(from))
}

/**
 * baseNameGlob, tested in place: `test(path, slash + 1)` answers for the base name of `path`.
 * The literal check on the whole text is a necessary condition for the part (the part ends the
 * text, and pieces are looked for from `from` on), so the answers are exactly picomatch's on the
 * part.
 */
export function baseNameGlobAt(glob: string): OffsetTest {
  const test = compiledAt(glob)
  const literals = globLiterals(glob)
  if (!literals) return test
  const { prefix, suffix, inner, exact } = literals
  if (exact)
    return (text, from) => text.length - from === glob.length && text.startsWith(glob, from)
  return (text, from) =>
    text.startsWith(prefix, from) &&
    text.endsWith(suffix) &&
    holdsAll(text, inner, from) &&
    test(text, from)
}

/**
 * A test of base names (no `/`) against `glob` (picomatch, `dot: true`) that rejects names
 * without the glob's literal text before running the compiled expression. Same answers as
 * `picomatch(glob, { dot: true })` for every base name; a glob without wildcards is compared as
 * a string.
 */
export function baseNameGlob(glob: string): (base: string) => boolean {
  const test = baseNameGlobAt(glob)
  return (base) => test(base, 0)
}

/**
 * Which of `globs` (base-name globs, as for baseNameGlob) a base name can match, told by its last
 * character alone: a glob whose literal text ends it (`*.pb.go`, `go.mod`) only matches names
 * ending with that text, so a name is never tested against globs ending in another character.
 * Returns a lookup giving, for the base name of `text` from `from` on, the indices of the globs to test, in list order: every
 * glob that matches the name is among them. Globs ending in a wildcard, or with richer syntax,
 * are always among them.
 */
export function globCandidates(
  globs: readonly string[],
): (text: string, from?: number) => readonly number[] {
  const always: number[] = []
  const byLast = new Map<number, number[]>()
  globs.forEach((glob, index) => {
    const suffix = globLiterals(glob)?.suffix ?? ''
    if (suffix === '') always.push(index)
    else {
      const last = suffix.charCodeAt(suffix.length - 1)
      byLast.set(last, [...(byLast.get(last) ?? []), index])
    }
  })
  const table = new Map<number, readonly number[]>()
  for (const [last, list] of byLast)
    table.set(
      last,
      [...list, ...always].sort((a, b) => a - b),
    )
  // Called as `candidates(path, slash + 1)`, the base name of `path` is told in place.
  return (text, from = 0) =>
    text.length <= from ? always : (table.get(text.charCodeAt(text.length - 1)) ?? always)
}

/**
 * A test of repo-relative file paths (never ending in `/`) against `glob` (picomatch,
 * `dot: true`), for `.gitattributes` patterns that hold a `/`. Before the compiled expression
 * runs, a path must end with the text after the last wildcard of the glob's last segment and
 * contain every literal piece between wildcards (trimmed of `/`, which `**` may absorb). Both are
 * necessary for any match, so the answers are exactly picomatch's; globs with richer syntax go to
 * picomatch as they are. `test(path, cut)` answers for the part of `path` from `cut` on.
 */
export function pathGlobAt(glob: string): OffsetTest {
  const test = compiledAt(glob)
  if (RICH_SYNTAX.test(glob)) return test
  const lastSegment = glob.slice(glob.lastIndexOf('/') + 1)
  const wildcard = Math.max(lastSegment.lastIndexOf('*'), lastSegment.lastIndexOf('?'))
  const suffix = lastSegment.slice(wildcard + 1)
  const pieces = glob
    .split(/[*?]+/)
    .map((piece) => piece.replace(/^\/+|\/+$/g, ''))
    .filter((piece) => piece !== '')
  return (text, from) => text.endsWith(suffix) && holdsAll(text, pieces, from) && test(text, from)
}

/** pathGlobAt on whole paths. */
export function pathGlob(glob: string): (path: string) => boolean {
  const test = pathGlobAt(glob)
  return (path) => test(path, 0)
}
