/**
 * Go source facts: the package clause, imports (single, aliased, grouped) and code hints, from a
 * tokenizer that drops `//` and `/* *\/` comments and reads interpreted strings, raw strings and
 * rune literals as single tokens. `go` and `import` are keywords, so a token is never ambiguous.
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

/** Calls (dotted-suffix match on the callee) that emit a hint. */
export const GO_CALL_HINTS: readonly { id: string; callees: readonly string[] }[] = [
  {
    id: 'go.listen',
    callees: [
      'ListenAndServe',
      'ListenAndServeTLS',
      'net.Listen',
      'net.ListenTCP',
      'net.ListenUDP',
      'net.ListenPacket',
      'tls.Listen',
      'http.Serve',
      'http.ServeTLS',
    ],
  },
]

/** Tokenizes Go source; comments are dropped, newlines are not reported. Never throws. */
export function tokenizeGo(text: string, comments?: WaiverComment[]): Token[] {
  const tokens: Token[] = []
  const n = text.length
  let i = 0
  let line = 1
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
      const startLine = line
      i++
      while (i < n && text[i] !== c && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1
      tokens.push({ kind: 'string', value: text.slice(start, Math.min(i, n)), line: startLine })
      if (text[i] === c) i++
    } else if (c === '`') {
      const start = i + 1
      const startLine = line
      i++
      while (i < n && text[i] !== '`') {
        if (text[i] === '\n') line++
        i++
      }
      tokens.push({ kind: 'string', value: text.slice(start, i), line: startLine })
      i++
    } else if (isIdentStart(c) && c !== '$') {
      const start = i
      while (i < n && isIdentPart(text[i]) && text[i] !== '$') i++
      tokens.push({ kind: 'name', value: text.slice(start, i), line })
    } else if (c >= '0' && c <= '9') {
      while (i < n && (isIdentPart(text[i]) || text[i] === '.')) i++
    } else {
      tokens.push({ kind: 'op', value: c, line })
      i++
    }
  }
  return tokens
}

/** Package name, imports and hints of one Go file. Never throws. */
export function lexGo(
  text: string,
  lines: LineMap,
  comments?: WaiverComment[],
): { packageName?: string; imports: ImportRef[]; hints: CodeHint[] } {
  const tokens = tokenizeGo(text, comments)
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
    imports.push({ module: t.value, line: t.line, text: lines.textOf(t.line) })
    if (t.value === 'C') hint('go.cgo', t.line)
  }

  let packageName: string | undefined
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t === undefined) break
    if (t.kind === 'op') {
      if (t.value === '(') {
        const chain = chainBefore(tokens, i)
        if (chain !== '') {
          for (const rule of GO_CALL_HINTS) {
            if (rule.callees.some((c) => chainMatches(chain, c))) hint(rule.id, t.line)
          }
        }
      }
      continue
    }
    if (t.kind !== 'name' || tokens[i - 1]?.value === '.') continue
    const next = tokens[i + 1]
    if (t.value === 'package' && packageName === undefined && next?.kind === 'name') {
      packageName = next.value
      i++
    } else if (t.value === 'import') {
      if (next?.value === '(') {
        let j = i + 2
        for (; j < tokens.length && tokens[j]?.value !== ')'; j++) {
          const spec = tokens[j]
          if (spec?.kind === 'string') addImport(spec)
        }
        i = j
      } else {
        const spec = next?.kind === 'string' ? next : tokens[i + 2]
        if (spec?.kind === 'string') addImport(spec)
      }
    } else if (t.value === 'go') {
      hint('go.goroutine', t.line)
    } else if (
      t.value === 'func' &&
      next?.value === 'main' &&
      tokens[i + 2]?.value === '(' &&
      tokens[i + 3]?.value === ')' &&
      packageName === 'main'
    ) {
      hint('go.func-main', t.line)
    }
  }
  const out: { packageName?: string; imports: ImportRef[]; hints: CodeHint[] } = { imports, hints }
  if (packageName !== undefined) out.packageName = packageName
  return out
}
