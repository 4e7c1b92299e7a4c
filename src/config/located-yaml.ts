/**
 * YAML text → plain data plus a way back from any data path to the line and column it came from,
 * so every configuration error can name the exact place. Pure: text in, data out.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'

/** A 1-based place in a file. */
export interface Position {
  line: number
  column: number
}

/** A path into the parsed data: object keys and array indexes. */
export type DataPath = readonly (string | number)[]

export interface LocatedYaml {
  /** The parsed data (`null` for an empty document). Meaningful only when `errors` is empty. */
  data: unknown
  /** YAML syntax errors, each with its position; every error of the document, not just the first. */
  errors: { position: Position; message: string }[]
  /**
   * Where the value at `path` starts; with `key: true`, where its key starts (for "unknown key"
   * errors). Falls back to the nearest ancestor that exists, then to 1:1. Never throws.
   */
  positionOf(path: DataPath, options?: { key?: boolean }): Position
}

/** The first line of a `yaml` error message, without the repeated "at line N, column M". */
function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message
  return line.replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '')
}

/** Parses YAML text keeping positions. Duplicate keys are errors. Never throws. */
export function parseLocatedYaml(text: string): LocatedYaml {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  const errors = doc.errors.map((e) => ({
    position: at(e.pos[0]),
    message: firstLine(e.message),
  }))
  let data: unknown = null
  if (errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 })
    } catch (error) {
      errors.push({
        position: { line: 1, column: 1 },
        message: error instanceof Error ? error.message : String(error),
      })
    }
  }

  const positionOf = (path: DataPath, options: { key?: boolean } = {}): Position => {
    let node: unknown = doc.contents
    let keyNode: unknown
    let best: Position = { line: 1, column: 1 }
    const startOf = (n: unknown): Position | undefined => {
      const range = (n as Node | null | undefined)?.range
      return range ? at(range[0]) : undefined
    }
    best = startOf(node) ?? best
    for (const segment of path) {
      keyNode = undefined
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
        )
        if (!pair) return best
        keyNode = pair.key
        node = pair.value
        best = startOf(node) ?? startOf(keyNode) ?? best
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment]
        best = startOf(node) ?? best
      } else {
        return best
      }
    }
    if (options.key && keyNode) return startOf(keyNode) ?? best
    return best
  }

  return { data, errors, positionOf }
}
