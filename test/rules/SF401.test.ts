import { describe, expect, it } from 'vitest'
import { sf401 } from '../../src/core/4-evaluate/rules/sf401-tight-budget-on-python.js'
import { buildService, type SignalSpec } from '../support/build-service.js'
import { runRule } from './run-rule.js'

const LIMITS: SignalSpec = {
  id: 'resource.tight-limits',
  at: ['deploy/k8s/edge.yaml:31 memory: 128Mi'],
}
const UVLOOP: SignalSpec = {
  id: 'latency.low-latency',
  at: ['services/edge/requirements.txt:4 uvloop==0.19.0'],
}

const cases: {
  name: string
  language?: string
  signals: SignalSpec[]
  fires: boolean
  says?: string[]
}[] = [
  {
    name: 'a 128Mi limit on Python is a notice',
    signals: [LIMITS],
    fires: true,
    says: [
      'services/edge',
      'tight resource limits',
      'deploy/k8s/edge.yaml:31 (memory: 128Mi)',
      'less memory and CPU',
    ],
  },
  {
    name: 'latency tuning on Python is a notice',
    signals: [UVLOOP],
    fires: true,
    says: ['latency tuning', 'requirements.txt:4'],
  },
  {
    name: 'both together make one finding',
    signals: [LIMITS, UVLOOP],
    fires: true,
    says: ['tight resource limits and latency tuning'],
  },
  {
    name: 'weak budget signals are not judged',
    signals: [{ ...LIMITS, strength: 'weak' }],
    fires: false,
  },
  {
    name: 'Go under the same limits is what the guide wants',
    language: 'go',
    signals: [LIMITS, UVLOOP],
    fires: false,
  },
]

describe('SF401 tight-budget-on-python', () => {
  it.each(cases)('$name', ({ language, signals, fires, says }) => {
    const findings = runRule(
      sf401,
      buildService({ root: 'services/edge', language: language ?? 'python', signals }),
    )
    expect(findings.map((f) => f.severity)).toEqual(fires ? ['notice'] : [])
    for (const text of says ?? []) expect(findings[0]?.message).toContain(text)
  })
})
