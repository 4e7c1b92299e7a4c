/**
 * Text helpers shared by the manifest parsers and the source lexers: line maps, diagnostics and
 * name normalisation. Pure string maths, no I/O.
 */
import type { Diagnostic } from '../model.js'

/** Longest source line kept as `text` on imports and hints. */
export const MAX_LINE_TEXT = 200

/** Maps character offsets to 1-based lines and back to the trimmed text of a line. */
export interface LineMap {
  /** 1-based line of a character offset; offsets past the end map to the last line. */
  lineOf(offset: number): number
  /** 1-based column of a character offset. */
  columnOf(offset: number): number
  /** The line's text, trimmed and cut to `MAX_LINE_TEXT` characters; empty when out of range. */
  textOf(line: number): string
  /** Number of lines (a trailing newline does not start a new line). */
  readonly lineCount: number
}

/** Builds a LineMap in one pass over `text`. Never throws. */
export function lineMap(text: string): LineMap {
  const starts: number[] = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  const lineCount =
    starts.length > 1 && starts[starts.length - 1] === text.length
      ? starts.length - 1
      : starts.length
  const lineOf = (offset: number): number => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] ?? 0) <= offset) lo = mid
      else hi = mid - 1
    }
    return Math.min(lo + 1, lineCount)
  }
  return {
    lineCount,
    lineOf,
    columnOf: (offset) => offset - (starts[lineOf(offset) - 1] ?? 0) + 1,
    textOf(line) {
      const start = starts[line - 1]
      if (start === undefined) return ''
      const next = starts[line]
      const raw = text.slice(start, next === undefined ? text.length : next - 1)
      return raw.trim().slice(0, MAX_LINE_TEXT)
    },
  }
}

/** Splits text into lines without their terminators (`\r\n` or `\n`). */
export function splitLines(text: string): string[] {
  return text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
}

/** Removes a leading byte-order mark; offsets shift by one but lines do not. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** A `manifest-parse` warning naming the file and what is wrong. */
export function parseDiagnostic(
  path: string,
  what: string,
  line?: number,
  column?: number,
): Diagnostic {
  const at =
    line === undefined
      ? ''
      : column === undefined
        ? ` (line ${line})`
        : ` (line ${line}, column ${column})`
  const d: Diagnostic = {
    severity: 'warning',
    code: 'manifest-parse',
    message: `Could not parse ${path}${at}: ${what}`,
    path,
  }
  if (line !== undefined) d.line = line
  if (column !== undefined) d.column = column
  return d
}

const PYPI_SEPARATORS = /[-_.]+/g
const PEP508_NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/

/** PEP 503 normal form: lower case, runs of `-`, `_`, `.` become one `-`. */
export function normalisePypiName(name: string): string {
  return name.toLowerCase().replace(PYPI_SEPARATORS, '-')
}

/**
 * The normalised project name at the start of a PEP 508 requirement (`Flask[async]>=2; python_version<"3.12"`
 * → `flask`), or undefined when the text does not start with a name.
 */
export function pep508Name(requirement: string): string | undefined {
  const m = PEP508_NAME.exec(requirement)
  return m?.[1] === undefined ? undefined : normalisePypiName(m[1])
}

/** The message of an unknown thrown value. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Blanks out `//` and `/* *\/` comments (outside '...' and "..." strings) with spaces, keeping
 * every newline so lines and columns stay where they were. Linear; never throws.
 */
export function blankCStyleComments(text: string): string {
  let out = ''
  let i = 0
  let quote: string | undefined
  let from = 0
  const n = text.length
  while (i < n) {
    const c = text[i]
    if (quote !== undefined) {
      if (c === '\\') i++
      else if (c === quote || c === '\n') quote = undefined
      i++
    } else if (c === '"' || c === "'") {
      quote = c
      i++
    } else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const block = text[i + 1] === '*'
      let end = block ? text.indexOf('*/', i + 2) : text.indexOf('\n', i)
      end = end < 0 ? n : block ? end + 2 : end
      out += text.slice(from, i) + text.slice(i, end).replace(NOT_NEWLINE, ' ')
      i = from = end
    } else i++
  }
  return out + text.slice(from)
}

const NOT_NEWLINE = /[^\n]/g
