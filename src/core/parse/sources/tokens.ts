/**
 * The token shape the hand-written lexers produce, and helpers the languages share. Comments are
 * dropped by the lexers, so nothing inside a comment can become a token.
 */
import type { WaiverComment } from '../../facts.js'

/** One token. Strings carry their decoded-enough content (quotes and prefixes removed). */
export interface Token {
  kind: 'name' | 'string' | 'op' | 'newline'
  value: string
  /** 1-based line where the token starts. */
  line: number
}

/** The marker that makes a comment an inline waiver: `# stackfit-ignore SF101: reason`. */
export const WAIVER_MARKER = 'stackfit-ignore'

/**
 * Keeps a line comment (text without its `#`/`//`) in `into` when it holds the waiver marker.
 * Only these comments are kept: the rest of a file's comments are never needed.
 */
export function keepWaiverComment(
  into: WaiverComment[] | undefined,
  line: number,
  text: string,
): void {
  if (into !== undefined && text.includes(WAIVER_MARKER)) into.push({ line, text: text.trim() })
}

/** Hints of one kind kept per file: enough evidence without one line per `async def` in a big module. */
export const MAX_HINTS_PER_ID = 20

/** True when a dotted call chain ends with the dotted pattern: `concurrent.futures.ThreadPoolExecutor` ~ `ThreadPoolExecutor`. */
export function chainMatches(chain: string, pattern: string): boolean {
  return (
    chain === pattern ||
    (chain.endsWith(pattern) && chain[chain.length - pattern.length - 1] === '.')
  )
}

/**
 * The dotted name that ends just before `tokens[index]` (usually a `(`): `a.b.c` for `a.b.c(`.
 * Empty when the previous token is not a name.
 */
export function chainBefore(tokens: readonly Token[], index: number): string {
  let i = index - 1
  const t = tokens[i]
  if (t?.kind !== 'name') return ''
  let chain = t.value
  while (
    tokens[i - 1]?.value === '.' &&
    tokens[i - 1]?.kind === 'op' &&
    tokens[i - 2]?.kind === 'name'
  ) {
    chain = `${tokens[i - 2]?.value ?? ''}.${chain}`
    i -= 2
  }
  return chain
}

const IDENT_START = /[A-Za-z_$\u0080-\uffff]/
const IDENT_PART = /[A-Za-z0-9_$\u0080-\uffff]/

// The lexers call these once per character of every source file: one character is told by its
// code unit (same sets as the patterns above), anything else falls back to the pattern.
const isAsciiLetterOr = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 36

/** True for a character that can start an identifier (any non-ASCII character is allowed). */
export function isIdentStart(c: string | undefined): boolean {
  if (c === undefined) return false
  if (c.length !== 1) return IDENT_START.test(c)
  const code = c.charCodeAt(0)
  return isAsciiLetterOr(code) || code >= 0x80
}

/** True for a character that can continue an identifier. */
export function isIdentPart(c: string | undefined): boolean {
  if (c === undefined) return false
  if (c.length !== 1) return IDENT_PART.test(c)
  const code = c.charCodeAt(0)
  return isAsciiLetterOr(code) || (code >= 48 && code <= 57) || code >= 0x80
}
