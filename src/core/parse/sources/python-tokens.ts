/**
 * A Python tokenizer just deep enough to tell code from comments and strings: `#` comments,
 * single/double/triple-quoted strings with any prefix (r, b, u, f, t and pairs), f-string
 * replacement fields, backslash continuations and bracket nesting (newlines inside brackets do not
 * end a statement). Linear in the text; never throws.
 */
import type { WaiverComment } from '../../facts.js'
import {
  identPart,
  identStart,
  NAME,
  NEWLINE,
  OP,
  sharedTokens,
  STRING,
  type TokenBuffer,
} from './token-buffer.js'
import { keepWaiverComment, type Token, WAIVER_MARKER } from './tokens.js'

const TWO_CHAR_OPS = new Set([
  '==',
  '!=',
  '<=',
  '>=',
  ':=',
  '->',
  '**',
  '//',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '@=',
])
/** Second characters of TWO_CHAR_OPS, so most operators skip the set lookup. */
const TWO_CHAR_SECOND = new Set([...TWO_CHAR_OPS].map((op) => op.charCodeAt(1)))

const QUOTE = 34
const APOSTROPHE = 39
const NL = 10
const BACKSLASH = 92

/** String prefix letters: r/b/u/f/t alone, or r with one of b/f/t (either order). */
const isPrefixLetter = (c: number, letters: string): boolean =>
  letters.includes(String.fromCharCode(c | 0x20))
function isStringPrefix(text: string, start: number, end: number): boolean {
  const a = text.charCodeAt(start)
  if (end - start === 1) return isPrefixLetter(a, 'rbuft')
  if (end - start !== 2) return false
  const b = text.charCodeAt(start + 1)
  return (
    (isPrefixLetter(a, 'r') && isPrefixLetter(b, 'bft')) ||
    (isPrefixLetter(a, 'bft') && isPrefixLetter(b, 'r'))
  )
}
const isFStringPrefix = (text: string, start: number, end: number): boolean => {
  for (let k = start; k < end; k++) if (isPrefixLetter(text.charCodeAt(k), 'ft')) return true
  return false
}

/**
 * Tokenizes Python source into `into` (the shared buffer by default). A NEWLINE token ends each
 * logical line; a string token covers the string's content. `#` comments holding the waiver
 * marker are appended to `comments` when given.
 */
export function scanPython(
  text: string,
  comments?: WaiverComment[],
  into: TokenBuffer = sharedTokens,
): TokenBuffer {
  const tokens = into
  tokens.reset(text)
  const n = text.length
  const markers = comments !== undefined && text.includes(WAIVER_MARKER)
  let i = 0
  let depth = 0

  const pushNewline = (at: number): void => {
    const last = tokens.count - 1
    if (last >= 0 && tokens.kinds[last] !== NEWLINE) tokens.push(NEWLINE, at, at)
  }

  // Scans a string body starting at the opening quote; returns the end of its content.
  const scanString = (fString: boolean): number => {
    const quote = text.charCodeAt(i)
    const triple = text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote
    i += triple ? 3 : 1
    let braces = 0
    while (i < n) {
      const c = text.charCodeAt(i)
      if (c === BACKSLASH) {
        i += 2
        continue
      }
      if (c === NL) {
        if (!triple && braces === 0) break
        i++
        continue
      }
      if (fString && c === 123) {
        if (text.charCodeAt(i + 1) === 123 && braces === 0) i += 2
        else {
          braces++
          i++
        }
        continue
      }
      if (fString && c === 125 && braces > 0) {
        braces--
        i++
        continue
      }
      if (braces > 0 && (c === QUOTE || c === APOSTROPHE)) {
        scanString(false)
        continue
      }
      if (
        c === quote &&
        (!triple || (text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote))
      ) {
        const end = i
        i += triple ? 3 : 1
        return end
      }
      i++
    }
    return Math.min(i, n)
  }

  const pushString = (fString: boolean): void => {
    const quote = text.charCodeAt(i)
    const triple = text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote
    const start = i + (triple ? 3 : 1)
    const end = scanString(fString)
    tokens.push(STRING, Math.min(start, n), end)
  }

  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === NL) {
      if (depth === 0) pushNewline(i)
      i++
    } else if (c === 32 || c === 9 || c === 13 || c === 12) {
      i++
    } else if (c === 35) {
      const start = i + 1
      const end = text.indexOf('\n', i)
      i = end < 0 ? n : end
      if (markers) keepWaiverComment(comments, tokens.lineAt(start), text.slice(start, i))
    } else if (
      c === BACKSLASH &&
      (text.charCodeAt(i + 1) === NL ||
        (text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === NL))
    ) {
      i += text.charCodeAt(i + 1) === NL ? 2 : 3
    } else if (c === QUOTE || c === APOSTROPHE) {
      pushString(false)
    } else if (identStart(c) && c !== 36) {
      const start = i
      i++
      while (i < n) {
        const d = text.charCodeAt(i)
        if (!identPart(d) || d === 36) break
        i++
      }
      const next = text.charCodeAt(i)
      if ((next === QUOTE || next === APOSTROPHE) && isStringPrefix(text, start, i)) {
        pushString(isFStringPrefix(text, start, i))
      } else {
        tokens.push(NAME, start, i)
      }
    } else if (c >= 48 && c <= 57) {
      while (i < n && (identPart(text.charCodeAt(i)) || text.charCodeAt(i) === 46)) i++
    } else {
      if (TWO_CHAR_SECOND.has(text.charCodeAt(i + 1)) && TWO_CHAR_OPS.has(text.slice(i, i + 2))) {
        tokens.push(OP, i, i + 2)
        i += 2
        continue
      }
      if (c === 40 || c === 91 || c === 123) depth++
      else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth--
      tokens.push(OP, i, i + 1)
      i++
    }
  }
  pushNewline(n)
  return tokens
}

/**
 * Tokenizes Python source into token objects (for the setup.py reader, which walks few, small
 * files). A `newline` token ends each logical line. `#` comments holding the waiver marker are
 * appended to `comments` when given.
 */
export function tokenizePython(text: string, comments?: WaiverComment[]): Token[] {
  const buffer = scanPython(text, comments)
  const kinds = ['', 'name', 'string', 'op', 'newline'] as const
  const out: Token[] = []
  for (let i = 0; i < buffer.count; i++) {
    const kind = kinds[buffer.kind(i)] || 'op'
    out.push({ kind, value: buffer.value(i), line: buffer.lineAt(buffer.startOf(i)) })
  }
  return out
}
