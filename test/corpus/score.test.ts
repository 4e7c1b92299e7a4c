import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  parseLabels,
  rates,
  renderTable,
  scoreReport,
  totalScore,
  type Labels,
  type ReportLike,
} from '../../bench/corpus/lib/score.mjs'

const root = join(import.meta.dirname, '..', '..')
const COMMIT = 'a'.repeat(40)

const BASE = `repository: acme/shop
commit: ${COMMIT}
units:
  - root: services/api
    kind: service
    language: go
    signals:
      - category: concurrency
        strength: strong
        evidence: ['services/api/go.mod:5 github.com/gorilla/websocket']
  - root: services/ml
    also: [services/ml/app]
    kind: service
    language: python
    signals:
      - category: ai-ml
        strength: strong
        evidence: ['services/ml/requirements.txt:1 torch']
      - category: data
        strength: weak
        optional: true
        evidence: ['services/ml/requirements.txt:2 numpy']
  - root: tools/load
    kind: service
    language: python
    optional: true
not-services:
  - path: deploy
    why: manifests for services/api
findings:
  - rule: SF101
    service: services/api
    optional: true
  - rule: SF301
    service: services/ml/app
`

function labels(text = BASE): Labels {
  const parsed = parseLabels(text, 'acme.yaml')
  if (!parsed.labels) throw new Error(parsed.errors.join('\n'))
  return parsed.labels
}

type ReportService = ReportLike['services'][number]

function service(
  root: string,
  kind: string,
  language: string,
  signals: [string, 'strong' | 'weak'][] = [],
): ReportService {
  return {
    root,
    kind,
    kindEvidence: [{ path: `${root}/main`, line: 1, detail: 'entry' }],
    language: { id: language, evidence: [{ path: root, detail: `${language} bytes` }] },
    signals: signals.map(([id, strength]) => ({
      id,
      category: id.split('.')[0] as string,
      strength,
      evidence: [{ path: `${root}/manifest`, line: 2, detail: id }],
    })),
  }
}

const PERFECT: ReportLike = {
  services: [
    service('services/api', 'service', 'go', [['concurrency.realtime', 'strong']]),
    service('services/ml', 'service', 'python', [['ai-ml.training', 'strong']]),
  ],
  findings: [{ ruleId: 'SF301', service: 'services/ml', evidence: [] }],
}

describe('parseLabels', () => {
  it('reads the documented format, failsafe: an all-digit commit stays a string', () => {
    const parsed = labels(BASE.replace(COMMIT, '1'.repeat(40)))
    expect(parsed.commit).toBe('1'.repeat(40))
    expect(parsed.units.map((u) => [u.root, u.optional])).toEqual([
      ['services/api', false],
      ['services/ml', false],
      ['tools/load', true],
    ])
    expect(parsed.findings[1]).toMatchObject({ rule: 'SF301', service: 'services/ml' })
  })

  it.each([
    {
      change: ['kind: service\n    language: go', 'kind: daemon\n    language: go'],
      error: 'acme.yaml:5: kind must be one of',
    },
    { change: [`commit: ${COMMIT}`, 'commit: main'], error: 'acme.yaml:2: commit must be' },
    {
      change: ['repository: acme/shop', 'repository: shop'],
      error: 'acme.yaml:1: repository must be',
    },
    {
      change: ['root: tools/load', 'root: services/api'],
      error: 'root services/api is labelled twice',
    },
    {
      change: ['service: services/ml/app', 'service: services/nope'],
      error: 'which no unit labels',
    },
    {
      change: ['category: ai-ml', 'category: magic'],
      error: 'acme.yaml:16: signal category must be',
    },
    {
      change: ["evidence: ['services/api/go.mod:5 github.com/gorilla/websocket']", 'evidence: []'],
      error: 'at least one evidence line',
    },
    { change: ['why: manifests for services/api', 'reason: x'], error: 'need a path and a why' },
    { change: ['units:', 'units: [unclosed'], error: 'acme.yaml:' },
  ])('reports $error with the file and line', ({ change, error }) => {
    const [from, to] = change as [string, string]
    expect(BASE.includes(from)).toBe(true)
    const parsed = parseLabels(BASE.replace(from, to), 'acme.yaml')
    expect(parsed.labels).toBeUndefined()
    expect(parsed.errors?.join('\n')).toContain(error)
  })

  it('never throws on a file that is not a mapping', () => {
    expect(parseLabels('- a\n- b\n', 'x.yaml').errors).toEqual([
      'x.yaml:1: expected a mapping with repository, commit and units',
    ])
  })
})

describe('scoreReport', () => {
  const cases: {
    name: string
    report: ReportLike
    discovery: [number, number, number]
    language: [number, number]
    signals: [number, number, number]
    findings: [number, number, number]
    issues: string[]
  }[] = [
    {
      name: 'a perfect report',
      report: PERFECT,
      discovery: [2, 0, 0],
      language: [2, 2],
      signals: [2, 0, 0],
      findings: [1, 0, 0],
      issues: [],
    },
    {
      name: 'a missed service and a deploy directory reported as one',
      report: {
        services: [
          PERFECT.services[1] as ReportService,
          service('services/api', 'library', 'go'),
          service('deploy/api', 'service', 'unknown'),
        ],
        findings: PERFECT.findings,
      },
      discovery: [1, 1, 1],
      language: [2, 2],
      signals: [1, 0, 0],
      findings: [1, 0, 0],
      issues: [
        'service-miss services/api: labelled service, reported as library: services/api/main:1 entry',
        'service-false-alarm deploy/api: not a service: manifests for services/api; stackfit: deploy/api/main:1 entry',
      ],
    },
    {
      name: 'a wrong language, a missed and an extra signal, an extra finding',
      report: {
        services: [
          service('services/api', 'service', 'go', [['latency.low-latency', 'weak']]),
          service('services/ml/app', 'service', 'javascript', [
            ['ai-ml.training', 'weak'],
            ['data.dataframe', 'strong'],
          ]),
        ],
        findings: [
          { ruleId: 'SF301', service: 'services/ml/app', evidence: [] },
          {
            ruleId: 'SF901',
            service: 'services/api',
            evidence: [{ path: 'services/api/go.mod', line: 1, detail: 'module' }],
          },
        ],
      },
      discovery: [2, 0, 0],
      language: [1, 2],
      signals: [1, 1, 1],
      findings: [1, 1, 0],
      issues: [
        'language-miss services/ml: labelled python, reported javascript: services/ml/app javascript bytes',
        'signal-miss services/api: concurrency (strong) not reported; label evidence: services/api/go.mod:5 github.com/gorilla/websocket',
        'signal-false-alarm services/api: latency.low-latency (weak): services/api/manifest:2 latency.low-latency',
        'finding-false-alarm services/api: SF901: services/api/go.mod:1 module',
      ],
    },
    {
      name: 'optional units, signals and findings count neither way',
      report: {
        services: [
          ...PERFECT.services,
          service('tools/load', 'service', 'python', [['data.dataframe', 'weak']]),
        ],
        findings: [...PERFECT.findings, { ruleId: 'SF101', service: 'services/api', evidence: [] }],
      },
      discovery: [2, 0, 0],
      language: [3, 3],
      signals: [2, 0, 0],
      findings: [1, 0, 0],
      issues: [],
    },
    {
      name: 'an empty report misses everything',
      report: { services: [], findings: [] },
      discovery: [0, 0, 2],
      language: [0, 0],
      signals: [0, 0, 0],
      findings: [0, 0, 1],
      issues: [
        'service-miss services/api: labelled service, not discovered',
        'service-miss services/ml: labelled service, not discovered',
        'finding-miss services/ml: SF301 expected: ',
      ],
    },
  ]

  it.each(cases)('$name', ({ report, discovery, language, signals, findings, issues }) => {
    const score = scoreReport(labels(), report)
    expect([score.discovery.tp, score.discovery.fp, score.discovery.fn]).toEqual(discovery)
    expect([score.language.correct, score.language.total]).toEqual(language)
    expect([score.signals.tp, score.signals.fp, score.signals.fn]).toEqual(signals)
    expect([score.findings.tp, score.findings.fp, score.findings.fn]).toEqual(findings)
    expect(score.issues.map((i) => `${i.type} ${i.where}: ${i.text}`)).toEqual(issues)
  })

  it('counts strength agreement on matched categories only', () => {
    const score = scoreReport(labels(), {
      ...PERFECT,
      services: [
        service('services/api', 'service', 'go', [['concurrency.realtime', 'weak']]),
        PERFECT.services[1] as ReportService,
      ],
    })
    expect(score.strength).toEqual({ agree: 1, total: 2 })
  })
})

describe('rates and totals', () => {
  it.each([
    { tally: { tp: 0, fp: 0, fn: 0 }, expected: { precision: null, recall: null, f1: null } },
    { tally: { tp: 3, fp: 1, fn: 0 }, expected: { precision: 0.75, recall: 1, f1: 6 / 7 } },
    { tally: { tp: 0, fp: 2, fn: 2 }, expected: { precision: 0, recall: 0, f1: null } },
  ])('rates($tally)', ({ tally, expected }) => {
    expect(rates(tally)).toEqual(expected)
  })

  it('micro-averages the total and renders — for an empty measure', () => {
    const a = scoreReport(labels(), PERFECT)
    const b = scoreReport(labels(), { services: [], findings: [] })
    expect(totalScore([a, b]).discovery).toEqual({ tp: 2, fp: 0, fn: 2 })
    const table = renderTable([b])
    expect(table).toContain('| acme/shop | — | 0.00 | — | — (0/0) |')
  })
})

function runScorer(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)))
  const r = spawnSync(process.execPath, [join(root, 'bench', 'corpus', 'score.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env,
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('score.mjs on the labelled fixture tree', () => {
  const fixtures = join('test', 'fixtures', 'corpus')

  it('scores stackfit against the fixture labels, with every miss and false alarm', () => {
    const r = runScorer([
      '--labels',
      join(fixtures, 'labels'),
      '--repo',
      join(fixtures, 'repos', 'tiny-shop'),
      '--json',
    ])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const [score] = JSON.parse(r.stdout)
    expect(score.repository).toBe('stackfit-fixtures/tiny-shop')
    expect(score.discovery).toEqual({ tp: 3, fp: 1, fn: 0 })
    expect(score.language).toEqual({ correct: 4, total: 4 })
    expect(score.signals).toEqual({ tp: 4, fp: 0, fn: 0 })
    expect(score.findings).toEqual({ tp: 1, fp: 0, fn: 0 })
    expect(
      score.issues.map((i: { type: string; where: string }) => `${i.type} ${i.where}`),
    ).toEqual(['service-false-alarm tools/seed'])
  })

  it.each([
    { args: [], reason: 'give at least one --repo' },
    { args: ['--repo', 'no/such/dir'], reason: 'is not a directory' },
    { args: ['--repo', join(fixtures, 'repos')], reason: 'no label file for "repos"' },
    { args: ['--repo', '.', '--labels', 'no/such/labels'], reason: 'does not exist' },
    { args: ['--frobnicate'], reason: 'unknown argument --frobnicate' },
  ])('exits 2 with one reason: $reason', ({ args, reason }) => {
    const r = runScorer(args)
    expect(r.status).toBe(2)
    expect(r.stderr.split('\n')[0]).toContain(reason)
  })

  it('every corpus label file in bench/corpus/labels parses', () => {
    const dir = join(root, 'bench', 'corpus', 'labels')
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'))
    expect(files.length).toBeGreaterThanOrEqual(6)
    for (const file of files) {
      const parsed = parseLabels(readFileSync(join(dir, file), 'utf8'), file)
      expect(parsed.errors).toBeUndefined()
    }
  })
})
