import { describe, expect, it } from 'vitest'
import {
  BUILD_ONLY_DETAIL,
  discoverServices,
} from '../../../src/core/1-discover/discover-services.js'
import type { Unit } from '../../../src/core/1-discover/unit.js'
import type { RepoView } from '../../../src/core/ports.js'
import { memoryRepo } from '../../support/memory-repo.js'
import { fakeContext, type ManifestSpec, type SourceSpec } from './fake-context.js'

const GO_MAIN = `package main

import (
\t"log"
\t"net/http"
)

func main() {
\tlog.Fatal(http.ListenAndServe(":8080", nil))
}
`
const GO_LIB = `package shared

// Slug lower-cases s.
func Slug(s string) string { return s }
`
const DOCKERFILE_PY = `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "-m", "worker"]
`

function discover(
  tree: Record<string, string>,
  manifests: Record<string, ManifestSpec> = {},
  sources: Record<string, SourceSpec> = {},
  options = {},
) {
  const ctx = fakeContext(memoryRepo(tree), manifests, sources)
  return { ...discoverServices(ctx, options), ctx }
}

function byRoot(units: Unit[], root: string): Unit {
  const unit = units.find((u) => u.root === root)
  if (!unit) throw new Error(`no unit at ${root}; have ${units.map((u) => u.root).join(', ')}`)
  return unit
}

const goMain = (line = 8): SourceSpec => ({
  language: 'go',
  packageName: 'main',
  hints: [{ id: 'go.func-main', line, text: 'func main() {' }],
})

describe('discoverServices: candidates and ownership', () => {
  it('gives each file to its nearest candidate and never to two', () => {
    const { units } = discover(
      {
        'package.json': '{ "name": "acme-tools", "private": true }',
        'scripts/release.js': 'console.log("release")\n',
        'services/api/go.mod': 'module github.com/acme/mono/services/api\n\ngo 1.22\n',
        'services/api/cmd/api/main.go': GO_MAIN,
        'services/api/internal/store/store.go': 'package store\n',
        'services/api/internal/store/README.md': '# store\n',
      },
      {
        'package.json': { type: 'package.json', name: 'acme-tools' },
        'services/api/go.mod': { type: 'go.mod', name: 'github.com/acme/mono/services/api' },
      },
      { 'services/api/cmd/api/main.go': goMain() },
    )
    expect(units.map((u) => u.root)).toEqual(['.', 'services/api'])
    expect(byRoot(units, '.').files.map((f) => f.path)).toEqual([
      'package.json',
      'scripts/release.js',
    ])
    expect(byRoot(units, 'services/api').files.map((f) => f.path)).toEqual([
      'services/api/cmd/api/main.go',
      'services/api/go.mod',
      'services/api/internal/store/README.md',
      'services/api/internal/store/store.go',
    ])
    expect(byRoot(units, 'services/api').name).toBe('api')
  })

  it('makes one unit of several markers in one directory, with a requirements/ folder belonging to its parent', () => {
    const { units } = discover(
      {
        'ml/ranker/pyproject.toml': '[project]\nname = "ranker"\nversion = "0.1.0"\n',
        'ml/ranker/requirements.txt': 'torch==2.3.0\n',
        'ml/ranker/requirements/dev.txt': 'pytest\n',
        'ml/ranker/Dockerfile': DOCKERFILE_PY,
        'ml/ranker/ranker/__init__.py': '',
        'ml/ranker/ranker/worker.py': 'import torch\n',
      },
      {
        'ml/ranker/pyproject.toml': { type: 'pyproject.toml', name: 'ranker' },
        'ml/ranker/Dockerfile': {
          type: 'Dockerfile',
          entrypoints: [
            { path: 'ml/ranker/Dockerfile', line: 6, detail: 'CMD ["python", "-m", "worker"]' },
          ],
        },
      },
    )
    expect(units).toHaveLength(1)
    const unit = byRoot(units, 'ml/ranker')
    expect(unit.markers).toEqual([
      'ml/ranker/Dockerfile',
      'ml/ranker/pyproject.toml',
      'ml/ranker/requirements.txt',
      'ml/ranker/requirements/dev.txt',
    ])
    expect(unit.name).toBe('ranker')
    expect(unit.kind).toBe('service')
    expect(unit.kindEvidence).toEqual([
      { path: 'ml/ranker/Dockerfile', line: 6, detail: 'CMD ["python", "-m", "worker"]' },
    ])
    expect(unit.manifests.map((m) => m.path)).toEqual([
      'ml/ranker/Dockerfile',
      'ml/ranker/pyproject.toml',
    ])
  })

  it('folds a Dockerfile-only deploy folder into the service above it', () => {
    const { units } = discover(
      {
        'svc/go.mod': 'module example.com/svc\n',
        'svc/main.go': GO_MAIN,
        'svc/deploy/Dockerfile': 'FROM golang:1.22 AS build\nFROM scratch\nENTRYPOINT ["/svc"]\n',
      },
      {},
      { 'svc/main.go': goMain() },
    )
    expect(units.map((u) => u.root)).toEqual(['svc'])
    expect(units[0]?.markers).toEqual(['svc/deploy/Dockerfile', 'svc/go.mod'])
  })

  // Session 2: such a directory runs code from elsewhere (a build or development image) or a
  // third-party tool; it is infra, never a service (attach-deploy-files.test.ts has the rest).
  it('keeps a Dockerfile-only directory with no candidate above it as infra with no code', () => {
    const { units } = discover({
      'proxy/Dockerfile': 'FROM nginx:1.27\nCOPY nginx.conf /etc/nginx/nginx.conf\n',
      'proxy/nginx.conf': 'events {}\n',
    })
    expect(units).toEqual([
      expect.objectContaining({
        root: 'proxy',
        kind: 'infra',
        kindEvidence: [{ path: 'proxy/Dockerfile', detail: BUILD_ONLY_DETAIL }],
      }),
    ])
  })
})

describe('discoverServices: workspaces', () => {
  it('go.work: members are units and the workspace root with no code is not', () => {
    const { units } = discover(
      {
        'go.work': 'go 1.22\n\nuse (\n\t./services/api\n\t./libs/shared\n)\n',
        'services/api/go.mod': 'module example.com/api\n',
        'services/api/cmd/api/main.go': GO_MAIN,
        'libs/shared/go.mod': 'module example.com/shared/v2\n',
        'libs/shared/slug.go': GO_LIB,
      },
      {
        'go.work': {
          type: 'go.work',
          workspaceMembers: ['./services/api', './libs/shared'],
          workspaceOnly: true,
        },
        'libs/shared/go.mod': { type: 'go.mod', name: 'example.com/shared/v2' },
      },
      {
        'services/api/cmd/api/main.go': goMain(),
        'libs/shared/slug.go': { language: 'go', packageName: 'shared' },
      },
    )
    expect(units.map((u) => [u.root, u.name, u.kind])).toEqual([
      ['libs/shared', 'shared', 'library'],
      ['services/api', 'api', 'service'],
    ])
    expect(byRoot(units, 'libs/shared').kindEvidence).toEqual([
      { path: 'libs/shared', detail: 'Go module with no package main' },
    ])
    expect(byRoot(units, 'services/api').kindEvidence).toEqual([
      {
        path: 'services/api/cmd/api/main.go',
        line: 8,
        detail: 'package main with func main: func main() {',
      },
    ])
  })

  it('npm workspaces: a member without its own manifest is a unit; a negated member falls to the root', () => {
    const { units } = discover(
      {
        'package.json': '{ "private": true, "workspaces": ["packages/*", "!packages/legacy"] }',
        'packages/util/src/index.ts': 'export const x = 1\n',
        'packages/legacy/src/index.ts': 'export const y = 2\n',
        'packages/server/package.json': '{ "name": "@acme/server" }',
        'packages/server/src/main.ts': 'app.listen(3000)\n',
      },
      {
        'package.json': {
          type: 'package.json',
          workspaceMembers: ['packages/*', '!packages/legacy'],
          workspaceOnly: true,
        },
        'packages/server/package.json': {
          type: 'package.json',
          name: '@acme/server',
          dependencies: [{ name: 'fastify', ecosystem: 'npm', line: 4 }],
        },
      },
      {
        'packages/server/src/main.ts': {
          language: 'typescript',
          hints: [{ id: 'js.listen', line: 1, text: 'app.listen(3000)' }],
        },
      },
    )
    expect(units.map((u) => [u.root, u.name, u.kind, u.markers])).toEqual([
      ['.', 'root', 'library', ['package.json']],
      ['packages/server', '@acme/server', 'service', ['packages/server/package.json']],
      ['packages/util', 'util', 'library', ['package.json']],
    ])
    expect(byRoot(units, '.').files.map((f) => f.path)).toEqual([
      'package.json',
      'packages/legacy/src/index.ts',
    ])
  })

  it('npm workspaces: the workspace root with no code of its own is not a unit', () => {
    const { units } = discover(
      {
        'package.json': '{ "private": true, "workspaces": ["packages/*"] }',
        'packages/util/package.json': '{ "name": "util" }',
        'packages/util/index.js': 'module.exports = {}\n',
      },
      {
        'package.json': {
          type: 'package.json',
          workspaceMembers: ['packages/*'],
          workspaceOnly: true,
        },
      },
    )
    expect(units.map((u) => u.root)).toEqual(['packages/util'])
  })

  it('Cargo workspace: a crate with src/main.rs is a service, one without is a library', () => {
    const { units } = discover(
      {
        'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\n',
        'crates/cli/Cargo.toml': '[package]\nname = "acme-cli"\n',
        'crates/cli/src/main.rs': 'fn main() {}\n',
        'crates/core/Cargo.toml': '[package]\nname = "acme-core"\n',
        'crates/core/src/lib.rs': 'pub fn f() {}\n',
      },
      {
        'Cargo.toml': { type: 'Cargo.toml', workspaceMembers: ['crates/*'], workspaceOnly: true },
        'crates/cli/Cargo.toml': { type: 'Cargo.toml', name: 'acme-cli' },
        'crates/core/Cargo.toml': { type: 'Cargo.toml', name: 'acme-core' },
      },
    )
    expect(units.map((u) => [u.root, u.name, u.kind])).toEqual([
      ['crates/cli', 'acme-cli', 'service'],
      ['crates/core', 'acme-core', 'library'],
    ])
    expect(byRoot(units, 'crates/core').kindEvidence[0]?.detail).toBe(
      'Rust crate with no src/main.rs or [[bin]]',
    )
  })

  it('pnpm workspace: members of pnpm-workspace.yaml become candidates', () => {
    const { units } = discover(
      {
        'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n",
        'apps/web/package.json': '{ "name": "web" }',
        'apps/web/src/App.tsx': 'export function App() { return null }\n',
        'apps/jobs/src/index.js': 'console.log(1)\n',
      },
      {
        'pnpm-workspace.yaml': {
          type: 'pnpm-workspace.yaml',
          workspaceMembers: ['apps/*'],
          workspaceOnly: true,
        },
        'apps/web/package.json': {
          type: 'package.json',
          name: 'web',
          dependencies: [
            { name: 'react', ecosystem: 'npm', line: 3 },
            { name: 'vite', ecosystem: 'npm', line: 6, dev: true },
          ],
        },
      },
    )
    expect(units.map((u) => [u.root, u.kind])).toEqual([
      ['apps/jobs', 'library'],
      ['apps/web', 'frontend'],
    ])
  })
})

describe('discoverServices: kinds', () => {
  const cases: {
    name: string
    tree: Record<string, string>
    manifests?: Record<string, ManifestSpec>
    sources?: Record<string, SourceSpec>
    root: string
    kind: Unit['kind'] | undefined
    detail?: string
  }[] = [
    {
      name: 'Python with only requirements.txt and a Dockerfile CMD is a service',
      tree: {
        'worker/requirements.txt': 'redis==5.0.1\n',
        'worker/Dockerfile': DOCKERFILE_PY,
        'worker/worker.py': 'import redis\n',
      },
      manifests: {
        'worker/Dockerfile': {
          type: 'Dockerfile',
          entrypoints: [
            { path: 'worker/Dockerfile', line: 6, detail: 'CMD ["python", "-m", "worker"]' },
          ],
        },
      },
      root: 'worker',
      kind: 'service',
      detail: 'CMD ["python", "-m", "worker"]',
    },
    {
      name: 'Python with a web framework dependency is a service',
      tree: {
        'api/pyproject.toml': '[project]\nname = "api"\ndependencies = ["fastapi>=0.110"]\n',
        'api/api/routes.py': 'from fastapi import APIRouter\n',
      },
      manifests: {
        'api/pyproject.toml': {
          type: 'pyproject.toml',
          name: 'api',
          dependencies: [{ name: 'fastapi', ecosystem: 'pypi', line: 3 }],
        },
      },
      root: 'api',
      kind: 'service',
      detail: 'depends on fastapi (web framework)',
    },
    {
      name: 'a dev-only web framework does not make a service',
      tree: {
        'lib/pyproject.toml': '[project]\nname = "lib"\n',
        'lib/lib/core.py': 'def f(): pass\n',
      },
      manifests: {
        'lib/pyproject.toml': {
          type: 'pyproject.toml',
          name: 'lib',
          dependencies: [{ name: 'flask', ecosystem: 'pypi', line: 9, dev: true }],
        },
      },
      root: 'lib',
      kind: 'library',
      detail: 'Python package with no entry point, server or worker',
    },
    {
      name: 'a __main__ guard inside tests does not make a service',
      tree: {
        'lib/setup.py': 'from setuptools import setup\nsetup(name="lib")\n',
        'lib/tests/test_core.py': 'if __name__ == "__main__":\n    pass\n',
      },
      sources: {
        'lib/tests/test_core.py': {
          hints: [{ id: 'py.main-guard', line: 1, text: 'if __name__ == "__main__":' }],
        },
      },
      root: 'lib',
      kind: 'library',
    },
    {
      name: 'a Python server-run hint makes a service',
      tree: {
        'chat/requirements.txt': 'websockets\n',
        'chat/chat/serve.py': 'asyncio.run(main())\n',
      },
      sources: {
        'chat/chat/serve.py': {
          hints: [{ id: 'py.server-run', line: 1, text: 'asyncio.run(main())' }],
        },
      },
      root: 'chat',
      kind: 'service',
      detail: 'starts a server: asyncio.run(main())',
    },
    {
      name: 'a file named manage.py makes a service',
      tree: { 'site/requirements.txt': 'Django\n', 'site/manage.py': 'import sys\n' },
      root: 'site',
      kind: 'service',
      detail: 'manage.py: Django entry',
    },
    {
      name: 'a Go package main outside a module root (cmd/<name>) makes a service',
      tree: { 'gw/go.mod': 'module gw\n', 'gw/cmd/gateway/main.go': GO_MAIN },
      sources: { 'gw/cmd/gateway/main.go': goMain() },
      root: 'gw',
      kind: 'service',
    },
    {
      name: 'a func main in a non-main package is not an entry point',
      tree: { 'lib/go.mod': 'module lib\n', 'lib/x.go': 'package x\nfunc main() {}\n' },
      sources: {
        'lib/x.go': {
          language: 'go',
          packageName: 'x',
          hints: [{ id: 'go.func-main', line: 2, text: 'func main() {}' }],
        },
      },
      root: 'lib',
      kind: 'library',
    },
    {
      name: 'a Spring Boot application with a main method is a service',
      tree: {
        'orders/pom.xml': '<project><artifactId>orders</artifactId></project>\n',
        'orders/src/main/java/com/acme/OrdersApplication.java':
          'package com.acme;\n\n@SpringBootApplication\npublic class OrdersApplication {\n  public static void main(String[] args) {\n    SpringApplication.run(OrdersApplication.class, args);\n  }\n}\n',
      },
      root: 'orders',
      kind: 'service',
      detail: 'main method: public static void main(String[] args) {',
    },
    {
      name: 'a package under examples/ is a sample even with an entry point',
      tree: {
        'examples/quickstart/go.mod': 'module quickstart\n',
        'examples/quickstart/main.go': GO_MAIN,
      },
      sources: { 'examples/quickstart/main.go': goMain() },
      root: 'examples/quickstart',
      kind: 'sample',
      detail: 'under examples/: sample code, reported but not judged',
    },
    {
      name: 'a playground directory is a sample at any depth',
      tree: { 'tools/playground/package.json': '{}', 'tools/playground/index.js': 'x\n' },
      root: 'tools/playground',
      kind: 'sample',
    },
    {
      name: 'a Docusaurus site under website/ is docs',
      tree: {
        'website/package.json': '{}',
        'website/docusaurus.config.js': 'module.exports = {}\n',
        'website/src/pages/index.js': 'export default 1\n',
      },
      manifests: {
        'website/package.json': {
          type: 'package.json',
          dependencies: [
            { name: '@docusaurus/core', ecosystem: 'npm', line: 5 },
            { name: 'react', ecosystem: 'npm', line: 6 },
          ],
        },
      },
      root: 'website',
      kind: 'docs',
      detail: 'Docusaurus site (docusaurus.config.js)',
    },
    {
      name: 'a Sphinx project under docs/ is docs even without code of its own beyond conf.py',
      tree: {
        'docs/requirements.txt': 'sphinx\n',
        'docs/source/conf.py': 'project = "acme"\n',
        'docs/source/index.rst': 'Acme\n====\n',
      },
      root: 'docs',
      kind: 'docs',
      detail: 'Sphinx site (conf.py)',
    },
    {
      name: 'an MkDocs project anywhere is docs',
      tree: {
        'handbook/requirements.txt': 'mkdocs-material\n',
        'handbook/mkdocs.yml': 'site_name: Handbook\n',
        'handbook/docs/index.md': '# Hi\n',
      },
      root: 'handbook',
      kind: 'docs',
    },
    {
      name: 'a docs folder without a generator is not a unit',
      tree: {
        'docs/package.json': '{ "devDependencies": { "markdownlint-cli": "1" } }',
        'docs/lint.js': 'x\n',
        'docs/guide.md': '# Guide\n',
      },
      root: 'docs',
      kind: undefined,
    },
    {
      name: 'a notebook-only folder is not a unit',
      tree: {
        'notebooks/requirements.txt': 'pandas\n',
        'notebooks/explore.ipynb': '{"cells": []}',
      },
      root: 'notebooks',
      kind: undefined,
    },
    {
      name: 'a tooling manifest with no code is not a unit',
      tree: {
        'tools/lint/package.json': '{ "devDependencies": { "eslint": "9" } }',
        'tools/lint/.eslintrc.json': '{}',
      },
      root: 'tools/lint',
      kind: undefined,
    },
    {
      name: 'React with Vite and no server is a frontend',
      tree: { 'web/package.json': '{}', 'web/src/main.tsx': 'createRoot(el).render(<App />)\n' },
      manifests: {
        'web/package.json': {
          type: 'package.json',
          dependencies: [{ name: 'react', ecosystem: 'npm', line: 3 }],
          entrypoints: [{ path: 'web/package.json', line: 8, detail: 'scripts.start: vite' }],
        },
      },
      root: 'web',
      kind: 'frontend',
      detail: 'depends on react (browser UI)',
    },
    {
      name: 'Next.js with a custom server is still a frontend',
      tree: { 'shop/package.json': '{}', 'shop/server.js': 'server.listen(3000)\n' },
      manifests: {
        'shop/package.json': {
          type: 'package.json',
          dependencies: [
            { name: 'next', ecosystem: 'npm', line: 3 },
            { name: 'express', ecosystem: 'npm', line: 4 },
          ],
        },
      },
      sources: {
        'shop/server.js': {
          language: 'javascript',
          hints: [{ id: 'js.listen', line: 1, text: 'server.listen(3000)' }],
        },
      },
      root: 'shop',
      kind: 'frontend',
    },
    {
      name: 'React rendered by an Express server is a service',
      tree: { 'ssr/package.json': '{}', 'ssr/server.js': 'app.listen(3000)\n' },
      manifests: {
        'ssr/package.json': {
          type: 'package.json',
          dependencies: [
            { name: 'react', ecosystem: 'npm', line: 3 },
            { name: 'express', ecosystem: 'npm', line: 4 },
          ],
        },
      },
      root: 'ssr',
      kind: 'service',
      detail: 'depends on express (server framework)',
    },
    {
      name: 'a Django app with a React bundle is not a frontend',
      tree: {
        'portal/requirements.txt': 'django\n',
        'portal/package.json': '{}',
        'portal/manage.py': 'x\n',
        'portal/assets/app.jsx': 'x\n',
      },
      manifests: {
        'portal/package.json': {
          type: 'package.json',
          dependencies: [{ name: 'react', ecosystem: 'npm', line: 3 }],
        },
      },
      root: 'portal',
      kind: 'service',
    },
  ]

  it.each(cases)('$name', ({ tree, manifests, sources, root, kind, detail }) => {
    const { units } = discover(tree, manifests, sources)
    const unit = units.find((u) => u.root === root)
    expect(unit?.kind).toBe(kind)
    if (detail !== undefined) expect(unit?.kindEvidence.map((e) => e.detail)).toContain(detail)
  })
})

describe('discoverServices: names', () => {
  it.each([
    ['a Go module path gives its last segment', 'github.com/acme/billing', 'billing'],
    ['a Go major-version suffix is skipped', 'github.com/acme/billing/v3', 'billing'],
    ['a long or odd declared name falls back to the directory', 'this is not a name', 'svc'],
  ])('%s', (_, declared, expected) => {
    const { units } = discover(
      { 'svc/go.mod': `module ${declared}\n`, 'svc/a.go': 'package a\n' },
      { 'svc/go.mod': { type: 'go.mod', name: declared } },
    )
    expect(units[0]?.name).toBe(expected)
  })

  it('names the repository root unit "root" when nothing declares a name', () => {
    const { units } = discover({ 'requirements.txt': 'flask\n', 'app.py': 'x\n' })
    expect(units.map((u) => [u.root, u.name])).toEqual([['.', 'root']])
  })
})

describe('discoverServices: exclusions', () => {
  const tree: Record<string, string> = {
    '.gitattributes':
      'web/dist/** linguist-generated=true\n*.sql linguist-vendored\nlegacy/vendor/** -linguist-vendored\n',
    'api/go.mod': 'module api\n',
    'api/main.go': GO_MAIN,
    'api/vendor/modules.txt': '# github.com/gin-gonic/gin v1.9.1\n',
    'api/vendor/github.com/gin-gonic/gin/gin.go': 'package gin\n',
    'api/vendor/github.com/gin-gonic/gin/context.go': 'package gin\n',
    'api/testdata/golden.json': '{}',
    'api/gen/pb/user.pb.go': 'package pb\n',
    'api/gen/pb/user_grpc.pb.go': 'package pb\n',
    'api/internal/users.go': 'package internal\n',
    'api/internal/users_gen.go': '// Code generated by mockgen. DO NOT EDIT.\npackage internal\n',
    'api/schema.sql': 'create table t (id int);\n',
    'ml/requirements.txt': 'grpcio\n',
    'ml/server.py': 'x\n',
    'ml/protos/user_pb2.py': 'x\n',
    'ml/protos/user.py': 'x\n',
    'ml/third_party/lib/x.py': 'x\n',
    'web/package.json': '{}',
    'web/src/index.js': 'x\n',
    'web/dist/bundle.js': 'x\n',
    'web/dist/assets/chunk.js': 'x\n',
    'web/node_modules/react/index.js': 'x\n',
    'legacy/go.mod': 'module legacy\n',
    'legacy/main.go': GO_MAIN,
    'legacy/vendor/ours/ours.go': 'package ours\n',
  }
  const run = () =>
    discover(
      tree,
      {},
      {
        'api/main.go': goMain(),
        'legacy/main.go': goMain(),
        'api/internal/users_gen.go': { language: 'go', generated: true, packageName: 'internal' },
      },
    )

  it('lists every exclusion once, at the top-most excluded directory, sorted', () => {
    expect(run().exclusions).toEqual([
      { path: 'api/gen', reason: 'generated', source: 'built-in: *.pb.go' },
      // user_grpc.pb.go matches *.pb.go first: one rule, one entry for the whole folder
      { path: 'api/internal/users_gen.go', reason: 'generated', source: 'header' },
      { path: 'api/schema.sql', reason: 'vendored', source: '.gitattributes:2' },
      { path: 'api/testdata', reason: 'testdata', source: 'built-in: testdata/' },
      { path: 'api/vendor', reason: 'vendored', source: 'built-in: vendor/' },
      { path: 'ml/protos/user_pb2.py', reason: 'generated', source: 'built-in: *_pb2.py' },
      { path: 'ml/third_party', reason: 'vendored', source: 'built-in: third_party/' },
      { path: 'web/dist', reason: 'generated', source: '.gitattributes:1' },
      { path: 'web/node_modules', reason: 'node_modules', source: 'built-in: node_modules/' },
    ])
  })

  it('removes excluded files from units, re-includes what .gitattributes un-vendors, and counts what is left', () => {
    const { units, fileCount } = run()
    expect(byRoot(units, 'api').files.map((f) => f.path)).toEqual([
      'api/go.mod',
      'api/internal/users.go',
      'api/main.go',
    ])
    expect(byRoot(units, 'legacy').files.map((f) => f.path)).toContain('legacy/vendor/ours/ours.go')
    expect(byRoot(units, 'web').files.map((f) => f.path)).toEqual([
      'web/package.json',
      'web/src/index.js',
    ])
    expect(fileCount).toBe(Object.keys(tree).length - 13)
  })

  it('merges what the walk pruned into the list', () => {
    const base = memoryRepo({ 'svc/go.mod': 'module svc\n', 'svc/a.go': 'package a\n' })
    const view: RepoView = {
      ...base,
      read: base.read,
      pruned: [{ path: 'svc/.cache', reason: 'gitignored', source: '.gitignore:3' }],
    }
    expect(discoverServices(fakeContext(view), {}).exclusions).toEqual([
      { path: 'svc/.cache', reason: 'gitignored', source: '.gitignore:3' },
    ])
  })

  it('keeps a header-generated file whose .gitattributes says -linguist-generated', () => {
    const { units } = discover(
      {
        '.gitattributes': 'gen.go -linguist-generated\n',
        'svc/go.mod': 'module svc\n',
        'svc/gen.go': 'x',
      },
      {},
      { 'svc/gen.go': { language: 'go', generated: true } },
    )
    expect(units[0]?.files.map((f) => f.path)).toContain('svc/gen.go')
  })
})

describe('discoverServices: include and exclude globs', () => {
  const tree = {
    'services/a/go.mod': 'module a\n',
    'services/a/a.go': 'package a\n',
    'services/b/go.mod': 'module b\n',
    'services/b/b.go': 'package b\n',
    'tools/c/go.mod': 'module c\n',
    'tools/c/c.go': 'package c\n',
  }
  it.each([
    [{ include: ['services/*'] }, ['services/a', 'services/b']],
    [{ exclude: ['services/b'] }, ['services/a', 'tools/c']],
    [{ include: ['services/**'], exclude: ['**/a'] }, ['services/b']],
    [{}, ['services/a', 'services/b', 'tools/c']],
  ])('%j keeps %j', (options, roots) => {
    expect(discover(tree, {}, {}, options).units.map((u) => u.root)).toEqual(roots)
  })

  it('reports an excluded root visibly and does not count its files', () => {
    const result = discover(tree, {}, {}, { exclude: ['tools/*'] })
    expect(result.exclusions).toEqual([
      { path: 'tools/c', reason: 'config', source: 'exclude: tools/*' },
    ])
    expect(result.fileCount).toBe(4)
  })
})

describe('discoverServices: parsing budget', () => {
  it('asks for manifests only of marker and workspace files, and lexes only code', () => {
    const { ctx } = discover(
      {
        'go.work': 'go 1.22\nuse ./svc\n',
        'svc/go.mod': 'module svc\n',
        'svc/Dockerfile': 'FROM scratch\n',
        'svc/main.go': GO_MAIN,
        'svc/README.md': '# svc\n',
        'svc/config.yaml': 'port: 8080\n',
      },
      {},
      { 'svc/main.go': goMain() },
    )
    expect([...new Set(ctx.calls)].sort()).toEqual([
      'manifest:go.work',
      'manifest:svc/Dockerfile',
      'manifest:svc/go.mod',
      'source:svc/main.go',
    ])
  })
})
