/**
 * A notebook's JSON, validated in full but built only where classification looks: the top-level
 * `cells`, `worksheets[].cells` and `metadata`, and in each cell its `cell_type`, `source` and
 * `input`. Everything else (outputs, images, attachments: most of a notebook's bytes) is checked
 * against the JSON grammar and skipped without building a string or an object. The same reader
 * runs over text or over the raw UTF-8 bytes of a file (no decoding of the outputs at all): the
 * grammar's structural characters are all ASCII, so both see the same tokens. Pure.
 */

/** Thrown inside the scanner on the first character that breaks the JSON grammar. */
class NotJson extends Error {}

/**
 * What the scanner reads: text (UTF-16 code units) or UTF-8 bytes, both seen as numbers. JSON's
 * structural characters are ASCII, so the two give the same tokens at their own offsets.
 */
interface JsonSource {
  readonly length: number
  /** The code unit or byte at `i`; NaN or undefined past the end (which matches nothing). */
  at(i: number): number | undefined
  /** The first offset from `i` that ends a run of plain string content: `"`, `\`, a control character or the end. */
  plainEnd(i: number): number
  /** JSON.parse of `[start, end)`. */
  parse(start: number, end: number): unknown
  /** `[start, end)` as a string, for an object key without escapes. */
  slice(start: number, end: number): string
}

// eslint-disable-next-line no-control-regex -- JSON strings may not hold raw control characters
const PLAIN_CHARACTERS = /[^"\\\u0000-\u001f]*/y

function textSource(text: string): JsonSource {
  return {
    length: text.length,
    at: (i) => text.charCodeAt(i),
    plainEnd(i) {
      PLAIN_CHARACTERS.lastIndex = i
      PLAIN_CHARACTERS.test(text)
      return PLAIN_CHARACTERS.lastIndex
    },
    parse: (start, end) => JSON.parse(text.slice(start, end)) as unknown,
    slice: (start, end) => text.slice(start, end),
  }
}

const utf8 = new TextDecoder()

function byteSource(bytes: Uint8Array): JsonSource {
  const n = bytes.length
  return {
    length: n,
    at: (i) => bytes[i],
    plainEnd(i) {
      // Bytes of multi-byte characters are all 0x80 or above: plain.
      while (i < n) {
        const b = bytes[i] as number
        if (b === QUOTE || b === BACKSLASH || b < 0x20) break
        i++
      }
      return i
    },
    parse: (start, end) => JSON.parse(utf8.decode(bytes.subarray(start, end))) as unknown,
    slice: (start, end) => utf8.decode(bytes.subarray(start, end)),
  }
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const code = (c: string): number => c.charCodeAt(0)
/** The characters that may follow a backslash in a JSON string (besides `u`). */
const SIMPLE_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'].map(code))
const isWhitespace = (c: number | undefined): boolean =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d
const isDigit = (c: number | undefined): c is number => c !== undefined && c >= 0x30 && c <= 0x39
const isHex = (c: number | undefined): boolean =>
  isDigit(c) || (c !== undefined && ((c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)))

/**
 * The parts of `text` that notebook classification reads, as `JSON.parse(text)` would give them:
 * an object with (when present, the last duplicate winning) `cells` (an array of cells, each an
 * object holding only `cell_type`, `source` and `input`, or null for a cell that is not an
 * object), `worksheets` (each an object with only `cells`, or null) and `metadata` (whole), or
 * null in place of `cells`/`worksheets` values that are not arrays. A top-level array is `[]` and
 * any other top-level value null. Undefined when `text` is not valid JSON (or too deeply nested):
 * then JSON.parse must answer, with its own message. Never throws.
 */
export function leanNotebook(text: string): { doc: unknown } | undefined {
  return leanRead(textSource(text))
}

/**
 * leanNotebook over the UTF-8 bytes of a notebook, without decoding them: the same answer as
 * `leanNotebook` of their text, for bytes that are valid UTF-8 without a byte-order mark (what
 * `RepoView.readBytes` returns). Undefined when they are not valid JSON. Never throws.
 */
export function leanNotebookBytes(bytes: Uint8Array): { doc: unknown } | undefined {
  return leanRead(byteSource(bytes))
}

function leanRead(src: JsonSource): { doc: unknown } | undefined {
  let pos = 0
  const at = (i: number): number | undefined => src.at(i)

  const skipWhitespace = (): void => {
    while (isWhitespace(at(pos))) pos++
  }
  const expect = (char: number): void => {
    if (at(pos) !== char) throw new NotJson()
    pos++
  }
  /** Skips a string; true when it held an escape. */
  const skipString = (): boolean => {
    expect(QUOTE)
    let escaped = false
    for (;;) {
      pos = src.plainEnd(pos)
      const char = at(pos)
      if (char === QUOTE) {
        pos++
        return escaped
      }
      if (char !== BACKSLASH) throw new NotJson() // a control character, or the end of the text
      escaped = true
      const next = at(pos + 1)
      if (next === code('u')) {
        for (let k = 2; k < 6; k++) if (!isHex(at(pos + k))) throw new NotJson()
        pos += 6
      } else if (next !== undefined && SIMPLE_ESCAPES.has(next)) pos += 2
      else throw new NotJson()
    }
  }
  const skipLiteral = (word: string): void => {
    for (let k = 0; k < word.length; k++)
      if (at(pos + k) !== word.charCodeAt(k)) throw new NotJson()
    pos += word.length
  }
  const skipDigits = (): number => {
    const start = pos
    while (isDigit(at(pos))) pos++
    return pos - start
  }
  /** `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?` */
  const skipNumber = (): void => {
    if (at(pos) === code('-')) pos++
    if (at(pos) === code('0')) pos++
    else if (skipDigits() === 0) throw new NotJson()
    if (at(pos) === code('.')) {
      pos++
      if (skipDigits() === 0) throw new NotJson()
    }
    const e = at(pos)
    if (e === code('e') || e === code('E')) {
      pos++
      const sign = at(pos)
      if (sign === code('+') || sign === code('-')) pos++
      if (skipDigits() === 0) throw new NotJson()
    }
  }
  /** Calls `onMember(key)` with `pos` at each member's value; it must consume the value. */
  const eachMember = (onMember: (key: string) => void): void => {
    expect(code('{'))
    skipWhitespace()
    if (at(pos) === code('}')) {
      pos++
      return
    }
    for (;;) {
      const start = pos
      const escaped = skipString()
      const key = escaped ? (src.parse(start, pos) as string) : src.slice(start + 1, pos - 1)
      skipWhitespace()
      expect(code(':'))
      skipWhitespace()
      onMember(key)
      skipWhitespace()
      if (at(pos) === code('}')) {
        pos++
        return
      }
      expect(code(','))
      skipWhitespace()
    }
  }
  /** Calls `onElement()` with `pos` at each element; it must consume the element. */
  const eachElement = (onElement: () => void): void => {
    expect(code('['))
    skipWhitespace()
    if (at(pos) === code(']')) {
      pos++
      return
    }
    for (;;) {
      onElement()
      skipWhitespace()
      if (at(pos) === code(']')) {
        pos++
        return
      }
      expect(code(','))
      skipWhitespace()
    }
  }
  const skipValue = (): void => {
    const char = at(pos)
    if (char === code('{')) eachMember(skipValue)
    else if (char === code('[')) eachElement(skipValue)
    else if (char === QUOTE) skipString()
    else if (char === code('t')) skipLiteral('true')
    else if (char === code('f')) skipLiteral('false')
    else if (char === code('n')) skipLiteral('null')
    else skipNumber()
  }
  /** The value at `pos`, built in full (small parts only: metadata, a cell's fields). */
  const wholeValue = (): unknown => {
    const start = pos
    skipValue()
    return src.parse(start, pos)
  }
  const cell = (): Record<string, unknown> | null => {
    if (at(pos) !== code('{')) {
      skipValue()
      return null
    }
    const out: Record<string, unknown> = {}
    eachMember((key) => {
      if (key === 'cell_type' || key === 'source' || key === 'input') out[key] = wholeValue()
      else skipValue()
    })
    return out
  }
  const cells = (): unknown[] | null => {
    if (at(pos) !== code('[')) {
      skipValue()
      return null
    }
    const out: unknown[] = []
    eachElement(() => out.push(cell()))
    return out
  }
  const worksheet = (): Record<string, unknown> | null => {
    if (at(pos) !== code('{')) {
      skipValue()
      return null
    }
    const out: Record<string, unknown> = {}
    eachMember((key) => {
      if (key === 'cells') out.cells = cells()
      else skipValue()
    })
    return out
  }

  try {
    skipWhitespace()
    let doc: unknown
    if (at(pos) === code('{')) {
      const out: Record<string, unknown> = {}
      eachMember((key) => {
        if (key === 'cells') out.cells = cells()
        else if (key === 'worksheets') {
          if (at(pos) !== code('[')) {
            skipValue()
            out.worksheets = null
          } else {
            const list: unknown[] = []
            eachElement(() => list.push(worksheet()))
            out.worksheets = list
          }
        } else if (key === 'metadata') out.metadata = wholeValue()
        else skipValue()
      })
      doc = out
    } else if (at(pos) === code('[')) {
      skipValue()
      doc = []
    } else {
      skipValue()
      doc = null
    }
    skipWhitespace()
    if (pos !== src.length) return undefined
    return { doc }
  } catch {
    return undefined
  }
}
