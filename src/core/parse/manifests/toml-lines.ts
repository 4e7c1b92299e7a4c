/**
 * smol-toml returns values without positions. This scanner walks a TOML text that has already
 * parsed and records where each key and each string array element sits, so a dependency can carry
 * the exact line a review comment attaches to. Keys are addressed by their full path (table
 * segments + key segments); elements of an array of tables get a `[n]` segment.
 */
import { lineMap } from '../text.js'

/** Where a key is declared: its 1-based line and the trimmed line text. */
export interface TomlPosition {
  line: number
  text: string
}

/** A string element of an array, decoded, with the line it starts on. */
export interface TomlStringItem {
  value: string
  line: number
}

/** Positions of keys and string array elements in one TOML text. */
export interface TomlLocations {
  /** The line declaring `path` (a key, or a `[table]` / `[[array]]` header); undefined when absent. */
  key(path: readonly string[]): TomlPosition | undefined
  /** The string elements of the array at `path`, in source order; empty when absent. */
  strings(path: readonly string[]): TomlStringItem[]
}

const SEP = '\u0000'
const BARE_KEY_CHAR = /[A-Za-z0-9_-]/
const SCALAR_END = /[,\]}\n#]/

/** Scans `text` (valid TOML) for key and string element positions in one linear pass. Never throws. */
export function locateToml(text: string): TomlLocations {
  const lines = lineMap(text)
  const keys = new Map<string, TomlPosition>()
  const arrays = new Map<string, TomlStringItem[]>()
  const arrayTableIndex = new Map<string, number>()
  let p = 0
  const n = text.length

  const at = (offset: number): TomlPosition => {
    const line = lines.lineOf(offset)
    return { line, text: lines.textOf(line) }
  }
  const remember = (path: readonly string[], offset: number): void => {
    const id = path.join(SEP)
    if (!keys.has(id)) keys.set(id, at(offset))
  }
  const skipInline = (): void => {
    while (p < n && (text[p] === ' ' || text[p] === '\t' || text[p] === '\r')) p++
  }
  const skipComment = (): void => {
    if (text[p] === '#') while (p < n && text[p] !== '\n') p++
  }
  const skipBlank = (): void => {
    for (;;) {
      const before = p
      while (p < n && /\s/.test(text[p] ?? '')) p++
      skipComment()
      if (p === before) return
    }
  }
  const toLineEnd = (): void => {
    while (p < n && text[p] !== '\n') p++
  }

  const readString = (): string | undefined => {
    const quote = text[p]
    if (quote !== '"' && quote !== "'") return undefined
    const triple = text.startsWith(quote.repeat(3), p)
    p += triple ? 3 : 1
    let out = ''
    while (p < n) {
      const c = text[p] ?? ''
      if (triple ? text.startsWith(quote.repeat(3), p) : c === quote) {
        p += triple ? 3 : 1
        // A multi-line string may end with up to two extra quotes that belong to its content.
        while (triple && text[p] === quote) {
          out += quote
          p++
        }
        return out
      }
      if (!triple && c === '\n') return out
      if (quote === '"' && c === '\\') {
        const e = text[p + 1] ?? ''
        p += 2
        if (e === 'n') out += '\n'
        else if (e === 't') out += '\t'
        else if (e === 'u' || e === 'U') {
          const len = e === 'u' ? 4 : 8
          const code = Number.parseInt(text.slice(p, p + len), 16)
          out += Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : ''
          p += len
        } else if (e === '\n' || e === '\r' || e === ' ' || e === '\t') {
          while (p < n && /\s/.test(text[p] ?? '')) p++
        } else out += e
        continue
      }
      out += c
      p++
    }
    return out
  }

  const readKeyPath = (): string[] | undefined => {
    const path: string[] = []
    for (;;) {
      skipInline()
      const c = text[p] ?? ''
      if (c === '"' || c === "'") {
        path.push(readString() ?? '')
      } else if (BARE_KEY_CHAR.test(c)) {
        const start = p
        while (p < n && BARE_KEY_CHAR.test(text[p] ?? '')) p++
        path.push(text.slice(start, p))
      } else return undefined
      skipInline()
      if (text[p] !== '.') return path
      p++
    }
  }

  const resolveTable = (path: string[]): string[] => {
    const out: string[] = []
    for (const segment of path) {
      out.push(segment)
      const index = arrayTableIndex.get(out.join(SEP))
      if (index !== undefined) out.push(`[${index}]`)
    }
    return out
  }

  const scanValue = (path: string[], into: string | undefined): void => {
    skipInline()
    const start = p
    const c = text[p]
    if (c === '"' || c === "'") {
      const value = readString() ?? ''
      if (into !== undefined) {
        const list = arrays.get(into) ?? []
        list.push({ value, line: lines.lineOf(start) })
        arrays.set(into, list)
      }
      return
    }
    if (c === '[') {
      p++
      const id = path.join(SEP)
      for (let index = 0; p < n; index++) {
        skipBlank()
        if (text[p] === ']') {
          p++
          return
        }
        const before = p
        scanValue([...path, `[${index}]`], id)
        skipBlank()
        if (text[p] === ',') p++
        if (p === before) p++
      }
      return
    }
    if (c === '{') {
      p++
      while (p < n) {
        skipInline()
        if (text[p] === '}') {
          p++
          return
        }
        const keyStart = p
        const key = readKeyPath()
        if (key === undefined || text[p] !== '=') {
          toLineEnd()
          return
        }
        p++
        const full = [...path, ...key]
        for (let end = path.length + 1; end <= full.length; end++) {
          remember(full.slice(0, end), keyStart)
        }
        scanValue(full, undefined)
        skipInline()
        if (text[p] === ',') p++
      }
      return
    }
    while (p < n && !SCALAR_END.test(text[p] ?? '')) p++
  }

  let table: string[] = []
  while (p < n) {
    skipBlank()
    if (p >= n) break
    const start = p
    if (text[p] === '[') {
      const isArray = text[p + 1] === '['
      p += isArray ? 2 : 1
      const header = readKeyPath() ?? []
      if (isArray) {
        const id = header.join(SEP)
        const next = (arrayTableIndex.get(id) ?? -1) + 1
        arrayTableIndex.set(id, next)
        table = resolveTable(header.slice(0, -1))
        table.push(header[header.length - 1] ?? '', `[${next}]`)
      } else {
        table = resolveTable(header)
      }
      remember(table, start)
      toLineEnd()
      continue
    }
    const key = readKeyPath()
    if (key === undefined || text[p] !== '=') {
      toLineEnd()
      continue
    }
    p++
    const full = [...table, ...key]
    // A dotted key (`tokenizers.workspace = true`) also declares each of its prefixes here.
    for (let end = table.length + 1; end <= full.length; end++) remember(full.slice(0, end), start)
    scanValue(full, undefined)
    if (p === start) p++
  }

  return {
    key: (path) => keys.get(path.join(SEP)),
    strings: (path) => arrays.get(path.join(SEP)) ?? [],
  }
}
