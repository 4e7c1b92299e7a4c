/**
 * Deployment files that describe a service living elsewhere (test/fixtures/deploy-elsewhere): they
 * are attached to that service, never reported as one, and their evidence keeps its real path and
 * line all the way to the service's signals.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  attachDeployFiles,
  helmTemplateAsYaml,
} from '../../../src/core/1-discover/attach-deploy-files.js'
import {
  BUILD_ONLY_DETAIL,
  discoverServices,
} from '../../../src/core/1-discover/discover-services.js'
import type { Unit } from '../../../src/core/1-discover/unit.js'
import { createScanContext } from '../../../src/core/context.js'
import { analyze } from '../../../src/core/pipeline.js'
import { memoryRepo } from '../../support/memory-repo.js'

const FIXTURE = fileURLToPath(new URL('../../fixtures/deploy-elsewhere', import.meta.url))

function readTree(root: string): Record<string, string> {
  const tree: Record<string, string> = {}
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else tree[relative(root, path).split('\\').join('/')] = readFileSync(path, 'utf8')
    }
  }
  walk(root)
  return tree
}

const tree = readTree(FIXTURE)

function units(files: Record<string, string> = tree): Unit[] {
  return discoverServices(createScanContext(memoryRepo(files)), {}).units
}

function unit(list: Unit[], root: string): Unit {
  const found = list.find((u) => u.root === root)
  if (!found) throw new Error(`no unit at ${root}; have ${list.map((u) => u.root).join(', ')}`)
  return found
}

const attachedPaths = (u: Unit): string[] => (u.attached ?? []).map((a) => a.file.path)

describe('attachDeployFiles on a repository whose deployment lives elsewhere', () => {
  it('reports no deployment or build directory as a service', () => {
    const kinds = Object.fromEntries(units().map((u) => [u.root, u.kind]))
    expect(kinds).toEqual({
      billing: 'service',
      cart: 'service',
      'docker/dev': 'infra',
      'docker/tool': 'infra',
      orders: 'service',
      payment: 'service',
      users: 'service',
      web: 'frontend',
    })
  })

  it.each([
    ['payment', ['deploy/helm/templates/payment-deployment.yaml']],
    ['orders', ['deploy/k8s/workloads.yaml']],
    ['users', ['deploy/k8s/workloads.yaml']],
    ['cart', ['docker-compose.yml']],
    ['web', ['docker/web/Dockerfile']],
    ['billing', []],
  ])('attaches to %s exactly %j', (root, paths) => {
    expect(attachedPaths(unit(units(), root))).toEqual(paths)
  })

  it('attaches only the documents that name the service, HPA included', () => {
    const list = units()
    expect(unit(list, 'orders').attached?.[0]?.lines).toEqual([
      [1, 14],
      [30, 39],
    ])
    expect(unit(list, 'users').attached?.[0]?.lines).toEqual([[16, 28]])
    expect(unit(list, 'payment').attached?.[0]).toMatchObject({
      format: 'helm-template',
      because: { path: 'deploy/helm/templates/payment-deployment.yaml', line: 1 },
    })
  })

  it('names the units a shared development image serves, and attaches a one-unit image', () => {
    const list = units()
    expect(unit(list, 'docker/dev').kindEvidence).toEqual([
      {
        path: 'docker-compose.yml',
        line: 2,
        detail: 'build or development image shared by orders, users; not a service of its own',
      },
    ])
    expect(unit(list, 'docker/tool').kindEvidence[0]?.detail).toBe(BUILD_ONLY_DETAIL)
    expect(list.some((u) => u.root === 'docker/web')).toBe(false)
  })

  it('leaves a service that carries its own manifests to them (add-ons elsewhere are variants)', () => {
    const withoutOwn = { ...tree }
    delete withoutOwn['billing/k8s/deployment.yaml']
    expect(attachedPaths(unit(units(withoutOwn), 'billing'))).toEqual(['extras/hpa/billing.yaml'])
    expect(attachedPaths(unit(units(), 'billing'))).toEqual([])
  })

  it('does not attach a manifest whose names match two services', () => {
    const ambiguous = {
      ...tree,
      'deploy/k8s/workloads.yaml': (tree['deploy/k8s/workloads.yaml'] ?? '').replace(
        'name: server\n        image: registry.example.com/shop/orders',
        'name: users\n        image: registry.example.com/shop/orders',
      ),
    }
    const list = units(ambiguous)
    expect(unit(list, 'orders').attached?.[0]?.lines).toEqual([[30, 39]])
  })

  it.each([
    ['COPY orders /src', ['orders']],
    ['COPY ["orders/main.go", "orders/go.mod", "/src/"]', ['orders']],
    ['COPY --chown=app orders/ /src', ['orders']],
    ['COPY --from=build /out /app', []],
    ['COPY $SERVICE /src', []],
    ['COPY . /src', []],
    ['COPY missing /src', []],
  ])('a Dockerfile away from the code: `%s` attaches it to %j', (copy, roots) => {
    const list = units({
      'orders/go.mod': tree['orders/go.mod'] ?? '',
      'orders/main.go': tree['orders/main.go'] ?? '',
      'build/orders/Dockerfile': `FROM golang:1.22 AS build\n${copy}\nRUN go build -o /app .\nCMD ["/app"]\n`,
    })
    expect(
      list.filter((u) => attachedPaths(u).includes('build/orders/Dockerfile')).map((u) => u.root),
    ).toEqual(roots)
    expect(list.some((u) => u.root === 'build/orders')).toBe(roots.length === 0)
  })

  it('keeps a Dockerfile with its own script and no reference elsewhere a service (a batch task)', () => {
    const list = units({
      'task/Dockerfile': 'FROM amazon/aws-cli:2\nCOPY run.sh /\nCMD ["sh", "/run.sh"]\n',
      'task/run.sh': '#!/bin/sh\naws s3 sync s3://in s3://out\n',
    })
    expect(list.map((u) => [u.root, u.kind])).toEqual([['task', 'service']])
  })

  it('calls a development image for a directory the scan excluded infra, naming the directory', () => {
    const list = units({
      ...tree,
      '.gitattributes': 'web/** linguist-vendored\n',
    })
    expect(list.some((u) => u.root === 'web')).toBe(false)
    expect(unit(list, 'docker/web')).toMatchObject({
      kind: 'infra',
      kindEvidence: [
        {
          path: 'docker-compose.yml',
          line: 13,
          detail: 'build or development image for web (not scanned); not a service of its own',
        },
      ],
    })
  })

  it('does nothing when no deployment file is outside the services', () => {
    const list = units({
      'payment/requirements.txt': 'flask==3.0.3\n',
      'payment/app.py': 'from flask import Flask\napp = Flask(__name__)\napp.run()\n',
    })
    const ctx = createScanContext(memoryRepo({}))
    expect(attachDeployFiles(ctx, list, [], [], new Set(), () => false)).toEqual(list)
    expect(list[0]?.attached).toBeUndefined()
  })
})

describe('attached evidence reaches the service with its real path and line', () => {
  const analysis = analyze(memoryRepo(tree))
  const signal = (root: string, id: string) =>
    analysis.services.find((s) => s.root === root)?.signals.find((s) => s.id === id)

  it('reads the memory limit of a Helm template for the service it names', () => {
    expect(signal('payment', 'resource.tight-limits')?.evidence).toContainEqual({
      path: 'deploy/helm/templates/payment-deployment.yaml',
      line: 18,
      detail: 'memory: 100Mi',
    })
  })

  it("reads only the service's own documents of a shared manifest", () => {
    const orders = analysis.services.find((s) => s.root === 'orders')
    const users = analysis.services.find((s) => s.root === 'users')
    const paths = (s: typeof orders) =>
      (s?.signals ?? []).flatMap((x) => x.evidence.map((e) => `${e.path}:${e.line ?? 0}`))
    expect(paths(orders)).toContain('deploy/k8s/workloads.yaml:14')
    expect(paths(orders)).toContain('deploy/k8s/workloads.yaml:39')
    expect(paths(orders).filter((p) => p.startsWith('deploy/k8s/'))).not.toContain(
      'deploy/k8s/workloads.yaml:28',
    )
    expect(paths(users).filter((p) => p.startsWith('deploy/k8s/'))).toEqual([])
  })
})

describe('helmTemplateAsYaml', () => {
  it.each([
    [
      'a directive alone on its line becomes spaces',
      '  {{- if .Values.x }}\n',
      `${' '.repeat(21)}\n`,
    ],
    [
      'a directive inside a value becomes underscores',
      'image: {{ .Values.repo }}/app:{{ .Values.tag }}',
      `image: ${'_'.repeat(18)}/app:${'_'.repeat(17)}`,
    ],
    ['text without directives is unchanged', 'memory: 100Mi\n', 'memory: 100Mi\n'],
    [
      'a directive over two lines keeps both lines',
      '{{- with\n .x }}\na: 1',
      `${' '.repeat(8)}\n${' '.repeat(6)}\na: 1`,
    ],
  ])('%s', (_, input, output) => {
    expect(helmTemplateAsYaml(input)).toBe(output)
    expect(helmTemplateAsYaml(input).split('\n')).toHaveLength(input.split('\n').length)
  })
})
