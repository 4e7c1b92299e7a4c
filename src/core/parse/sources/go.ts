/**
 * Go source facts: the package clause, imports (single, aliased, grouped) and code hints, from a
 * tokenizer that drops `//` and `/* *\/` comments and reads interpreted strings, raw strings and
 * rune literals as single tokens. `go` and `import` are keywords, so a token is never ambiguous.
 */
import type { CodeHint, ImportRef, WaiverComment } from '../../facts.js'
import {
  identPart,
  identStart,
  keep,
  NAME,
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
  { id: 'go.grpc-server', callees: ['grpc.NewServer'] },
]

/** The last dotted segment: `c` for `a.b.c`. */
const lastSegment = (chain: string): string => chain.slice(chain.lastIndexOf('.') + 1)

/** GO_CALL_HINTS by the last segment of their callees: only those names make a `(` worth a look. */
const CALL_HINTS_BY_LAST_SEGMENT = new Map<string, (typeof GO_CALL_HINTS)[number][]>()
for (const rule of GO_CALL_HINTS) {
  for (const segment of new Set(rule.callees.map(lastSegment))) {
    const list = CALL_HINTS_BY_LAST_SEGMENT.get(segment) ?? []
    list.push(rule)
    CALL_HINTS_BY_LAST_SEGMENT.set(segment, list)
  }
}

/**
 * Tokenizes Go source into `into` (the shared buffer by default); comments are dropped, newlines
 * are not tokens, a string token covers its content. Never throws.
 */
export function scanGo(
  text: string,
  comments?: WaiverComment[],
  into: TokenBuffer = sharedTokens,
): TokenBuffer {
  const tokens = into
  tokens.reset(text)
  const n = text.length
  const markers = comments !== undefined && text.includes(WAIVER_MARKER)
  let i = 0
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
      const start = i + 1
      const end = text.indexOf('`', start)
      i = end < 0 ? n : end
      tokens.push(STRING, Math.min(start, n), i)
      i++
    } else if (identStart(c) && c !== 36) {
      const start = i
      i++
      while (i < n) {
        const d = text.charCodeAt(i)
        if (!identPart(d) || d === 36) break
        i++
      }
      tokens.push(NAME, start, i)
    } else if (c >= 48 && c <= 57) {
      while (i < n && (identPart(text.charCodeAt(i)) || text.charCodeAt(i) === 46)) i++
    } else {
      tokens.push(OP, i, i + 1)
      i++
    }
  }
  return tokens
}

/** Package name, imports and hints of one Go file. Never throws. */
export function lexGo(
  text: string,
  comments?: WaiverComment[],
): { packageName?: string; imports: ImportRef[]; hints: CodeHint[] } {
  const tokens = scanGo(text, comments)
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
    const at = tokens.startOf(index)
    const module = tokens.value(index)
    imports.push({
      module: keep(module),
      line: tokens.lineAt(at),
      text: keep(tokens.lineTextAt(at)),
    })
    if (module === 'C') hint('go.cgo', at)
  }

  const count = tokens.count
  const kinds = tokens.kinds
  let packageName: string | undefined
  for (let i = 0; i < count; i++) {
    const kind = kinds[i]
    if (kind === OP) {
      if (tokens.isOp(i, 40) && kinds[i - 1] === NAME) {
        const rules = CALL_HINTS_BY_LAST_SEGMENT.get(tokens.value(i - 1))
        if (rules) {
          const chain = dottedBefore(tokens, i).text
          for (const rule of rules) {
            if (rule.callees.some((c) => chainMatches(chain, c))) hint(rule.id, tokens.startOf(i))
          }
        }
      }
      continue
    }
    if (kind !== NAME || tokens.is(i - 1, '.')) continue
    if (tokens.is(i, 'package') && packageName === undefined && tokens.kind(i + 1) === NAME) {
      packageName = keep(tokens.value(i + 1))
      i++
    } else if (tokens.is(i, 'import')) {
      if (tokens.is(i + 1, '(')) {
        let j = i + 2
        for (; j < count && !tokens.is(j, ')'); j++) {
          if (kinds[j] === STRING) addImport(j)
        }
        i = j
      } else {
        const spec = tokens.kind(i + 1) === STRING ? i + 1 : i + 2
        if (tokens.kind(spec) === STRING) addImport(spec)
      }
    } else if (tokens.is(i, 'go')) {
      hint('go.goroutine', tokens.startOf(i))
    } else if (
      tokens.is(i, 'func') &&
      tokens.is(i + 1, 'main') &&
      tokens.is(i + 2, '(') &&
      tokens.is(i + 3, ')') &&
      packageName === 'main'
    ) {
      hint('go.func-main', tokens.startOf(i))
    }
  }
  const out: { packageName?: string; imports: ImportRef[]; hints: CodeHint[] } = { imports, hints }
  if (packageName !== undefined) out.packageName = packageName
  return out
}
