import { describe, expect, it } from 'vitest'
import { parseManifest } from '../../../../src/core/parse/manifests/index.js'

const PACKAGE_JSON = `{
  "name": "@acme/chat-api",
  "version": "1.4.0",
  "main": "dist/server.js",
  "bin": { "chat-admin": "dist/cli.js" },
  "scripts": {
    "build": "tsc -p .",
    "start": "node dist/server.js",
    "serve": "node dist/server.js --watch"
  },
  "dependencies": {
    "openai": "^4.0.0",
    "@langchain/openai": "^0.2.1",
    "ws": "^8.17.0"
  },
  "devDependencies": {
    "openai": "^4.0.0",
    "vitest": "^1.6.0"
  },
  "peerDependencies": { "react": ">=18" },
  "optionalDependencies": {
    "bufferutil": "^4.0.8"
  }
}
`

describe('package.json', () => {
  const { manifest, diagnostics } = parseManifest(
    'apps/chat/package.json',
    PACKAGE_JSON,
    'package.json',
  )

  it('gives each dependency the line of its own section, telling dependencies from devDependencies', () => {
    expect(diagnostics).toEqual([])
    expect(manifest?.name).toBe('@acme/chat-api')
    expect(manifest?.dependencies.map((d) => [d.name, d.line, d.text, d.dev])).toEqual([
      ['openai', 12, '"openai": "^4.0.0",', false],
      ['@langchain/openai', 13, '"@langchain/openai": "^0.2.1",', false],
      ['ws', 14, '"ws": "^8.17.0"', false],
      ['openai', 17, '"openai": "^4.0.0",', true],
      ['vitest', 18, '"vitest": "^1.6.0"', true],
      ['react', 20, '"peerDependencies": { "react": ">=18" },', false],
      ['bufferutil', 22, '"bufferutil": "^4.0.8"', false],
    ])
  })

  it('lists bin, start/serve scripts and main as entry points saying which', () => {
    expect(manifest?.entrypoints.map((e) => [e.line, e.detail])).toEqual([
      [5, 'bin chat-admin: dist/cli.js'],
      [8, 'scripts.start: node dist/server.js'],
      [9, 'scripts.serve: node dist/server.js --watch'],
      [4, 'main: dist/server.js'],
    ])
  })

  it.each([
    [
      'array workspaces, private, dev deps only',
      { private: true, workspaces: ['packages/*', 'apps/*'], devDependencies: { turbo: '2' } },
      ['packages/*', 'apps/*'],
      true,
    ],
    [
      '{packages} workspaces',
      { private: true, workspaces: { packages: ['libs/*'], nohoist: ['**/x'] } },
      ['libs/*'],
      true,
    ],
    [
      'root with its own dependencies',
      { private: true, workspaces: ['a'], dependencies: { express: '4' } },
      ['a'],
      false,
    ],
    ['not private', { workspaces: ['a'] }, ['a'], false],
    ['no workspaces', { private: true }, [], false],
  ])('%s', (_, json, members, only) => {
    const { manifest: m } = parseManifest(
      'package.json',
      JSON.stringify(json, null, 2),
      'package.json',
    )
    expect(m?.workspaceMembers).toEqual(members)
    expect(m?.workspaceOnly).toBe(only)
  })

  it('a string bin is one entry point', () => {
    const { manifest: m } = parseManifest(
      'package.json',
      '{\n  "name": "x",\n  "bin": "./cli.js"\n}\n',
      'package.json',
    )
    expect(m?.entrypoints).toEqual([{ path: 'package.json', line: 3, detail: 'bin: ./cli.js' }])
  })

  it.each([
    ['truncated', '{\n  "name": "x",\n  "dependencies": {\n    "openai": "^4"\n', 5],
    ['trailing comma', '{\n  "name": "x",\n  "dependencies": { "a": "1", },\n}\n', 3],
    ['garbage bytes', '\u0000\u0001\u00ff\u00fe{', 1],
    ['empty', '', 1],
  ])('%s → diagnostic with line and column, empty manifest', (_, text, line) => {
    const { manifest: m, diagnostics: d } = parseManifest('svc/package.json', text, 'package.json')
    expect(d).toHaveLength(1)
    expect(d[0]).toMatchObject({
      code: 'manifest-parse',
      severity: 'warning',
      path: 'svc/package.json',
      line,
    })
    expect(d[0]?.column).toBeGreaterThan(0)
    expect(d[0]?.message).toContain('svc/package.json')
    expect(m?.dependencies).toEqual([])
  })

  it('accepts a byte-order mark', () => {
    const { manifest: m, diagnostics: d } = parseManifest(
      'package.json',
      '\ufeff{"dependencies":{"a":"1"}}',
      'package.json',
    )
    expect(d).toEqual([])
    expect(m?.dependencies.map((x) => [x.name, x.line])).toEqual([['a', 1]])
  })
})

describe('composer.json', () => {
  it('reads require and require-dev, skipping platform requirements', () => {
    const text = `{
    "name": "acme/billing",
    "require": {
        "php": ">=8.2",
        "ext-json": "*",
        "laravel/framework": "^11.0",
        "openai-php/client": "^0.8"
    },
    "require-dev": {
        "phpunit/phpunit": "^10.5"
    }
}
`
    const { manifest, diagnostics } = parseManifest('billing/composer.json', text, 'composer.json')
    expect(diagnostics).toEqual([])
    expect(manifest?.name).toBe('acme/billing')
    expect(manifest?.dependencies.map((d) => [d.name, d.ecosystem, d.line, d.dev])).toEqual([
      ['laravel/framework', 'packagist', 6, false],
      ['openai-php/client', 'packagist', 7, false],
      ['phpunit/phpunit', 'packagist', 10, true],
    ])
  })
})
