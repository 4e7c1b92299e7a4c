/**
 * JavaScript / TypeScript source facts: static imports, re-exports, `require('m')`, dynamic
 * `import('m')` and code hints. The tokenizer drops comments and reads strings, template literals
 * (with nested `${}` expressions) and regular expression literals (best effort: a `/` starts a
 * regex where an operand is expected) as single tokens.
 */
import type { CodeHint, ImportRef, WaiverComment } from '../../facts.js'
import {
  identPart,
  identStart,
  keep,
  NAME,
  NUMBER,
  OP,
  pushQuoted,
  sharedTokens,
  STRING,
  type TokenBuffer,
} from './token-buffer.js'
import {
  chainMatches,
  dottedBefore,
  keepWaiverComment,
  MAX_HINTS_PER_ID,
  WAIVER_MARKER,
} from './tokens.js'

/** Calls (dotted-suffix match on the callee) that emit a hint; `new` calls are matched separately. */
export const JS_CALL_HINTS: readonly {
  id: string
  callees: readonly string[]
  constructs?: boolean
}[] = [
  // `.listen(` needs a receiver: `app.listen(3000)`, `server.listen(port)`.
  { id: 'js.listen', callees: ['listen', 'Bun.serve', 'Deno.serve'] },
  { id: 'js.worker-threads', callees: ['Worker'], constructs: true },
]

// After these keywords an expression starts, so `/` opens a regular expression.
const REGEX_AFTER_WORD = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
])
// Tokens allowed between `import`/`export` and `from`.
const CLAUSE_WORDS = new Set(['type', 'typeof', 'as', 'default'])

/** Last segments of JS_CALL_HINTS callees: only these names make a `(` worth a look. */
const CALL_LAST_SEGMENTS = new Set(
  JS_CALL_HINTS.flatMap((rule) => rule.callees.map((c) => c.slice(c.lastIndexOf('.') + 1))),
)

/**
 * Tokenizes JS/TS into `into` (the shared buffer by default). A template literal becomes one string
 * token per literal piece; a regular expression literal an empty string token; a number a NUMBER
 * token (read as the name `0`); `?.` the operator `.`. Never throws.
 */
export function scanJs(
  text: string,
  comments?: WaiverComment[],
  into: TokenBuffer = sharedTokens,
): TokenBuffer {
  const tokens = into
  tokens.reset(text)
  const n = text.length
  const markers = comments !== undefined && text.includes(WAIVER_MARKER)
  let i = 0
  // One entry per open `{`: true when it opened a template literal's `${`.
  const braces: boolean[] = []

  const regexAllowed = (): boolean => {
    const last = tokens.count - 1
    const kind = tokens.kind(last)
    if (kind === 0) return true
    if (kind === STRING) return false
    if (kind === NUMBER) return false
    if (kind === NAME) return REGEX_AFTER_WORD.has(tokens.value(last))
    return !tokens.isOp(last, 41) && !tokens.isOp(last, 93)
  }

  // Scans template text from just after a backtick or `}` until the closing backtick or `${`.
  const scanTemplate = (): void => {
    const start = i
    while (i < n) {
      const c = text.charCodeAt(i)
      if (c === 92) {
        i += 2
        continue
      }
      if (c === 96) {
        tokens.push(STRING, start, i)
        i++
        return
      }
      if (c === 36 && text.charCodeAt(i + 1) === 123) {
        tokens.push(STRING, start, i)
        i += 2
        braces.push(true)
        return
      }
      i++
    }
    tokens.push(STRING, Math.min(start, n), n)
  }

  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === 10 || c === 32 || c === 9 || c === 13) {
      i++
    } else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const start = i + 2
      const end = text.indexOf('\n', i)
      i = end < 0 ? n : end
      if (markers) keepWaiverComment(comments, tokens.lineAt(start), text.slice(start, i))
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2)
      i = end < 0 ? n + 1 : end + 2
    } else if (c === 34 || c === 39) {
      i = pushQuoted(tokens, text, i + 1, c)
    } else if (c === 96) {
      i++
      scanTemplate()
    } else if (c === 47 && regexAllowed()) {
      const start = i
      i++
      let inClass = false
      while (i < n) {
        const r = text.charCodeAt(i)
        if (r === 10) break
        if (r === 92) i++
        else if (r === 91) inClass = true
        else if (r === 93) inClass = false
        else if (r === 47 && !inClass) break
        i++
      }
      i++
      while (i < n && identPart(text.charCodeAt(i))) i++
      tokens.push(STRING, start, start)
    } else if (identStart(c)) {
      const start = i
      i++
      while (i < n && identPart(text.charCodeAt(i))) i++
      tokens.push(NAME, start, i)
    } else if (c >= 48 && c <= 57) {
      const start = i
      while (i < n && (identPart(text.charCodeAt(i)) || text.charCodeAt(i) === 46)) i++
      tokens.push(NUMBER, start, i)
    } else if (c === 123) {
      braces.push(false)
      tokens.push(OP, i, i + 1)
      i++
    } else if (c === 125) {
      i++
      if (braces.pop() === true) scanTemplate()
      else tokens.push(OP, i - 1, i)
    } else if (c === 63 && text.charCodeAt(i + 1) === 46 && !isDigit(text.charCodeAt(i + 2))) {
      tokens.push(OP, i + 1, i + 2)
      i += 2
    } else {
      tokens.push(OP, i, i + 1)
      i++
    }
  }
  return tokens
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57

/** Imports and hints of one JS/TS file. Never throws. */
export function lexJs(
  text: string,
  comments?: WaiverComment[],
): { imports: ImportRef[]; hints: CodeHint[] } {
  const tokens = scanJs(text, comments)
  const imports: ImportRef[] = []
  const hints: CodeHint[] = []
  const counts = new Map<string, number>()
  const hint = (id: string, at: number): void => {
    const count = counts.get(id) ?? 0
    if (count >= MAX_HINTS_PER_ID) return
    counts.set(id, count + 1)
    hints.push({ id, line: tokens.lineAt(at), text: keep(tokens.lineTextAt(at)) })
  }
  const addImport = (index: number): void => {
    if (tokens.startOf(index) === tokens.ends[index]) return
    const at = tokens.startOf(index)
    imports.push({
      module: keep(tokens.value(index)),
      line: tokens.lineAt(at),
      text: keep(tokens.lineTextAt(at)),
    })
  }

  const count = tokens.count
  const kinds = tokens.kinds
  for (let i = 0; i < count; i++) {
    const kind = kinds[i]
    if (kind === OP) {
      if (!tokens.isOp(i, 40)) continue
      if (kinds[i - 1] !== NAME || !CALL_LAST_SEGMENTS.has(tokens.value(i - 1))) continue
      const chain = dottedBefore(tokens, i, true)
      const constructed = tokens.is(chain.first - 1, 'new')
      for (const rule of JS_CALL_HINTS) {
        if (rule.constructs === true && !constructed) continue
        // A bare `listen(` is some local function; the receiver makes it a server.
        const matches = rule.callees.some(
          (c) => chainMatches(chain.text, c) && (c !== 'listen' || chain.text !== 'listen'),
        )
        if (matches) hint(rule.id, tokens.startOf(i))
      }
      continue
    }
    if (kind !== NAME || tokens.is(i - 1, '.')) continue
    if (tokens.is(i, 'require') && tokens.is(i + 1, '(')) {
      if (tokens.kind(i + 2) === STRING && tokens.is(i + 3, ')')) addImport(i + 2)
    } else if (tokens.is(i, 'import')) {
      if (tokens.is(i + 1, '(')) {
        if (tokens.kind(i + 2) === STRING && (tokens.is(i + 3, ')') || tokens.is(i + 3, ',')))
          addImport(i + 2)
      } else if (tokens.kind(i + 1) === STRING) {
        addImport(i + 1)
      } else {
        const spec = fromClause(tokens, i + 1)
        if (spec >= 0) addImport(spec)
      }
    } else if (
      tokens.is(i, 'export') &&
      (tokens.is(i + 1, '*') || tokens.is(i + 1, '{') || tokens.is(i + 1, 'type'))
    ) {
      const spec = fromClause(tokens, i + 1)
      if (spec >= 0) addImport(spec)
    }
  }
  return { imports, hints }
}

/**
 * Walks an import/export clause (`x, { a as b }`, `* as ns`, `type { T }`) to the string after
 * `from`; returns that string token's index, or -1.
 */
function fromClause(tokens: TokenBuffer, index: number): number {
  let depth = 0
  for (let i = index; i < tokens.count; i++) {
    const kind = tokens.kind(i)
    if (kind === OP) {
      if (tokens.isOp(i, 123)) depth++
      else if (tokens.isOp(i, 125)) depth--
      else if (!tokens.isOp(i, 44) && !tokens.isOp(i, 42)) return -1
      continue
    }
    if (kind === STRING) return -1
    if (kind === NAME && depth === 0 && tokens.is(i, 'from')) {
      return tokens.kind(i + 1) === STRING ? i + 1 : -1
    }
    if (tokens.isName(i, true) && depth === 0 && i > index && !CLAUSE_WORDS.has(tokens.value(i))) {
      // `import x from` has one binding name; a second bare name ends the clause.
      if (tokens.isName(i - 1, true) && !CLAUSE_WORDS.has(tokens.value(i - 1))) return -1
    }
  }
  return -1
}
