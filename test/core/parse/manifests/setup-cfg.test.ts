import { describe, expect, it } from 'vitest'
import { parseManifest } from '../../../../src/core/parse/manifests/index.js'

const SETUP_CFG = `[metadata]
name = etl-jobs
version = 2.1.0

[options]
packages = find:
install_requires =
    pandas>=2.2
    pyarrow
    # a comment between requirements
    SQLAlchemy[asyncio]>=2.0
tests_require = pytest

[options.extras_require]
docs =
    sphinx
spark = pyspark>=3.5

[options.entry_points]
console_scripts =
    etl-run = etl.cli:main
`

describe('setup.cfg', () => {
  const { manifest, diagnostics } = parseManifest('jobs/setup.cfg', SETUP_CFG, 'setup.cfg')

  it('reads name, requirements on continuation lines, extras and scripts', () => {
    expect(diagnostics).toEqual([])
    expect(manifest?.name).toBe('etl-jobs')
    expect(manifest?.dependencies.map((d) => [d.name, d.line, d.text, d.dev])).toEqual([
      ['pandas', 8, 'pandas>=2.2', false],
      ['pyarrow', 9, 'pyarrow', false],
      ['sqlalchemy', 11, 'SQLAlchemy[asyncio]>=2.0', false],
      ['pytest', 12, 'pytest', true],
      ['sphinx', 16, 'sphinx', true],
      ['pyspark', 17, 'pyspark>=3.5', false],
    ])
    expect(manifest?.entrypoints).toEqual([
      { path: 'jobs/setup.cfg', line: 21, detail: 'console_scripts: etl-run = etl.cli:main' },
    ])
  })

  it('a line outside any section is a diagnostic with its line', () => {
    const { diagnostics } = parseManifest(
      'setup.cfg',
      'garbage line\n[metadata]\nname = x\n',
      'setup.cfg',
    )
    expect(diagnostics).toMatchObject([{ code: 'manifest-parse', line: 1, path: 'setup.cfg' }])
  })
})
