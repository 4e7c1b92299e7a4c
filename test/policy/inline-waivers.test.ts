import { describe, expect, it } from 'vitest'
import { lastDayOf } from '../../src/core/4-evaluate/inline-waivers.js'
import { parseManifest, manifestTypeOf } from '../../src/core/parse/manifests/index.js'
import { lexSource, sourceLanguageOf } from '../../src/core/parse/sources/index.js'
import { runStackfit } from '../../src/engine.js'
import { memoryRepo } from '../support/memory-repo.js'
import { TREE } from './tree.js'

const GO_MOD = (comment: string, above = ''): string =>
  `module example.com/gateway\n\ngo 1.22\n\nrequire (\n${above}\tgithub.com/sashabaranov/go-openai v1.28.1${comment}\n)\n`
const MAIN_GO = (comment: string, above = ''): string =>
  `package main\n\nimport (\n\t"net/http"\n\n${above}\topenai "github.com/sashabaranov/go-openai"${comment}\n)\n\nfunc main() {\n\t_ = openai.NewClient("")\n\t_ = http.ListenAndServe(":8080", nil)\n}\n`

/** Runs a scan of the policy tree with the gateway's files replaced; one line per finding and diagnostic. */
function scan(files: Record<string, string>, today = '2026-11-27'): string[] {
  const repo = memoryRepo({ ...TREE, ...files })
  const result = runStackfit({ failOn: 'error', policy: 'none', evaluate: { today } }, { repo })
  return [
    ...result.findings.map(
      (f) =>
        `${f.ruleId} ${f.service}${f.waived ? ` waived by ${f.waived.source}: ${f.waived.reason}` : ''}`,
    ),
    ...result.analysis.diagnostics
      .filter((d) => d.code === 'inline-waiver')
      .map((d) => `diagnostic ${d.path}:${d.line}`),
  ]
}

describe('comments are kept by the lexers and the manifest parsers', () => {
  it.each([
    ['app.py', 'import torch  # stackfit-ignore SF101: batch only\n', [1]],
    ['app.py', '# stackfit-ignore SF101: batch only\nimport torch\n', [1]],
    ['app.py', 's = "# stackfit-ignore SF101: in a string"\n', []],
    ['main.go', 'package main\n\n// stackfit-ignore SF101: thin client\nimport "x"\n', [3]],
    ['main.go', 'package main\n/* stackfit-ignore SF101: block comments do not count */\n', []],
    ['index.ts', "import OpenAI from 'openai' // stackfit-ignore SF101: proxy\n", [1]],
    ['index.js', "const s = '// stackfit-ignore SF101: in a string'\n", []],
  ])('%s: %j → lines %j', (path, text, lines) => {
    const language = sourceLanguageOf(path)
    if (!language) throw new Error(path)
    const facts = lexSource(path, text, language)
    expect((facts.waiverComments ?? []).map((c) => c.line)).toEqual(lines)
  })

  it.each([
    [
      'requirements.txt',
      'fastapi==0.111.0\ntorch==2.3.1  # stackfit-ignore SF102: tiny model\n',
      [2],
    ],
    ['requirements.txt', 'pkg @ https://example.com/x.whl#stackfit-ignore\n', []],
    [
      'pyproject.toml',
      '[project]\nname = "x"\n# stackfit-ignore SF101: reason\ndependencies = ["torch"]\n',
      [3],
    ],
    ['Pipfile', '[packages]\ntorch = "*" # stackfit-ignore SF101: reason\n', [2]],
    [
      'Cargo.toml',
      '[package]\nname = "x"\n[dependencies]\ntokio = "1" # stackfit-ignore SF201: r\n',
      [4],
    ],
    ['Gemfile', "source 'https://rubygems.org'\ngem 'rails' # stackfit-ignore SF301: r\n", [2]],
    [
      'Dockerfile',
      'FROM python:3.12\n# stackfit-ignore SF401: needs glibc\nRUN pip install torch\n',
      [2],
    ],
    ['go.mod', GO_MOD(' // stackfit-ignore SF101: thin client'), [6]],
    [
      'package.json',
      '{"name": "x", "dependencies": {"openai": "4.0.0"}, "//": "stackfit-ignore SF101: r"}',
      [],
    ],
  ])('%s → lines %j', (path, text, lines) => {
    const type = manifestTypeOf(path)
    if (!type) throw new Error(path)
    const manifest = parseManifest(path, text, type).manifest
    expect((manifest?.waiverComments ?? []).map((c) => c.line)).toEqual(lines)
  })
})

describe('inline waivers in a scan', () => {
  it.each([
    ['no comment', {}, ['SF101 services/gateway']],
    [
      'a trailing comment in go.mod',
      { 'services/gateway/go.mod': GO_MOD(' // stackfit-ignore SF101: thin client only') },
      ['SF101 services/gateway waived by services/gateway/go.mod:6: thin client only'],
    ],
    [
      'a comment on the line above, by rule name',
      {
        'services/gateway/main.go': MAIN_GO(
          '',
          '\t// stackfit-ignore ai-ml-outside-python: thin client, until 2027-03\n',
        ),
      },
      ['SF101 services/gateway waived by services/gateway/main.go:6: thin client'],
    ],
    [
      'a comment two lines above covers nothing',
      {
        'services/gateway/go.mod': GO_MOD('', '\t// stackfit-ignore SF101: thin client\n\n'),
      },
      ['SF101 services/gateway', 'SF011 services/gateway'],
    ],
    [
      'an expired comment',
      {
        'services/gateway/go.mod': GO_MOD(' // stackfit-ignore SF101: thin client, until 2026-10'),
      },
      ['SF101 services/gateway', 'SF010 services/gateway'],
    ],
    [
      'a comment without a reason is a diagnostic and waives nothing',
      { 'services/gateway/go.mod': GO_MOD(' // stackfit-ignore SF101') },
      ['SF101 services/gateway', 'diagnostic services/gateway/go.mod:6'],
    ],
    [
      'a comment without a rule',
      { 'services/gateway/go.mod': GO_MOD(' // stackfit-ignore: because') },
      ['SF101 services/gateway', 'diagnostic services/gateway/go.mod:6'],
    ],
    [
      'an impossible date',
      { 'services/gateway/go.mod': GO_MOD(' // stackfit-ignore SF101: x, until 2027-13') },
      ['SF101 services/gateway', 'diagnostic services/gateway/go.mod:6'],
    ],
    [
      'a comment for a rule that did not fire is unused',
      { 'services/ranker/app.py': '# stackfit-ignore SF101: nothing here\nimport torch\n' },
      ['SF101 services/gateway', 'SF011 services/ranker'],
    ],
  ])('%s', (_name, files, expected) => {
    expect(scan(files as Record<string, string>).sort()).toEqual([...expected].sort())
  })
})

describe('until dates', () => {
  it.each([
    ['2027-03', '2027-03-31'],
    ['2028-02', '2028-02-29'],
    ['2027-02-28', '2027-02-28'],
    ['2027-02-30', undefined],
    ['2027-00', undefined],
  ])('%s → %s', (text, expected) => {
    expect(lastDayOf(text)).toBe(expected)
  })
})
