/**
 * A service gets the strong signals of the in-repository libraries it references by path
 * (src/core/3-detect/inherited-signals.ts): .csproj ProjectReference and Cargo path / workspace
 * dependencies, transitively and cycle-safe, never from a service, never through a dev reference.
 */
import { describe, expect, it } from 'vitest'
import { analyze } from '../../../src/core/pipeline.js'
import type { Service, Signal } from '../../../src/core/model.js'
import { memoryRepo } from '../../support/memory-repo.js'

const WEB = (refs: string, packages = ''): string => `<Project Sdk="Microsoft.NET.Sdk.Web">
  <ItemGroup>
${refs}${packages}  </ItemGroup>
</Project>
`
const LIB = (refs: string, packages: string): string => `<Project Sdk="Microsoft.NET.Sdk">
  <ItemGroup>
${refs}${packages}  </ItemGroup>
</Project>
`
const ref = (path: string, extra = ''): string =>
  `    <ProjectReference Include="${path}"${extra} />\n`
const pkg = (id: string): string => `    <PackageReference Include="${id}" />\n`
const PROGRAM = 'var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n'

const DOTNET = memoryRepo({
  'src/Orders/Orders.csproj': WEB(ref('..\\EventBus.Rabbit\\EventBus.Rabbit.csproj')),
  'src/Orders/Program.cs': PROGRAM,
  // Reaches the broker only through Shared → EventBus.Rabbit: transitive, weak.
  'src/Basket/Basket.csproj': WEB(ref('../Shared/Shared.csproj')),
  'src/Basket/Program.cs': PROGRAM,
  // A dev-only reference lends nothing.
  'src/Audit/Audit.csproj': WEB(
    ref('../EventBus.Rabbit/EventBus.Rabbit.csproj', ' PrivateAssets="all"'),
  ),
  'src/Audit/Program.cs': PROGRAM,
  // References a service: takes none of its workload.
  'src/Gateway/Gateway.csproj': WEB(ref('../Ranker/Ranker.csproj')),
  'src/Gateway/Program.cs': PROGRAM,
  'src/Ranker/Ranker.csproj': WEB('', pkg('Microsoft.ML.OnnxRuntime')),
  'src/Ranker/Program.cs': PROGRAM,
  'src/EventBus.Rabbit/EventBus.Rabbit.csproj': LIB(
    ref('../Shared/Shared.csproj'),
    pkg('RabbitMQ.Client') + pkg('Grpc.Net.Client'),
  ),
  'src/EventBus.Rabbit/Bus.cs': 'namespace Bus;\npublic class Bus {}\n',
  // A cycle back to EventBus.Rabbit: the walk ends.
  'src/Shared/Shared.csproj': LIB(ref('../EventBus.Rabbit/EventBus.Rabbit.csproj'), ''),
  'src/Shared/Shared.cs': 'namespace Shared;\npublic class Shared {}\n',
})

const CARGO = memoryRepo({
  'Cargo.toml': `[workspace]
members = ["router", "backends/a", "backends/b"]

[workspace.dependencies]
router-core = { path = "router" }
tokenizers = "0.20"
`,
  'router/Cargo.toml': `[package]
name = "router-core"

[dependencies]
tokio-tungstenite = "0.21"
`,
  'router/src/lib.rs': 'pub fn run() {}\n',
  'backends/a/Cargo.toml': `[package]
name = "backend-a"

[dependencies]
router-core = { path = "../../router" }
`,
  'backends/a/src/main.rs': 'fn main() {}\n',
  'backends/b/Cargo.toml': `[package]
name = "backend-b"

[dependencies]
router-core.workspace = true
tokenizers = { workspace = true }
`,
  'backends/b/src/main.rs': 'fn main() {}\n',
})

function service(services: Service[], root: string): Service {
  const found = services.find((s) => s.root === root)
  if (!found) throw new Error(`no unit ${root}: ${services.map((s) => s.root).join(', ')}`)
  return found
}

function signal(services: Service[], root: string, id: string): Signal | undefined {
  return service(services, root).signals.find((s) => s.id === id)
}

const BROKER = 'concurrency.message-broker'

describe('signals lent by in-repository libraries', () => {
  const { services } = analyze(DOTNET)

  it('gives a service its directly referenced library’s strong signal, reference line first', () => {
    expect(service(services, 'src/EventBus.Rabbit').kind).toBe('library')
    const lent = signal(services, 'src/Orders', BROKER)
    expect(lent?.strength).toBe('strong')
    expect(lent?.evidence[0]).toEqual({
      path: 'src/Orders/Orders.csproj',
      line: 3,
      detail: 'ProjectReference EventBus.Rabbit',
    })
    expect(lent?.evidence.slice(1)).toEqual(
      signal(services, 'src/EventBus.Rabbit', BROKER)?.evidence,
    )
  })

  it.each([
    ['src/Basket', 'through another library: weak, with both reference lines', 'weak'],
    ['src/Audit', 'through a dev-only reference: nothing', undefined],
    ['src/Gateway', 'from a referenced service: nothing', undefined],
    ['src/Shared', 'to a library: nothing (libraries only lend)', undefined],
  ] as const)('%s — %s', (root, _why, strength) => {
    const id = root === 'src/Gateway' ? 'ai-ml.inference' : BROKER
    if (root === 'src/Gateway') expect(signal(services, 'src/Ranker', id)?.strength).toBe('strong')
    expect(signal(services, root, id)?.strength).toBe(strength)
  })

  it('cites every reference on the way for a transitive signal', () => {
    expect(
      signal(services, 'src/Basket', BROKER)
        ?.evidence.slice(0, 2)
        .map((e) => e.detail),
    ).toEqual(['ProjectReference Shared', 'ProjectReference EventBus.Rabbit'])
  })

  it('lends only strong signals: the library’s weak ones stay its own', () => {
    const weak = service(services, 'src/EventBus.Rabbit').signals.filter(
      (s) => s.strength === 'weak',
    )
    expect(weak.map((s) => s.id)).toContain('concurrency.grpc-streaming')
    for (const s of weak) {
      expect(signal(services, 'src/Orders', s.id)).toBeUndefined()
    }
  })
})

describe('Cargo path and workspace references', () => {
  const { services } = analyze(CARGO)

  it.each([
    ['backends/a', 'backends/a/Cargo.toml', 5, 'path dependency router-core'],
    ['backends/b', 'backends/b/Cargo.toml', 5, 'workspace dependency router-core'],
  ])('%s inherits the router library’s realtime signal', (root, path, line, detail) => {
    expect(service(services, 'router').kind).toBe('library')
    const lent = signal(services, root, 'concurrency.realtime')
    expect(lent?.strength).toBe('strong')
    expect(lent?.evidence[0]).toEqual({ path, line, detail })
  })
})

describe('go.mod replace and npm workspace references', () => {
  it.each([
    [
      'go',
      {
        'services/orders/go.mod':
          'module example.com/orders\n\ngo 1.22\n\nrequire example.com/bus v0.0.0\n\nreplace example.com/bus => ../../libs/bus\n',
        'services/orders/main.go':
          'package main\n\nimport "net/http"\n\nfunc main() { http.ListenAndServe(":8080", nil) }\n',
        'libs/bus/go.mod':
          'module example.com/bus\n\ngo 1.22\n\nrequire github.com/segmentio/kafka-go v0.4.47\n',
        'libs/bus/bus.go': 'package bus\n\nimport _ "github.com/segmentio/kafka-go"\n',
      },
      'services/orders',
      { path: 'services/orders/go.mod', line: 7, detail: 'replace example.com/bus' },
    ],
    [
      'npm',
      {
        'package.json': '{ "private": true, "workspaces": ["apps/*", "libs/*"] }\n',
        'apps/orders/package.json':
          '{\n  "name": "orders",\n  "scripts": { "start": "node server.js" },\n  "dependencies": {\n    "@acme/bus": "workspace:*",\n    "express": "^4.19.0"\n  }\n}\n',
        'apps/orders/server.js': "const express = require('express')\nexpress().listen(3000)\n",
        'libs/bus/package.json':
          '{\n  "name": "@acme/bus",\n  "dependencies": { "kafkajs": "^2.2.4" }\n}\n',
        'libs/bus/index.js': "module.exports = require('kafkajs')\n",
      },
      'apps/orders',
      { path: 'apps/orders/package.json', line: 5, detail: 'workspace dependency @acme/bus' },
    ],
  ] as const)('%s: the service inherits the library’s broker', (_eco, tree, root, first) => {
    const { services } = analyze(memoryRepo({ ...tree }))
    expect(services.find((s) => s.root !== root && s.kind === 'library')).toBeDefined()
    const lent = signal(services, root, BROKER)
    expect(lent?.strength).toBe('strong')
    expect(lent?.evidence[0]).toEqual(first)
  })
})
