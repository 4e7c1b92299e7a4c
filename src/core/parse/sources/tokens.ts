/**
 * The token shape the hand-written lexers produce, and helpers the languages share. Comments are
 * dropped by the lexers, so nothing inside a comment can become a token.
 */
import type { WaiverComment } from '../../facts.js'
import { OP, type TokenBuffer } from './token-buffer.js'

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
 * The dotted name that ends just before token `index` (usually a `(`): `a.b.c` for `a.b.c(`, with
 * the index of its first name. Empty text when the previous token is not a name. With `numbers`,
 * a number counts as a name whose value is `0`.
 */
export function dottedBefore(
  tokens: TokenBuffer,
  index: number,
  numbers = false,
): { text: string; first: number } {
  let i = index - 1
  if (!tokens.isName(i, numbers)) return { text: '', first: index }
  let chain = tokens.value(i)
  while (tokens.kind(i - 1) === OP && tokens.is(i - 1, '.') && tokens.isName(i - 2, numbers)) {
    chain = `${tokens.value(i - 2)}.${chain}`
    i -= 2
  }
  return { text: chain, first: i }
}
