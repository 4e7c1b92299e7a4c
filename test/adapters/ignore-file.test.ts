import ignore from 'ignore'
import { describe, expect, it } from 'vitest'
import {
  parseIgnoreFile,
  requiredLiteral,
  segmentEndLiteral,
} from '../../src/adapters/ignore-file.js'

describe('requiredLiteral', () => {
  it.each([
    ['node_modules', 'node_modules'],
    ['*.pyc', '.pyc'],
    ['/build/', 'build'],
    ['!keep.log', 'keep.log'],
    ['**/__pycache__/**', '__pycache__'],
    ['[Bb]in/', 'in'],
    ['[Dd]ebug[Pp]ublic/', 'ublic'],
    ['*.[Cc]ache', 'ache'],
    ['\\#notes.txt', 'notes.txt'],
    ['foo\\ bar', 'foo'],
    ['trailing  ', 'trailing'],
    ['\uFEFFdist', 'dist'],
    ['a/**/b', 'a'],
    ['*', ''],
    ['**/', ''],
    ['[a-z]*', ''],
    ['[Aa][Rr][Mm]/', ''],
    ['unclosed[abc', 'unclosed'],
  ])('%j needs %j', (pattern, literal) => {
    expect(requiredLiteral(pattern)).toBe(literal)
  })
})

describe('segmentEndLiteral', () => {
  it.each([
    ['*.js', '.js'],
    ['[Bb]in/', 'in'],
    ['node_modules/', 'node_modules'],
    ['docs/_build', '_build'],
    ['/build', 'build'],
    ['!jest.config.js', 'jest.config.js'],
    ['*.py[cod]', ''],
    ['logs/*', ''],
    ['src/**', ''],
    ['trailing  ', ''],
    ['foo\\ ', ''],
    ['unclosed[ab', ''],
    ['*', ''],
  ])('%j ends in %j', (pattern, literal) => {
    expect(segmentEndLiteral(pattern)).toBe(literal)
  })
})

/** Ignore files as they are found in real repositories: templates, negations, anchors, escapes. */
const FILES: Record<string, string> = {
  node: '# deps\nnode_modules/\ndist\n*.log\n!important.log\n.env*\ncoverage/\n/build\n',
  python: '__pycache__/\n*.py[cod]\n*$py.class\n.venv/\nvenv/\nENV/\n*.egg-info/\n.pytest_cache/\n',
  visualStudio: '[Dd]ebug/\n[Rr]elease/\nx64/\n[Bb]in/\n[Oo]bj/\n*.suo\n*.user\n~$*\n*~\n',
  cdk: '*.js\n!jest.config.js\n*.d.ts\nnode_modules\n.cdk.staging\ncdk.out\n',
  anchored: '/secrets.env\ndocs/_build/\nsrc/**/generated/\n!src/keep/generated/\n**/tmp\n',
  wildcardOnly: '*\n!*/\n!*.go\n',
  escapes: '\\#hash\n\\!bang\nspace\\ name\ntrailing   \n\uFEFFbom\nunclosed[ab\n',
  crlf: 'out/\r\n*.tmp\r\n\r\n# comment\r\n',
}

const PATHS = [
  'index.js',
  'jest.config.js',
  'lib/app.js',
  'lib/app.ts',
  'types/app.d.ts',
  'node_modules/',
  'web/node_modules/',
  'dist/',
  'dist/main.js',
  'src/dist',
  'debug.log',
  'important.log',
  'logs/important.log',
  '.env',
  '.env.local',
  'build/',
  'build/out.js',
  'pkg/build/',
  'secrets.env',
  'sub/secrets.env',
  'app/__pycache__/',
  'app/mod.pyc',
  'app/mod.py',
  'app/x$py.class',
  '.venv/',
  'ENV/',
  'pkg.egg-info/',
  'Debug/',
  'src/debug/',
  'bin/',
  'Bin/',
  'cabin/',
  'x64/',
  'app.suo',
  'notes~',
  '~$report.docx',
  'docs/_build/',
  'docs/_build/index.html',
  'src/a/generated/',
  'src/keep/generated/',
  'src/keep/generated/x.go',
  'tmp/',
  'a/b/tmp',
  'main.go',
  'cmd/',
  'cmd/main.go',
  'README.md',
  '#hash',
  '!bang',
  'space name',
  'trailing',
  'bom',
  'unclosed[ab',
  'unclosedb',
  'out/',
  'a.tmp',
  'cdk.out/',
  'cdk.out/manifest.json',
  'lib/app.json',
  'a.js/',
  'a.js/readme.txt',
  'src/js/util.ts',
  'bin/tool.sh',
  'cabin/door.txt',
  'src/index.ts',
  'build.gradle',
  'docs/_build.txt',
  'docs/_build/x/y.html',
  'important.log/',
  'important.log/x.txt',
]

describe('parseIgnoreFile', () => {
  it.each(Object.entries(FILES))(
    'answers exactly as the ignore package does for the %s file',
    (name, text) => {
      const reference = ignore({ ignorecase: false })
      const lines = text.split('\n')
      for (let i = 0; i < lines.length; i++) {
        const line = (lines[i] ?? '').replace(/\r$/, '')
        if (line.trim() === '' || line.startsWith('#')) continue
        reference.add({ pattern: line, mark: `${name}:${i + 1}` })
      }
      const file = parseIgnoreFile('', name, text)
      for (const path of PATHS) {
        const want = reference.test(path)
        const got = file.test(path)
        expect({ path, ...got }).toEqual({
          path,
          ignored: want.ignored,
          unignored: want.unignored,
          ...(want.rule?.mark !== undefined ? { mark: want.rule.mark } : {}),
        })
      }
    },
  )

  it('ignores something in the table, so the comparison above is not vacuous', () => {
    const file = parseIgnoreFile('web', 'web/.gitignore', FILES['node'] ?? '')
    expect(file.base).toBe('web')
    expect(file.test('dist/')).toEqual({
      ignored: true,
      unignored: false,
      mark: 'web/.gitignore:3',
    })
    expect(file.test('important.log')).toEqual({ ignored: false, unignored: true })
    expect(file.test('src/app.ts')).toEqual({ ignored: false, unignored: false })
  })
})

describe('IgnoreFile.mayMatchBelow and mayMatchName: the prefilter split at the last segment', () => {
  // Every path of the table and its directories, as (directory, name) pairs with and without a
  // trailing `/` (a directory entry is tested with one).
  const entries = PATHS.flatMap((p) => {
    const path = p.endsWith('/') ? p.slice(0, -1) : p
    const slash = path.lastIndexOf('/')
    return [{ path, slash, isDir: p.endsWith('/') }]
  })

  it.each(Object.entries(FILES))(
    'for the %s file: when neither may match, test() finds no rule',
    (name, text) => {
      const file = parseIgnoreFile('', name, text)
      let skipped = 0
      for (const { path, slash, isDir } of entries) {
        const may =
          file.mayMatchBelow(slash < 0 ? '' : path.slice(0, slash)) ||
          file.mayMatchName(path, slash + 1)
        const verdict = file.test(isDir ? `${path}/` : path)
        if (!may) {
          skipped++
          expect({ path, ...verdict }).toEqual({ path, ignored: false, unignored: false })
        }
      }
      // The split is not vacuous: some paths are passed over without a rule, except where a
      // rule has no literal text at all (`*`), which makes every path a candidate.
      if (name === 'wildcardOnly') expect(skipped).toBe(0)
      else expect(skipped).toBeGreaterThan(0)
    },
  )

  it('a directory whose own path holds a rule’s text makes every entry below it a candidate', () => {
    const file = parseIgnoreFile('', '.gitignore', 'build/\n*.log\n')
    expect(file.mayMatchBelow('src/build')).toBe(true)
    expect(file.mayMatchBelow('src/app')).toBe(false)
    expect(file.mayMatchName('src/app/debug.log', 8)).toBe(true)
    expect(file.mayMatchName('src/app/main.ts', 8)).toBe(false)
    // Text before the name does not count for the name: the directory is checked once.
    expect(file.mayMatchName('build/main.ts', 6)).toBe(false)
  })
})
