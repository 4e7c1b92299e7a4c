/**
 * A notebook's JSON, validated in full but built only where classification looks: the top-level
 * `cells`, `worksheets[].cells` and `metadata`, and in each cell its `cell_type`, `source` and
 * `input`. Everything else (outputs, images, attachments: most of a notebook's bytes) is checked
 * against the JSON grammar and skipped without building a string or an object. Pure.
 */

/** The JSON grammar's pieces that the scanner matches with sticky expressions. */
const WHITESPACE = /[ \t\n\r]*/y
// eslint-disable-next-line no-control-regex -- JSON strings may not hold raw control characters
const PLAIN_CHARACTERS = /[^"\\\u0000-\u001f]*/y
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y
const HEX4 = /[0-9a-fA-F]{4}/y
/** The characters that may follow a backslash in a JSON string (besides `u`). */
const SIMPLE_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])

/** Thrown inside the scanner on the first byte that breaks the JSON grammar. */
class NotJson extends Error {}

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
  let pos = 0

  const skipWhitespace = (): void => {
    WHITESPACE.lastIndex = pos
    WHITESPACE.test(text)
    pos = WHITESPACE.lastIndex
  }
  const expect = (char: string): void => {
    if (text[pos] !== char) throw new NotJson()
    pos++
  }
  const skipString = (): void => {
    expect('"')
    for (;;) {
      PLAIN_CHARACTERS.lastIndex = pos
      PLAIN_CHARACTERS.test(text)
      pos = PLAIN_CHARACTERS.lastIndex
      const char = text[pos]
      if (char === '"') {
        pos++
        return
      }
      if (char !== '\\') throw new NotJson() // a control character, or the end of the text
      const escaped = text[pos + 1]
      if (escaped === 'u') {
        HEX4.lastIndex = pos + 2
        if (!HEX4.test(text)) throw new NotJson()
        pos += 6
      } else if (escaped !== undefined && SIMPLE_ESCAPES.has(escaped)) pos += 2
      else throw new NotJson()
    }
  }
  const skipLiteral = (word: string): void => {
    if (!text.startsWith(word, pos)) throw new NotJson()
    pos += word.length
  }
  /** Calls `onMember(key)` with `pos` at each member's value; it must consume the value. */
  const eachMember = (onMember: (key: string) => void): void => {
    expect('{')
    skipWhitespace()
    if (text[pos] === '}') {
      pos++
      return
    }
    for (;;) {
      const start = pos
      skipString()
      const raw = text.slice(start + 1, pos - 1)
      const key = raw.includes('\\') ? (JSON.parse(text.slice(start, pos)) as string) : raw
      skipWhitespace()
      expect(':')
      skipWhitespace()
      onMember(key)
      skipWhitespace()
      if (text[pos] === '}') {
        pos++
        return
      }
      expect(',')
      skipWhitespace()
    }
  }
  /** Calls `onElement()` with `pos` at each element; it must consume the element. */
  const eachElement = (onElement: () => void): void => {
    expect('[')
    skipWhitespace()
    if (text[pos] === ']') {
      pos++
      return
    }
    for (;;) {
      onElement()
      skipWhitespace()
      if (text[pos] === ']') {
        pos++
        return
      }
      expect(',')
      skipWhitespace()
    }
  }
  const skipValue = (): void => {
    const char = text[pos]
    if (char === '{') eachMember(skipValue)
    else if (char === '[') eachElement(skipValue)
    else if (char === '"') skipString()
    else if (char === 't') skipLiteral('true')
    else if (char === 'f') skipLiteral('false')
    else if (char === 'n') skipLiteral('null')
    else {
      NUMBER.lastIndex = pos
      if (!NUMBER.test(text)) throw new NotJson()
      pos = NUMBER.lastIndex
    }
  }
  /** The value at `pos`, built in full (small parts only: metadata, a cell's fields). */
  const wholeValue = (): unknown => {
    const start = pos
    skipValue()
    return JSON.parse(text.slice(start, pos))
  }
  const cell = (): Record<string, unknown> | null => {
    if (text[pos] !== '{') {
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
    if (text[pos] !== '[') {
      skipValue()
      return null
    }
    const out: unknown[] = []
    eachElement(() => out.push(cell()))
    return out
  }
  const worksheet = (): Record<string, unknown> | null => {
    if (text[pos] !== '{') {
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
    if (text[pos] === '{') {
      const out: Record<string, unknown> = {}
      eachMember((key) => {
        if (key === 'cells') out.cells = cells()
        else if (key === 'worksheets') {
          if (text[pos] !== '[') {
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
    } else if (text[pos] === '[') {
      skipValue()
      doc = []
    } else {
      skipValue()
      doc = null
    }
    skipWhitespace()
    if (pos !== text.length) return undefined
    return { doc }
  } catch {
    return undefined
  }
}
