/**
 * Python source facts: `import` / `from ... import` statements (absolute modules only) and code
 * hints, all from tokens, so nothing in a comment, string or docstring counts.
 */
import type { CodeHint, ImportRef, WaiverComment } from '../../facts.js'
import { scanPython } from './python-tokens.js'
import { keep, NAME, NEWLINE, OP, STRING, type TokenBuffer } from './token-buffer.js'
import { chainMatches, dottedBefore, MAX_HINTS_PER_ID } from './tokens.js'

/** Calls (dotted-suffix match on the callee) that emit a hint. */
export const PYTHON_CALL_HINTS: readonly { id: string; callees: readonly string[] }[] = [
  {
    id: 'py.server-run',
    callees: [
      'uvicorn.run',
      'app.run',
      'application.run',
      'socketio.run',
      'web.run_app',
      'run_app',
      'serve_forever',
      'waitress.serve',
      'hypercorn.asyncio.serve',
      'websockets.serve',
      'wait_for_termination',
      'app.listen',
    ],
  },
  {
    id: 'py.threading',
    callees: ['threading.Thread', 'Thread', 'ThreadPoolExecutor', 'ThreadPool'],
  },
  {
    id: 'py.multiprocessing',
    callees: [
      'multiprocessing.Pool',
      'mp.Pool',
      'multiprocessing.Process',
      'mp.Process',
      'ProcessPoolExecutor',
    ],
  },
  { id: 'py.asyncio', callees: ['asyncio.run', 'asyncio.gather', 'asyncio.create_task'] },
  { id: 'py.grpc-server', callees: ['grpc.server', 'grpc.aio.server'] },
  {
    id: 'py.websocket-handler',
    callees: ['websockets.serve', 'add_websocket_route', 'WebSocketRoute'],
  },
  {
    id: 'py.streaming-response',
    callees: [
      'StreamingResponse',
      'EventSourceResponse',
      'stream_with_context',
      'StreamingHttpResponse',
    ],
  },
]

/** Decorators (dotted-suffix match) that emit a hint. */
export const PYTHON_DECORATOR_HINTS: readonly { id: string; decorators: readonly string[] }[] = [
  {
    id: 'py.websocket-handler',
    decorators: [
      'websocket',
      'websocket_route',
      'sock.route',
      'socketio.on',
      'socketio.event',
      'sio.on',
      'sio.event',
    ],
  },
]

const COMPOUND_KEYWORDS = new Set([
  'if',
  'elif',
  'else',
  'try',
  'except',
  'finally',
  'with',
  'for',
  'while',
  'def',
  'class',
  'async',
])
// `def run(` and `class Thread(` define names; they do not call them.
const DEFINERS = new Set(['def', 'class'])

/** The last dotted segment: `c` for `a.b.c`. */
const lastSegment = (chain: string): string => chain.slice(chain.lastIndexOf('.') + 1)

/**
 * PYTHON_CALL_HINTS by the last segment of their callees, in catalog order: a chain can only match
 * a callee with the same last segment, so every `(` looks up one short list instead of testing
 * every callee.
 */
const CALL_HINTS_BY_LAST_SEGMENT = new Map<string, (typeof PYTHON_CALL_HINTS)[number][]>()
for (const rule of PYTHON_CALL_HINTS) {
  for (const segment of new Set(rule.callees.map(lastSegment))) {
    const list = CALL_HINTS_BY_LAST_SEGMENT.get(segment) ?? []
    list.push(rule)
    CALL_HINTS_BY_LAST_SEGMENT.set(segment, list)
  }
}

/** Imports and hints of one Python file. Never throws. */
export function lexPython(
  text: string,
  comments?: WaiverComment[],
): { imports: ImportRef[]; hints: CodeHint[] } {
  const tokens = scanPython(text, comments)
  const imports: ImportRef[] = []
  const hints: CodeHint[] = []
  const counts = new Map<string, number>()
  const hint = (id: string, at: number): void => {
    const count = counts.get(id) ?? 0
    if (count >= MAX_HINTS_PER_ID) return
    counts.set(id, count + 1)
    hints.push({ id, line: tokens.lineAt(at), text: keep(tokens.lineTextAt(at)) })
  }
  const addImport = (module: string, at: number): void => {
    imports.push({
      module: keep(module),
      line: tokens.lineAt(at),
      text: keep(tokens.lineTextAt(at)),
    })
  }

  const count = tokens.count
  const kinds = tokens.kinds
  let statementStart = true
  let lineHead = -1
  let depth = 0
  for (let i = 0; i < count; i++) {
    const kind = kinds[i]
    if (kind === NEWLINE) {
      statementStart = true
      lineHead = -1
      depth = 0
      continue
    }
    const atStart = statementStart
    statementStart = false
    if (atStart && lineHead < 0) lineHead = i

    if (kind === OP) {
      const at = tokens.startOf(i)
      const c = tokens.ends[i] === at + 1 ? text.charCodeAt(at) : 0
      if (c === 40 || c === 91 || c === 123) depth++
      else if (c === 41 || c === 93 || c === 125) depth = Math.max(0, depth - 1)
      // `try: import x` and `x = 1; import y` put a statement after `:` or `;` on the same line.
      if (
        depth === 0 &&
        (c === 59 || (c === 58 && lineHead >= 0 && COMPOUND_KEYWORDS.has(tokens.value(lineHead))))
      ) {
        statementStart = true
      }
      if (c === 40 && kinds[i - 1] === NAME) {
        const rules = CALL_HINTS_BY_LAST_SEGMENT.get(tokens.value(i - 1))
        if (rules) {
          const chain = dottedBefore(tokens, i)
          if (!DEFINERS.has(tokens.value(chain.first - 1))) {
            for (const rule of rules) {
              if (rule.callees.some((callee) => chainMatches(chain.text, callee))) hint(rule.id, at)
            }
          }
        }
      }
      if (c === 64 && atStart) {
        const chain = dottedAt(tokens, i + 1).text
        for (const rule of PYTHON_DECORATOR_HINTS) {
          if (rule.decorators.some((d) => chainMatches(chain, d))) hint(rule.id, at)
        }
      }
      continue
    }
    if (kind !== NAME || !atStart) continue

    if (tokens.is(i, 'import')) {
      i = importNames(tokens, i + 1, addImport) - 1
    } else if (tokens.is(i, 'from')) {
      i = fromImport(tokens, i + 1, addImport) - 1
    } else if (tokens.is(i, 'async') && tokens.is(i + 1, 'def')) {
      hint('py.asyncio', tokens.startOf(i))
    } else if (tokens.is(i, 'if') && isMainGuard(tokens, i + 1)) {
      hint('py.main-guard', tokens.startOf(i))
    }
  }
  return { imports, hints }
}

/** The dotted name starting at `index` (`a.b.c`, or empty) and the index just after it. */
function dottedAt(tokens: TokenBuffer, index: number): { text: string; next: number } {
  let out = ''
  for (let i = index; ; i += 2) {
    // After `a.` with no name, the index is the dot's, as if the dot were not read.
    if (tokens.kind(i) !== NAME) return { text: out, next: out === '' ? i : i - 1 }
    out = out === '' ? tokens.value(i) : `${out}.${tokens.value(i)}`
    if (!tokens.is(i + 1, '.')) return { text: out, next: i + 1 }
  }
}

/** `import a.b as c, d` from `index` (just after `import`); returns the index after the statement's names. */
function importNames(
  tokens: TokenBuffer,
  index: number,
  add: (module: string, at: number) => void,
): number {
  let i = index
  for (;;) {
    if (tokens.kind(i) !== NAME) return i
    const module = dottedAt(tokens, i)
    add(module.text, tokens.startOf(i))
    i = module.next
    if (tokens.is(i, 'as')) i += 2
    if (!tokens.is(i, ',')) return i
    i++
  }
}

/** `from a.b import x` from `index` (just after `from`); relative modules are skipped. */
function fromImport(
  tokens: TokenBuffer,
  index: number,
  add: (module: string, at: number) => void,
): number {
  if (tokens.kind(index) !== NAME) return index
  const module = dottedAt(tokens, index)
  const after = module.next
  if (!tokens.is(after, 'import')) return after
  add(module.text, tokens.startOf(index))
  return after + 1
}

/** `__name__ == "__main__"` or `"__main__" == __name__`, then `:`. */
function isMainGuard(tokens: TokenBuffer, index: number): boolean {
  if (!tokens.is(index + 1, '==') || !tokens.is(index + 3, ':')) return false
  const isName = (i: number): boolean => tokens.kind(i) === NAME && tokens.is(i, '__name__')
  const isMain = (i: number): boolean => tokens.kind(i) === STRING && tokens.is(i, '__main__')
  return (isName(index) && isMain(index + 2)) || (isMain(index) && isName(index + 2))
}
