import { describe, expect, it } from 'vitest'
import { computeDelta, touchedServices } from '../../src/core/7-delta/compute-delta.js'
import { decide } from '../../src/core/6-decide/decide.js'
import { parseCliArgs } from '../../src/cli/args.js'
import type { Finding, Service } from '../../src/core/model.js'
import { buildService, type SignalSpec } from '../support/build-service.js'

const gin: SignalSpec = {
  id: 'concurrency.high-throughput',
  at: ['services/checkout/main.go:5 "github.com/gin-gonic/gin"'],
}
const openai = (path = 'services/checkout/go.mod', line = 14): SignalSpec => ({
  id: 'ai-ml.llm-client',
  at: [`${path}:${line} require github.com/sashabaranov/go-openai v1.32.0`],
})

const checkout = (...signals: SignalSpec[]): Service =>
  buildService({ root: 'services/checkout', language: 'go', signals })

function finding(service: string, fingerprint: string, status?: Finding['status']): Finding {
  return {
    ruleId: 'SF101',
    ruleName: 'ai-ml-outside-python',
    category: 'ai-ml',
    severity: 'warning',
    service,
    message: 'm',
    fix: 'f',
    evidence: [],
    fingerprint,
    ...(status ? { status } : {}),
  }
}

describe('computeDelta', () => {
  it.each([
    {
      name: 'a signal added with its evidence at head',
      base: [checkout(gin)],
      head: [checkout(gin, openai())],
      expected: [['services/checkout', 'changed', ['ai-ml'], [], ['added ai-ml.llm-client +1 -0']]],
    },
    {
      name: 'evidence that only moved line or file is no change',
      base: [checkout(gin, openai('services/checkout/go.mod', 14))],
      head: [checkout(gin, openai('services/checkout/deps/go.mod', 3))],
      expected: [],
    },
    {
      name: 'a signal removed moves the service away from its category',
      base: [checkout(gin, openai())],
      head: [checkout(gin)],
      expected: [
        ['services/checkout', 'changed', [], ['ai-ml'], ['removed ai-ml.llm-client +0 -1']],
      ],
    },
    {
      name: 'a new service',
      base: [],
      head: [checkout(openai())],
      expected: [['services/checkout', 'added', ['ai-ml'], [], ['added ai-ml.llm-client +1 -0']]],
    },
    {
      name: 'a removed service',
      base: [checkout()],
      head: [],
      expected: [['services/checkout', 'removed', [], [], []]],
    },
  ])('$name', ({ base, head, expected }) => {
    const { delta } = computeDelta(
      { services: base, findings: [] },
      { services: head, findings: [] },
      { base: 'main' },
    )
    expect(
      delta.services.map((s) => [
        s.root,
        s.change,
        s.toward,
        s.awayFrom,
        s.signals.map((g) => `${g.change} ${g.id} +${g.added.length} -${g.removed.length}`),
      ]),
    ).toEqual(expected)
  })

  it('reports a kind change and a language share shift of at least one point', () => {
    const base = { ...checkout(), kind: 'library' as const }
    const head = checkout()
    base.language = {
      ...base.language,
      shares: [
        { id: 'go', bytes: 900, share: 0.9 },
        { id: 'python', bytes: 100, share: 0.1 },
      ],
    }
    head.language = {
      ...head.language,
      shares: [
        { id: 'go', bytes: 905, share: 0.905 },
        { id: 'python', bytes: 95, share: 0.095 },
      ],
    }
    const moved = computeDelta(
      { services: [base], findings: [] },
      { services: [head], findings: [] },
      { base: 'main' },
    )
    expect(moved.delta.services[0]?.kind).toEqual({ base: 'library', head: 'service' })
    expect(moved.delta.services[0]?.shares).toEqual([])
    head.language = {
      ...head.language,
      shares: [
        { id: 'go', bytes: 800, share: 0.8 },
        { id: 'python', bytes: 200, share: 0.2 },
      ],
    }
    const shifted = computeDelta(
      { services: [base], findings: [] },
      { services: [head], findings: [] },
      { base: 'main' },
    )
    expect(shifted.delta.services[0]?.shares).toEqual([
      { id: 'go', base: 0.9, head: 0.8 },
      { id: 'python', base: 0.1, head: 0.2 },
    ])
  })

  it('marks findings new, existing or resolved by fingerprint, and scopes them to touched services', () => {
    const base = [
      finding('services/a', 'fp-a'),
      finding('services/b', 'fp-b'),
      finding('services/c', 'fp-c'),
    ]
    const head = [
      finding('services/a', 'fp-a'),
      finding('services/b', 'fp-b'),
      finding('services/d', 'fp-d'),
    ]
    const result = computeDelta(
      { services: [], findings: base },
      { services: [], findings: head },
      { base: 'main', touched: ['services/b', 'services/c'] },
    )
    expect(result.findings.map((f) => `${f.status} ${f.fingerprint}`)).toEqual([
      'existing fp-b',
      'new fp-d',
    ])
    expect(result.delta.resolved.map((f) => f.fingerprint)).toEqual(['fp-c'])
    expect(result.delta.counts).toEqual({ new: 1, existing: 1, resolved: 1 })
    const all = computeDelta(
      { services: [], findings: base },
      { services: [], findings: head },
      { base: 'main', touched: [], scope: 'all' },
    )
    expect(all.findings.map((f) => `${f.status} ${f.fingerprint}`)).toEqual([
      'existing fp-a',
      'existing fp-b',
      'new fp-d',
    ])
  })
})

describe('touchedServices', () => {
  it.each([
    [['services/a/main.go'], ['services/a', 'services/b'], ['services/a']],
    [
      ['services/a/x/y.go', 'services/ab/z.go'],
      ['services/a', 'services/a/x', 'services/ab'],
      ['services/a/x', 'services/ab'],
    ],
    [['README.md', 'docs/x.md'], ['services/a'], []],
    [['README.md'], ['.', 'services/a'], ['.']],
    [['services/a'], ['services/a'], ['services/a']],
  ])('%j in %j → %j', (paths, roots, expected) => {
    expect(touchedServices(paths, roots)).toEqual(expected)
  })
})

describe('decide with fail-on-scope', () => {
  const existing = finding('services/a', 'fp-a', 'existing')
  const fresh = finding('services/b', 'fp-b', 'new')
  it.each([
    { findings: [existing], scope: 'new' as const, conclusion: 'pass' },
    { findings: [existing], scope: 'all' as const, conclusion: 'fail' },
    { findings: [existing, fresh], scope: 'new' as const, conclusion: 'fail' },
    { findings: [finding('services/c', 'fp-c')], scope: 'new' as const, conclusion: 'fail' },
  ])('$scope over $findings.length finding(s) → $conclusion', ({ findings, scope, conclusion }) => {
    expect(decide(findings, 'warning', scope).conclusion).toBe(conclusion)
  })

  it('counts every finding and says only new ones can fail', () => {
    const verdict = decide([existing, fresh], 'warning', 'new')
    expect(verdict.counts.warning).toBe(2)
    expect(verdict.failOnScope).toBe('new')
    expect(verdict.headline).toBe(
      'stackfit: 2 warnings — fails on new warning: SF101 ai-ml-outside-python in services/b',
    )
    expect(decide([existing], 'warning', 'new').headline).toBe(
      'stackfit: 1 warning — passes (fail-on: warning, new findings only)',
    )
    expect(decide([existing], 'warning').failOnScope).toBeUndefined()
  })
})

describe('scan options for a base', () => {
  it.each([
    [['scan', '--base', 'origin/main'], { base: 'origin/main' }],
    [
      ['scan', '--base', 'main', '--fail-on-scope', 'all', '--scope', 'all'],
      { base: 'main', failOnScope: 'all', scope: 'all' },
    ],
    [['scan', '--fail-on-scope', 'new'], { failOnScope: 'new' }],
  ])('%j', (argv, expected) => {
    const parsed = parseCliArgs(argv)
    expect(parsed.ok && parsed.command).toMatchObject({ name: 'scan', ...expected })
  })

  it.each([
    [['scan', '--base', ''], '--base needs a git ref'],
    [['scan', '--scope', 'changed'], '--scope needs --base (without it every service is scanned)'],
    [
      ['scan', '--base', 'x', '--scope', 'some'],
      '--scope must be one of changed, all (got "some")',
    ],
  ])('%j is a usage error', (argv, problem) => {
    expect(parseCliArgs(argv)).toEqual({ ok: false, problem })
  })
})
