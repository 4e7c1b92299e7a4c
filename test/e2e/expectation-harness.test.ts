/**
 * The e2e harness itself: a typo in an expectation file must be a problem, and the comparison
 * must report each kind of difference. Without these, the e2e test could pass vacuously.
 */
import { describe, expect, it } from 'vitest'
import type { Evidence, Finding, Service, Verdict } from '../../src/core/model.js'
import { compareWithExpectation, type ScanOutcome } from './compare.js'
import { parseEvidenceRef, parseExpectation, type Expectation } from './expectation.js'

const TREE = {
  files: [
    'services/api/go.mod',
    'services/api/main.go',
    'services/api/vendor/github.com/x/llm/llm.go',
    'services/api/vendor/modules.txt',
    'services/ml/requirements.txt',
    'services/ml/app.py',
  ],
}

const VALID = `
failOn: warning
verdict: fail
units:
  - root: services/api
    kind: service
    language: go
    signals:
      - id: ai-ml.llm-client
        evidence: [services/api/go.mod:5]
      - anyOf: [ai-ml.inference, ai-ml.training]
    absentSignals: [concurrency.realtime]
    frameworks: [gin]
  - root: services/ml
    kind: service
    language: python
findings:
  - rule: SF101
    service: services/api
    severity: warning
    evidence: [services/api/go.mod:5]
absent: [services/api/vendor]
excluded:
  - path: services/api/vendor
    reason: vendored
diagnostics: []
`

describe('parseExpectation', () => {
  it('accepts a valid file and reads every field', () => {
    const { expectation, problems } = parseExpectation(VALID, TREE)
    expect(problems).toEqual([])
    expect(expectation).toEqual({
      failOn: 'warning',
      verdict: 'fail',
      units: [
        {
          root: 'services/api',
          kind: 'service',
          language: 'go',
          signals: [
            {
              kind: 'one',
              id: 'ai-ml.llm-client',
              evidence: [{ path: 'services/api/go.mod', line: 5, text: 'services/api/go.mod:5' }],
            },
            { kind: 'anyOf', ids: ['ai-ml.inference', 'ai-ml.training'] },
          ],
          absentSignals: ['concurrency.realtime'],
          frameworks: ['gin'],
        },
        {
          root: 'services/ml',
          kind: 'service',
          language: 'python',
          signals: [],
          absentSignals: [],
          frameworks: [],
        },
      ],
      findings: [
        {
          rule: 'SF101',
          service: 'services/api',
          severity: 'warning',
          evidence: [{ path: 'services/api/go.mod', line: 5, text: 'services/api/go.mod:5' }],
        },
      ],
      absent: ['services/api/vendor'],
      excluded: [{ path: 'services/api/vendor', reason: 'vendored' }],
      diagnostics: [],
    } satisfies Expectation)
  })

  it.each<[string, [string, string], string]>([
    ['a misspelt top-level key', ['findings:', 'finding:'], "(top level): unknown key 'finding'"],
    [
      'a misspelt unit key',
      ['absentSignals:', 'absentSignal:'],
      "units[0]: unknown key 'absentSignal'",
    ],
    [
      'an unknown signal id',
      ['id: ai-ml.llm-client', 'id: ai-ml.llm-clinet'],
      "unknown signal id 'ai-ml.llm-clinet'",
    ],
    [
      'an unknown signal in anyOf',
      ['ai-ml.training]', 'ai-ml.trainig]'],
      "units[0].signals[1].anyOf[1]: unknown signal id 'ai-ml.trainig'",
    ],
    [
      'an unknown rule id',
      ['rule: SF101', 'rule: SF110'],
      "findings[0].rule: unknown rule id 'SF110'",
    ],
    [
      'an unknown kind',
      ['kind: service\n    language: go', 'kind: server\n    language: go'],
      'units[0].kind: must be one of service, library, frontend, sample, docs',
    ],
    [
      'an unknown severity',
      ['severity: warning', 'severity: warn'],
      'findings[0].severity: must be one of error, warning, notice',
    ],
    [
      'an unknown exclusion reason',
      ['reason: vendored', 'reason: vendor'],
      'excluded[0].reason: must be one of',
    ],
    [
      'a unit root that does not exist',
      ['root: services/ml', 'root: services/mll'],
      "units[1].root: 'services/mll' is not a directory in the tree",
    ],
    [
      'an absent path that does not exist',
      ['absent: [services/api/vendor]', 'absent: [services/api/vendored]'],
      "absent[0]: 'services/api/vendored' is not a file or directory",
    ],
    [
      'evidence in a file that does not exist',
      [
        'evidence: [services/api/go.mod:5]\n      - anyOf',
        'evidence: [services/api/go.sum:5]\n      - anyOf',
      ],
      "'services/api/go.sum' is not a file in the tree",
    ],
    [
      'evidence outside the unit',
      [
        'evidence: [services/api/go.mod:5]\n      - anyOf',
        'evidence: [services/ml/app.py:1]\n      - anyOf',
      ],
      "'services/ml/app.py' is outside the unit 'services/api'",
    ],
    [
      'line zero',
      [
        'evidence: [services/api/go.mod:5]\n      - anyOf',
        'evidence: [services/api/go.mod:0]\n      - anyOf',
      ],
      "is not 'path' or 'path:line'",
    ],
    [
      'a path with a trailing slash',
      ['absent: [services/api/vendor]', 'absent: [services/api/vendor/]'],
      'must be repo-relative',
    ],
    [
      'a finding on a unit not listed',
      ['service: services/api\n    severity', 'service: services/api/vendor\n    severity'],
      "findings[0].service: 'services/api/vendor' is not one of the expected units",
    ],
    [
      'a signal both expected and absent',
      ['absentSignals: [concurrency.realtime]', 'absentSignals: [ai-ml.llm-client]'],
      "'ai-ml.llm-client' is also expected present",
    ],
    ['a duplicate key', ['verdict: fail', 'verdict: fail\nverdict: pass'], 'YAML syntax'],
    [
      'units given as a mapping',
      ['units:\n  - root: services/api', 'units:\n  x:\n  - root: services/api'],
      'units: must be a list',
    ],
  ])('rejects %s', (_name, [from, to], message) => {
    expect(VALID.includes(from), `fixture text contains ${JSON.stringify(from)}`).toBe(true)
    const { expectation, problems } = parseExpectation(VALID.replace(from, to), TREE)
    expect(expectation).toBeUndefined()
    expect(problems.join('\n')).toContain(message)
  })

  it('rejects a file with no units or findings keys', () => {
    const { problems } = parseExpectation('description: nothing\n', TREE)
    expect(problems).toEqual([
      "(top level): missing key 'units'",
      "(top level): missing key 'findings'",
    ])
  })
})

describe('parseEvidenceRef', () => {
  it.each([
    ['a/b.go:12', { path: 'a/b.go', line: 12, text: 'a/b.go:12' }],
    ['models/x.onnx', { path: 'models/x.onnx', text: 'models/x.onnx' }],
    ['a/b.go:x', { path: 'a/b.go:x', text: 'a/b.go:x' }],
    ['a/b.go:0', undefined],
  ])('%s', (text, expected) => {
    expect(parseEvidenceRef(text)).toEqual(expected)
  })
})

const ev = (path: string, line?: number, detail = 'x'): Evidence =>
  line ? { path, line, detail } : { path, detail }

function service(root: string, over: Partial<Service> = {}): Service {
  return {
    root,
    name: root.split('/').pop() ?? root,
    kind: 'service',
    kindEvidence: [ev(`${root}/main.go`, 1, 'package main')],
    markers: [`${root}/go.mod`],
    language: { id: 'go', shares: [{ id: 'go', bytes: 100, share: 1 }], evidence: [] },
    signals: [],
    frameworks: [],
    ...over,
  }
}

function finding(
  ruleId: string,
  svc: string,
  severity: Finding['severity'],
  evidence: Evidence[] = [],
): Finding {
  return {
    ruleId,
    ruleName: 'r',
    category: 'ai-ml',
    severity,
    service: svc,
    message: `${ruleId} message`,
    fix: 'f',
    evidence,
    fingerprint: 'fp',
  }
}

const VERDICT: Verdict = {
  conclusion: 'fail',
  counts: { error: 0, warning: 1, notice: 0 },
  failOn: 'warning',
  headline: 'h',
}

function matchingOutcome(): ScanOutcome {
  return {
    analysis: {
      services: [
        service('services/api', {
          signals: [
            {
              id: 'ai-ml.llm-client',
              category: 'ai-ml',
              strength: 'strong',
              evidence: [ev('services/api/go.mod', 5)],
            },
            {
              id: 'ai-ml.inference',
              category: 'ai-ml',
              strength: 'strong',
              evidence: [ev('services/api/main.go', 3)],
            },
          ],
          frameworks: [
            {
              name: 'gin',
              role: 'web',
              model: 'goroutines',
              evidence: [ev('services/api/go.mod', 6)],
            },
          ],
        }),
        service('services/ml', {
          markers: ['services/ml/requirements.txt'],
          language: { id: 'python', shares: [], evidence: [] },
        }),
      ],
      exclusions: [
        { path: 'services/api/vendor', reason: 'vendored', source: 'built-in: vendor/' },
      ],
      diagnostics: [],
      fileCount: 4,
    },
    findings: [finding('SF101', 'services/api', 'warning', [ev('services/api/go.mod', 5)])],
    verdict: VERDICT,
  }
}

function nonEmpty(problems: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(problems).filter(([, list]) => list.length > 0))
}

describe('compareWithExpectation', () => {
  const expected = parseExpectation(VALID, TREE).expectation as Expectation

  it('finds nothing to report when the outcome matches', () => {
    expect(nonEmpty(compareWithExpectation(expected, matchingOutcome(), TREE.files))).toEqual({})
  })

  it.each<[string, (o: ScanOutcome) => void, Record<string, string[]>]>([
    [
      'a missing unit and an unexpected one',
      (o) => {
        o.analysis.services[1] = service('services/mll')
      },
      {
        units: [
          'services/ml: not reported as a unit (expected service, python); reported: services/api, services/mll',
          'services/mll: unexpected unit (service, go, markers: services/mll/go.mod; because: services/mll/main.go:1 (package main))',
        ],
      },
    ],
    [
      'a wrong kind and language',
      (o) => {
        o.analysis.services[1] = service('services/ml', {
          kind: 'library',
          markers: ['services/ml/requirements.txt'],
          kindEvidence: [ev('services/ml', undefined, 'no entry point')],
        })
      },
      {
        units: [
          'services/ml: kind is library, expected service (because: services/ml (no entry point))',
          'services/ml: language is go, expected python (shares: go 100.0%)',
        ],
      },
    ],
    [
      'a missing signal, evidence line, alternative and framework',
      (o) => {
        const api = o.analysis.services[0] as Service
        api.signals = [
          {
            id: 'ai-ml.llm-client',
            category: 'ai-ml',
            strength: 'strong',
            evidence: [ev('services/api/go.mod', 6)],
          },
        ]
        api.frameworks = []
      },
      {
        signals: [
          'services/api: signal ai-ml.llm-client lacks evidence services/api/go.mod:5 (has: services/api/go.mod:6 (x))',
          'services/api: none of the signals ai-ml.inference, ai-ml.training (has: ai-ml.llm-client)',
          'services/api: framework gin not detected (has: none)',
        ],
      },
    ],
    [
      'a signal that must be absent',
      (o) => {
        ;(o.analysis.services[0] as Service).signals.push({
          id: 'concurrency.realtime',
          category: 'concurrency',
          strength: 'strong',
          evidence: [ev('services/api/main.go', 9, 'websocket')],
        })
      },
      {
        signals: [
          'services/api: unexpected signal concurrency.realtime from services/api/main.go:9 (websocket)',
        ],
      },
    ],
    [
      'a finding at another severity, and an unexpected finding',
      (o) => {
        o.findings = [
          finding('SF101', 'services/api', 'notice', [ev('services/api/go.mod', 5)]),
          finding('SF901', 'services/ml', 'notice'),
        ]
      },
      {
        findings: [
          'missing SF101 warning on services/api: reported as notice instead',
          'unexpected SF101 notice on services/api: SF101 message',
          'unexpected SF901 notice on services/ml: SF901 message',
        ],
      },
    ],
    [
      'a finding without the expected evidence',
      (o) => {
        o.findings = [finding('SF101', 'services/api', 'warning', [ev('services/api/main.go', 3)])]
      },
      {
        findings: [
          'SF101 warning on services/api: lacks evidence services/api/go.mod:5 (has: services/api/main.go:3 (x))',
        ],
      },
    ],
    [
      'a trap that leaks into a signal',
      (o) => {
        ;(o.analysis.services[0] as Service).signals[0]?.evidence.push(
          ev('services/api/vendor/github.com/x/llm/llm.go', 4, 'import openai'),
        )
      },
      {
        absent: [
          'services/api/vendor: leaked into services/api signal ai-ml.llm-client: services/api/vendor/github.com/x/llm/llm.go:4 (import openai)',
        ],
      },
    ],
    [
      'a trap reported as a unit',
      (o) => {
        o.analysis.services.push(service('services/api/vendor/github.com/x/llm'))
      },
      {
        units: [
          expect.stringContaining(
            'services/api/vendor/github.com/x/llm: unexpected unit',
          ) as unknown as string,
        ],
        absent: [
          'services/api/vendor: reported as unit services/api/vendor/github.com/x/llm (service)',
          'services/api/vendor: leaked into services/api/vendor/github.com/x/llm marker: services/api/vendor/github.com/x/llm/go.mod (marker)',
          'services/api/vendor: leaked into services/api/vendor/github.com/x/llm kind evidence: services/api/vendor/github.com/x/llm/main.go:1 (package main)',
        ],
      },
    ],
    [
      "evidence from another unit's files",
      (o) => {
        ;(o.analysis.services[1] as Service).signals.push({
          id: 'ai-ml.training',
          category: 'ai-ml',
          strength: 'strong',
          evidence: [ev('services/api/main.go', 3)],
        })
      },
      {
        ownership: [
          'services/ml signal ai-ml.training: services/api/main.go:3 (x) is outside the unit',
        ],
      },
    ],
    [
      'an exclusion with another reason',
      (o) => {
        o.analysis.exclusions = [
          { path: 'services/api/vendor', reason: 'generated', source: '.gitattributes:1' },
        ]
      },
      {
        excluded: [
          'services/api/vendor: 2 of 2 files not excluded as vendored, e.g. services/api/vendor/github.com/x/llm/llm.go, services/api/vendor/modules.txt; exclusions there: services/api/vendor (generated, .gitattributes:1)',
        ],
      },
    ],
    [
      'an unexpected diagnostic (info is ignored)',
      (o) => {
        o.analysis.diagnostics = [
          {
            severity: 'warning',
            code: 'manifest-parse',
            message: 'bad TOML',
            path: 'services/ml/pyproject.toml',
            line: 3,
          },
          { severity: 'info', code: 'note', message: 'fyi' },
        ]
      },
      {
        diagnostics: [
          'unexpected warning manifest-parse on services/ml/pyproject.toml:3: bad TOML',
        ],
      },
    ],
    [
      'another verdict',
      (o) => {
        o.verdict = { ...VERDICT, conclusion: 'pass', headline: 'stackfit: no findings' }
      },
      {
        verdict: ['conclusion is pass, expected fail with fail-on warning (stackfit: no findings)'],
      },
    ],
  ])('reports %s', (_name, mutate, expectedProblems) => {
    const outcome = matchingOutcome()
    mutate(outcome)
    expect(nonEmpty(compareWithExpectation(expected, outcome, TREE.files))).toEqual(
      expectedProblems,
    )
  })

  it('accepts per-file exclusions that together cover a directory', () => {
    const outcome = matchingOutcome()
    outcome.analysis.exclusions = [
      {
        path: 'services/api/vendor/github.com/x/llm/llm.go',
        reason: 'vendored',
        source: 'built-in',
      },
      { path: 'services/api/vendor/modules.txt', reason: 'vendored', source: 'built-in' },
    ]
    expect(compareWithExpectation(expected, outcome, TREE.files).excluded).toEqual([])
  })
})
