import { describe, expect, it } from 'vitest'
import { lexSource, sourceLanguageOf } from '../../../../src/core/parse/sources/index.js'

const imports = (
  text: string,
  language: 'javascript' | 'typescript' = 'typescript',
): [string, number][] =>
  lexSource('src/x.ts', text, language).imports.map((i) => [i.module, i.line])

describe('js/ts imports', () => {
  it.each<[string, string, [string, number][]]>([
    ['default import', "import OpenAI from 'openai'\n", [['openai', 1]]],
    ['side-effect import', 'import "reflect-metadata";\n', [['reflect-metadata', 1]]],
    [
      'named import',
      'import { ChatOpenAI } from "@langchain/openai";\n',
      [['@langchain/openai', 1]],
    ],
    [
      'namespace import',
      "import * as tf from '@tensorflow/tfjs-node'\n",
      [['@tensorflow/tfjs-node', 1]],
    ],
    ['default and named', "import express, { Router } from 'express'\n", [['express', 1]]],
    [
      'type-only import counts',
      "import type { Completion } from 'openai/resources'\n",
      [['openai/resources', 1]],
    ],
    ['inline type specifier', "import { type A, b } from 'lib'\n", [['lib', 1]]],
    [
      'multi-line named import, line of the specifier',
      "import {\n  a,\n  b as c,\n} from 'pkg'\n",
      [['pkg', 4]],
    ],
    [
      'export star',
      "export * from './local'\nexport * as ns from 'ns-pkg'\n",
      [
        ['./local', 1],
        ['ns-pkg', 2],
      ],
    ],
    [
      'export named from',
      "export { x, y as z } from 'reexp'\nexport type { T } from 'types-pkg'\n",
      [
        ['reexp', 1],
        ['types-pkg', 2],
      ],
    ],
    ['export without from is not an import', 'export { a, b }\nexport const c = 1\n', []],
    [
      'require',
      'const ws = require(\'ws\')\nconst { Worker } = require("node:worker_threads")\n',
      [
        ['ws', 1],
        ['node:worker_threads', 2],
      ],
    ],
    ['dynamic import with a literal', "const m = await import('pdf-parse')\n", [['pdf-parse', 1]]],
    [
      'dynamic import with an expression is skipped',
      'const m = await import(name)\nconst n = require(path.join(a))\n',
      [],
    ],
    ['TS import-equals', "import fs = require('fs')\n", [['fs', 1]]],
    ['import.meta is not an import', 'const u = import.meta.url\n', []],
    ['member named import/require is not an import', "obj.import('x')\nctx.require('y')\n", []],
  ])('%s', (_, text, expected) => {
    expect(imports(text)).toEqual(expected)
  })

  it('ignores imports in comments, strings, template literals and regexes', () => {
    const text = `// import a from 'commented'
/* import b from 'block'
   require('block-require') */
const s = "import c from 'in-string'"
const t = \`
  import d from 'in-template'
  \${ cond ? \`nested \${ "require('deep')" }\` : '' }
  require('in-template-too')
\`
const re = /import e from 'in-regex'/g
const half = total / 2; const other = x / y
const ok = require('real')
`
    expect(imports(text, 'javascript')).toEqual([['real', 12]])
  })

  it('code inside a template expression counts', () => {
    expect(imports('const x = `${require("inside-expr")}`\n', 'javascript')).toEqual([
      ['inside-expr', 1],
    ])
  })

  it('JSX text does not hide later imports on other lines', () => {
    const text = "const A = () => <p>Don't panic</p>\nimport('lazy-chunk')\n"
    expect(lexSource('a.tsx', text, 'typescript').imports.map((i) => i.module)).toEqual([
      'lazy-chunk',
    ])
  })
})

describe('js/ts hints', () => {
  it.each<[string, string, [string, number][]]>([
    ['app.listen', 'const app = express()\napp.listen(3000, () => {})\n', [['js.listen', 2]]],
    ['server?.listen', 'server?.listen(port)\n', [['js.listen', 1]]],
    ['Bun.serve', 'Bun.serve({ fetch })\n', [['js.listen', 1]]],
    ['bare listen() is a local function', 'listen(3000)\n', []],
    [
      'new Worker',
      "const w = new Worker(new URL('./w.js', import.meta.url))\n",
      [['js.worker-threads', 1]],
    ],
    ['Worker without new is not a thread', 'Worker(x)\n', []],
    [
      'hints in comments or strings do not count',
      "// app.listen(3000)\nconst s = 'new Worker(x)'\n",
      [],
    ],
  ])('%s', (_, text, expected) => {
    expect(lexSource('s.js', text, 'javascript').hints.map((h) => [h.id, h.line])).toEqual(expected)
  })
})

describe('sourceLanguageOf', () => {
  it.each([
    ['a/b.py', 'python'],
    ['tool.pyw', 'python'],
    ['main.go', 'go'],
    ['x.js', 'javascript'],
    ['x.mjs', 'javascript'],
    ['x.cjs', 'javascript'],
    ['App.jsx', 'javascript'],
    ['x.ts', 'typescript'],
    ['x.mts', 'typescript'],
    ['x.cts', 'typescript'],
    ['App.tsx', 'typescript'],
    ['types/index.d.ts', undefined],
    ['types/index.d.mts', undefined],
    ['README.md', undefined],
    ['Makefile', undefined],
    ['.py', undefined],
  ])('%s → %s', (path, language) => {
    expect(sourceLanguageOf(path)).toBe(language)
  })
})
