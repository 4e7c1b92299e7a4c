import { describe, expect, it } from 'vitest'
import { parseManifest } from '../../../../src/core/parse/manifests/index.js'

const PIPFILE = `[[source]]
url = "https://pypi.org/simple"
verify_ssl = true
name = "pypi"

[packages]
django = "~=5.0"
channels = {extras = ["daphne"], version = "*"}
"Django-Redis" = "*"

[dev-packages]
pytest = "*"
django = "*"

[requires]
python_version = "3.12"
`

describe('Pipfile', () => {
  it('reads [packages] and [dev-packages] with the right line for a name in both', () => {
    const { manifest, diagnostics } = parseManifest('web/Pipfile', PIPFILE, 'Pipfile')
    expect(diagnostics).toEqual([])
    expect(manifest?.dependencies.map((d) => [d.name, d.line, d.text, d.dev])).toEqual([
      ['django', 7, 'django = "~=5.0"', false],
      ['channels', 8, 'channels = {extras = ["daphne"], version = "*"}', false],
      ['django-redis', 9, '"Django-Redis" = "*"', false],
      ['pytest', 12, 'pytest = "*"', true],
      ['django', 13, 'django = "*"', true],
    ])
  })

  it('bad TOML → diagnostic with line and column, empty manifest', () => {
    const { manifest, diagnostics } = parseManifest('Pipfile', '[packages]\ndjango = \n', 'Pipfile')
    expect(diagnostics).toMatchObject([{ code: 'manifest-parse', path: 'Pipfile', line: 2 }])
    expect(diagnostics[0]?.column).toBeGreaterThan(0)
    expect(manifest?.dependencies).toEqual([])
  })
})
