/**
 * The lexers' token store: one reusable set of typed arrays (kind, start, end offsets) instead of an
 * object and a string per token. A token's text is read from the source only when a rule asks for
 * it, and its line is counted from its offset only when it becomes evidence, so lexing a file
 * allocates almost nothing but the facts it returns.
 */
import { MAX_LINE_TEXT } from '../text.js'

/** Token kinds. `NUMBER` reads as a name whose value is `0` (only the JS lexer emits it). */
export const NAME = 1
export const STRING = 2
export const OP = 3
export const NEWLINE = 4
export const NUMBER = 5

/** Character classes by code unit for ASCII; every code unit ≥ 0x80 is an identifier character. */
const IDENT_START_BIT = 1
const IDENT_PART_BIT = 2
const CLASS = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36
  const digit = c >= 48 && c <= 57
  CLASS[c] = (letter ? IDENT_START_BIT | IDENT_PART_BIT : 0) | (digit ? IDENT_PART_BIT : 0)
}

/** True when code unit `c` can start an identifier (`$` included; Go and Python exclude it). */
export const identStart = (c: number): boolean =>
  c >= 128 || (c >= 0 && ((CLASS[c] ?? 0) & IDENT_START_BIT) !== 0)
/** True when code unit `c` can continue an identifier (`$` included). NaN (past the end) is not. */
export const identPart = (c: number): boolean =>
  c >= 128 || (c >= 0 && ((CLASS[c] ?? 0) & IDENT_PART_BIT) !== 0)

/**
 * A file's tokens as offsets into its text. Reset per file; the arrays grow and are kept, so one
 * buffer serves a whole scan. Indexes out of range read as an absent token (kind 0, value '').
 */
/**
 * Scans a one-line quoted string whose content starts at `start` (just after the opening `quote`
 * character code) and pushes its content as one STRING token. Backslash escapes the next
 * character; a newline or the end of the text ends an unterminated string. Returns the index just
 * after the closing quote (or where the string stopped).
 */
export function pushQuoted(
  tokens: TokenBuffer,
  text: string,
  start: number,
  quote: number,
): number {
  const n = text.length
  let i = start
  while (i < n) {
    const d = text.charCodeAt(i)
    if (d === quote || d === 10) break
    i += d === 92 ? 2 : 1
  }
  tokens.push(STRING, Math.min(start, n), Math.min(i, n))
  return text.charCodeAt(i) === quote ? i + 1 : i
}

export class TokenBuffer {
  text = ''
  count = 0
  kinds = new Uint8Array(4096)
  starts = new Int32Array(4096)
  ends = new Int32Array(4096)
  private lineOffset = 0
  private lineNumber = 1

  /** Empties the buffer for `text`. */
  reset(text: string): void {
    this.text = text
    this.count = 0
    this.lineOffset = 0
    this.lineNumber = 1
  }

  /** Appends a token covering `text[start, end)`. */
  push(kind: number, start: number, end: number): void {
    if (this.count === this.kinds.length) {
      const size = this.kinds.length * 2
      const kinds = new Uint8Array(size)
      const starts = new Int32Array(size)
      const ends = new Int32Array(size)
      kinds.set(this.kinds)
      starts.set(this.starts)
      ends.set(this.ends)
      this.kinds = kinds
      this.starts = starts
      this.ends = ends
    }
    const i = this.count++
    this.kinds[i] = kind
    this.starts[i] = start
    this.ends[i] = end
  }

  /** The kind of token `i`, or 0 when there is none. */
  kind(i: number): number {
    return i >= 0 && i < this.count ? (this.kinds[i] ?? 0) : 0
  }

  /** True for a name (or, when `numbers`, a number, which reads as the name `0`). */
  isName(i: number, numbers = false): boolean {
    const k = this.kind(i)
    return k === NAME || (numbers && k === NUMBER)
  }

  /** The token's value (a string's content, without quotes); '' when there is no token. */
  value(i: number): string {
    const k = this.kind(i)
    if (k === 0) return ''
    if (k === NUMBER) return '0'
    return this.text.slice(this.starts[i], this.ends[i])
  }

  /** True when token `i` exists and its value is `word`, compared in place (no string is made). */
  is(i: number, word: string): boolean {
    const k = this.kind(i)
    if (k === 0) return false
    if (k === NUMBER) return word === '0'
    const start = this.starts[i] ?? 0
    return (this.ends[i] ?? 0) - start === word.length && this.text.startsWith(word, start)
  }

  /** True when token `i` is the one-character operator with code unit `code`. */
  isOp(i: number, code: number): boolean {
    if (this.kind(i) !== OP) return false
    const start = this.starts[i] ?? 0
    return (this.ends[i] ?? 0) - start === 1 && this.text.charCodeAt(start) === code
  }

  /** The start offset of token `i`. */
  startOf(i: number): number {
    return this.starts[i] ?? 0
  }

  /**
   * The 1-based line of a character offset: the newlines before it, counted from the last offset
   * asked (evidence comes in source order, so the count is linear over a file).
   */
  lineAt(offset: number): number {
    const text = this.text
    let line = this.lineNumber
    let from = this.lineOffset
    if (offset < from) {
      for (let i = from - 1; i >= offset; i--) if (text.charCodeAt(i) === 10) line--
    } else {
      for (let i = text.indexOf('\n', from); i >= 0 && i < offset; i = text.indexOf('\n', i + 1))
        line++
    }
    from = offset
    this.lineOffset = from
    this.lineNumber = line
    return line
  }

  /** The trimmed text (at most MAX_LINE_TEXT characters) of the line holding `offset`. */
  lineTextAt(offset: number): string {
    const text = this.text
    const start = offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1
    let end = text.indexOf('\n', offset)
    if (end < 0) end = text.length
    return text.slice(start, end).trim().slice(0, MAX_LINE_TEXT)
  }
}

/** The buffer every lexer shares; lexing is synchronous, so one file at a time uses it. */
export const sharedTokens = new TokenBuffer()

/** Strings kept across files (module names, line texts), up to this many; then the table restarts. */
const MAX_INTERNED = 65536
const interned = new Map<string, string>()

/**
 * `s` as a string of its own: a slice of a file's text would keep the whole text alive for as long
 * as the evidence lives. Equal strings are shared (imports and their lines repeat across files).
 */
export function keep(s: string): string {
  const known = interned.get(s)
  if (known !== undefined) return known
  if (interned.size >= MAX_INTERNED) interned.clear()
  // Concatenating and slicing makes V8 copy the characters into a new flat string.
  const own = (' ' + s).slice(1)
  interned.set(own, own)
  return own
}
