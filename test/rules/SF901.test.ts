import { describe, expect, it } from 'vitest'
import { sf901 } from '../../src/core/4-evaluate/rules/sf901-lone-language.js'
import type { Service } from '../../src/core/model.js'
import { buildService, type SignalSpec } from '../support/build-service.js'
import { runRule } from './run-rule.js'

const py = (root: string, kind: Service['kind'] = 'service'): Service =>
  buildService({ root, language: 'python', kind })
const WS: SignalSpec = {
  id: 'concurrency.realtime',
  at: ['services/gateway/internal/hub/hub.go:14 "github.com/coder/websocket"'],
}
const PANDAS: SignalSpec = {
  id: 'data.dataframe',
  at: ['services/billing/Gemfile:5 gem "rover-df"'],
}

const cases: { name: string; repo: Service[]; flagged: string[] }[] = [
  {
    name: 'a Ruby service among Python services is flagged',
    repo: [
      py('services/api'),
      py('services/jobs'),
      buildService({ root: 'services/billing', language: 'ruby' }),
    ],
    flagged: ['services/billing'],
  },
  {
    name: 'a Go service with realtime load among Python services has a workload reason',
    repo: [
      py('services/api'),
      py('services/jobs'),
      buildService({ root: 'services/gateway', language: 'go', signals: [WS] }),
    ],
    flagged: [],
  },
  {
    name: 'a Go service with realtime load among Node services has a reason: Go rates better (strong over adequate)',
    repo: [
      buildService({ root: 'cart', language: 'javascript' }),
      buildService({ root: 'user', language: 'javascript' }),
      buildService({ root: 'services/gateway', language: 'go', signals: [WS] }),
    ],
    flagged: [],
  },
  {
    name: 'a weak signal is not a workload reason',
    repo: [
      py('services/api'),
      py('services/jobs'),
      buildService({
        root: 'services/gateway',
        language: 'go',
        signals: [{ ...WS, strength: 'weak' }],
      }),
    ],
    flagged: ['services/gateway'],
  },
  {
    name: 'a strong signal in an area where the team language is also fine is no reason (Ruby is weak at data too)',
    repo: [
      py('services/api'),
      py('libs/common', 'library'),
      buildService({ root: 'services/billing', language: 'ruby', signals: [PANDAS] }),
    ],
    flagged: ['services/billing'],
  },
  {
    name: 'two Go services are not lone, and the Python one is not lone either when a library shares it',
    repo: [
      buildService({ root: 'services/a', language: 'go' }),
      buildService({ root: 'services/b', language: 'go' }),
      py('services/ml'),
      py('libs/common', 'library'),
    ],
    flagged: [],
  },
  {
    name: 'a Python service among Go services is flagged with no AI or data reason',
    repo: [
      buildService({ root: 'services/a', language: 'go' }),
      buildService({ root: 'services/b', language: 'go' }),
      py('services/admin'),
    ],
    flagged: ['services/admin'],
  },
  {
    name: 'a Python service doing inference among Go services has a reason',
    repo: [
      buildService({ root: 'services/a', language: 'go' }),
      buildService({ root: 'services/b', language: 'go' }),
      buildService({
        root: 'services/ml',
        language: 'python',
        signals: [
          { id: 'ai-ml.inference', at: ['services/ml/requirements.txt:2 onnxruntime==1.18.1'] },
        ],
      }),
    ],
    flagged: [],
  },
  {
    name: 'a TypeScript service shares its profile with a JavaScript service',
    repo: [
      py('services/api'),
      py('services/jobs'),
      buildService({ root: 'services/bff', language: 'typescript' }),
      buildService({ root: 'services/ws', language: 'javascript' }),
    ],
    flagged: [],
  },
  {
    name: 'a frontend in the same language means the team knows it',
    repo: [
      py('services/api'),
      py('services/jobs'),
      buildService({ root: 'services/bff', language: 'typescript' }),
      buildService({ root: 'web', language: 'typescript', kind: 'frontend' }),
    ],
    flagged: [],
  },
  {
    name: 'samples and docs do not make a language known',
    repo: [
      py('services/api'),
      py('services/jobs'),
      buildService({ root: 'services/bff', language: 'typescript' }),
      buildService({ root: 'examples/demo', language: 'typescript', kind: 'sample' }),
      buildService({ root: 'docs', language: 'typescript', kind: 'docs' }),
    ],
    flagged: ['services/bff'],
  },
  {
    name: 'one service each in two languages: neither is established enough to call the other lone',
    repo: [py('services/api'), buildService({ root: 'services/gateway', language: 'go' })],
    flagged: [],
  },
  {
    name: 'unknown-language services do not count toward a team language',
    repo: [
      py('services/api'),
      buildService({ root: 'services/x', language: 'unknown' }),
      buildService({ root: 'services/y', language: 'unknown' }),
    ],
    flagged: [],
  },
  {
    name: 'a repository with one service has no team language to compare with',
    repo: [buildService({ root: '.', language: 'rust' })],
    flagged: [],
  },
  {
    name: 'languages without a profile are not judged',
    repo: [
      py('services/api'),
      py('services/jobs'),
      buildService({ root: 'services/legacy', language: 'scala' }),
    ],
    flagged: [],
  },
  {
    name: 'a lone library is not judged (only services are)',
    repo: [
      py('services/api'),
      py('services/jobs'),
      buildService({ root: 'libs/native', language: 'rust', kind: 'library' }),
    ],
    flagged: [],
  },
]

describe('SF901 lone-language', () => {
  it.each(cases)('$name', ({ repo, flagged }) => {
    expect(runRule(sf901, ...repo).map((f) => f.service)).toEqual(flagged)
  })

  it('says which language the team already knows and counts it', () => {
    const [f] = runRule(
      sf901,
      py('services/api'),
      py('services/jobs'),
      py('libs/common', 'library'),
      buildService({
        root: 'services/billing',
        language: 'ruby',
        languageEvidence: ['services/billing/Gemfile Ruby is 97% of the code'],
      }),
    )
    expect(f?.severity).toBe('notice')
    expect(f?.message).toContain('services/billing is the only Ruby code in the repository')
    expect(f?.message).toContain('Python (2 services and 1 library)')
    expect(f?.message).toContain('the team already knows Python')
    expect(f?.fix).toContain('Write it in Python')
    expect(f?.evidence).toEqual([
      { path: 'services/billing/Gemfile', detail: 'Ruby is 97% of the code' },
    ])
  })

  it('picks the most used language as the team language, ties in name order', () => {
    const go = (root: string): Service => buildService({ root, language: 'go' })
    const [most] = runRule(
      sf901,
      go('services/a'),
      go('services/b'),
      py('services/c'),
      buildService({ root: 'services/x', language: 'ruby' }),
    )
    expect(most?.message).toContain('the team already knows Go')
    const tie = runRule(
      sf901,
      go('services/a'),
      go('services/b'),
      py('services/c'),
      py('services/d'),
      buildService({ root: 'services/x', language: 'ruby' }),
    )
    expect(tie.map((f) => f.service)).toEqual(['services/x'])
    expect(tie[0]?.message).toContain('the team already knows Go')
  })
})
