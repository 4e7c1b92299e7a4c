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
    expect(parsed.rules.map((r) => [r.source, r.match('my dir/a.js')])).toEqual([
      ['svc/.gitattributes:3', true],
    ])
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ code: 'gitattributes', path: 'svc/.gitattributes', line: 4 }),
    ])
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

  it('nothing excluded, nothing listed', () => {
    const view = memoryRepo({ 'a/b.go': 'x', 'c.go': 'x' })
    expect(collapseExclusions(view.files, new Map())).toEqual([])
  })
})
