import { describe, expect, it } from 'vitest'
import { parseManifest } from '../../../../src/core/parse/manifests/index.js'

const CARGO = `[package]
name = "edge-proxy"
version = "0.4.0"
edition = "2021"

[dependencies]
tokio = { version = "1.38", features = ["full"] }
axum = "0.7"
candle = { package = "candle-core", version = "0.6" }

[dependencies.serde]
version = "1"
features = ["derive"]

[dev-dependencies]
tokio = { version = "1.38", features = ["test-util"] }
criterion = "0.5"

[build-dependencies]
prost-build = "0.12"

[target.'cfg(unix)'.dependencies]
nix = "0.29"

[[bin]]
name = "edge-proxy"
path = "src/main.rs"

[[bin]]
name = "edge-admin"
path = "src/bin/admin.rs"
`

describe('Cargo.toml', () => {
  const { manifest, diagnostics } = parseManifest('proxy/Cargo.toml', CARGO, 'Cargo.toml')

  it('reads dependencies from every table with the line of their own table', () => {
    expect(diagnostics).toEqual([])
    expect(manifest?.name).toBe('edge-proxy')
    expect(manifest?.dependencies.map((d) => [d.name, d.line, d.dev])).toEqual([
      ['tokio', 7, false],
      ['axum', 8, false],
      ['candle-core', 9, false],
      ['serde', 11, false],
      ['tokio', 16, true],
      ['criterion', 17, true],
      ['prost-build', 20, false],
      ['nix', 23, false],
    ])
    expect(manifest?.dependencies[0]?.text).toBe(
      'tokio = { version = "1.38", features = ["full"] }',
    )
    expect(manifest?.dependencies.every((d) => d.ecosystem === 'cargo')).toBe(true)
  })

  it('lists each [[bin]] as an entry point at its header', () => {
    expect(manifest?.entrypoints).toEqual([
      { path: 'proxy/Cargo.toml', line: 25, detail: '[[bin]] name = "edge-proxy"' },
      { path: 'proxy/Cargo.toml', line: 29, detail: '[[bin]] name = "edge-admin"' },
    ])
    expect(manifest?.workspaceOnly).toBe(false)
  })

  it('a virtual workspace lists members and is workspace-only', () => {
    const text =
      '[workspace]\nresolver = "2"\nmembers = [\n  "crates/*",\n  "services/gateway",\n]\n\n[workspace.dependencies]\nserde = "1"\n'
    const { manifest: m } = parseManifest('Cargo.toml', text, 'Cargo.toml')
    expect(m?.workspaceMembers).toEqual(['crates/*', 'services/gateway'])
    expect(m?.workspaceOnly).toBe(true)
    expect(m?.dependencies).toEqual([])
  })

  it('bad TOML → diagnostic with line, empty manifest', () => {
    const { manifest: m, diagnostics: d } = parseManifest(
      'Cargo.toml',
      '[package]\nname = "x\n',
      'Cargo.toml',
    )
    expect(d).toMatchObject([{ code: 'manifest-parse', path: 'Cargo.toml', line: 2 }])
    expect(m?.dependencies).toEqual([])
  })
})
