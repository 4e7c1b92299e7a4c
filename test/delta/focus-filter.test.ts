/**
 * Which sources a changed-scope scan may read (src/core/7-delta/focus.ts): the subtrees of the
 * marker directories above the focus paths, nested and neighbouring directories included, and
 * the widening when a touched unit's sources were missed.
 */
import { describe, expect, it } from 'vitest'
import {
  ENTRY_POINT_FILES,
  filesDirectlyIn,
  focusedSources,
  isEntryPointFile,
  sourcesMissedBy,
} from '../../src/core/7-delta/focus.js'
import type { Unit } from '../../src/core/1-discover/unit.js'
import type { RepoFile } from '../../src/core/ports.js'

const file = (path: string): RepoFile => ({ path, size: 1 })

/** A tree of marker directories: nested (svc, svc/sub), neighbours sharing a name prefix (svc2). */
const FILES = [
  'go.work',
  'lib/a.go',
  'svc/go.mod',
  'svc/handler.go',
  'svc/pkg/util.go',
  'svc/sub/go.mod',
  'svc/sub/x.go',
  'svc/zz.go',
  'svc2/go.mod',
  'svc2/y.go',
  'svc2/main.go',
  'tools/script.py',
  'web/package.json',
  'web/src/page.ts',
  'web/src/deep/widget.ts',
]
  .sort()
  .map(file)

describe('focusedSources', () => {
  it.each([
    [
      'a path in a marker directory reads its subtree',
      ['svc/handler.go'],
      ['svc/handler.go', 'svc/pkg/util.go', 'svc/sub/x.go', 'svc/zz.go', 'svc2/main.go'],
    ],
    [
      'the nearest marker directory is the nested one',
      ['svc/sub/x.go'],
      ['svc/sub/x.go', 'svc2/main.go'],
    ],
    [
      'nested and outer together read the outer subtree once',
      ['svc/sub/x.go', 'svc/pkg/util.go'],
      ['svc/handler.go', 'svc/pkg/util.go', 'svc/sub/x.go', 'svc/zz.go', 'svc2/main.go'],
    ],
    [
      'a neighbour sharing the name prefix is not read',
      ['svc2/y.go'],
      ['svc2/main.go', 'svc2/y.go'],
    ],
    [
      'a path under no marker directory reads itself only',
      ['tools/script.py'],
      ['svc2/main.go', 'tools/script.py'],
    ],
    [
      'many directories at once',
      ['web/src/deep/widget.ts', 'svc2/y.go', 'svc/sub/x.go'],
      ['svc/sub/x.go', 'svc2/main.go', 'svc2/y.go', 'web/src/deep/widget.ts', 'web/src/page.ts'],
    ],
    [
      'a deleted path still finds its marker directory',
      ['web/src/gone.ts'],
      ['svc2/main.go', 'web/src/deep/widget.ts', 'web/src/page.ts'],
    ],
    [
      'a focus root given as a directory reads its subtree',
      ['svc/sub'],
      ['svc/sub/x.go', 'svc2/main.go'],
    ],
  ])('%s', (_, focus, expected) => {
    const read = focusedSources(FILES, focus)
    const sources = FILES.map((f) => f.path).filter((p) => /\.(go|py|ts)$/.test(p))
    expect(sources.filter(read)).toEqual(expected)
  })

  it('hundreds of focus directories answer as a scan of each would', () => {
    const files: RepoFile[] = []
    for (let i = 0; i < 300; i++) {
      files.push(file(`s/d${i}/go.mod`), file(`s/d${i}/a.go`), file(`s/d${i}x/b.go`))
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    const focus = Array.from({ length: 150 }, (_, i) => `s/d${i * 2}/a.go`)
    const read = focusedSources(files, focus)
    const expected = (path: string): boolean => {
      const m = /^s\/d(\d+)\/[^/]+$/.exec(path)
      return m !== null && Number(m[1]) % 2 === 0
    }
    expect(files.filter((f) => read(f.path) !== expected(f.path))).toEqual([])
  })
})

describe('sourcesMissedBy', () => {
  const unit = (root: string, paths: string[]): Unit => ({
    root,
    name: root,
    kind: 'service',
    kindEvidence: [],
    markers: [],
    manifests: [],
    files: paths.map(file),
  })

  it('widens to the touched units whole subtrees, nested roots included', () => {
    const units = [
      unit('svc', ['svc/handler.go']),
      unit('svc/sub', ['svc/sub/x.go']),
      unit('svc2', ['svc2/y.go']),
    ]
    const read = (path: string) => path === 'svc/handler.go'
    const wider = sourcesMissedBy(units, new Set(['svc', 'svc/sub']), read)
    expect(wider).toBeDefined()
    expect(
      ['svc/handler.go', 'svc/sub/x.go', 'svc/new.go', 'svc2/y.go', 'svcx/a.go'].filter((p) =>
        wider?.(p),
      ),
    ).toEqual(['svc/handler.go', 'svc/sub/x.go', 'svc/new.go'])
  })

  it('nothing missed: no widening', () => {
    const units = [unit('svc', ['svc/handler.go'])]
    expect(sourcesMissedBy(units, new Set(['svc']), () => true)).toBeUndefined()
  })
})

describe('filesDirectlyIn', () => {
  // Names around the `/` of a directory in sort order: `b.txt` and `b-c` sort before `b/`, `b0`
  // and `ba` after it.
  const files = [
    'a/b',
    'a/b-c/x',
    'a/b.txt',
    'a/b/c',
    'a/b/c/d.go',
    'a/b/e.go',
    'a/b0',
    'a/ba/f',
    'a/z.go',
    'go.mod',
    'top.txt',
    'z/a/b/c.go',
  ]
    .sort()
    .map(file)
  const naive = (dir: string): string[] =>
    files
      .map((f) => f.path)
      .filter((p) => (dir === '.' ? !p.includes('/') : p.slice(0, p.lastIndexOf('/')) === dir))
  it.each([
    '.',
    'a',
    'a/b',
    'a/b/c',
    'a/b-c',
    'a/ba',
    'z',
    'z/a',
    'z/a/b',
    'missing',
    'a/b/c/d.go',
    '',
  ])('%s: the files directly in it, in order, as a scan of every file finds them', (dir) => {
    expect(filesDirectlyIn(files, dir)).toEqual(naive(dir))
  })
})

describe('isEntryPointFile', () => {
  it.each([
    'main.go',
    'svc/main.go',
    'svc/xmain.go',
    'svc/cmd/tool/run.go',
    'svc/cmd/run.go',
    'svc/cmd/a/b/run.go',
    'cmd/x.go',
    'svc/app.py',
    'svc/happ.py',
    'svc/__main__.py',
    'svc/server.ts',
    'svc/server.tsx',
    'svc/index.mjs',
    'svc/src/main.py.txt',
  ])('%s: as the ENTRY_POINT_FILES table says', (path) => {
    expect(isEntryPointFile(path)).toBe(ENTRY_POINT_FILES.some(({ pattern }) => pattern.test(path)))
  })
})
