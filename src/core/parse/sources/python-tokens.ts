/**
 * A Python tokenizer just deep enough to tell code from comments and strings: `#` comments,
 * single/double/triple-quoted strings with any prefix (r, b, u, f, t and pairs), f-string
 * replacement fields, backslash continuations and bracket nesting (newlines inside brackets do not
 * end a statement). Linear in the text; never throws.
 */
import type { WaiverComment } from '../../facts.js'
import { isIdentPart, isIdentStart, keepWaiverComment, type Token } from './tokens.js'

const STRING_PREFIX = /^(?:[rRbBuUfFtT]|[rR][bBfFtT]|[bBfFtT][rR])$/
const F_STRING_PREFIX = /[fFtT]/
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

/**
 * Tokenizes Python source. A `newline` token ends each logical line. `#` comments holding the
 * waiver marker are appended to `comments` when given.
 */
export function tokenizePython(text: string, comments?: WaiverComment[]): Token[] {
  const tokens: Token[] = []
  const n = text.length
  let i = 0
  let line = 1
  let depth = 0

  const pushNewline = (): void => {
    const last = tokens[tokens.length - 1]
    if (last !== undefined && last.kind !== 'newline')
      tokens.push({ kind: 'newline', value: '', line })
  }

  // Scans a string body starting at the opening quote; returns its content.
  const scanString = (fString: boolean): string => {
    const quote = text[i] ?? '"'
    const triple = text[i + 1] === quote && text[i + 2] === quote
    i += triple ? 3 : 1
    const start = i
    let braces = 0
    while (i < n) {
      const c = text[i]
      if (c === '\\') {
        if (text[i + 1] === '\n') line++
        i += 2
        continue
      }
      if (c === '\n') {
        if (!triple && braces === 0) break
        line++
        i++
        continue
      }
      if (fString && c === '{') {
        if (text[i + 1] === '{' && braces === 0) i += 2
        else {
          braces++
          i++
        }
        continue
      }
      if (fString && c === '}' && braces > 0) {
        braces--
        i++
        continue
      }
      if (braces > 0 && (c === '"' || c === "'")) {
        scanString(false)
        continue
      }
      if (c === quote && (!triple || (text[i + 1] === quote && text[i + 2] === quote))) {
        const content = text.slice(start, i)
        i += triple ? 3 : 1
        return content
      }
      i++
    }
    return text.slice(start, i)
  }

  while (i < n) {
    const c = text[i] ?? ''
    if (c === '\n') {
      if (depth === 0) pushNewline()
      line++
      i++
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
      i++
    } else if (c === '#') {
      const start = i + 1
      while (i < n && text[i] !== '\n') i++
      keepWaiverComment(comments, line, text.slice(start, i))
    } else if (
      c === '\\' &&
      (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))
    ) {
      i += text[i + 1] === '\n' ? 2 : 3
      line++
    } else if (c === '"' || c === "'") {
      const startLine = line
      tokens.push({ kind: 'string', value: scanString(false), line: startLine })
    } else if (isIdentStart(c) && c !== '$') {
      const start = i
      while (i < n && isIdentPart(text[i]) && text[i] !== '$') i++
      const word = text.slice(start, i)
      const next = text[i]
      if ((next === '"' || next === "'") && STRING_PREFIX.test(word)) {
        const startLine = line
        const fString = F_STRING_PREFIX.test(word)
        tokens.push({ kind: 'string', value: scanString(fString), line: startLine })
      } else {
        tokens.push({ kind: 'name', value: word, line })
      }
    } else if (c >= '0' && c <= '9') {
      while (i < n && (isIdentPart(text[i]) || text[i] === '.')) i++
    } else {
      const two = text.slice(i, i + 2)
      if (TWO_CHAR_OPS.has(two)) {
        tokens.push({ kind: 'op', value: two, line })
        i += 2
        continue
      }
      if (c === '(' || c === '[' || c === '{') depth++
      else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--
      tokens.push({ kind: 'op', value: c, line })
      i++
    }
  }
  pushNewline()
  return tokens
}
