/**
 * A pull request analysed from a snapshot of its base (src/core/7-delta/snapshot.ts), on real git
 * histories: the touched services as without one, the untouched ones as a full scan of the head
 * sees them (without a snapshot they are counted from their listing and entry files, which these
 * histories keep exact, so the two reports are equal), and the whole head analysed when the
 * change could reach further. It reads only the touched units' directories.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { createFsRepoView } from '../../src/adapters/fs-repo-view.js'
import { createGitBase } from '../../src/adapters/git-base.js'
import { createGitHeadView } from '../../src/adapters/git-head-view.js'
import { renderJson } from '../../src/core/5-report/json.js'
import {
  SNAPSHOT_LIMITS,
  parseSnapshot,
  serializeSnapshot,
  type Snapshot,
} from '../../src/core/7-delta/snapshot.js'
import type { RepoView } from '../../src/core/ports.js'
import { runStackfit, type RunResult } from '../../src/engine.js'
import { VERSION } from '../../src/version.js'
import { random } from '../support/random.js'
import { createHistory, type Changes, type History } from './git-history.js'
import { BASE_TREE, CHECKOUT_GO_MOD, CHECKOUT_MAIN, RANKER_GO_MOD, RANKER_MAIN } from './fixture.js'

let history: History | undefined
afterEach(() => {
  history?.remove()
  history = undefined
})

const NOW = new Date('2026-06-01T00:00:00Z')

/** The base on `main`, the pull request on `pr`, checked out. */
function pullRequest(base: Changes, changes: Changes): History {
  history = createHistory(base)
  history.git('checkout', '-q', '-b', 'pr')
  history.commit('the pull request', changes)
  return history
}

/** What the default branch's run leaves: a snapshot of `main`, scanned from its checkout. */
function snapshotOfMain(h: History): Snapshot {
  h.git('checkout', '-q', 'main')
  const commit = h.git('rev-parse', 'HEAD')
  const result = runStackfit(
    { failOn: 'never', now: NOW, snapshotCommit: commit },
    { repo: createFsRepoView(h.dir) },
  )
  h.git('checkout', '-q', 'pr')
  if (!result.snapshot) throw new Error('no snapshot')
  // Through text, as the cache keeps it.
  const parsed = parseSnapshot(serializeSnapshot(result.snapshot))
  if (!parsed.ok) throw new Error(parsed.problem)
  return parsed.snapshot
}

/** `view`, recording in `reads` every path read through it. */
function recording(view: RepoView, reads: string[]): RepoView {
  return {
    ...view,
    read: (path, max) => (reads.push(path), view.read(path, max)),
    ...(view.readBytes
      ? { readBytes: (path, max) => (reads.push(path), view.readBytes!(path, max)) }
      : {}),
  }
}

interface Runs {
  without: RunResult
  with: RunResult
  reads: string[]
  /** How often the run from the snapshot asked for the whole head's listing. */
  wholeListings: number
}

/**
 * The change analysed without and with the snapshot. The run with it lists the parts of the head
 * it needs through git (as the Action does); its whole-head view counts the times it is listed.
 */
function bothWays(h: History, snapshot: Snapshot, scope: 'changed' | 'all' = 'changed'): Runs {
  const run = (given?: Snapshot, view?: RepoView): RunResult => {
    const base = createGitBase(h.dir, 'main')
    if (!base.ok) throw new Error(base.message)
    return runStackfit(
      { failOn: 'warning', now: NOW, scope, ...(given ? { snapshot: given } : {}) },
      {
        repo: view ?? createFsRepoView(h.dir),
        base: base.port,
        ...(given
          ? {
              headIn: (parts) => {
                const listed = createGitHeadView(h.dir, { scope: parts })
                return listed.ok ? recording(listed.view, reads) : undefined
              },
            }
          : {}),
      },
    )
  }
  const reads: string[] = []
  const whole = createFsRepoView(h.dir)
  let wholeListings = 0
  const counted: RepoView = {
    get files() {
      wholeListings++
      return whole.files
    },
    pruned: whole.pruned,
    diagnostics: whole.diagnostics,
    read: (p, m) => (reads.push(p), whole.read(p, m)),
    readBytes: (p, m) => (reads.push(p), whole.readBytes!(p, m)),
  }
  const without = run()
  const withSnapshot = run(snapshot, counted)
  return { without, with: withSnapshot, reads, wholeListings }
}

const ONNX = {
  'services/checkout/go.mod': `${CHECKOUT_GO_MOD}\nrequire github.com/yalue/onnxruntime_go v1.13.0\n`,
  'services/checkout/main.go': CHECKOUT_MAIN.replace(
    '"github.com/gin-gonic/gin"',
    '"github.com/gin-gonic/gin"\n\tort "github.com/yalue/onnxruntime_go"',
  ),
}

const GEM = "source 'https://rubygems.org'\ngem 'sinatra'\n"
const RUBY_APP = "require 'sinatra'\n\nget '/' do\n  'hi'\nend\n"

describe('a pull request analysed from a snapshot of its base', () => {
  it.each<[string, Changes, Changes]>([
    ['an ML dependency in a Go service', BASE_TREE, ONNX],
    ['a README edit', BASE_TREE, { 'services/ranker/README.md': '# ranker\n\nfast\n' }],
    [
      'a file moved within a service',
      BASE_TREE,
      { 'services/ranker/main.go': null, 'services/ranker/cmd/ranker/main.go': RANKER_MAIN },
    ],
    [
      'a fixed finding',
      BASE_TREE,
      {
        'services/ranker/go.mod': CHECKOUT_GO_MOD.replace('checkout', 'ranker'),
        'services/ranker/main.go': CHECKOUT_MAIN,
      },
    ],
    [
      'a change that makes an untouched service lone',
      {
        ...BASE_TREE,
        'services/legacy/Gemfile': GEM,
        'services/legacy/app.rb': RUBY_APP,
        'services/admin/Gemfile': GEM,
        'services/admin/app.rb': RUBY_APP,
      },
      { 'services/admin/app.rb': null, 'services/admin/main.go': CHECKOUT_MAIN },
    ],
    [
      'a generated file and an ignored one inside the service',
      BASE_TREE,
      {
        'services/ranker/gen.go': '// Code generated by hand. DO NOT EDIT.\n\npackage main\n',
        'services/ranker/node_modules/x/index.js': 'module.exports = 1\n',
      },
    ],
  ])('%s: the same report, from the snapshot', (_, base, changes) => {
    const h = pullRequest(base, changes)
    const runs = bothWays(h, snapshotOfMain(h))
    expect(runs.with.snapshotUse).toMatchObject({ used: true })
    expect(runs.wholeListings).toBe(0)
    expect(renderJson(runs.with.report)).toBe(renderJson(runs.without.report))
    expect(runs.with.analysis).toEqual(runs.without.analysis)
    expect(runs.with.verdict).toEqual(runs.without.verdict)
  })

  it('takes untouched services as a full scan sees them, where counting from the listing errs', () => {
    // services/edge starts in server.go, not an entry file: counted from its listing it looks
    // like a library; the snapshot has read it.
    const base = {
      ...BASE_TREE,
      'services/edge/go.mod': GO_MOD('edge'),
      'services/edge/server.go': GO_MAIN(false),
    }
    const h = pullRequest(base, ONNX)
    const runs = bothWays(h, snapshotOfMain(h))
    const full = runStackfit({ failOn: 'never', now: NOW }, { repo: createFsRepoView(h.dir) })
    const edge = (r: RunResult) => r.analysis.services.find((s) => s.root === 'services/edge')
    expect(edge(runs.without)).toMatchObject({ kind: 'library', counted: true })
    expect(edge(runs.with)).toMatchObject({ kind: 'service', counted: true })
    expect({ ...edge(runs.with), signals: [], frameworks: [] }).toEqual({
      ...edge(full),
      signals: [],
      frameworks: [],
      counted: true,
    })
    const checkout = (r: RunResult) =>
      r.analysis.services.find((s) => s.root === 'services/checkout')
    expect(checkout(runs.with)).toEqual(checkout(runs.without))
  })

  it('reads nothing of the units the change does not touch', () => {
    const h = pullRequest(BASE_TREE, ONNX)
    const runs = bothWays(h, snapshotOfMain(h))
    expect(runs.with.snapshotUse).toMatchObject({ used: true })
    const elsewhere = runs.reads.filter(
      (p) => p.startsWith('services/') && !p.startsWith('services/checkout/'),
    )
    expect(elsewhere).toEqual([])
    expect(runs.reads.some((p) => p.startsWith('services/checkout/'))).toBe(true)
  })

  it.each<[string, Changes, RegExp]>([
    [
      'a new service',
      { 'services/search/go.mod': RANKER_GO_MOD, 'services/search/main.go': RANKER_MAIN },
      /outside every unit|adds or removes/,
    ],
    [
      'a removed service',
      { 'services/notify/requirements.txt': null, 'services/notify/worker.py': null },
      /adds or removes/,
    ],
    ['a policy change', { '.stackfit.yml': 'fail-on: error\n' }, /\.stackfit\.yml changed/],
    [
      'a Kubernetes file',
      { 'services/ranker/deploy.yaml': 'kind: Deployment\n' },
      /deploy\.yaml changed/,
    ],
    ['a root README', { 'README.md': '# shop\n\nAll services.\n' }, /outside every unit/],
    [
      'a renamed service',
      { 'services/ranker/go.mod': CHECKOUT_GO_MOD, 'services/ranker/main.go': CHECKOUT_MAIN },
      /services\/ranker changes its name/,
    ],
  ])('%s: analyses the whole head, with the same report', (_, changes, reason) => {
    const h = pullRequest(BASE_TREE, changes)
    const runs = bothWays(h, snapshotOfMain(h))
    expect(runs.with.snapshotUse).toMatchObject({ used: false })
    expect(
      runs.with.snapshotUse && !runs.with.snapshotUse.used && runs.with.snapshotUse.reason,
    ).toMatch(reason)
    expect(renderJson(runs.with.report)).toBe(renderJson(runs.without.report))
  })

  it('is not used for another base commit, version or settings', () => {
    const h = pullRequest(BASE_TREE, ONNX)
    const snapshot = snapshotOfMain(h)
    const reasons = [
      { ...snapshot, commit: '0'.repeat(40) },
      { ...snapshot, tool: `${VERSION}-other` },
      { ...snapshot, settings: '{"exclude":["x"]}' },
    ].map((s) => {
      const use = bothWays(h, s).with.snapshotUse
      return use && !use.used ? use.reason : 'used'
    })
    expect(reasons).toEqual([
      `it is of commit ${'0'.repeat(40)}, not of the base`,
      `it was written by stackfit ${VERSION}-other`,
      'it was made with other settings',
    ])
  })

  it('is not used with scope: all', () => {
    const h = pullRequest(BASE_TREE, ONNX)
    const runs = bothWays(h, snapshotOfMain(h), 'all')
    expect(runs.with.snapshotUse).toBeUndefined()
    expect(renderJson(runs.with.report)).toBe(renderJson(runs.without.report))
  })
})

// ---------------------------------------------------------------------------------------------
// Randomized histories: several services, libraries referenced by path, nested directories.

const GO_MOD = (name: string, extra = ''): string =>
  `module example.com/shop/${name}\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.10.0\n${extra}`
const GO_MAIN = (ml: boolean): string =>
  `package main\n\nimport (\n\t"github.com/gin-gonic/gin"\n${ml ? '\tort "github.com/yalue/onnxruntime_go"\n' : ''})\n\n${ml ? 'var _ = ort.InitializeEnvironment\n\n' : ''}func main() {\n\tr := gin.New()\n\t_ = r.Run(":8080")\n}\n`
const PY_APP = (ml: boolean): string =>
  `${ml ? 'import torch\n' : ''}from flask import Flask\n\napp = Flask(__name__)\n\nif __name__ == "__main__":\n    app.run()\n`

function randomPlan(seed: number): { base: Changes; pr: Changes } {
  const rng = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T
  const base: Changes = {
    'README.md': '# shop\n',
    'libs/ml/go.mod': GO_MOD('libs/ml', 'require github.com/yalue/onnxruntime_go v1.13.0\n'),
    'libs/ml/ml.go': 'package ml\n\nimport _ "github.com/yalue/onnxruntime_go"\n',
  }
  const roots: string[] = []
  for (let i = 0; i < 3 + Math.floor(rng() * 4); i++) {
    const root = `${pick(['services', 'apps', 'services/core'])}/s${i}`
    roots.push(root)
    if (rng() < 0.5) {
      const lib = rng() < 0.3
      base[`${root}/go.mod`] = GO_MOD(
        root,
        lib
          ? `require example.com/shop/libs/ml v0.0.0\nreplace example.com/shop/libs/ml => ${'../'.repeat(root.split('/').length)}libs/ml\n`
          : '',
      )
      base[`${root}/main.go`] = GO_MAIN(rng() < 0.3)
      base[`${root}/handler.go`] = 'package main\n\nfunc handle() {}\n'
    } else {
      base[`${root}/requirements.txt`] = `flask==3.0.0\n${rng() < 0.3 ? 'torch==2.3.1\n' : ''}`
      base[`${root}/app.py`] = PY_APP(rng() < 0.3)
      base[`${root}/util/helpers.py`] = 'def helper():\n    return 1\n'
    }
  }
  const pr: Changes = {}
  for (let i = 0; i < 1 + Math.floor(rng() * 3); i++) {
    const root = pick(roots)
    const go = base[`${root}/go.mod`] !== undefined
    switch (pick(['code', 'code', 'ml', 'doc', 'lib', 'new-file', 'delete-file'] as const)) {
      case 'code':
        pr[go ? `${root}/handler.go` : `${root}/util/helpers.py`] = go
          ? `package main\n\nfunc handle() { _ = ${Math.floor(rng() * 100)} }\n`
          : `def helper():\n    return ${Math.floor(rng() * 100)}\n`
        break
      case 'ml':
        pr[go ? `${root}/main.go` : `${root}/app.py`] = go ? GO_MAIN(true) : PY_APP(true)
        break
      case 'doc':
        pr[`${root}/docs/notes.md`] = `# ${root}\n`
        break
      case 'lib':
        pr['libs/ml/ml.go'] =
          `package ml\n\nimport _ "github.com/yalue/onnxruntime_go"\n\nconst V = ${Math.floor(rng() * 9)}\n`
        break
      case 'new-file':
        pr[go ? `${root}/extra.go` : `${root}/extra.py`] = go ? 'package main\n' : 'X = 1\n'
        break
      case 'delete-file':
        pr[go ? `${root}/handler.go` : `${root}/util/helpers.py`] = null
        break
    }
  }
  return { base, pr }
}

describe('randomized histories: the same report with and without the snapshot', () => {
  const SEEDS = Array.from({ length: 24 }, (_, i) => 2000 + i)
  let used = 0
  it.each(SEEDS)('seed %i', (seed) => {
    const { base, pr } = randomPlan(seed)
    const h = pullRequest(base, pr)
    const runs = bothWays(h, snapshotOfMain(h))
    if (runs.with.snapshotUse?.used) {
      used += 1
      expect(runs.wholeListings).toBe(0)
    }
    expect(renderJson(runs.with.report)).toBe(renderJson(runs.without.report))
    // Also what reports do not show: the file count, every exclusion and diagnostic, libraries.
    expect(runs.with.analysis).toEqual(runs.without.analysis)
  })

  it('most of them use the snapshot', () => {
    // Guards the generator: a property that always fell back would hold vacuously.
    expect(used).toBeGreaterThanOrEqual(SEEDS.length / 2)
  })
})

describe('parseSnapshot', () => {
  const good = {
    format: 1,
    tool: VERSION,
    settings: '{}',
    commit: 'a'.repeat(40),
    analysis: {
      services: [{ root: 'a' }],
      exclusions: [],
      diagnostics: [],
      fileCount: 1,
      footprint: { a: { outside: [], counted: 1 } },
    },
  }
  it('accepts a complete snapshot', () => {
    expect(parseSnapshot(JSON.stringify(good)).ok).toBe(true)
  })
  it.each<[string, string, string]>([
    ['truncated text', JSON.stringify(good).slice(0, 40), 'not JSON'],
    ['an array', '[]', 'not a JSON object'],
    ['another format', JSON.stringify({ ...good, format: 2 }), 'format 2, expected 1'],
    ['no commit', JSON.stringify({ ...good, commit: 7 }), 'no "commit" text'],
    [
      'no footprint',
      JSON.stringify({ ...good, analysis: { ...good.analysis, footprint: undefined } }),
      'no complete analysis',
    ],
    [
      'a unit without footprint',
      JSON.stringify({ ...good, analysis: { ...good.analysis, footprint: {} } }),
      'no footprint for a',
    ],
    [
      'a counted service',
      JSON.stringify({
        ...good,
        analysis: { ...good.analysis, services: [{ root: 'a', counted: true }] },
      }),
      'only counted',
    ],
  ])('refuses %s', (_, text, problem) => {
    const parsed = parseSnapshot(text)
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? '' : parsed.problem).toContain(problem)
  })
})

describe('SNAPSHOT_LIMITS', () => {
  it.each([
    ['.gitignore', true],
    ['a/.gitattributes', true],
    ['.stackfit.yaml', true],
    ['go.work', true],
    ['k8s/deploy.yml', true],
    ['svc/Dockerfile', true],
    ['svc/Dockerfile.dev', true],
    ['svc/api.Dockerfile', true],
    ['svc/main.go', false],
    ['svc/go.mod', false],
    ['svc/Dockerfiles.md', false],
  ])('%s: %s', (path, limited) => {
    expect(SNAPSHOT_LIMITS.some((l) => l.test(path))).toBe(limited)
  })
})
