import picomatch from 'picomatch'
import { describe, expect, it } from 'vitest'
import {
  baseNameGlob,
  baseNameGlobAt,
  globLiterals,
  pathGlob,
  pathGlobAt,
} from '../../../src/core/1-discover/base-name-glob.js'
import { FILE_RULES } from '../../../src/core/1-discover/exclusions.js'
import { SERVICE_MARKERS } from '../../../src/core/1-discover/service-markers.js'

describe('globLiterals', () => {
  it.each([
    ['go.mod', { prefix: 'go.mod', suffix: 'go.mod', inner: [], exact: true }],
    ['*.pb.go', { prefix: '', suffix: '.pb.go', inner: [], exact: false }],
    ['requirements*.txt', { prefix: 'requirements', suffix: '.txt', inner: [], exact: false }],
    ['Dockerfile.*', { prefix: 'Dockerfile.', suffix: '', inner: [], exact: false }],
    ['*.generated.*', { prefix: '', suffix: '', inner: ['.generated.'], exact: false }],
    ['a?b*c**d', { prefix: 'a', suffix: 'd', inner: ['b', 'c'], exact: false }],
  ])('%s', (glob, expected) => {
    expect(globLiterals(glob)).toEqual(expected)
  })

  it.each(['*.{js,ts}', '[Bb]in', '!*.go', '+(a|b).js', '@(x).py', 'a\\*b', '*.(js)'])(
    '%s uses richer syntax: no literal check',
    (glob) => {
      expect(globLiterals(glob)).toBeUndefined()
    },
  )
})

/** Base names met in real repositories, and near misses of the table globs. */
const NAMES = [
  'go.mod',
  'go.mod.bak',
  'xgo.mod',
  'go.sum',
  'go.work',
  'pyproject.toml',
  'setup.py',
  'setup.cfg',
  'Pipfile',
  'Pipfile.lock',
  'requirements.txt',
  'requirements-dev.txt',
  'requirements.in',
  'requirements',
  'requirementstxt',
  'base.txt',
  '.txt',
  'package.json',
  'package-lock.json',
  'Cargo.toml',
  'pom.xml',
  'build.gradle',
  'build.gradle.kts',
  'App.csproj',
  '.csproj',
  'csproj',
  'Gemfile',
  'composer.json',
  'mix.exs',
  'Dockerfile',
  'Dockerfile.',
  'Dockerfile.dev',
  'dockerfile',
  'api.Dockerfile',
  '.Dockerfile',
  'Containerfile',
  '.pnp.cjs',
  '.pnp.loader.mjs',
  'pnp.js',
  'schema.generated.ts',
  '.generated.',
  'generated.ts',
  'user.pb.go',
  '.pb.go',
  'user.pb.gw.go',
  'user_grpc.pb.go',
  'user.pb.ts',
  'user_grpc_pb.d.ts',
  'user_grpc_pb.js',
  'user_pb.d.ts',
  'user_pb.js',
  'user_pb2.py',
  'user_pb2.pyi',
  'user_pb2_grpc.py',
  'zz_generated.deepcopy.go',
  'zz_generated',
  'store.gen.go',
  'app.min.js',
  'min.js',
  'main.go',
  'index.js',
  'README.md',
  '',
  '.',
  '*',
  '.github',
]

describe('baseNameGlob', () => {
  const globs = [
    ...SERVICE_MARKERS.map((m) => m.file),
    ...FILE_RULES.map((r) => r.glob),
    '*',
    '?',
    '*.*',
    'a?b*c**d',
    '*.{js,ts}',
    '[Bb]in',
  ]
  it.each(globs)('%s answers as picomatch does on every name', (glob) => {
    const reference = picomatch(glob, { dot: true })
    const fast = baseNameGlob(glob)
    const differences = NAMES.filter((name) => fast(name) !== reference(name))
    expect(differences).toEqual([])
  })

  it('matches the names the table is about', () => {
    expect(NAMES.filter(baseNameGlob('requirements*.txt'))).toEqual([
      'requirements.txt',
      'requirements-dev.txt',
    ])
    expect(NAMES.filter(baseNameGlob('*.generated.*'))).toEqual([
      'schema.generated.ts',
      '.generated.',
    ])
  })
})

/** Repo-relative paths (below a .gitattributes directory), and near misses of the globs below. */
const PATHS = [
  'docs',
  'docs/a.md',
  'docs/sub/b.md',
  'docsx/a.md',
  'x/docs/a.md',
  'vendor',
  'vendor/a.go',
  'a/vendor/b/c.go',
  'a/vendorx/c.go',
  'avendor/c.go',
  'api/user.pb.go',
  'user.pb.go',
  'api/user.pb.go.txt',
  'gen/a.go',
  'gen/sub/a.go',
  'gen',
  'a/b/c',
  'a/c',
  'a/x/y/b/z/c',
  'ab/c',
  'my dir/a.js',
  'my dir/sub/a.js',
  '.hidden/x.py',
  'x/.hidden/y_pb2.py',
  'a/**',
  '**/vendor/**',
  'x.go',
  'dir/x.go',
]

describe('pathGlob', () => {
  const globs = [
    '**/vendor/**',
    '**/*.pb.go',
    '**/*_pb2.py',
    'docs/**',
    'docs/*',
    'gen/*',
    'gen/**/*.go',
    'a/**/c',
    'a/*/c',
    'a/**',
    'a/b/c',
    'x.go',
    'my dir/*.js',
    '.hidden/*',
    '**/.hidden/**',
    '*/x.go',
    'a?/c',
    '**',
    'docs/{a,b}.md',
    'gen/[ab].go',
    '**/!(x).go',
  ]
  it.each(globs)('%s answers as picomatch does on every path', (glob) => {
    const reference = picomatch(glob, { dot: true })
    const fast = pathGlob(glob)
    const differences = PATHS.filter((path) => fast(path) !== reference(path))
    expect(differences).toEqual([])
  })

  it('matches the paths the globs are about', () => {
    expect(PATHS.filter(pathGlob('**/vendor/**'))).toEqual([
      'vendor',
      'vendor/a.go',
      'a/vendor/b/c.go',
      '**/vendor/**',
    ])
    expect(PATHS.filter(pathGlob('a/**/c'))).toEqual(['a/b/c', 'a/c', 'a/x/y/b/z/c'])
  })
})

/**
 * Texts put before a name or a path for the in-place tests: empty, plain, and ones holding the
 * literal text of the globs above (so that a check on the whole text passes where one on the
 * part alone would not).
 */
const PREFIXES = [
  '',
  'x/',
  'go.mod/requirements-dev.txt/',
  'docs/vendor/api/user.pb.go/a/c/',
  'x_pb2.py/.pnp.cjs/zz_generated.go/',
]

describe('baseNameGlobAt and pathGlobAt: in place, the same answers as on the part alone', () => {
  const nameGlobs = [
    ...SERVICE_MARKERS.map((m) => m.file),
    ...FILE_RULES.map((r) => r.glob),
    '*',
    'a?b*c**d',
    '*.{js,ts}',
    '[Bb]in',
  ]
  it.each(nameGlobs)('base name glob %s', (glob) => {
    const reference = picomatch(glob, { dot: true })
    const inPlace = baseNameGlobAt(glob)
    const differences = PREFIXES.flatMap((prefix) =>
      NAMES.filter((name) => inPlace(prefix + name, prefix.length) !== reference(name)).map(
        (name) => prefix + name,
      ),
    )
    expect(differences).toEqual([])
  })

  const pathGlobs = ['**/vendor/**', '**/*.pb.go', 'docs/**', 'a/**/c', 'x.go', 'gen/[ab].go']
  it.each(pathGlobs)('path glob %s', (glob) => {
    const reference = picomatch(glob, { dot: true })
    const inPlace = pathGlobAt(glob)
    const differences = PREFIXES.flatMap((prefix) =>
      PATHS.filter((path) => inPlace(prefix + path, prefix.length) !== reference(path)).map(
        (path) => prefix + path,
      ),
    )
    expect(differences).toEqual([])
  })
})
