import { describe, expect, it } from 'vitest'
import { lexSource, type LexedLanguage } from '../../../../src/core/parse/sources/index.js'
import { ANY_MARKER, GENERATED_MARKERS } from '../../../../src/core/parse/sources/generated.js'
import { keep, TokenBuffer } from '../../../../src/core/parse/sources/token-buffer.js'

describe('token buffer lines', () => {
  const text = 'a\nbb\n\nccc\n  dd  \r\ne'
  // offset → [line, trimmed text of that line]; a newline belongs to the line it ends.
  const cases: [number, number, string][] = [
    [0, 1, 'a'],
    [1, 1, 'a'],
    [2, 2, 'bb'],
    [5, 3, ''],
    [6, 4, 'ccc'],
    [12, 5, 'dd'],
    [text.length - 1, 6, 'e'],
    [text.length, 6, 'e'],
  ]

  it.each(cases)('offset %i is on line %i (%s), asked in order', (offset, line, lineText) => {
    const buffer = new TokenBuffer()
    buffer.reset(text)
    expect(buffer.lineAt(offset)).toBe(line)
    expect(buffer.lineTextAt(offset)).toBe(lineText)
  })

  it('counts the same forwards, backwards and after a reset', () => {
    const buffer = new TokenBuffer()
    buffer.reset(text)
    const forwards = cases.map(([offset]) => buffer.lineAt(offset))
    const backwards = [...cases].reverse().map(([offset]) => buffer.lineAt(offset))
    expect(forwards).toEqual(cases.map(([, line]) => line))
    expect(backwards.reverse()).toEqual(forwards)
    buffer.reset('\n\nx')
    expect(buffer.lineAt(2)).toBe(3)
    expect(buffer.lineAt(0)).toBe(1)
  })

  it('grows past its first capacity and keeps every token', () => {
    const buffer = new TokenBuffer()
    buffer.reset('x'.repeat(10_000))
    for (let i = 0; i < 10_000; i++) buffer.push(1, i, i + 1)
    expect(buffer.count).toBe(10_000)
    expect(buffer.value(9_999)).toBe('x')
    expect(buffer.is(10_000, 'x')).toBe(false)
  })
})

describe('lexers over the shared buffer', () => {
  it.each<[string, LexedLanguage, string, [string, number][]]>([
    [
      'a JS string continued over a line keeps later lines right',
      'javascript',
      "const s = 'a\\\nb'\nimport x from 'late'\n",
      [['late', 3]],
    ],
    [
      'a JS regex with an escaped newline keeps later lines right',
      'javascript',
      "const r = /a\\\n/\nimport 'late'\n",
      [['late', 3]],
    ],
    [
      'a Go string continued over a line keeps later lines right',
      'go',
      'package p\nvar s = "a\\\nb"\nimport "late"\n',
      [['late', 4]],
    ],
    [
      'a Python string continued over a line keeps later lines right',
      'python',
      "s = 'a\\\nb'\nimport late\n",
      [['late', 3]],
    ],
  ])('%s', (_, language, text, expected) => {
    const facts = lexSource(`f.${language}`, text, language)
    expect(facts.imports.map((i) => [i.module, i.line])).toEqual(expected)
  })

  it('a file lexed after a much larger one reads only its own tokens', () => {
    const big = `import a\n${'x = (1, 2)\n'.repeat(5_000)}import b\n`
    expect(lexSource('big.py', big, 'python').imports.map((i) => i.module)).toEqual(['a', 'b'])
    const small = lexSource('small.py', 'import c\n', 'python')
    expect(small.imports.map((i) => [i.module, i.line, i.text])).toEqual([['c', 1, 'import c']])
  })

  it('waiver comments keep their lines when evidence comes before and after them', () => {
    const text = 'import a\n# stackfit-ignore SF101: why\nimport b\n'
    const facts = lexSource('w.py', text, 'python')
    expect(facts.waiverComments).toEqual([{ line: 2, text: 'stackfit-ignore SF101: why' }])
    expect(facts.imports.map((i) => [i.module, i.line])).toEqual([
      ['a', 1],
      ['b', 3],
    ])
  })
})

describe('kept strings', () => {
  it('equal strings come back as one value, equal to the input', () => {
    const source = 'import numpy as np\nimport numpy as np\n'
    const first = keep(source.slice(0, 18))
    expect(first).toBe('import numpy as np')
    expect(keep(source.slice(19, 37))).toBe(first)
  })
})

describe('generated prefilter', () => {
  it.each(GENERATED_MARKERS.map((m) => [m.convention, m.pattern] as const))(
    '%s cannot match without the prefilter word',
    (_, pattern) => {
      // Every marker pattern spells the word out, so a head without it can skip them all.
      expect(ANY_MARKER.test(pattern.source)).toBe(true)
    },
  )
})
