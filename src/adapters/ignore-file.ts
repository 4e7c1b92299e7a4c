/**
 * One `.gitignore` (or `.git/info/exclude`) file, matched with the `ignore` package, but only when
 * it can match: a cheap literal prefilter skips the regular expressions for the paths that cannot,
 * and the rules are compiled on the first path that might.
 *
 * Why: on a real monorepo (hundreds of `.gitignore` files, tens of thousands of rules) compiling
 * every rule and running every rule's regular expression on every path was most of the walk. Most
 * paths contain none of the literal text the rules need (`node_modules`, `.pyc`, `dist`, ...).
 */
import ignore, { type Ignore } from 'ignore'

/** What `ignore`'s `test()` says about one path. */
export interface IgnoreVerdict {
  ignored: boolean
  unignored: boolean
  /** `file:line` of the rule that ignored the path, when there is one. */
  mark?: string
}

const NO_MATCH: IgnoreVerdict = Object.freeze({ ignored: false, unignored: false })

/**
 * Characters that end a literal run in a gitignore pattern: wildcards, escapes, the directory
 * separator (`**` may match zero directories, so text across a `/` need not appear verbatim) and
 * white space (trailing spaces are trimmed, escaped ones kept), and a byte-order mark (`ignore`
 * strips it).
 */
const BREAKS = new Set(['*', '?', '\\', '/', ' ', '\t', '!', '#', '\uFEFF'])

/**
 * The longest run of characters that every path this pattern matches must contain verbatim, or ''
 * when there is none (`*`, `**\/`, `[a-z]*`). Bracket expressions are skipped whole. Sound, not
 * tight: a shorter run only costs a few more regular-expression tests, never a wrong answer.
 */
export function requiredLiteral(pattern: string): string {
  let best = ''
  let run = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? ''
    if (c === '[') {
      // A bracket expression matches one character from a set: no literal inside. An unclosed
      // one is treated as a wildcard to the end of the pattern.
      if (run.length > best.length) best = run
      run = ''
      const close = pattern.indexOf(']', i + 2)
      if (close < 0) return best
      i = close
      continue
    }
    if (BREAKS.has(c) || c === ']') {
      if (run.length > best.length) best = run
      run = ''
      continue
    }
    run += c
  }
  return run.length > best.length ? run : best
}

/**
 * The literal run that ends the pattern (before one trailing `/`), or '' when the pattern ends in a
 * wildcard, a bracket expression, an escape or white space. Such a pattern matches a whole path
 * segment, so a path it matches has this run at the end of a segment: followed by `/` or by
 * nothing. `*.js` needs `.js` there, which `index.json` and `src/js-utils/a.ts` do not have.
 */
export function segmentEndLiteral(pattern: string): string {
  const body = pattern.endsWith('/') ? pattern.slice(0, -1) : pattern
  let start = body.length
  for (; start > 0; start--) {
    const c = body[start - 1] ?? ''
    // Inside an unclosed bracket expression: not a literal.
    if (c === '[') return ''
    // A closed bracket expression or a wildcard ends the run (`[Bb]in` ends in `in`).
    if (c === ']' || BREAKS.has(c)) break
  }
  return body.slice(start)
}

/**
 * The cheap tests of one ignore file, false only for paths none of its rules can match (or, with
 * `always`, never false: some rule has no literal). Needles that must end a path segment are
 * grouped by their last character, so a path is checked at its few segment ends, not against every
 * rule; the other needles are searched anywhere.
 */
interface Prefilter {
  always: boolean
  /** Last character code → needles that must end a segment there. */
  atSegmentEnd: Map<number, string[]>
  anywhere: string[]
}

function mayMatch(relative: string, filter: Prefilter): boolean {
  if (filter.always) return true
  for (const text of filter.anywhere) if (relative.includes(text)) return true
  // Every segment end: before each `/` and at the end of the path.
  const n = relative.length
  for (let end = 0; end <= n; end++) {
    if (end < n && relative.charCodeAt(end) !== 47) continue
    if (end === 0) continue
    const needles = filter.atSegmentEnd.get(relative.charCodeAt(end - 1))
    if (needles === undefined) continue
    for (const text of needles) {
      const start = end - text.length
      if (start >= 0 && relative.startsWith(text, start)) return true
    }
  }
  return false
}

/**
 * Whether a rule may match a path `path` whose last segment starts at `nameStart`, counting only
 * what that segment holds: its needles and the segment end after it. The path's directory part is
 * checked once for its whole directory (mayMatch of the directory's path): a needle holds no `/`,
 * so it lies in one segment, and mayMatch(dir + '/' + name) is mayMatch(dir) || this.
 */
function mayMatchName(path: string, nameStart: number, filter: Prefilter): boolean {
  if (filter.always) return true
  for (const text of filter.anywhere) if (path.indexOf(text, nameStart) >= 0) return true
  const needles = filter.atSegmentEnd.get(path.charCodeAt(path.length - 1))
  if (needles === undefined) return false
  for (const text of needles) {
    const start = path.length - text.length
    if (start >= nameStart && path.startsWith(text, start)) return true
  }
  return false
}

/** The parsed rules of one ignore file's text: shared by every file with the same text. */
interface ParsedRules {
  rules: { pattern: string; mark: string }[]
  filter: Prefilter
  matcher?: Ignore
}

/** Ignore files repeat (templates copied into hundreds of folders): each text is parsed once. */
const parsedTexts = new Map<string, ParsedRules>()
const MAX_PARSED_TEXTS = 4096

function parseRules(text: string): ParsedRules {
  const known = parsedTexts.get(text)
  if (known !== undefined) return known
  const rules: { pattern: string; mark: string }[] = []
  const filter: Prefilter = { always: false, atSegmentEnd: new Map(), anywhere: [] }
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '')
    if (line.trim() === '' || line.startsWith('#')) continue
    // The mark is the line number; the file's name is added when a rule is reported.
    rules.push({ pattern: line, mark: String(i + 1) })
    const atEnd = segmentEndLiteral(line)
    if (atEnd !== '') {
      const last = atEnd.charCodeAt(atEnd.length - 1)
      const list = filter.atSegmentEnd.get(last) ?? []
      if (!list.includes(atEnd)) list.push(atEnd)
      filter.atSegmentEnd.set(last, list)
      continue
    }
    const literal = requiredLiteral(line)
    if (literal === '') filter.always = true
    else if (!filter.anywhere.includes(literal)) filter.anywhere.push(literal)
  }
  const parsed: ParsedRules = { rules, filter }
  if (parsedTexts.size >= MAX_PARSED_TEXTS) parsedTexts.clear()
  parsedTexts.set(text, parsed)
  return parsed
}

/** The rules of one ignore file, with the directory they are relative to. */
export interface IgnoreFile {
  /** Repo-relative directory of the ignore file, '' for the root. */
  readonly base: string
  /**
   * What the file's rules say about `relative` (a path relative to `base`, with a trailing `/` for
   * a directory): exactly what `ignore().test()` returns, parents included. May throw on a path
   * `ignore` refuses, as `ignore` does.
   */
  test(relative: string): IgnoreVerdict
  /**
   * False when no rule can match any path below the directory `relativeDir` (relative to `base`,
   * '' for `base` itself) by what the directory's own path holds: then only an entry's name can
   * make `test` match (see mayMatchName). True is always safe.
   */
  mayMatchBelow(relativeDir: string): boolean
  /**
   * False when `test` cannot match the entry `path` (any path ending in the entry's name, which
   * starts at `nameStart`) of a directory for which mayMatchBelow was false: `test` would return
   * "neither ignored nor unignored" without running a rule. True is always safe.
   */
  mayMatchName(path: string, nameStart: number): boolean
}

/**
 * Builds the matcher of one ignore file's text. `source` names the file in each rule's mark
 * (`source:line`). Blank lines and comments are dropped; every other line is a rule.
 */
export function parseIgnoreFile(base: string, source: string, text: string): IgnoreFile {
  const parsed = parseRules(text)
  return {
    base,
    mayMatchBelow: (relativeDir) => mayMatch(relativeDir, parsed.filter),
    mayMatchName: (path, nameStart) => mayMatchName(path, nameStart, parsed.filter),
    test(relative) {
      if (!mayMatch(relative, parsed.filter)) return NO_MATCH
      if (parsed.matcher === undefined) {
        const matcher = ignore({ ignorecase: false })
        for (const rule of parsed.rules) matcher.add(rule)
        parsed.matcher = matcher
      }
      const result = parsed.matcher.test(relative)
      if (!result.ignored) return result.unignored ? { ignored: false, unignored: true } : NO_MATCH
      const line = result.rule?.mark
      return line === undefined
        ? { ignored: true, unignored: false }
        : { ignored: true, unignored: false, mark: `${source}:${line}` }
    },
  }
}
