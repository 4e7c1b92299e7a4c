import { describe, expect, it } from 'vitest'
import type { ManifestType } from '../../../../src/core/facts.js'
import { manifestTypeOf, parseManifest } from '../../../../src/core/parse/manifests/index.js'

describe('manifestTypeOf', () => {
  it.each<[string, ManifestType | undefined]>([
    ['go.mod', 'go.mod'],
    ['services/api/go.mod', 'go.mod'],
    ['go.work', 'go.work'],
    ['ml/pyproject.toml', 'pyproject.toml'],
    ['setup.py', 'setup.py'],
    ['lib/setup.cfg', 'setup.cfg'],
    ['Pipfile', 'Pipfile'],
    ['Pipfile.lock', undefined],
    ['web/package.json', 'package.json'],
    ['pnpm-workspace.yaml', 'pnpm-workspace.yaml'],
    ['crates/x/Cargo.toml', 'Cargo.toml'],
    ['Cargo.lock', undefined],
    ['java/pom.xml', 'pom.xml'],
    ['app/build.gradle', 'build.gradle'],
    ['app/build.gradle.kts', 'build.gradle'],
    ['settings.gradle', undefined],
    ['src/Api/Api.csproj', 'csproj'],
    ['Gemfile', 'Gemfile'],
    ['Gemfile.lock', undefined],
    ['composer.json', 'composer.json'],
    ['mix.exs', 'mix.exs'],
    ['package-lock.json', undefined],
    ['src/main.go', undefined],
    ['docs/go.mod.md', undefined],
  ])('%s → %s', (path, type) => {
    expect(manifestTypeOf(path)).toBe(type)
  })
})

const ALL_TYPES: ManifestType[] = [
  'go.mod',
  'go.work',
  'pyproject.toml',
  'setup.py',
  'setup.cfg',
  'requirements.txt',
  'Pipfile',
  'package.json',
  'pnpm-workspace.yaml',
  'Cargo.toml',
  'pom.xml',
  'build.gradle',
  'csproj',
  'Gemfile',
  'composer.json',
  'mix.exs',
  'Dockerfile',
]

const BAD_INPUTS: [string, string][] = [
  ['empty', ''],
  ['garbage bytes', '\u0000\u0001\u0002\ufffd\ufffd[[{{"\'\'\'"""\\\n<<<\n)))'],
  ['unterminated quotes', '"""\n\'\'\'\n"\n`\n/*\n<!--\n<<EOF\n'],
  ['deep brackets', '['.repeat(5000) + '{'.repeat(5000)],
]

describe('parseManifest never throws', () => {
  for (const type of ALL_TYPES) {
    it.each(BAD_INPUTS)(
      `${type}: %s → a manifest of the type, diagnostics well-formed`,
      (_, text) => {
        const result = parseManifest(`x/${type}`, text, type)
        expect(result.manifest?.type).toBe(type)
        expect(result.manifest?.path).toBe(`x/${type}`)
        for (const d of result.diagnostics) {
          expect(d).toMatchObject({
            code: 'manifest-parse',
            severity: 'warning',
            path: `x/${type}`,
          })
          expect(d.message).toContain(`x/${type}`)
        }
      },
    )
  }

  it.each<[ManifestType, string]>([
    ['pyproject.toml', '[project\nname = "x"\n'],
    ['Pipfile', '[packages]\nflask = = "*"\n'],
    ['Cargo.toml', '[package]\nname = "x"\nname = "y"\n'],
    ['package.json', '{"name": "x",\n"dependencies": {\n'],
    ['composer.json', '{"require": ["x"]'],
    ['pnpm-workspace.yaml', 'packages:\n  - a\n - b\n'],
  ])('%s with a syntax error → one diagnostic with a line', (type, text) => {
    const { diagnostics } = parseManifest(`x/${type}`, text, type)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]?.line).toBeGreaterThan(0)
  })
})
