/**
 * JavaScript / TypeScript source facts: static imports, re-exports, `require('m')`, dynamic
 * `import('m')` and code hints. The tokenizer drops comments and reads strings, template literals
 * (with nested `${}` expressions) and regular expression literals (best effort: a `/` starts a
 * regex where an operand is expected) as single tokens.
 */
import type { CodeHint, ImportRef, WaiverComment } from '../../facts.js'
import type { LineMap } from '../text.js'
import {
  chainBefore,
  chainMatches,
  isIdentPart,
  isIdentStart,
  MAX_HINTS_PER_ID,
  type Token,
  keepWaiverComment,
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
const DIGIT = /[0-9]/
// Tokens allowed between `import`/`export` and `from`.
const CLAUSE_WORDS = new Set(['type', 'typeof', 'as', 'default'])

/** Tokenizes JS/TS. Template literals become one `string` token per literal piece. Never throws. */
export function tokenizeJs(text: string, comments?: WaiverComment[]): Token[] {
  const tokens: Token[] = []
  const n = text.length
  let i = 0
  let line = 1
  // One entry per open `{`: true when it opened a template literal's `${`.
  const braces: boolean[] = []

  const regexAllowed = (): boolean => {
    const last = tokens[tokens.length - 1]
    if (last === undefined) return true
    if (last.kind === 'string') return false
    if (last.kind === 'name') return REGEX_AFTER_WORD.has(last.value)
    return last.value !== ')' && last.value !== ']'
  }

  // Scans template text from just after a backtick or `}` until the closing backtick or `${`.
  const scanTemplate = (): void => {
    const start = i
    const startLine = line
    while (i < n) {
      const c = text[i]
      if (c === '\\') {
        if (text[i + 1] === '\n') line++
        i += 2
        continue
      }
      if (c === '\n') line++
      if (c === '`') {
        tokens.push({ kind: 'string', value: text.slice(start, i), line: startLine })
        i++
        return
      }
      if (c === '$' && text[i + 1] === '{') {
        tokens.push({ kind: 'string', value: text.slice(start, i), line: startLine })
        i += 2
        braces.push(true)
        return
      }
      i++
    }
    tokens.push({ kind: 'string', value: text.slice(start, i), line: startLine })
  }

  while (i < n) {
    const c = text[i] ?? ''
    if (c === '\n') {
      line++
      i++
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++
    } else if (c === '/' && text[i + 1] === '/') {
      const start = i + 2
      while (i < n && text[i] !== '\n') i++
      keepWaiverComment(comments, line, text.slice(start, i))
    } else if (c === '/' && text[i + 1] === '*') {
      i += 2
      while (i < n && !(text[i] === '*' && text[i + 1] === '/')) {
        if (text[i] === '\n') line++
        i++
      }
      i += 2
    } else if (c === '"' || c === "'") {
      const start = i + 1
      i++
      while (i < n && text[i] !== c && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1
      tokens.push({ kind: 'string', value: text.slice(start, Math.min(i, n)), line })
      if (text[i] === c) i++
    } else if (c === '`') {
      i++
      scanTemplate()
    } else if (c === '/' && regexAllowed()) {
      const startLine = line
      i++
      let inClass = false
      while (i < n && text[i] !== '\n') {
        const r = text[i]
        if (r === '\\') i++
        else if (r === '[') inClass = true
        else if (r === ']') inClass = false
        else if (r === '/' && !inClass) break
        i++
      }
      i++
      while (i < n && isIdentPart(text[i])) i++
      tokens.push({ kind: 'string', value: '', line: startLine })
    } else if (isIdentStart(c)) {
      const start = i
      while (i < n && isIdentPart(text[i])) i++
      tokens.push({ kind: 'name', value: text.slice(start, i), line })
    } else if (c >= '0' && c <= '9') {
      while (i < n && (isIdentPart(text[i]) || text[i] === '.')) i++
      tokens.push({ kind: 'name', value: '0', line })
    } else if (c === '{') {
      braces.push(false)
      tokens.push({ kind: 'op', value: c, line })
      i++
    } else if (c === '}') {
      i++
      if (braces.pop() === true) scanTemplate()
      else tokens.push({ kind: 'op', value: c, line })
    } else if (c === '?' && text[i + 1] === '.' && !DIGIT.test(text[i + 2] ?? '')) {
      tokens.push({ kind: 'op', value: '.', line })
      i += 2
    } else {
      tokens.push({ kind: 'op', value: c, line })
      i++
    }
  }
  return tokens
}

/** Imports and hints of one JS/TS file. Never throws. */
export function lexJs(
  text: string,
  lines: LineMap,
  comments?: WaiverComment[],
): { imports: ImportRef[]; hints: CodeHint[] } {
  const tokens = tokenizeJs(text, comments)
  const imports: ImportRef[] = []
  const hints: CodeHint[] = []
  const counts = new Map<string, number>()
  const hint = (id: string, line: number): void => {
    const count = counts.get(id) ?? 0
    if (count >= MAX_HINTS_PER_ID) return
    counts.set(id, count + 1)
    hints.push({ id, line, text: lines.textOf(line) })
  }
  const addImport = (t: Token): void => {
    if (t.value !== '') imports.push({ module: t.value, line: t.line, text: lines.textOf(t.line) })
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t === undefined) break
    if (t.kind === 'op' && t.value === '(') {
      const chain = chainBefore(tokens, i)
      if (chain === '') continue
      const constructed = tokens[i - chain.split('.').length * 2]?.value === 'new'
      for (const rule of JS_CALL_HINTS) {
        if (rule.constructs === true && !constructed) continue
        // A bare `listen(` is some local function; the receiver makes it a server.
        const matches = rule.callees.some(
          (c) => chainMatches(chain, c) && (c !== 'listen' || chain !== 'listen'),
        )
        if (matches) hint(rule.id, t.line)
      }
      continue
    }
    if (t.kind !== 'name' || tokens[i - 1]?.value === '.') continue
    const next = tokens[i + 1]
    if (t.value === 'require' && next?.value === '(') {
      const spec = tokens[i + 2]
      if (spec?.kind === 'string' && tokens[i + 3]?.value === ')') addImport(spec)
    } else if (t.value === 'import') {
      if (next?.value === '(') {
        const spec = tokens[i + 2]
        if (
          spec?.kind === 'string' &&
          (tokens[i + 3]?.value === ')' || tokens[i + 3]?.value === ',')
        )
          addImport(spec)
      } else if (next?.kind === 'string') {
        addImport(next)
      } else {
        const spec = fromClause(tokens, i + 1)
        if (spec) addImport(spec)
      }
    } else if (
      t.value === 'export' &&
      (next?.value === '*' || next?.value === '{' || next?.value === 'type')
    ) {
      const spec = fromClause(tokens, i + 1)
      if (spec) addImport(spec)
    }
  }
  return { imports, hints }
}

/** Walks an import/export clause (`x, { a as b }`, `* as ns`, `type { T }`) to the string after `from`. */
function fromClause(tokens: readonly Token[], index: number): Token | undefined {
  let depth = 0
  for (let i = index; i < tokens.length; i++) {
    const t = tokens[i]
    if (t === undefined) return undefined
    if (t.kind === 'op') {
      if (t.value === '{') depth++
      else if (t.value === '}') depth--
      else if (t.value !== ',' && t.value !== '*') return undefined
      continue
    }
    if (t.kind === 'string') return undefined
    if (t.kind === 'name' && t.value === 'from' && depth === 0) {
      const spec = tokens[i + 1]
      return spec?.kind === 'string' ? spec : undefined
    }
    if (t.kind === 'name' && depth === 0 && i > index && !CLAUSE_WORDS.has(t.value)) {
      const prev = tokens[i - 1]
      // `import x from` has one binding name; a second bare name ends the clause.
      if (prev?.kind === 'name' && !CLAUSE_WORDS.has(prev.value)) return undefined
    }
  }
  return undefined
}
