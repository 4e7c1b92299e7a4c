/**
 * JSON reading shared by package.json and composer.json: JSON.parse for the values, a one-pass
 * scanner for the line of each key (addressed by its full path, so `dependencies.react` and
 * `devDependencies.react` are told apart), and a diagnostic with line and column on a syntax error.
 */
import type { Diagnostic } from '../../model.js'
import { errorMessage, lineMap, parseDiagnostic, stripBom } from '../text.js'

/** Where a JSON key is declared. */
export interface JsonPosition {
  line: number
  /** The trimmed source line, e.g. `"openai": "^4.0.0",`. */
  text: string
}

/** Looks up the position of a key by its path of property names (array indices as decimal strings). */
export type JsonLocations = (path: readonly string[]) => JsonPosition | undefined

/** A parsed JSON document with its key positions, or the diagnostic saying why it did not parse. */
export type JsonRead =
  { ok: true; data: unknown; loc: JsonLocations } | { ok: false; diagnostic: Diagnostic }

const SEP = '\u0000'
const POSITION = /at position (\d+)/
const LINE_COLUMN = /\(line (\d+) column (\d+)\)/

/** Parses JSON text. Never throws: a syntax error becomes a `manifest-parse` diagnostic with its position. */
export function readJson(path: string, text: string): JsonRead {
  const body = stripBom(text)
  try {
    const data: unknown = JSON.parse(body)
    return { ok: true, data, loc: locateJson(body) }
  } catch (error) {
    const message = errorMessage(error)
    const lines = lineMap(body)
    let line: number | undefined
    let column: number | undefined
    const lc = LINE_COLUMN.exec(message)
    const pos = POSITION.exec(message)
    if (lc?.[1] !== undefined && lc[2] !== undefined) {
      line = Number(lc[1])
      column = Number(lc[2])
    } else if (pos?.[1] !== undefined) {
      const offset = Number(pos[1])
      line = lines.lineOf(offset)
      column = lines.columnOf(offset)
    } else {
      // "Unexpected end of JSON input": the problem is where the text stops.
      line = Math.max(lines.lineCount, 1)
      column = lines.columnOf(body.length)
    }
    const what = message
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/,? ?"[^"]*"\.\.\. is not valid JSON/, '')
    return { ok: false, diagnostic: parseDiagnostic(path, `invalid JSON: ${what}`, line, column) }
  }
}

/** Records the line of every object key in valid JSON text. Linear; never throws. */
export function locateJson(text: string): JsonLocations {
  const lines = lineMap(text)
  const keys = new Map<string, JsonPosition>()
  // Each frame: the path to the container, whether it is an array, the next array index.
  const stack: { path: string[]; array: boolean; index: number }[] = []
  let pendingKey: { name: string; offset: number } | undefined
  let p = 0
  const n = text.length

  const readString = (): string => {
    p++
    let out = ''
    while (p < n) {
      const c = text[p]
      if (c === '"') {
        p++
        break
      }
      if (c === '\\') {
        const e = text[p + 1] ?? ''
        if (e === 'u') {
          out += String.fromCharCode(Number.parseInt(text.slice(p + 2, p + 6), 16) || 0)
          p += 6
        } else {
          out += e === 'n' ? '\n' : e === 't' ? '\t' : e
          p += 2
        }
        continue
      }
      out += c
      p++
    }
    return out
  }
  // The path of the value about to start: a pending key in an object, the next index in an array.
  const valuePath = (): string[] => {
    const top = stack[stack.length - 1]
    if (!top) return []
    if (top.array) return [...top.path, String(top.index)]
    return [...top.path, pendingKey?.name ?? '']
  }
  const valueDone = (): void => {
    const top = stack[stack.length - 1]
    if (top?.array) top.index++
    pendingKey = undefined
  }

  while (p < n) {
    const c = text[p]
    if (c === '{' || c === '[') {
      stack.push({ path: valuePath(), array: c === '[', index: 0 })
      pendingKey = undefined
      p++
    } else if (c === '}' || c === ']') {
      stack.pop()
      valueDone()
      p++
    } else if (c === '"') {
      const offset = p
      const s = readString()
      const top = stack[stack.length - 1]
      let q = p
      while (q < n && (text[q] === ' ' || text[q] === '\t' || text[q] === '\n' || text[q] === '\r'))
        q++
      if (top && !top.array && pendingKey === undefined && text[q] === ':') {
        pendingKey = { name: s, offset }
        const line = lines.lineOf(offset)
        keys.set([...top.path, s].join(SEP), { line, text: lines.textOf(line) })
        p = q + 1
      } else valueDone()
    } else if (c === ',' || c === ':' || c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      p++
    } else {
      while (p < n && !',}] \t\n\r'.includes(text[p] ?? '')) p++
      valueDone()
    }
  }
  return (path) => keys.get(path.join(SEP))
}
