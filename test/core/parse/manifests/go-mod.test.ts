import { describe, expect, it } from 'vitest'
import { parseManifest } from '../../../../src/core/parse/manifests/index.js'

const GO_MOD = `module github.com/acme/recommender

go 1.22.3

toolchain go1.22.4

require github.com/gin-gonic/gin v1.10.0

require (
	github.com/sashabaranov/go-openai v1.24.1
	// a comment line inside the block
	gorgonia.org/gorgonia v0.9.17 // pinned for tensor ops
	"github.com/pgvector/pgvector-go" v0.1.1
	golang.org/x/sync v0.7.0 // indirect
)

replace github.com/sashabaranov/go-openai => ../forks/go-openai

exclude golang.org/x/net v0.1.0

tool golang.org/x/tools/cmd/stringer
`

describe('go.mod', () => {
  const { manifest, diagnostics } = parseManifest('svc/recommender/go.mod', GO_MOD, 'go.mod')

  it('reads the module path as the name', () => {
    expect(manifest?.name).toBe('github.com/acme/recommender')
    expect(diagnostics).toEqual([])
  })

  it('lists every require with its own line, text and indirect flag, and nothing from replace/exclude/tool', () => {
    expect(manifest?.dependencies.map((d) => [d.name, d.line, d.text, d.indirect])).toEqual([
      ['github.com/gin-gonic/gin', 7, 'require github.com/gin-gonic/gin v1.10.0', false],
      ['github.com/sashabaranov/go-openai', 10, 'github.com/sashabaranov/go-openai v1.24.1', false],
      [
        'gorgonia.org/gorgonia',
        12,
        'gorgonia.org/gorgonia v0.9.17 // pinned for tensor ops',
        false,
      ],
      ['github.com/pgvector/pgvector-go', 13, '"github.com/pgvector/pgvector-go" v0.1.1', false],
      ['golang.org/x/sync', 14, 'golang.org/x/sync v0.7.0 // indirect', true],
    ])
    expect(
      manifest?.dependencies.every(
        (d) => d.ecosystem === 'go' && !d.dev && d.path === 'svc/recommender/go.mod',
      ),
    ).toBe(true)
  })

  it('is not a workspace', () => {
    expect(manifest?.workspaceMembers).toEqual([])
    expect(manifest?.workspaceOnly).toBe(false)
  })

  it('reports an unclosed require block with its line and keeps what came before', () => {
    const broken = parseManifest(
      'go.mod',
      'module x\n\nrequire github.com/a/b v1.0.0\nrequire (\n\tgithub.com/c/d v1.0.0\n',
      'go.mod',
    )
    expect(broken.diagnostics).toMatchObject([
      { code: 'manifest-parse', severity: 'warning', path: 'go.mod', line: 4 },
    ])
    expect(broken.diagnostics[0]?.message).toContain('go.mod')
    expect(broken.manifest?.dependencies.map((d) => d.name)).toEqual([
      'github.com/a/b',
      'github.com/c/d',
    ])
  })

  it('reports a require without a version', () => {
    const broken = parseManifest('go.mod', 'module x\nrequire github.com/a/b\n', 'go.mod')
    expect(broken.diagnostics).toMatchObject([{ code: 'manifest-parse', line: 2 }])
    expect(broken.manifest?.dependencies).toEqual([])
  })
})

describe('go.work', () => {
  it('lists use directives in both forms and is workspace-only', () => {
    const text = `go 1.22

use ./services/gateway

use (
	./services/ranker // the ML one
	"./libs/shared"
)

replace example.com/x => ./x
`
    const { manifest, diagnostics } = parseManifest('go.work', text, 'go.work')
    expect(diagnostics).toEqual([])
    expect(manifest?.workspaceMembers).toEqual([
      './services/gateway',
      './services/ranker',
      './libs/shared',
    ])
    expect(manifest?.workspaceOnly).toBe(true)
    expect(manifest?.dependencies).toEqual([])
  })
})
