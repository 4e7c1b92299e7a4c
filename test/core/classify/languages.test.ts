import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXTENSION_ENTRIES } from '../../../src/core/2-classify/language-table.generated.js'
import {
  AMBIGUOUS_EXTENSIONS,
  BUILD_LANGUAGES,
  languageByAlias,
  linguistLanguageOf,
  programmingLanguageOf,
} from '../../../src/core/2-classify/languages.js'

const root = join(import.meta.dirname, '..', '..', '..')

describe('programmingLanguageOf', () => {
  it.each([
    ['services/api/main.go', 'Go'],
    ['ml/train.py', 'Python'],
    ['web/src/App.tsx', 'TypeScript'],
    ['web/src/index.ts', 'TypeScript'],
    ['web/src/index.mjs', 'JavaScript'],
    ['web/src/types.d.ts', 'TypeScript'],
    ['lib/src/lib.rs', 'Rust'],
    ['native/vec.h', 'C'],
    ['scripts/deploy.pl', 'Perl'],
    ['analysis/model.R', 'R'],
    ['Dockerfile', 'Dockerfile'],
    ['build/Makefile', 'Makefile'],
    ['tools/run.sh.in', 'Shell'],
    ['App.CS', 'C#'],
    // not code: prose, data, markup, model files and unknown names
    ['README.md', undefined],
    ['go.mod', undefined],
    ['go.sum', undefined],
    ['package.json', undefined],
    ['config.yaml', undefined],
    ['db/001_init.sql', undefined],
    ['model/weights.pkl', undefined],
    ['web/index.html', undefined],
    ['notes/explore.ipynb', undefined],
    ['LICENSE', undefined],
    ['.env', undefined],
  ])('%s → %s', (path, language) => {
    expect(programmingLanguageOf(path)).toBe(language)
  })

  it('knows what a non-code file is, so that it is not mistaken for code', () => {
    expect(linguistLanguageOf('README.md')).toBe('Markdown')
    expect(linguistLanguageOf('go.mod')).toBe('Go Module')
  })

  it.each([
    ['python', 'Python'],
    ['Python', 'Python'],
    ['R', 'R'],
    ['julia', 'Julia'],
    ['scala', 'Scala'],
    ['no-such-language', undefined],
  ])('resolves the kernel language %s to %s', (alias, language) => {
    expect(languageByAlias(alias)).toBe(language)
  })
})

describe('the ambiguity table', () => {
  const candidates = new Map(EXTENSION_ENTRIES)

  it.each(AMBIGUOUS_EXTENSIONS.map((a) => [a.extension, a.language]))(
    "%s → %s is one of linguist's candidates for it",
    (extension, language) => {
      expect(candidates.get(extension)).toContain(language)
    },
  )

  it.each([
    '.h',
    '.m',
    '.pl',
    '.ts',
    '.tsx',
    '.r',
    '.rs',
    '.cs',
    '.md',
    '.sql',
    '.fs',
    '.php',
    '.pm',
    '.inc',
  ])('covers the common ambiguous extension %s', (extension) => {
    expect((candidates.get(extension) ?? []).length).toBeGreaterThan(1)
    expect(AMBIGUOUS_EXTENSIONS.map((a) => a.extension)).toContain(extension)
  })

  it('lists build languages that linguist knows as programming languages', () => {
    for (const name of BUILD_LANGUAGES) {
      expect(
        [...candidates.values()].some((names) => names.includes(name)) || name === 'Just',
      ).toBe(true)
    }
  })
})

describe('the generated language table', () => {
  it('equals what scripts/gen-language-table.mjs produces from the installed linguist-languages', () => {
    // Exits 1 with a message when the committed file is stale.
    expect(() =>
      execFileSync(process.execPath, [join(root, 'scripts', 'gen-language-table.mjs'), '--check'], {
        stdio: 'pipe',
      }),
    ).not.toThrow()
  })
})
