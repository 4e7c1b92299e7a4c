/**
 * The changed-services mode of a pull request (`scope: changed`): what the head side reads, and
 * that it never loses a finding the full comparison (`scope: all`) reports as new, on the
 * scenarios of pr-scenarios.test.ts and on randomized small histories (fixed seeds).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { createFsRepoView } from '../../src/adapters/fs-repo-view.js'
import { createGitBase } from '../../src/adapters/git-base.js'
import { RULES } from '../../src/core/4-evaluate/catalog.js'
import type { RuleContext } from '../../src/core/4-evaluate/define-rule.js'
import { PROFILES } from '../../src/core/4-evaluate/profiles.js'
import type { BasePort } from '../../src/core/7-delta/compare-with-base.js'
import { CONTEXT_RULES } from '../../src/core/7-delta/changed-scope.js'
import { isEntryPointFile } from '../../src/core/7-delta/focus.js'
import { renderMarkdown } from '../../src/core/5-report/markdown.js'
import { renderText } from '../../src/core/5-report/text.js'
import type { Analysis, Finding, Report } from '../../src/core/model.js'
import type { RepoView } from '../../src/core/ports.js'
import { runStackfit } from '../../src/engine.js'
import { SIGNALS } from '../../src/core/3-detect/signal-definitions.js'
import { buildService } from '../support/build-service.js'
import { memoryRepo } from '../support/memory-repo.js'
import { random } from '../support/random.js'
import { createHistory, type Changes, type History } from './git-history.js'
import { BASE_TREE, CHECKOUT_GO_MOD, CHECKOUT_MAIN, RANKER_GO_MOD, RANKER_MAIN } from './fixture.js'

// ---------------------------------------------------------------------------------------------
// Small service trees

const GO_MOD = (name: string, ml: boolean): string =>
  `module github.com/acme/shop/${name}\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.10.0\n${ml ? 'require github.com/yalue/onnxruntime_go v1.13.0\n' : ''}`
const GO_MAIN = (ml: boolean): string =>
  `package main\n\nimport (\n\t"github.com/gin-gonic/gin"\n${ml ? '\tort "github.com/yalue/onnxruntime_go"\n' : ''})\n\n${ml ? 'var _ = ort.InitializeEnvironment\n\n' : ''}func main() {\n\tr := gin.New()\n\t_ = r.Run(":8080")\n}\n`
const PY_REQS = (ml: boolean): string => `flask==3.0.0\n${ml ? 'torch==2.3.1\n' : ''}`
const PY_APP = (ml: boolean): string =>
  `${ml ? 'import torch\n' : ''}from flask import Flask\n\napp = Flask(__name__)\n\nif __name__ == "__main__":\n    app.run()\n`

type Lang = 'go' | 'python' | 'ruby'

function serviceFiles(root: string, lang: Lang, ml: boolean): Changes {
  const name = root.slice(root.lastIndexOf('/') + 1)
  switch (lang) {
    case 'go':
      return { [`${root}/go.mod`]: GO_MOD(name, ml), [`${root}/main.go`]: GO_MAIN(ml) }
    case 'python':
      return { [`${root}/requirements.txt`]: PY_REQS(ml), [`${root}/app.py`]: PY_APP(ml) }
    case 'ruby':
      return {
        [`${root}/Gemfile`]: "source 'https://rubygems.org'\ngem 'sinatra'\n",
        [`${root}/app.rb`]: "require 'sinatra'\n\nget '/' do\n  'hi'\nend\n",
      }
  }
}

// ---------------------------------------------------------------------------------------------
// What the head side reads

/** A RepoView that records every path read through it. */
function recording(view: RepoView): { view: RepoView; reads: string[] } {
  const reads: string[] = []
  return {
    reads,
    view: { ...view, read: (path, max) => (reads.push(path), view.read(path, max)) },
  }
}

/** A base port over an object literal, as the git and API ports provide one. */
function memoryBase(tree: Record<string, string>, changedPaths: string[]): BasePort {
  return {
    label: 'main',
    changedPaths,
    view(include) {
      return memoryRepo(Object.fromEntries(Object.entries(tree).filter(([p]) => include(p))))
    },
  }
}

const toStrings = (tree: Changes): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).filter((e): e is [string, string] => typeof e[1] === 'string'),
  )

/** Sources the pipeline lexes (Ruby has no lexer: it is classified by size only). */
const SOURCE = /\.(go|py|js|ts)$/

describe('changed scope: the head reads only the touched services', () => {
  const base = toStrings({
    ...BASE_TREE,
    ...serviceFiles('services/billing', 'python', false),
    ...serviceFiles('services/legacy', 'ruby', false),
    'services/checkout/handler.go': 'package main\n\nimport "net/http"\n\nvar _ = http.StatusOK\n',
    'services/billing/models.py': 'import dataclasses\n',
  })
  it.each([
    ['a Go source edit', { 'services/checkout/main.go': `${CHECKOUT_MAIN}// edited\n` }],
    ['a manifest edit', { 'services/notify/requirements.txt': 'celery==5.4.1\n' }],
    ['a new service', serviceFiles('services/search', 'go', true)],
    ['a README edit', { 'services/ranker/README.md': '# ranker\n\nRanks, fast.\n' }],
    ['a root file', { 'README.md': '# shop, renamed\n' }],
  ])('%s', (_, changes) => {
    const head = { ...base, ...toStrings(changes) }
    const changed = Object.keys(changes).sort()
    const port = memoryBase(base, changed)
    const { view, reads } = recording(memoryRepo(head))
    const result = runStackfit({ failOn: 'never', policy: 'none' }, { repo: view, base: port })
    const touched = result.report.delta?.touched ?? []
    const analysed = result.report.delta?.coverage?.analysed ?? []
    const inTouched = (path: string): boolean => analysed.some((r) => path.startsWith(`${r}/`))
    // Outside the touched services only entry-point files (main.go, app.py) are read.
    const untouchedSources = reads.filter((p) => SOURCE.test(p) && !inTouched(p))
    expect(untouchedSources.filter((p) => !isEntryPointFile(p))).toEqual([])
    expect(reads.filter((p) => /handler\.go|models\.py/.test(p) && !inTouched(p))).toEqual([])
    // Every service is still counted, and the report says which were analysed.
    const full = runStackfit({ failOn: 'never', policy: 'none' }, { repo: memoryRepo(head) })
    expect(result.report.services.map((s) => [s.root, s.kind, s.language.id])).toEqual(
      full.report.services.map((s) => [s.root, s.kind, s.language.id]),
    )
    // Analysed: the touched services, and those whose findings the change can alter through
    // the team's languages (a new service changes the counts SF901 quotes); the rest counted.
    const coverage = result.report.delta?.coverage
    const headRoots = full.report.services.map((s) => s.root)
    expect(analysed).toEqual(expect.arrayContaining(headRoots.filter((r) => touched.includes(r))))
    expect([...analysed, ...(coverage?.counted ?? [])].sort()).toEqual(headRoots)
    expect(coverage?.counted.length).toBeGreaterThan(0)
    // The analysed services were read in full.
    const analysedSources = Object.keys(head).filter((p) => SOURCE.test(p) && inTouched(p))
    expect(analysedSources.filter((p) => !reads.includes(p))).toEqual([])
  })

  it('reads every source with scope: all', () => {
    const head = { ...base, 'services/checkout/main.go': `${CHECKOUT_MAIN}// edited\n` }
    const { view, reads } = recording(memoryRepo(head))
    const port = memoryBase(base, ['services/checkout/main.go'])
    runStackfit({ failOn: 'never', policy: 'none', scope: 'all' }, { repo: view, base: port })
    const sources = Object.keys(head).filter((p) => SOURCE.test(p))
    expect(sources.filter((p) => !reads.includes(p))).toEqual([])
  })
})

describe('repository-wide rules', () => {
  it('every rule outside CONTEXT_RULES judges a service without reading the rest of the repository', () => {
    const analysis = new Proxy({} as Analysis, {
      get(_, key) {
        throw new Error(`read analysis.${String(key)}`)
      },
    })
    const context: RuleContext = { analysis, profiles: PROFILES }
    const contextIds = new Set(CONTEXT_RULES.map((c) => c.rule.id))
    const everySignal = SIGNALS.map((d) => ({ id: d.id, at: ['services/x/main.go:1 evidence'] }))
    const subjects = (['go', 'python', 'ruby', 'java', 'rust', 'typescript'] as const).flatMap(
      (language) => [
        buildService({ root: 'services/x', language }),
        buildService({ root: 'services/x', language, signals: everySignal }),
      ],
    )
    const readers = RULES.filter((rule) => {
      try {
        for (const s of subjects) rule.check(s, context)
        return false
      } catch {
        return true
      }
    }).map((r) => r.id)
    expect(readers.filter((id) => !contextIds.has(id))).toEqual([])
    // The check can fail: the listed rules do read it.
    expect(readers.filter((id) => contextIds.has(id))).toEqual([...contextIds])
  })
})

// ---------------------------------------------------------------------------------------------
// No finding is lost

let history: History | undefined
afterEach(() => history?.remove())

interface Compared {
  changed: Report
  all: Report
}

function bothScopes(h: History): Compared {
  const run = (scope: 'changed' | 'all'): Report => {
    const base = createGitBase(h.dir, 'main')
    if (!base.ok) throw new Error(base.message)
    return runStackfit(
      { failOn: 'never', now: new Date('2026-06-01T00:00:00Z'), scope },
      { repo: createFsRepoView(h.dir), base: base.port },
    ).report
  }
  return { changed: run('changed'), all: run('all') }
}

const describeFinding = (f: Finding): string =>
  `${f.status ?? '-'} ${f.ruleId} ${f.service} ${f.severity}${f.waived ? ' waived' : ''}`

/** The properties of issue 5: nothing new is lost, and touched services read the same. */
function expectNoLoss({ changed, all }: Compared): void {
  const newInAll = all.findings.filter((f) => f.status === 'new').map(describeFinding)
  const newInChanged = changed.findings.filter((f) => f.status === 'new').map(describeFinding)
  expect(newInChanged).toEqual(newInAll)
  const touched = new Set(all.delta?.touched)
  const ofTouched = (r: Report): string[] =>
    r.findings
      .filter((f) => touched.has(f.service))
      .map((f) => `${describeFinding(f)} ${f.message}`)
  expect(ofTouched(changed)).toEqual(ofTouched(all))
  expect(changed.delta?.services).toEqual(all.delta?.services)
  expect(changed.delta?.resolved).toEqual(all.delta?.resolved)
  expect(changed.delta?.counts.new).toBe(all.delta?.counts.new)
  expect(changed.verdict.conclusion).toBe(all.verdict.conclusion)
  expect(changed.services.map((s) => [s.root, s.kind, s.language.id])).toEqual(
    all.services.map((s) => [s.root, s.kind, s.language.id]),
  )
}

function pullRequest(base: Changes, changes: Changes): History {
  history = createHistory(base)
  history.git('checkout', '-q', '-b', 'pr')
  history.commit('the pull request', changes)
  return history
}

describe('changed scope loses no new finding: the pull-request scenarios', () => {
  const ONNX = {
    'services/checkout/go.mod': `${CHECKOUT_GO_MOD}\nrequire github.com/yalue/onnxruntime_go v1.13.0\n`,
    'services/checkout/main.go': GO_MAIN(true),
  }
  it.each<[string, Changes, Changes]>([
    ['an ML dependency in a Go service', BASE_TREE, ONNX],
    ['a README edit', BASE_TREE, { 'services/ranker/README.md': '# ranker\n\nfast\n' }],
    [
      'a file moved within a service',
      BASE_TREE,
      { 'services/ranker/main.go': null, 'services/ranker/cmd/ranker/main.go': RANKER_MAIN },
    ],
    [
      'a new service',
      BASE_TREE,
      {
        'services/search/go.mod': RANKER_GO_MOD.replace('ranker', 'search'),
        'services/search/main.go': RANKER_MAIN,
      },
    ],
    [
      'a removed service',
      BASE_TREE,
      { 'services/notify/requirements.txt': null, 'services/notify/worker.py': null },
    ],
    [
      'a fixed finding',
      BASE_TREE,
      { 'services/ranker/go.mod': CHECKOUT_GO_MOD, 'services/ranker/main.go': CHECKOUT_MAIN },
    ],
    [
      // The untouched Ruby service becomes the only Ruby code: a new SF901 outside the change.
      'a change that makes an untouched service lone',
      {
        ...BASE_TREE,
        ...serviceFiles('services/legacy', 'ruby', false),
        ...serviceFiles('services/admin', 'ruby', false),
      },
      { 'services/admin/Gemfile': null, 'services/admin/app.rb': null },
    ],
    [
      // A waiver used only by the finding the PR fixes, while an untouched service it also covers
      // has no such finding: the waiver becomes unused (SF011) although it names no touched path.
      'a waiver left unused',
      {
        ...BASE_TREE,
        '.stackfit.yml':
          'waivers:\n  - rule: SF101\n    service: services/*\n    reason: in review\n',
      },
      { 'services/ranker/go.mod': CHECKOUT_GO_MOD, 'services/ranker/main.go': CHECKOUT_MAIN },
    ],
    [
      // The waiver also covers an untouched service's SF101, so it stays in use: no SF011.
      'a waiver still used by an untouched service',
      {
        ...BASE_TREE,
        ...serviceFiles('services/scoring', 'go', true),
        '.stackfit.yml':
          'waivers:\n  - rule: SF101\n    service: services/*\n    reason: in review\n',
      },
      { 'services/ranker/go.mod': CHECKOUT_GO_MOD, 'services/ranker/main.go': CHECKOUT_MAIN },
    ],
  ])('%s', (_, base, changes) => {
    expectNoLoss(bothScopes(pullRequest(base, changes)))
  })

  it('analyses an untouched service in full when the team context changes, and says so', () => {
    const base = {
      ...BASE_TREE,
      ...serviceFiles('services/legacy', 'ruby', false),
      ...serviceFiles('services/admin', 'ruby', false),
    }
    const { changed } = bothScopes(
      pullRequest(base, { 'services/admin/Gemfile': null, 'services/admin/app.rb': null }),
    )
    expect(changed.findings.map(describeFinding)).toContain('new SF901 services/legacy notice')
    expect(changed.delta?.coverage?.analysed).toContain('services/legacy')
    expect(changed.services.find((s) => s.root === 'services/legacy')?.counted).toBeUndefined()
    expect(changed.services.find((s) => s.root === 'services/checkout')?.counted).toBe(true)
    const sentence =
      /Analysed \d+ director(y|ies) in full; \d+ untouched ones? (was|were) only counted/
    expect(renderMarkdown(changed)).toMatch(sentence)
    expect(renderText(changed, { color: false })).toMatch(sentence)
    // Counted services are not judged in this run: the headline says so, and they are folded
    // below the analysed ones, with no workload or fit column.
    const markdown = renderMarkdown(changed)
    expect(markdown).toContain('4 directories, 1 judged as a service')
    const [main, folded = ''] = markdown.split('<summary>Untouched directories, only counted (')
    expect(main).toMatch(/`services\/legacy` \| service \|/)
    expect(main).not.toContain('`services/checkout`')
    expect(folded).toMatch(/^\d+\)<\/summary>/)
    expect(folded).toMatch(/\| `services\/checkout` \| service \| [a-z]+ \d+% \|\n/)
    expect(folded).not.toContain('not judged')
    const text = renderText(changed, { color: false })
    expect(text).toMatch(/^services\/legacy +service/m)
    expect(text).not.toMatch(/^services\/checkout/m)
    expect(text).toMatch(/\d+ untouched director(y|ies) only counted, not listed/)
  })
})

// ---------------------------------------------------------------------------------------------
// Randomized histories

/** Weighted so that lone languages (SF901) come and go often. */
const LANGS: readonly Lang[] = ['go', 'go', 'python', 'ruby', 'ruby']
const NAMES = ['auth', 'cart', 'feed', 'mail', 'rank', 'scan', 'ship', 'user']

interface Plan {
  base: Changes
  pr: Changes
  story: string[]
}

/** A small monorepo and a pull request of one to three random edits. */
function plan(seed: number): Plan {
  const rng = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T
  const services = new Map<string, { lang: Lang; ml: boolean }>()
  const count = 2 + Math.floor(rng() * 4)
  for (const name of NAMES.slice(0, count))
    services.set(`services/${name}`, { lang: pick(LANGS), ml: rng() < 0.3 })
  const base: Changes = { 'README.md': '# shop\n' }
  for (const [root, s] of services) Object.assign(base, serviceFiles(root, s.lang, s.ml))
  const waived = rng() < 0.4 ? pick([...services.keys()]) : undefined
  if (waived)
    base['.stackfit.yml'] =
      `waivers:\n  - rule: ${pick(['SF101', 'SF901'])}\n    service: ${rng() < 0.5 ? waived : 'services/*'}\n    reason: known\n`
  const pr: Changes = {}
  const story: string[] = []
  const edits = 1 + Math.floor(rng() * 3)
  for (let i = 0; i < edits; i++) {
    const roots = [...services.keys()]
    const root = pick(roots)
    const s = services.get(root) as { lang: Lang; ml: boolean }
    switch (pick(['ml', 'lang', 'lang', 'add', 'remove', 'remove', 'readme', 'waiver'] as const)) {
      case 'ml':
        s.ml = !s.ml
        Object.assign(pr, serviceFiles(root, s.lang, s.ml))
        story.push(`${s.ml ? 'adds' : 'drops'} ML in ${root}`)
        break
      case 'lang': {
        for (const path of Object.keys(serviceFiles(root, s.lang, s.ml))) pr[path] = null
        s.lang = pick(LANGS)
        Object.assign(pr, serviceFiles(root, s.lang, s.ml))
        story.push(`rewrites ${root} in ${s.lang}`)
        break
      }
      case 'add': {
        const name = NAMES.find((n) => !services.has(`services/${n}`))
        if (!name) break
        const lang = pick(LANGS)
        services.set(`services/${name}`, { lang, ml: rng() < 0.3 })
        Object.assign(pr, serviceFiles(`services/${name}`, lang, rng() < 0.3))
        story.push(`adds services/${name} in ${lang}`)
        break
      }
      case 'remove':
        if (roots.length < 2) break
        for (const path of Object.keys(serviceFiles(root, s.lang, s.ml))) pr[path] = null
        services.delete(root)
        story.push(`removes ${root}`)
        break
      case 'readme':
        pr[`${root}/README.md`] = `# ${root}\n`
        story.push(`documents ${root}`)
        break
      case 'waiver':
        pr['.stackfit.yml'] = `waivers:\n  - rule: SF901\n    service: ${root}\n    reason: known\n`
        story.push(`waives SF901 in ${root}`)
        break
    }
  }
  return { base, pr, story }
}

describe('changed scope loses no new finding: randomized histories', () => {
  const SEEDS = Array.from({ length: 16 }, (_, i) => 1000 + i)
  let outside = 0
  it.each(SEEDS)('seed %i', (seed) => {
    const { base, pr } = plan(seed)
    const compared = bothScopes(pullRequest(base, pr))
    expectNoLoss(compared)
    const touched = new Set(compared.all.delta?.touched)
    if (compared.all.findings.some((f) => f.status === 'new' && !touched.has(f.service)))
      outside += 1
  })

  it('the histories include new findings outside the touched services', () => {
    // Guards the generator: without such cases the property above would hold vacuously.
    expect(outside).toBeGreaterThan(0)
  })
})
