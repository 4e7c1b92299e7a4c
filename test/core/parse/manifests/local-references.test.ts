import { describe, expect, it } from 'vitest'
import { parseManifest } from '../../../../src/core/parse/manifests/index.js'
import { localTarget } from '../../../../src/core/parse/manifests/common.js'

describe('localTarget', () => {
  it.each([
    ['src/Api/Api.csproj', '..\\Bus\\Bus.csproj', true, 'src/Bus'],
    ['src/Api/Api.csproj', 'Lib/Lib.csproj', true, 'src/Api/Lib'],
    ['backends/x/Cargo.toml', '../../router', false, 'router'],
    ['backends/x/Cargo.toml', './', false, 'backends/x'],
    ['Cargo.toml', 'crates/core/', false, 'crates/core'],
    ['x/Cargo.toml', '..', false, '.'],
    ['x/Cargo.toml', '../../outside', false, undefined],
    ['x/Cargo.toml', '/abs/path', false, undefined],
    ['x/A.csproj', 'C:\\src\\B.csproj', true, undefined],
    ['x/A.csproj', '$(RepoRoot)/B/B.csproj', true, undefined],
  ])('%s + %s → %s', (manifest, written, file, want) => {
    expect(localTarget(manifest, written, file)).toBe(want)
  })
})

const CSPROJ = `<Project Sdk="Microsoft.NET.Sdk.Web">
  <ItemGroup>
    <ProjectReference Include="..\\EventBus.RabbitMQ\\EventBus.RabbitMQ.csproj" />
    <ProjectReference Include="../Shared/Shared.csproj" PrivateAssets="all" />
    <PackageReference Include="Npgsql" />
  </ItemGroup>
</Project>
`

describe('csproj ProjectReference', () => {
  it('records each reference with its line, resolved directory and name', () => {
    const { manifest } = parseManifest('src/Ordering/Ordering.csproj', CSPROJ, 'csproj')
    expect(manifest?.localReferences?.map((r) => [r.name, r.target, r.line, r.via, r.dev])).toEqual(
      [
        ['EventBus.RabbitMQ', 'src/EventBus.RabbitMQ', 3, 'ProjectReference', false],
        ['Shared', 'src/Shared', 4, 'ProjectReference', true],
      ],
    )
    expect(manifest?.dependencies.map((d) => d.name)).toEqual(['Npgsql'])
  })

  it('has no localReferences when there is none', () => {
    const { manifest } = parseManifest(
      'a/A.csproj',
      '<Project Sdk="Microsoft.NET.Sdk" />',
      'csproj',
    )
    expect(manifest?.localReferences).toBeUndefined()
  })
})

const MEMBER = `[package]
name = "backend"

[dependencies]
router = { path = "../../router" }
tokenizers.workspace = true
hf-hub = { workspace = true }
tokio = "1"

[dev-dependencies]
test-utils = { path = "../../test-utils" }
`

const ROOT = `[workspace]
members = ["router", "backends/x"]

[workspace.dependencies]
tokenizers = "0.20"
shared-core = { path = "crates/core" }
`

describe('Cargo in-repository dependencies', () => {
  it('records path dependencies with their directory and workspace ones without', () => {
    const { manifest } = parseManifest('backends/x/Cargo.toml', MEMBER, 'Cargo.toml')
    expect(manifest?.localReferences?.map((r) => [r.name, r.target, r.line, r.via, r.dev])).toEqual(
      [
        ['router', 'router', 5, 'path dependency', false],
        ['tokenizers', undefined, 6, 'workspace dependency', false],
        ['hf-hub', undefined, 7, 'workspace dependency', false],
        ['test-utils', 'test-utils', 11, 'path dependency', true],
      ],
    )
  })

  it('cites a dotted key at its own line, not at its table header', () => {
    const { manifest } = parseManifest('backends/x/Cargo.toml', MEMBER, 'Cargo.toml')
    const tokenizers = manifest?.dependencies.find((d) => d.name === 'tokenizers')
    expect([tokenizers?.line, tokenizers?.text]).toEqual([6, 'tokenizers.workspace = true'])
  })

  it("keeps the workspace root's path entries as workspaceTable references", () => {
    const { manifest } = parseManifest('Cargo.toml', ROOT, 'Cargo.toml')
    expect(manifest?.localReferences).toEqual([
      {
        name: 'shared-core',
        target: 'crates/core',
        path: 'Cargo.toml',
        line: 6,
        text: 'shared-core = { path = "crates/core" }',
        via: 'path dependency',
        dev: false,
        workspaceTable: true,
      },
    ])
  })
})

describe('go.mod local replace', () => {
  const GOMOD = `module example.com/orders

go 1.22

require (
	example.com/bus v0.0.0
	example.com/unused v0.0.0 // indirect
	github.com/google/uuid v1.6.0
)

replace example.com/bus => ../bus

replace example.com/unused => ../unused

replace github.com/google/uuid => github.com/fork/uuid v1.6.1
`
  it('records a directory replacement of a directly required module only', () => {
    const { manifest } = parseManifest('services/orders/go.mod', GOMOD, 'go.mod')
    expect(manifest?.localReferences?.map((r) => [r.name, r.target, r.line, r.via])).toEqual([
      ['example.com/bus', 'services/bus', 11, 'replace'],
    ])
  })
})

describe('package.json file: and workspace: dependencies', () => {
  const PKG = `{
  "name": "orders",
  "dependencies": {
    "@acme/bus": "workspace:*",
    "shared": "file:../shared",
    "express": "^4.19.0"
  },
  "devDependencies": {
    "@acme/test-utils": "workspace:^"
  }
}
`
  it('records file: with its directory and workspace: by name; dev ones marked', () => {
    const { manifest } = parseManifest('apps/orders/package.json', PKG, 'package.json')
    expect(
      manifest?.localReferences?.map((r) => [r.name, r.target, r.byName, r.line, r.dev]),
    ).toEqual([
      ['@acme/bus', undefined, true, 4, false],
      ['shared', 'apps/shared', undefined, 5, false],
      ['@acme/test-utils', undefined, true, 9, true],
    ])
  })
})
