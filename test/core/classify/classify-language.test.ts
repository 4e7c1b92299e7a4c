import { describe, expect, it } from 'vitest'
import { discoverServices } from '../../../src/core/1-discover/discover-services.js'
import type { Unit } from '../../../src/core/1-discover/unit.js'
import { classifyLanguage, formatBytes } from '../../../src/core/2-classify/classify-language.js'
import { memoryRepo } from '../../support/memory-repo.js'
import { fakeContext } from '../discover/fake-context.js'

function unitOf(tree: Record<string, string>, root: string, markers: string[]): Unit {
  const files = memoryRepo(tree).files.filter((f) => root === '.' || f.path.startsWith(`${root}/`))
  return { root, name: root, kind: 'service', kindEvidence: [], markers, manifests: [], files }
}

function classify(tree: Record<string, string>, root: string, markers: string[]) {
  const ctx = fakeContext(memoryRepo(tree))
  return { result: classifyLanguage(ctx, unitOf(tree, root, markers)), ctx }
}

const bytes = (n: number, line = 'x = 1\n') => line.repeat(Math.ceil(n / line.length)).slice(0, n)

function notebook(cells: object[], metadata: object = {}): string {
  return JSON.stringify({ cells, metadata, nbformat: 4, nbformat_minor: 5 }, null, 1)
}

describe('classifyLanguage: shares', () => {
  it('counts bytes per programming language, sorted by bytes then id, and explains the choice', () => {
    const { result } = classify(
      {
        'svc/go.mod': 'module svc\n',
        'svc/main.go': bytes(8000),
        'svc/internal/db.go': bytes(200),
        'svc/scripts/migrate.sh': bytes(1000),
        'svc/Dockerfile': bytes(800),
        'svc/README.md': bytes(50_000),
        'svc/config.yaml': bytes(9_000),
        'svc/migrations/001.sql': bytes(9_000),
      },
      'svc',
      ['svc/Dockerfile', 'svc/go.mod'],
    )
    expect(result).toEqual({
      id: 'go',
      shares: [
        { id: 'go', bytes: 8200, share: 0.82 },
        { id: 'shell', bytes: 1000, share: 0.1 },
        { id: 'dockerfile', bytes: 800, share: 0.08 },
      ],
      evidence: [{ path: 'svc', detail: 'Go: 82% of 10,000 code bytes' }],
    })
  })

  it('folds TSX into TypeScript and rounds shares to 4 decimals', () => {
    const { result } = classify(
      {
        'web/src/App.tsx': bytes(2000),
        'web/src/api.ts': bytes(1000),
        'web/src/legacy.js': bytes(1),
      },
      'web',
      [],
    )
    expect(result.shares).toEqual([
      { id: 'typescript', bytes: 3000, share: 0.9997 },
      { id: 'javascript', bytes: 1, share: 0.0003 },
    ])
  })

  it.each([
    [
      'only build files',
      { 'p/Dockerfile': 'FROM nginx\n', 'p/nginx.conf': 'x' },
      'no application code: only Dockerfile',
    ],
    [
      'no code at all',
      { 'p/README.md': '# hi\n' },
      'no programming-language files after exclusions',
    ],
  ])('is unknown with %s', (_, tree, detail) => {
    const { result } = classify(tree, 'p', [])
    expect(result.id).toBe('unknown')
    expect(result.evidence).toEqual([{ path: 'p', detail }])
  })
})

describe('classifyLanguage: near-ties', () => {
  const cases: {
    name: string
    tree: Record<string, string>
    markers: string[]
    id: string
    tieBreak: string | undefined
  }[] = [
    {
      name: 'go.mod breaks a near-tie in favour of Go',
      tree: { 's/go.mod': 'module s\n', 's/a.py': bytes(1000), 's/a.go': bytes(950) },
      markers: ['s/go.mod'],
      id: 'go',
      tieBreak: 'go.mod breaks the near-tie with Python (51%)',
    },
    {
      name: 'requirements.txt breaks a near-tie in favour of Python',
      tree: { 's/requirements.txt': 'x\n', 's/a.py': bytes(950), 's/a.go': bytes(1000) },
      markers: ['s/requirements.txt'],
      id: 'python',
      tieBreak: 'requirements.txt breaks the near-tie with Go (51%)',
    },
    {
      name: 'beyond 10% the bytes decide, whatever the manifest says',
      tree: { 's/go.mod': 'module s\n', 's/a.py': bytes(1000), 's/a.go': bytes(850) },
      markers: ['s/go.mod'],
      id: 'python',
      tieBreak: undefined,
    },
    {
      name: 'package.json prefers TypeScript when TypeScript is tied',
      tree: { 's/package.json': '{}', 's/a.js': bytes(1000), 's/b.ts': bytes(950) },
      markers: ['s/package.json'],
      id: 'typescript',
      tieBreak: 'package.json breaks the near-tie with JavaScript (51%)',
    },
    {
      name: 'a tie with no vouching manifest goes to the larger',
      tree: { 's/Dockerfile': 'FROM x\n', 's/a.rb': bytes(1000), 's/a.py': bytes(990) },
      markers: ['s/Dockerfile'],
      id: 'ruby',
      tieBreak: undefined,
    },
  ]
  it.each(cases)('$name', ({ tree, markers, id, tieBreak }) => {
    const { result } = classify(tree, 's', markers)
    expect(result.id).toBe(id)
    expect(result.evidence[1]?.detail).toBe(tieBreak)
  })
})

describe('classifyLanguage: notebooks', () => {
  const code = 'import pandas as pd\ndf = pd.read_csv("x.csv")\n'
  const outputs = [
    { output_type: 'display_data', data: { 'image/png': 'iVBORw0KGgo'.repeat(5000) } },
  ]

  it('counts the bytes of code cells only, not markdown or outputs', () => {
    const nb = notebook(
      [
        {
          cell_type: 'markdown',
          metadata: {},
          source: ['# Exploration\n', 'A long explanation.\n'.repeat(100)],
        },
        {
          cell_type: 'code',
          metadata: {},
          execution_count: 1,
          outputs,
          source: code.split(/(?<=\n)/),
        },
        {
          cell_type: 'code',
          metadata: {},
          execution_count: 2,
          outputs: [],
          source: 'df.describe()',
        },
      ],
      { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
    )
    const { result } = classify({ 'lab/explore.ipynb': nb }, 'lab', [])
    expect(result.shares).toEqual([
      { id: 'python', bytes: code.length + 'df.describe()'.length, share: 1 },
    ])
  })

  it.each([
    ['kernelspec.language', { kernelspec: { language: 'R' } }, 'r'],
    ['language_info.name', { language_info: { name: 'julia' } }, 'julia'],
    ['nothing declared (Python by default)', {}, 'python'],
  ])('takes the language from %s', (_, metadata, id) => {
    const nb = notebook([{ cell_type: 'code', source: 'summary(x)\n', outputs: [] }], metadata)
    expect(classify({ 'lab/a.ipynb': nb }, 'lab', []).result.id).toBe(id)
  })

  it('reads nbformat 3 worksheets', () => {
    const nb = JSON.stringify({
      worksheets: [{ cells: [{ cell_type: 'code', input: ['print(1)\n'] }] }],
      metadata: {},
    })
    expect(classify({ 'lab/old.ipynb': nb }, 'lab', []).result.shares).toEqual([
      { id: 'python', bytes: 9, share: 1 },
    ])
  })

  it.each([
    ['truncated JSON', '{"cells": [{"cell_type": "code", "source": "x'],
    ['not a notebook', '[1, 2, 3]'],
  ])('turns a broken notebook (%s) into a diagnostic and counts it as 0', (_, text) => {
    const { result, ctx } = classify({ 'lab/bad.ipynb': text, 'lab/run.py': bytes(10) }, 'lab', [])
    expect(result.shares).toEqual([{ id: 'python', bytes: 10, share: 1 }])
    expect(ctx.diagnostics).toEqual([
      expect.objectContaining({ code: 'notebook', path: 'lab/bad.ipynb', severity: 'warning' }),
    ])
  })
})

describe('classifyLanguage: exclusions', () => {
  it('never counts vendored, generated or documentation files', () => {
    const tree = {
      '.gitattributes': 'svc/docs/** linguist-documentation\n',
      'svc/requirements.txt': 'grpcio\n',
      'svc/app.py': bytes(1000),
      'svc/vendor/big/lib.go': bytes(90_000),
      'svc/protos/api_pb2.py': bytes(50_000),
      'svc/gen/client.ts': bytes(40_000),
      'svc/docs/example.rb': bytes(30_000),
    }
    const ctx = fakeContext(
      memoryRepo(tree),
      {},
      { 'svc/gen/client.ts': { language: 'typescript', generated: true } },
    )
    const { units } = discoverServices(ctx, {})
    expect(units).toHaveLength(1)
    const result = classifyLanguage(ctx, units[0] as Unit)
    expect(result.shares).toEqual([{ id: 'python', bytes: 1000, share: 1 }])
  })
})

describe('formatBytes', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [41233, '41,233'],
    [1234567, '1,234,567'],
  ])('%d → %s', (n, text) => {
    expect(formatBytes(n)).toBe(text)
  })
})
