/**
 * Python source facts: `import` / `from ... import` statements (absolute modules only) and code
 * hints, all from tokens, so nothing in a comment, string or docstring counts.
 */
import type { CodeHint, ImportRef, WaiverComment } from '../../facts.js'
import type { LineMap } from '../text.js'
import { tokenizePython } from './python-tokens.js'
import { chainBefore, chainMatches, MAX_HINTS_PER_ID, type Token } from './tokens.js'

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
  lines: LineMap,
  comments?: WaiverComment[],
): { imports: ImportRef[]; hints: CodeHint[] } {
  const tokens = tokenizePython(text, comments)
  const imports: ImportRef[] = []
  const hints: CodeHint[] = []
  const counts = new Map<string, number>()
  const hint = (id: string, line: number): void => {
    const count = counts.get(id) ?? 0
    if (count >= MAX_HINTS_PER_ID) return
    counts.set(id, count + 1)
    hints.push({ id, line, text: lines.textOf(line) })
  }
  const addImport = (module: string, line: number): void => {
    imports.push({ module, line, text: lines.textOf(line) })
  }

  let statementStart = true
  let lineHead: string | undefined
  let depth = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t === undefined) break
    if (t.kind === 'newline') {
      statementStart = true
      lineHead = undefined
      depth = 0
      continue
    }
    const atStart = statementStart
    statementStart = false
    if (atStart && lineHead === undefined) lineHead = t.value

    if (t.kind === 'op') {
      if ('([{'.includes(t.value)) depth++
      else if (')]}'.includes(t.value)) depth = Math.max(0, depth - 1)
      // `try: import x` and `x = 1; import y` put a statement after `:` or `;` on the same line.
      if (
        depth === 0 &&
        (t.value === ';' ||
          (t.value === ':' && lineHead !== undefined && COMPOUND_KEYWORDS.has(lineHead)))
      ) {
        statementStart = true
      }
      if (t.value === '(') {
        const chain = chainBefore(tokens, i)
        const rules = chain === '' ? undefined : CALL_HINTS_BY_LAST_SEGMENT.get(lastSegment(chain))
        if (rules && !DEFINERS.has(tokens[i - chain.split('.').length * 2]?.value ?? '')) {
          for (const rule of rules) {
            if (rule.callees.some((c) => chainMatches(chain, c))) hint(rule.id, t.line)
          }
        }
      }
      if (t.value === '@' && atStart) {
        const chain = dottedAt(tokens, i + 1)
        for (const rule of PYTHON_DECORATOR_HINTS) {
          if (rule.decorators.some((d) => chainMatches(chain, d))) hint(rule.id, t.line)
        }
      }
      continue
    }
    if (t.kind !== 'name' || !atStart) continue

    if (t.value === 'import') {
      i = importNames(tokens, i + 1, addImport) - 1
    } else if (t.value === 'from') {
      i = fromImport(tokens, i + 1, addImport) - 1
    } else if (t.value === 'async' && tokens[i + 1]?.value === 'def') {
      hint('py.asyncio', t.line)
    } else if (t.value === 'if' && isMainGuard(tokens, i + 1)) {
      hint('py.main-guard', t.line)
    }
  }
  return { imports, hints }
}

/** The dotted name starting at `index` (`a.b.c`), or empty. */
function dottedAt(tokens: readonly Token[], index: number): string {
  let out = ''
  for (let i = index; ; i += 2) {
    const t = tokens[i]
    if (t?.kind !== 'name') return out
    out = out === '' ? t.value : `${out}.${t.value}`
    if (tokens[i + 1]?.value !== '.') return out
  }
}

/** `import a.b as c, d` from `index` (just after `import`); returns the index after the statement's names. */
function importNames(
  tokens: readonly Token[],
  index: number,
  add: (module: string, line: number) => void,
): number {
  let i = index
  for (;;) {
    const t = tokens[i]
    if (t?.kind !== 'name') return i
    const module = dottedAt(tokens, i)
    add(module, t.line)
    i += module.split('.').length * 2 - 1
    if (tokens[i]?.value === 'as') i += 2
    if (tokens[i]?.value !== ',') return i
    i++
  }
}

/** `from a.b import x` from `index` (just after `from`); relative modules are skipped. */
function fromImport(
  tokens: readonly Token[],
  index: number,
  add: (module: string, line: number) => void,
): number {
  const first = tokens[index]
  if (first?.kind !== 'name') return index
  const module = dottedAt(tokens, index)
  const after = index + module.split('.').length * 2 - 1
  if (tokens[after]?.value !== 'import') return after
  add(module, first.line)
  return after + 1
}

/** `__name__ == "__main__"` or `"__main__" == __name__`, then `:`. */
function isMainGuard(tokens: readonly Token[], index: number): boolean {
  const [a, op, b, colon] = [tokens[index], tokens[index + 1], tokens[index + 2], tokens[index + 3]]
  if (op?.value !== '==' || colon?.value !== ':') return false
  const isName = (t: Token | undefined): boolean => t?.kind === 'name' && t.value === '__name__'
  const isMain = (t: Token | undefined): boolean => t?.kind === 'string' && t.value === '__main__'
  return (isName(a) && isMain(b)) || (isMain(a) && isName(b))
}
