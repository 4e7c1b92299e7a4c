import { describe, expect, it } from 'vitest'
import { createScanContext } from '../../../src/core/context.js'
import type { RepoFile } from '../../../src/core/ports.js'
import { memoryRepo } from '../../support/memory-repo.js'

describe('parsers behind the scan context', () => {
  const view = memoryRepo({
    'svc/ranker/go.mod':
      'module example.com/ranker\n\ngo 1.22\n\nrequire github.com/sashabaranov/go-openai v1.24.1\n',
    'svc/ranker/main.go':
      'package main\n\nimport openai "github.com/sashabaranov/go-openai"\n\nfunc main() { _ = openai.NewClient("") }\n',
    'svc/chat/package.json': '{\n  "name": "chat",\n  "dependencies": {\n    "ws": "^8"\n',
    'svc/chat/notes.txt': 'not a manifest',
  })
  const ctx = createScanContext(view)
  const file = (path: string) => view.files.find((f) => f.path === path) ?? { path, size: 0 }

  it('parses a manifest and lexes a source file through the context', () => {
    expect(
      ctx.manifest(file('svc/ranker/go.mod'))?.dependencies.map((d) => [d.name, d.line]),
    ).toEqual([['github.com/sashabaranov/go-openai', 5]])
    const facts = ctx.source(file('svc/ranker/main.go'))
    expect(facts?.packageName).toBe('main')
    expect(facts?.imports.map((i) => [i.module, i.line])).toEqual([
      ['github.com/sashabaranov/go-openai', 3],
    ])
    expect(facts?.hints.map((h) => h.id)).toEqual(['go.func-main'])
  })

  it('a truncated manifest still yields a manifest and a diagnostic in the context', () => {
    expect(ctx.manifest(file('svc/chat/package.json'))).toMatchObject({
      type: 'package.json',
      dependencies: [],
    })
    expect(ctx.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'manifest-parse', path: 'svc/chat/package.json', line: 5 }),
    )
    expect(ctx.manifest(file('svc/chat/notes.txt'))).toBeUndefined()
  })
})

describe('releasing source facts', () => {
  const base = memoryRepo({
    'svc/a/main.py': 'import torch\n',
    'svc/b/main.py': 'import numpy\n',
  })
  const reads: string[] = []
  const view = {
    ...base,
    read: (path: string, maxBytes?: number) => {
      reads.push(path)
      return base.read(path, maxBytes)
    },
  }
  const [a, b] = view.files as [RepoFile, RepoFile]

  it.each([
    ['before a release: one read per file', [], ['svc/a/main.py', 'svc/b/main.py']],
    [
      'after releasing one file: that file is read again, the other is not',
      [a],
      ['svc/a/main.py', 'svc/b/main.py', 'svc/a/main.py'],
    ],
  ])('%s', (_label, released, expected) => {
    reads.length = 0
    const ctx = createScanContext(view)
    const first = [ctx.source(a), ctx.source(b)]
    ctx.release(released)
    const second = [ctx.source(a), ctx.source(b)]
    expect(reads).toEqual(expected)
    expect(second).toEqual(first)
    expect(second[0]?.imports.map((i) => i.module)).toEqual(['torch'])
  })
})
