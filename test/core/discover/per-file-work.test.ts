/**
 * The per-file questions discovery asks of every file of a scan are answered by cheap tests that
 * must give exactly the answers of the plain ones they replace (a glob per rule, a lower-cased
 * path, a regular expression), and work done once per candidate must give what asking per file
 * gave. Each table compares the two on the same inputs.
 */
import picomatch from 'picomatch'
import { describe, expect, it } from 'vitest'
import { isYamlPath } from '../../../src/core/1-discover/attach-deploy-files.js'
import { globCandidates } from '../../../src/core/1-discover/base-name-glob.js'
import { discoverServices } from '../../../src/core/1-discover/discover-services.js'
import {
  applyExclusions,
  collapseExclusions,
  FILE_RULES,
  type ExclusionMark,
} from '../../../src/core/1-discover/exclusions.js'
import { ENTRY_FILES } from '../../../src/core/1-discover/kind-rules.js'
import {
  isWorkspaceFile,
  SERVICE_MARKERS,
  WORKSPACE_FILES,
} from '../../../src/core/1-discover/service-markers.js'
import {
  isBuildLanguage,
  isNotebookPath,
  programmingLanguageOf,
} from '../../../src/core/2-classify/languages.js'
import { createScanContext } from '../../../src/core/context.js'
import type { ReadResult } from '../../../src/core/ports.js'
import { memoryRepo } from '../../support/memory-repo.js'
import { fakeContext } from './fake-context.js'

const NAMES = [
  '',
  'a',
  'go.mod',
  'go.sum',
  'xgo.mod',
  'go.mod.bak',
  'package.json',
  'tsconfig.json',
  'requirements.txt',
  'requirements-dev.txt',
  'requirements.in',
  'base.txt',
  'Dockerfile',
  'Dockerfile.dev',
  'api.Dockerfile',
  'dockerfile',
  'Containerfile',
  'app.csproj',
  'x.pb.go',
  'x_grpc.pb.go',
  'x.pb.gw.go',
  'x.gen.go',
  'zz_generated.deepcopy.go',
  'zz_generated.go',
  'main.go',
  'x_pb2.py',
  'x_pb2.pyi',
  'x_pb2_grpc.py',
  'app.min.js',
  'x_pb.js',
  'x_pb.d.ts',
  'x_grpc_pb.d.ts',
  'x.pb.ts',
  '.pnp.cjs',
  '.pnp.loader.mjs',
  'api.generated.ts',
  'generated.ts',
  'Cargo.toml',
  'pom.xml',
  'build.gradle',
  'build.gradle.kts',
  'Gemfile',
  'mix.exs',
  'Pipfile',
  'setup.py',
  'setup.cfg',
  'é.py',
  '.o',
  'o',
]

describe('globCandidates: the globs a base name is tested against', () => {
  const lists: [string, readonly string[]][] = [
    ['the built-in file rules', FILE_RULES.map((r) => r.glob)],
    ['the service markers', SERVICE_MARKERS.map((m) => m.file)],
    [
      'globs ending in a wildcard, or with richer syntax',
      ['*.go', 'a*', '*.{js,ts}', '[Mm]akefile', '?o', 'go.mod'],
    ],
  ]
  it.each(lists)(
    '%s: every glob that matches a name is among its candidates, in order',
    (_, globs) => {
      const candidates = globCandidates(globs)
      const tests = globs.map((glob) => picomatch(glob, { dot: true }))
      for (const name of NAMES) {
        const found = candidates(name)
        const matching = tests.flatMap((test, index) => (test(name) ? [index] : []))
        expect(
          matching.filter((index) => !found.includes(index)),
          name,
        ).toEqual([])
        expect(
          [...found].sort((a, b) => a - b),
          name,
        ).toEqual(found)
      }
    },
  )

  it('leaves out the globs a name cannot match by its last character', () => {
    const candidates = globCandidates(['*.go', '*.py', '*.pb.*'])
    expect(candidates('main.go')).toEqual([0, 2])
    expect(candidates('app.py')).toEqual([1, 2])
    expect(candidates('README.md')).toEqual([2])
  })
})

describe('per-file predicates equal the plain tests they replace', () => {
  const paths = [
    ...NAMES,
    'nb/explore.ipynb',
    'nb/EXPLORE.IPYNB',
    'nb/x.Ipynb',
    '.ipynb',
    'ipynb',
    'x.ipynbx',
    'xipynb',
    'a/b.ipynb/c',
    'İ.ipynb',
    'x.İpynb',
    'deploy/k8s.yaml',
    'deploy/k8s.YML',
    'deploy/k8s.yml.bak',
    'deploy/yaml',
    'deploy/.yml',
    'a.yamL',
    'go.work',
    'tools/go.work',
    'tools/xgo.work',
    'go.work/x',
    'pnpm-workspace.yaml',
    'web/pnpm-workspace.yaml',
    'web/my-pnpm-workspace.yaml',
  ]
  it.each(paths)('%s', (path) => {
    expect(isNotebookPath(path)).toBe(path.toLowerCase().endsWith('.ipynb'))
    expect(isYamlPath(path)).toBe(/\.ya?ml$/i.test(path))
    expect(isWorkspaceFile(path)).toBe(
      WORKSPACE_FILES.includes(path.slice(path.lastIndexOf('/') + 1)),
    )
  })

  it('every entry file is code: the kind rules look for entry files among the code files only', () => {
    for (const { path } of ENTRY_FILES) {
      const language = programmingLanguageOf(path)
      expect(language !== undefined && !isBuildLanguage(language), path).toBe(true)
    }
  })
})

describe('collapseExclusions does not depend on the order of the excluded files', () => {
  const tree: Record<string, string> = {
    'api/pb/a.pb.go': 'x',
    'api/pb/b.pb.go': 'x',
    'api/pb/sub/c.pb.go': 'x',
    'api/main.go': 'x',
    'gen/x.min.js': 'x',
    'gen/y.min.js': 'x',
    'ml/x_pb2.py': 'x',
    'ml/x.py': 'x',
    'svc/vendor/a/b.go': 'x',
    'svc/vendor/c.go': 'x',
    'third_party/a/b.c': 'x',
    'top.pb.go': 'x',
  }
  const view = memoryRepo(tree)
  const { excluded } = applyExclusions(view)
  // As discovery adds them: a header-generated file after the rule-excluded ones.
  const withHeader = new Map<string, ExclusionMark>(excluded)
  withHeader.set('api/main.go', { reason: 'generated', source: 'header' })
  const orders: [string, Map<string, ExclusionMark>][] = [
    ['sorted', excluded],
    ['reversed', new Map([...excluded].reverse())],
    ['interleaved', new Map([...excluded].sort((a, b) => (a[0].length % 3) - (b[0].length % 3)))],
    ['with a header-generated file last', withHeader],
    ['with a header-generated file first', new Map([...withHeader].reverse())],
  ]
  const expected = new Map([
    [excluded, collapseExclusions(view.files, excluded)],
    [withHeader, collapseExclusions(view.files, withHeader)],
  ])
  it.each(orders)('%s', (_, marks) => {
    const reference = marks.has('api/main.go') ? expected.get(withHeader) : expected.get(excluded)
    expect(collapseExclusions(view.files, marks)).toEqual(reference)
  })

  it.each([
    ['the tree above', tree],
    [
      'files of one directory on both sides of a subdirectory, and at the root',
      {
        'a.pb.go': 'x',
        'd/a.pb.go': 'x',
        'd/b/c.pb.go': 'x',
        'd/c.pb.go': 'x',
        'd/e.go': 'x',
        'z.go': 'x',
        'zz/vendor/q.go': 'x',
      },
    ],
  ])("with applyExclusions' own directory counts (%s), as with counting again", (_, files) => {
    const listing = memoryRepo(files)
    const result = applyExclusions(listing)
    const recounted = collapseExclusions(listing.files, result.excluded)
    expect(recounted.length).toBeGreaterThan(0)
    expect(collapseExclusions(listing.files, result.excluded, result.filesPerDirectory)).toEqual(
      recounted,
    )
  })

  it('collapses what it should (the reference is not trivially empty)', () => {
    expect(expected.get(excluded)?.map((e) => e.path)).toEqual([
      'api/pb',
      'gen',
      'ml/x_pb2.py',
      'svc/vendor',
      'third_party',
      'top.pb.go',
    ])
    expect(expected.get(withHeader)?.map((e) => e.path)).toContain('api/main.go')
  })
})

describe('discovery notes code, notebooks and manifests once per candidate', () => {
  it('drops a header-generated manifest from the unit with its file', () => {
    const ctx = fakeContext(
      memoryRepo({
        'svc/pyproject.toml': '[project]\nname = "svc"\n',
        'svc/setup.py': '# generated\n',
        'svc/app.py': 'x',
      }),
      {
        'svc/pyproject.toml': { type: 'pyproject.toml', name: 'svc' },
        'svc/setup.py': { type: 'setup.py', name: 'svc-generated' },
      },
      {
        'svc/setup.py': { language: 'python', generated: true },
        'svc/app.py': { hints: [{ id: 'py.main-guard', line: 1, text: 'if __name__' }] },
      },
    )
    const { units, exclusions } = discoverServices(ctx, {})
    expect(units.map((u) => [u.root, u.kind, u.manifests.map((m) => m.path)])).toEqual([
      ['svc', 'service', ['svc/pyproject.toml']],
    ])
    expect(units[0]?.files.map((f) => f.path)).toEqual(['svc/app.py', 'svc/pyproject.toml'])
    expect(exclusions).toContainEqual({
      path: 'svc/setup.py',
      reason: 'generated',
      source: 'header',
    })
  })

  it.each([
    ['a notebook keeps a Dockerfile directory apart', 'api/docker/explore.ipynb', ['api/go.mod']],
    [
      'a shell script does not',
      'api/docker/entrypoint.sh',
      ['api/docker/Dockerfile', 'api/go.mod'],
    ],
  ])('%s', (_, extra, markers) => {
    const ctx = fakeContext(
      memoryRepo({
        'api/go.mod': 'module api\n',
        'api/main.go': 'x',
        'api/docker/Dockerfile': 'FROM golang\n',
        [extra]: '{}',
      }),
      { 'api/go.mod': { type: 'go.mod', name: 'api' } },
      {
        'api/main.go': {
          language: 'go',
          packageName: 'main',
          hints: [{ id: 'go.func-main', line: 3, text: 'func main() {' }],
        },
      },
    )
    const { units } = discoverServices(ctx, {})
    expect(units.map((u) => [u.root, u.kind, u.markers])).toEqual([['api', 'service', markers]])
  })
})

describe('a merged directory brings its code with it', () => {
  it("a build directory's glue script is code of the unit it joins", () => {
    const ctx = createScanContext(
      memoryRepo({
        'ops/Dockerfile': 'FROM alpine\n',
        'ops/docker/Dockerfile': 'FROM alpine\n',
        'ops/docker/entrypoint.sh': '#!/bin/sh\necho hi\n',
      }),
    )
    const { units } = discoverServices(ctx, {})
    // With no code of its own `ops` would be a build-only image (infra); the script makes it code.
    expect(units.map((u) => [u.root, u.kind, u.kindEvidence])).toEqual([
      ['ops', 'library', [{ path: 'ops', detail: 'container image with no code' }]],
    ])
  })
})

describe('attachDeployFiles reads what a unit describes itself only when it matters', () => {
  const tree = {
    'billing/requirements.txt': 'flask\n',
    'billing/app.py': 'x',
    'billing/k8s/deployment.yaml':
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: billing\n',
    'cart/package.json': '{ "name": "cart", "scripts": { "start": "node server.js" } }',
    'cart/server.js': 'require("express")().listen(3000)\n',
    'cart/k8s/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cart\n',
    'extras/hpa/billing.yaml':
      'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: billing\nspec:\n  scaleTargetRef:\n    name: billing\n',
  }
  const readsOf = (files: Record<string, string>): string[] => {
    const view = memoryRepo(files)
    const reads: string[] = []
    const counting = {
      ...view,
      files: view.files,
      read(path: string, max?: number): ReadResult {
        reads.push(path)
        return view.read(path, max)
      },
    }
    const { units } = discoverServices(createScanContext(counting), {})
    expect(units.find((u) => u.root === 'billing')?.attached ?? []).toEqual([])
    return reads
  }
  it('reads the own manifests of the unit something outside names, and no other', () => {
    const reads = readsOf(tree)
    expect(reads).toContain('billing/k8s/deployment.yaml')
    expect(reads).not.toContain('cart/k8s/deployment.yaml')
  })
  it('reads no unit manifest when nothing outside names a unit', () => {
    const rest: Record<string, string> = { ...tree }
    delete rest['extras/hpa/billing.yaml']
    const reads = readsOf(rest)
    expect(reads.filter((path) => path.endsWith('.yaml'))).toEqual([])
  })
})
