/**
 * The lean notebook reading (src/core/2-classify/notebook-json.ts) against JSON.parse: it accepts
 * exactly the texts JSON.parse accepts, and gives the same values where classification looks.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { leanNotebook, leanNotebookBytes } from '../../../src/core/2-classify/notebook-json.js'

/**
 * What notebookCode reads of a parsed document, in a comparable shape: a cell or worksheet that
 * is not an object reads as one without fields (notebookCode skips both alike).
 */
function lookedAt(doc: unknown): unknown {
  if (typeof doc !== 'object' || doc === null) return 'not a notebook object'
  const field = (value: unknown, key: string): unknown =>
    typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)[key]
      : undefined
  const cellsOf = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map((cell: unknown) => ({
          cell_type: field(cell, 'cell_type'),
          source: field(cell, 'source'),
          input: field(cell, 'input'),
        }))
      : 'not an array'
  const nb = doc as Record<string, unknown>
  return {
    cells: cellsOf(nb.cells),
    worksheets: Array.isArray(nb.worksheets)
      ? nb.worksheets.map((w: unknown) => cellsOf(field(w, 'cells')))
      : 'not an array',
    metadata: nb.metadata,
  }
}

function reference(text: string): { ok: true; parts: unknown } | { ok: false } {
  try {
    return { ok: true, parts: lookedAt(JSON.parse(text)) }
  } catch {
    return { ok: false }
  }
}

/** A text with a lone surrogate has no UTF-8 form: only the text reader can meet it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/**
 * The lean reading of `text`, after checking that the byte reader gives the same answer on its
 * UTF-8 bytes (the form RepoView.readBytes hands over).
 */
function lean(text: string): { ok: true; parts: unknown } | { ok: false } {
  const read = leanNotebook(text)
  const answer = read ? { ok: true as const, parts: lookedAt(read.doc) } : { ok: false as const }
  if (!LONE_SURROGATE.test(text)) {
    const bytes = leanNotebookBytes(new TextEncoder().encode(text))
    expect(bytes ? { ok: true, parts: lookedAt(bytes.doc) } : { ok: false }).toEqual(answer)
  }
  return answer
}

const CODE = '{"cell_type":"code","source":["import os\\n","x = 1"],"outputs":[]}'

describe('leanNotebook answers as JSON.parse does', () => {
  it.each([
    [
      'nbformat 4',
      `{"cells":[${CODE},{"cell_type":"markdown","source":"# t"}],"metadata":{"kernelspec":{"language":"julia"}},"nbformat":4}`,
    ],
    [
      'nbformat 3',
      `{"worksheets":[{"cells":[{"cell_type":"code","input":"print(1)"}]},7,null],"metadata":{"language_info":{"name":"R"}}}`,
    ],
    [
      'outputs with escapes, numbers and literals',
      `{"cells":[{"cell_type":"code","source":"a","outputs":[{"data":{"image/png":"iVBOR\\u0041\\n\\t\\"\\\\\\/"},"n":[-0.5e+3,0,12,1E2,true,false,null]}]}]}`,
    ],
    [
      'duplicate keys: the last wins',
      `{"cells":[],"cells":[${CODE}],"metadata":1,"metadata":{"a":2}}`,
    ],
    [
      'a duplicate cell field: the last wins',
      `{"cells":[{"cell_type":"markdown","source":"a","cell_type":"code"}]}`,
    ],
    ['an escaped key is its decoded name', `{"c\\u0065lls":[${CODE}],"meta\\u0064ata":{"x":1}}`],
    ['cells that are not objects', `{"cells":[1,"x",null,[${CODE}],${CODE}]}`],
    ['cells that are not an array', `{"cells":{"0":${CODE}},"worksheets":"no"}`],
    [
      'source null falls back to input',
      `{"cells":[{"cell_type":"code","source":null,"input":"x"}]}`,
    ],
    ['a __proto__ key stays data', `{"__proto__":{"cells":[1]},"cells":[${CODE}]}`],
    ['a top-level array', `[${CODE}]`],
    ['a top-level string', '"cells"'],
    ['a top-level number', ' 12 '],
    ['a top-level null', 'null'],
    ['whitespace everywhere', ` \r\n\t{ "cells" : [ ${CODE} ] , "metadata" : { } } \n`],
    ['empty containers', '{"cells":[],"worksheets":[],"metadata":{}}'],
    [
      'non-ASCII and lone surrogates',
      '{"cells":[{"cell_type":"code","source":"é 中 \\ud800 😀"}]}',
    ],
    ['a trailing comma in an object', '{"cells":[],}'],
    ['a trailing comma in an array', '{"cells":[1,]}'],
    ['a leading zero', '{"n":01}'],
    ['a bare minus', '{"n":-}'],
    ['a fraction without digits', '{"n":1.}'],
    ['a leading dot', '{"n":.5}'],
    ['an exponent without digits', '{"n":1e}'],
    ['a plus sign', '{"n":+1}'],
    ['NaN', '{"n":NaN}'],
    ['a raw control character in a string', '{"s":"a\u0001b"}'],
    ['a raw newline in a string', '{"s":"a\nb"}'],
    ['a bad escape', '{"s":"\\x41"}'],
    ['a short unicode escape', '{"s":"\\u12"}'],
    ['an unterminated string', '{"s":"abc'],
    ['an unterminated object', '{"cells":[]'],
    ['single quotes', "{'cells':[]}"],
    ['a comment', '{"cells":[] /* c */}'],
    ['trailing text', '{"cells":[]} x'],
    ['two documents', '{}{}'],
    ['a byte order mark', '\ufeff{"cells":[]}'],
    ['an empty text', ''],
    ['a misspelt literal', '{"a":tru}'],
    ['a key without a value', '{"a"}'],
    ['a missing colon', '{"a" 1}'],
    ['a missing comma', '[1 2]'],
    ['a non-string key', '{1:2}'],
  ])('%s', (_, text) => {
    expect(lean(text)).toEqual(reference(text))
  })

  it('the byte reader sees multi-byte characters, escapes and surrogate pairs as text does', () => {
    const text = `{"cells":[{"cell_type":"code","source":["é = '€'\\n","x = \\"😀\\" # \\ud83d\\ude00 \\u00e9"]}],"métadonnée":"ü","metadata":{"language_info":{"name":"pythön"}}}`
    expect(lean(text)).toEqual(reference(text))
    const bytes = leanNotebookBytes(new TextEncoder().encode(text))
    const cells = (bytes?.doc as { cells: { source: string[] }[] }).cells
    expect(cells[0]?.source).toEqual(["é = '€'\n", 'x = "😀" # 😀 é'])
  })

  it('the byte reader refuses a raw control character inside a long string', () => {
    const long = 'A'.repeat(100_000)
    for (const text of [`{"o":"${long}\u0001${long}"}`, `{"o":"${long}\n"}`, `{"o":"${long}`]) {
      expect(leanNotebookBytes(new TextEncoder().encode(text))).toBeUndefined()
      expect(lean(text)).toEqual({ ok: false })
    }
  })

  it('seeded random notebooks, valid and broken: both readers answer as JSON.parse does', () => {
    let seed = 7
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed / 2 ** 31
    }
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
    const strings = ['x', 'é€', '😀', 'a\nb', 'tab\tq"uote', '\\', '', 'π = 3.14', 'iVBORw0KGgo=']
    const value = (depth: number): unknown => {
      const r = random()
      if (depth > 3 || r < 0.3) return pick(strings)
      if (r < 0.4) return pick([0, -1.5, 2e10, true, false, null])
      if (r < 0.7) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1))
      return Object.fromEntries(
        Array.from({ length: Math.floor(random() * 4) }, () => [pick(strings), value(depth + 1)]),
      )
    }
    const cell = (): unknown => ({
      cell_type: pick(['code', 'markdown', 'raw', 7]),
      ...(random() < 0.5 ? { source: pick([pick(strings), [pick(strings), pick(strings)]]) } : {}),
      ...(random() < 0.2 ? { input: [pick(strings)] } : {}),
      outputs: [value(0), value(0)],
    })
    const corruptions: ((t: string) => string)[] = [
      (t) => t,
      (t) => t.slice(0, Math.floor(random() * t.length)),
      (t) => t.replace('"', ''),
      (t) => t.replace(':', ' '),
      (t) => t.replace('\\n', '\u0001'),
      (t) => t.replace(',', ',,'),
      (t) => `${t} `,
      (t) => t.replace('\\', '\\x'),
    ]
    let valid = 0
    for (let i = 0; i < 400; i++) {
      const doc =
        random() < 0.8
          ? { cells: Array.from({ length: Math.floor(random() * 5) }, cell), metadata: value(1) }
          : { worksheets: [{ cells: [cell(), cell()] }], nbformat: 3 }
      const text = pick(corruptions)(JSON.stringify(doc, null, random() < 0.5 ? 1 : undefined))
      const expected = reference(text)
      if (expected.ok) valid++
      expect([i, lean(text)]).toEqual([i, expected])
    }
    // Both kinds were met.
    expect(valid).toBeGreaterThan(100)
    expect(valid).toBeLessThan(400)
  })

  it('deep nesting: either the same answer or JSON.parse decides', () => {
    const text = `{"cells":[${CODE}],"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`
    const read = leanNotebook(text)
    if (read) expect(lookedAt(read.doc)).toEqual(reference(text).ok && lookedAt(JSON.parse(text)))
  })

  it('agrees on the notebooks in this repository', () => {
    const found: string[] = []
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
        const path = join(dir, entry.name)
        if (entry.isDirectory()) walk(path)
        else if (entry.name.endsWith('.ipynb')) found.push(path)
      }
    }
    walk(join(import.meta.dirname, '../../..', 'examples'))
    walk(join(import.meta.dirname, '../..'))
    expect(found.length).toBeGreaterThan(0)
    for (const path of found) {
      const text = readFileSync(path, 'utf8')
      expect([path, lean(text)]).toEqual([path, reference(text)])
    }
  })
})
