import { describe, expect, it } from 'vitest'
import { parseManifest } from '../../../../src/core/parse/manifests/index.js'

const PEP621 = `[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "ranker-service"
version = "0.3.0"
description = "dependencies = ['not', 'these']"
dependencies = [
    "fastapi[standard]>=0.110",
    'torch==2.3.0; sys_platform != "darwin"',
    "Sentence_Transformers>=2.7",  # embeddings
    "zope.interface",
]

[project.optional-dependencies]
dev = ["pytest>=8", "ruff"]
gpu = ["onnxruntime-gpu>=1.17"]

[project.scripts]
ranker = "ranker.main:cli"
ranker-worker = "ranker.worker:run"

[dependency-groups]
test = ["pytest-asyncio", {include-group = "lint"}]
lint = ["mypy"]
serve = ["uvicorn"]

[tool.uv]
dev-dependencies = ["ipython"]
`

describe('pyproject.toml (PEP 621, PEP 735, uv)', () => {
  const { manifest, diagnostics } = parseManifest(
    'svc/ranker/pyproject.toml',
    PEP621,
    'pyproject.toml',
  )

  it('parses without diagnostics and reads the name', () => {
    expect(diagnostics).toEqual([])
    expect(manifest?.name).toBe('ranker-service')
  })

  it('gives every dependency its normalised name, array-element line, text and dev flag', () => {
    expect(manifest?.dependencies.map((d) => [d.name, d.line, d.text, d.dev])).toEqual([
      ['fastapi', 10, 'fastapi[standard]>=0.110', false],
      ['torch', 11, 'torch==2.3.0; sys_platform != "darwin"', false],
      ['sentence-transformers', 12, 'Sentence_Transformers>=2.7', false],
      ['zope-interface', 13, 'zope.interface', false],
      ['pytest', 17, 'pytest>=8', true],
      ['ruff', 17, 'ruff', true],
      ['onnxruntime-gpu', 18, 'onnxruntime-gpu>=1.17', false],
      ['pytest-asyncio', 25, 'pytest-asyncio', true],
      ['mypy', 26, 'mypy', true],
      ['uvicorn', 27, 'uvicorn', false],
      ['ipython', 30, 'ipython', true],
    ])
    expect(manifest?.dependencies.every((d) => d.ecosystem === 'pypi' && !d.indirect)).toBe(true)
  })

  it('lists [project.scripts] as entry points with their lines', () => {
    expect(manifest?.entrypoints).toEqual([
      {
        path: 'svc/ranker/pyproject.toml',
        line: 21,
        detail: '[project.scripts] ranker = "ranker.main:cli"',
      },
      {
        path: 'svc/ranker/pyproject.toml',
        line: 22,
        detail: '[project.scripts] ranker-worker = "ranker.worker:run"',
      },
    ])
  })
})

const POETRY = `[tool.poetry]
name = "chat-gateway"
version = "1.0.0"

[tool.poetry.dependencies]
python = "^3.11"
Flask = "^3.0"
openai = { version = "^1.30", extras = ["datalib"] }
"langchain-community" = "^0.2"

[tool.poetry.group.dev.dependencies]
pytest = "^8.0"

[tool.poetry.group.ml.dependencies]
flask = "^3.0"
scikit_learn = "^1.5"

[tool.poetry.dev-dependencies]
black = "*"

[tool.poetry.scripts]
gateway = "chat_gateway.app:main"
`

describe('pyproject.toml (Poetry)', () => {
  const { manifest } = parseManifest('pyproject.toml', POETRY, 'pyproject.toml')

  it('reads Poetry tables, skips python, and tells duplicate names apart by table', () => {
    expect(manifest?.name).toBe('chat-gateway')
    expect(manifest?.dependencies.map((d) => [d.name, d.line, d.text, d.dev])).toEqual([
      ['flask', 7, 'Flask = "^3.0"', false],
      ['openai', 8, 'openai = { version = "^1.30", extras = ["datalib"] }', false],
      ['langchain-community', 9, '"langchain-community" = "^0.2"', false],
      ['black', 19, 'black = "*"', true],
      ['pytest', 12, 'pytest = "^8.0"', true],
      ['flask', 15, 'flask = "^3.0"', false],
      ['scikit-learn', 16, 'scikit_learn = "^1.5"', false],
    ])
  })

  it('lists [tool.poetry.scripts] as entry points', () => {
    expect(manifest?.entrypoints).toEqual([
      {
        path: 'pyproject.toml',
        line: 22,
        detail: '[tool.poetry.scripts] gateway = "chat_gateway.app:main"',
      },
    ])
  })
})

describe('pyproject.toml (uv workspace root)', () => {
  it('reads members and is workspace-only without [project]', () => {
    const text =
      '[tool.uv.workspace]\nmembers = ["packages/*", "services/api"]\nexclude = ["packages/legacy"]\n'
    const { manifest } = parseManifest('pyproject.toml', text, 'pyproject.toml')
    expect(manifest?.workspaceMembers).toEqual(['packages/*', 'services/api'])
    expect(manifest?.workspaceOnly).toBe(true)
  })

  it('is not workspace-only when the root is also a project', () => {
    const text = '[project]\nname = "root"\n\n[tool.uv.workspace]\nmembers = ["libs/*"]\n'
    const { manifest } = parseManifest('pyproject.toml', text, 'pyproject.toml')
    expect(manifest?.workspaceMembers).toEqual(['libs/*'])
    expect(manifest?.workspaceOnly).toBe(false)
  })
})

describe('pyproject.toml (broken)', () => {
  it.each([
    ['unclosed array', '[project]\nname = "x"\ndependencies = [\n  "torch",\n', 5],
    ['bad key', '[project]\nname = "x"\n= "oops"\n', 3],
    ['duplicate table', '[project]\nname = "a"\n[project]\nname = "b"\n', 3],
  ])('%s → diagnostic with line, empty manifest', (_, text, line) => {
    const { manifest, diagnostics } = parseManifest('svc/pyproject.toml', text, 'pyproject.toml')
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({
      code: 'manifest-parse',
      severity: 'warning',
      path: 'svc/pyproject.toml',
      line,
    })
    expect(diagnostics[0]?.message).toMatch(/svc\/pyproject\.toml.*TOML/)
    expect(manifest).toMatchObject({ type: 'pyproject.toml', dependencies: [] })
  })
})
