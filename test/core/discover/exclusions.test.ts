import { describe, expect, it } from 'vitest'
import {
  applyExclusions,
  builtInMark,
  collapseExclusions,
  parseGitattributes,
} from '../../../src/core/1-discover/exclusions.js'
import { memoryRepo } from '../../support/memory-repo.js'

function excludedPaths(tree: Record<string, string>): Record<string, string> {
  const result = applyExclusions(memoryRepo(tree))
  return Object.fromEntries(
    [...result.excluded].map(([path, mark]) => [path, `${mark.reason} ${mark.source}`]),
  )
}

describe('built-in exclusions', () => {
  it.each([
    ['vendor/github.com/x/y.go', 'vendored built-in: vendor/'],
    ['svc/vendor/autoload.php', 'vendored built-in: vendor/'],
    ['libs/third_party/zlib/zlib.c', 'vendored built-in: third_party/'],
    ['libs/third-party/a.js', 'vendored built-in: third-party/'],
    ['pkg/parser/testdata/case1.go', 'testdata built-in: testdata/'],
    ['web/node_modules/react/index.js', 'node_modules built-in: node_modules/'],
    ['api/pb/user.pb.go', 'generated built-in: *.pb.go'],
    ['api/pb/user_grpc.pb.go', 'generated built-in: *.pb.go'],
    ['api/pb/user.pb.gw.go', 'generated built-in: *.pb.gw.go'],
    ['ml/protos/user_pb2.py', 'generated built-in: *_pb2.py'],
    ['ml/protos/user_pb2_grpc.py', 'generated built-in: *_pb2_grpc.py'],
    ['web/gen/user.pb.ts', 'generated built-in: *.pb.ts'],
    ['api/mocks/store.gen.go', 'generated built-in: *.gen.go'],
    ['apis/v1/zz_generated.deepcopy.go', 'generated built-in: zz_generated*.go'],
    ['web/src/schema.generated.ts', 'generated built-in: *.generated.*'],
    ['web/public/jquery.min.js', 'generated built-in: *.min.js'],
  ])('%s is excluded (%s)', (path, expected) => {
    expect(excludedPaths({ [path]: 'x' })).toEqual({ [path]: expected })
  })

  it.each([
    'vendors/a.go',
    'my_vendor/a.go',
    'api/user.go',
    'ml/pb2.py',
    'web/min.js',
    'testdata.go',
    'go.sum',
    'web/package-lock.json',
  ])('%s is kept', (path) => {
    expect(excludedPaths({ [path]: 'x' })).toEqual({})
  })
})

describe('.gitattributes', () => {
  it.each([
    [
      'a slash-free pattern matches the base name at any depth below its file',
      'svc/.gitattributes',
      '*.js linguist-vendored',
      'svc/web/a.js',
      'vendored',
    ],
    [
      'it does not reach outside its directory',
      'svc/.gitattributes',
      '*.js linguist-vendored',
      'other/a.js',
      undefined,
    ],
    [
      'a pattern with a slash is anchored to its directory',
      '.gitattributes',
      'docs/** linguist-documentation',
      'svc/docs/a.py',
      undefined,
    ],
    [
      'an anchored pattern matches below its directory',
      'svc/.gitattributes',
      'docs/** linguist-documentation',
      'svc/docs/a/b.py',
      'documentation',
    ],
    [
      'a leading slash anchors too',
      '.gitattributes',
      '/gen/* linguist-generated',
      'gen/a.go',
      'generated',
    ],
    ['attr=true sets', '.gitattributes', 'x.go linguist-generated=true', 'x.go', 'generated'],
    [
      'attr=false unsets',
      '.gitattributes',
      'x.go linguist-generated linguist-generated=false',
      'x.go',
      undefined,
    ],
    [
      '-attr unsets',
      '.gitattributes',
      '*.go linguist-vendored\nx.go -linguist-vendored',
      'x.go',
      undefined,
    ],
    [
      '!attr makes it unspecified',
      '.gitattributes',
      '*.go linguist-vendored\nx.go !linguist-vendored',
      'x.go',
      undefined,
    ],
    [
      'later lines win',
      '.gitattributes',
      'x.go -linguist-vendored\n*.go linguist-vendored',
      'x.go',
      'vendored',
    ],
    [
      'other attributes are ignored',
      '.gitattributes',
      '*.go text eol=lf diff=golang',
      'x.go',
      undefined,
    ],
    [
      'a dir/ pattern matches no file in attributes',
      '.gitattributes',
      'gen/ linguist-generated',
      'gen/a.go',
      undefined,
    ],
    [
      '-linguist-vendored re-includes a built-in vendor/ directory',
      '.gitattributes',
      'vendor/** -linguist-vendored',
      'vendor/ours/a.go',
      undefined,
    ],
    [
      '-linguist-generated re-includes a built-in generated name',
      '.gitattributes',
      '*.pb.go -linguist-generated',
      'api/a.pb.go',
      undefined,
    ],
  ])('%s', (_, file, text, path, reason) => {
    const result = applyExclusions(memoryRepo({ [file]: `${text}\n`, [path]: 'x' }))
    expect(result.excluded.get(path)?.reason).toBe(reason)
  })

  it('a deeper .gitattributes wins over a higher one', () => {
    const result = applyExclusions(
      memoryRepo({
        '.gitattributes': '*.go linguist-generated\n',
        'svc/.gitattributes': '*.go -linguist-generated\n',
        'svc/a.go': 'x',
        'lib/b.go': 'x',
      }),
    )
    expect([...result.excluded.keys()]).toEqual(['lib/b.go'])
    expect(result.excluded.get('lib/b.go')?.source).toBe('.gitattributes:1')
    expect(result.notGenerated.has('svc/a.go')).toBe(true)
  })

  it('parses quoted patterns, skips macros and comments, and diagnoses negative patterns with their line', () => {
    const parsed = parseGitattributes(
      'svc/.gitattributes',
      '# comment\n[attr]gen linguist-generated\n"my dir/*.js" linguist-vendored\n!*.go linguist-generated\r\n',
    )
    expect(parsed.rules.map((r) => [r.source, r.match('my dir/a.js', 0)])).toEqual([
      ['svc/.gitattributes:3', true],
    ])
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ code: 'gitattributes', path: 'svc/.gitattributes', line: 4 }),
    ])
  })
})

describe('.gitattributes across nested directories (rules indexed by directory)', () => {
  // Each case: the .gitattributes files, then path → expected `reason source` (undefined: kept).
  const root = '*.go linguist-generated\n/top/*.py linguist-vendored\n'
  const svc = '*.go -linguist-generated\ngen/** linguist-generated\n'
  const deep = 'keep.go linguist-vendored\n'
  const vendored = 'vendor/** -linguist-vendored\n'
  it.each([
    [
      'a root basename-only pattern reaches every depth',
      { '.gitattributes': root },
      'a/b/c/x.go',
      'generated .gitattributes:1',
    ],
    [
      'a root pattern anchored with / matches at the root only',
      { '.gitattributes': root },
      'top/x.py',
      'vendored .gitattributes:2',
    ],
    [
      'the anchored pattern misses the same name deeper',
      { '.gitattributes': root },
      'svc/top/x.py',
      undefined,
    ],
    [
      'a deeper file unsets what the root set',
      { '.gitattributes': root, 'svc/.gitattributes': svc },
      'svc/x.go',
      undefined,
    ],
    [
      'the deeper unset reaches below its own directory',
      { '.gitattributes': root, 'svc/.gitattributes': svc },
      'svc/pkg/y.go',
      undefined,
    ],
    [
      'a sibling directory keeps the root rule',
      { '.gitattributes': root, 'svc/.gitattributes': svc },
      'svcx/x.go',
      'generated .gitattributes:1',
    ],
    [
      'an anchored pattern of a nested file is relative to its directory',
      { 'svc/.gitattributes': svc },
      'svc/gen/a.py',
      'generated svc/.gitattributes:2',
    ],
    [
      'the nested anchored pattern does not match from the root',
      { 'svc/.gitattributes': svc },
      'gen/a.py',
      undefined,
    ],
    [
      'a later line in the deeper file wins over its earlier line',
      { '.gitattributes': root, 'svc/.gitattributes': svc },
      'svc/gen/a.go',
      'generated svc/.gitattributes:2',
    ],
    [
      'three levels: the deepest sets a new attribute',
      { '.gitattributes': root, 'svc/.gitattributes': svc, 'svc/pkg/.gitattributes': deep },
      'svc/pkg/keep.go',
      'vendored svc/pkg/.gitattributes:1',
    ],
    [
      'three levels: the middle unset still applies beside it',
      { '.gitattributes': root, 'svc/.gitattributes': svc, 'svc/pkg/.gitattributes': deep },
      'svc/pkg/other.go',
      undefined,
    ],
    [
      'a file directly in the deepest directory is not reached by a deeper-named sibling',
      { '.gitattributes': root, 'svc/pkg/.gitattributes': deep },
      'svc/keep.go',
      'generated .gitattributes:1',
    ],
    [
      'unset -linguist-vendored re-includes the built-in vendor/ below a nested file',
      { 'svc/.gitattributes': vendored },
      'svc/vendor/ours/a.py',
      undefined,
    ],
    [
      'the same unset does not reach another directory',
      { 'svc/.gitattributes': vendored },
      'lib/vendor/a.py',
      'vendored built-in: vendor/',
    ],
    [
      'a root file next to a nested one',
      { '.gitattributes': root, 'svc/.gitattributes': svc },
      'x.go',
      'generated .gitattributes:1',
    ],
  ] as [string, Record<string, string>, string, string | undefined][])(
    '%s',
    (_, attributes, path, expected) => {
      const result = applyExclusions(memoryRepo({ ...attributes, [path]: 'x' }))
      const mark = result.excluded.get(path)
      expect(mark ? `${mark.reason} ${mark.source}` : undefined).toBe(expected)
    },
  )

  it('every .gitattributes of many copies applies to its own copy only', () => {
    // Twenty copies each with their own rules: a path meets its copy's rules, never another's.
    const tree: Record<string, string> = {}
    for (let i = 0; i < 20; i++) {
      tree[`copy-${i}/.gitattributes`] =
        i % 2 === 0 ? '*.go linguist-generated\n' : '*.go -linguist-generated\n'
      tree[`copy-${i}/svc/main.go`] = 'x'
      tree[`copy-${i}/svc/api.pb.go`] = 'x'
    }
    const result = applyExclusions(memoryRepo(tree))
    for (let i = 0; i < 20; i++) {
      expect(result.excluded.get(`copy-${i}/svc/main.go`)?.source).toBe(
        i % 2 === 0 ? `copy-${i}/.gitattributes:1` : undefined,
      )
      expect(result.excluded.has(`copy-${i}/svc/api.pb.go`)).toBe(i % 2 === 0)
      expect(result.notGenerated.has(`copy-${i}/svc/main.go`)).toBe(i % 2 === 1)
    }
  })
})

describe('collapseExclusions', () => {
  it('reports a directory whose files are all excluded alike once, and mixed directories per file', () => {
    const view = memoryRepo({
      'api/pb/a.pb.go': 'x',
      'api/pb/b.pb.go': 'x',
      'api/pb/sub/c.pb.go': 'x',
      'api/main.go': 'x',
      'ml/x_pb2.py': 'x',
      'ml/x.py': 'x',
      'third_party/a/b.c': 'x',
    })
    const { excluded } = applyExclusions(view)
    expect(collapseExclusions(view.files, excluded)).toEqual([
      { path: 'api/pb', reason: 'generated', source: 'built-in: *.pb.go' },
      { path: 'ml/x_pb2.py', reason: 'generated', source: 'built-in: *_pb2.py' },
      { path: 'third_party', reason: 'vendored', source: 'built-in: third_party/' },
    ])
  })

  it('lists 10,000 vendored files as one entry', () => {
    const files: Record<string, string> = { 'main.go': 'package main\n' }
    for (let i = 0; i < 10_000; i++) files[`vendor/mod${i % 50}/f${i}.go`] = 'package x\n'
    const view = memoryRepo(files)
    const { excluded, kept } = applyExclusions(view)
    expect(kept.map((f) => f.path)).toEqual(['main.go'])
    expect(collapseExclusions(view.files, excluded)).toEqual([
      { path: 'vendor', reason: 'vendored', source: 'built-in: vendor/' },
    ])
  })
})

describe('exclusions looked up once per directory', () => {
  // Files of one directory come together in a sorted listing; the lookups are shared between
  // them. Neighbours whose names share a prefix must not share them.
  const tree: Record<string, string> = {
    'a.pb.go': 'x',
    'app/main.go': 'x',
    'app/vendor.go': 'x',
    'app/vendor/x/y.go': 'x',
    'app/vendor/z.go': 'x',
    'app/vendorx/keep.go': 'x',
    'gen/a.pb.go': 'x',
    'gen/b.pb.go': 'x',
    'gen/sub/c.go': 'x',
    'genx/a.pb.go': 'x',
    'genx/main.go': 'x',
    'lib/one/a.pb.go': 'x',
    'lib/two/b.pb.go': 'x',
    'lib/two/keep.go': 'x',
    'main.go': 'x',
    'testdata/a.go': 'x',
    'testdatax/a.go': 'x',
    'tools/vendex/a.go': 'x',
    'tools/vendor/b.go': 'x',
    'vendex/a.go': 'x',
    'vendor.go': 'x',
    'vendor/a.go': 'x',
  }

  it('marks every file as the per-path built-in rules do', () => {
    const view = memoryRepo(tree)
    const { excluded, kept } = applyExclusions(view)
    for (const file of view.files) {
      expect([file.path, excluded.get(file.path)]).toEqual([file.path, builtInMark(file.path)])
    }
    expect(kept.map((f) => f.path)).toEqual([
      'app/main.go',
      'app/vendor.go',
      'app/vendorx/keep.go',
      'gen/sub/c.go',
      'genx/main.go',
      'lib/two/keep.go',
      'main.go',
      'testdatax/a.go',
      'tools/vendex/a.go',
      'vendex/a.go',
      'vendor.go',
    ])
  })

  it('collapses as counting every file under every directory does', () => {
    const view = memoryRepo(tree)
    const { excluded } = applyExclusions(view)
    expect(collapseExclusions(view.files, excluded)).toEqual([
      { path: 'a.pb.go', reason: 'generated', source: 'built-in: *.pb.go' },
      { path: 'app/vendor', reason: 'vendored', source: 'built-in: vendor/' },
      { path: 'gen/a.pb.go', reason: 'generated', source: 'built-in: *.pb.go' },
      { path: 'gen/b.pb.go', reason: 'generated', source: 'built-in: *.pb.go' },
      { path: 'genx/a.pb.go', reason: 'generated', source: 'built-in: *.pb.go' },
      { path: 'lib/one', reason: 'generated', source: 'built-in: *.pb.go' },
      { path: 'lib/two/b.pb.go', reason: 'generated', source: 'built-in: *.pb.go' },
      { path: 'testdata', reason: 'testdata', source: 'built-in: testdata/' },
      { path: 'tools/vendor', reason: 'vendored', source: 'built-in: vendor/' },
      { path: 'vendor', reason: 'vendored', source: 'built-in: vendor/' },
    ])
  })

  it('rolls counts up through directories that hold no file of their own', () => {
    const view = memoryRepo({
      'gen/deep/er/a.pb.go': 'x',
      'gen/deep/er/b.pb.go': 'x',
      'lib/x/y/z/a.pb.go': 'x',
      'lib/x/keep.go': 'x',
      'main.go': 'x',
      'mixed/p/q/a.pb.go': 'x',
      'mixed/p/r/keep.go': 'x',
    })
    const { excluded } = applyExclusions(view)
    expect(collapseExclusions(view.files, excluded).map((e) => e.path)).toEqual([
      'gen',
      'lib/x/y',
      'mixed/p/q',
    ])
  })

  it('nothing excluded, nothing listed', () => {
    const view = memoryRepo({ 'a/b.go': 'x', 'c.go': 'x' })
    expect(collapseExclusions(view.files, new Map())).toEqual([])
  })
})

describe('applyExclusions: the runs of kept files', () => {
  it.each([
    ['root files only', ['a.go', 'b.go']],
    ['a directory interrupted by a subdirectory', ['a/a.go', 'a/b/x.go', 'a/c.go']],
    ['an excluded subdirectory joins the runs around it', ['a/a.go', 'a/vendor/x.go', 'a/c.go']],
    ['an excluded file inside a run', ['a/a.go', 'a/x.pb.go', 'a/z.go', 'b.go']],
    ['nothing kept', ['vendor/a.go', 'x.min.js']],
    ['deep and shallow', ['a.go', 'a/b/c/d.go', 'a/b/e.go', 'a/f.go', 'g/h.go', 'z.go']],
  ])('%s: runs cover the kept files in order, one directory each', (_, paths) => {
    const { kept, keptRuns } = applyExclusions(
      memoryRepo(Object.fromEntries(paths.map((p) => [p, 'x']))),
    )
    const dirOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')))
    // The runs a scan of `kept` finds by comparing each file's directory with the one before.
    const expected: { dir: string; end: number }[] = []
    kept.forEach((file, i) => {
      const last = expected[expected.length - 1]
      if (last?.dir === dirOf(file.path)) last.end = i + 1
      else expected.push({ dir: dirOf(file.path), end: i + 1 })
    })
    expect(keptRuns).toEqual(expected)
  })
})
