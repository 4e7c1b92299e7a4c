import { describe, expect, it } from 'vitest'
import { decide } from '../../../src/core/6-decide/decide.js'
import type { FailOn, Finding, Severity } from '../../../src/core/model.js'

function finding(
  severity: Severity,
  ruleId: string,
  ruleName: string,
  service: string,
  waived = false,
): Finding {
  return {
    ruleId,
    ruleName,
    category: 'ai-ml',
    severity,
    service,
    message: 'm',
    fix: 'f',
    evidence: [],
    fingerprint: `${ruleId}-${service}`,
    ...(waived ? { waived: { reason: 'accepted for now', source: '.stackfit.yml:4' } } : {}),
  }
}

const W1 = finding('warning', 'SF101', 'ai-ml-outside-python', 'services/llm-gateway')
const W2 = finding('warning', 'SF301', 'realtime-load-on-sync-python', 'services/chat')
const N1 = finding('notice', 'SF901', 'lone-language', 'services/billing')
const E1 = finding('error', 'SF101', 'ai-ml-outside-python', 'services/recommender')

describe('decide', () => {
  const table: { findings: Finding[]; failOn: FailOn; conclusion: 'pass' | 'fail' }[] = [
    { findings: [], failOn: 'notice', conclusion: 'pass' },
    { findings: [N1], failOn: 'notice', conclusion: 'fail' },
    { findings: [N1], failOn: 'warning', conclusion: 'pass' },
    { findings: [W1, N1], failOn: 'warning', conclusion: 'fail' },
    { findings: [W1, N1], failOn: 'error', conclusion: 'pass' },
    { findings: [E1], failOn: 'error', conclusion: 'fail' },
    { findings: [E1], failOn: 'warning', conclusion: 'fail' },
    { findings: [E1, W1, N1], failOn: 'never', conclusion: 'pass' },
  ]
  it.each(table)(
    'fail-on $failOn over $findings.length findings → $conclusion',
    ({ findings, failOn, conclusion }) => {
      const verdict = decide(findings, failOn)
      expect(verdict.conclusion).toBe(conclusion)
      expect(verdict.failOn).toBe(failOn)
    },
  )

  it('counts non-waived findings per severity', () => {
    const verdict = decide(
      [W1, W2, N1, finding('warning', 'SF201', 'data-processing-outside-python', 'x', true)],
      'error',
    )
    expect(verdict.counts).toEqual({ error: 0, warning: 2, notice: 1 })
  })

  it('does not fail on waived findings', () => {
    const verdict = decide(
      [finding('error', 'SF101', 'ai-ml-outside-python', 'services/a', true), N1],
      'warning',
    )
    expect(verdict.conclusion).toBe('pass')
    expect(verdict.counts).toEqual({ error: 0, warning: 0, notice: 1 })
    expect(verdict.headline).toBe('stackfit: 1 notice (1 waived) — passes (fail-on: warning)')
  })

  const headlines: { findings: Finding[]; failOn: FailOn; headline: string }[] = [
    { findings: [], failOn: 'error', headline: 'stackfit: no findings' },
    {
      findings: [finding('notice', 'SF901', 'lone-language', 'a', true)],
      failOn: 'notice',
      headline: 'stackfit: no findings (1 waived)',
    },
    {
      findings: [N1, W2, W1],
      failOn: 'warning',
      headline:
        'stackfit: 2 warnings, 1 notice — fails on warning: SF101 ai-ml-outside-python in services/llm-gateway, SF301 realtime-load-on-sync-python in services/chat',
    },
    {
      findings: [W1, N1],
      failOn: 'error',
      headline: 'stackfit: 1 warning, 1 notice — passes (fail-on: error)',
    },
    { findings: [W1], failOn: 'never', headline: 'stackfit: 1 warning — passes (fail-on: never)' },
    {
      findings: [
        N1,
        W1,
        W2,
        E1,
        finding('notice', 'SF402', 'single-binary-on-python', 'tools/agent'),
      ],
      failOn: 'notice',
      headline:
        'stackfit: 1 error, 2 warnings, 2 notices — fails on notice: SF101 ai-ml-outside-python in services/recommender, SF101 ai-ml-outside-python in services/llm-gateway, SF301 realtime-load-on-sync-python in services/chat, and 2 more',
    },
  ]
  it.each(headlines)('headline: $headline', ({ findings, failOn, headline }) => {
    expect(decide(findings, failOn).headline).toBe(headline)
  })

  it('does not depend on the input order', () => {
    expect(decide([N1, W2, W1, E1], 'notice')).toEqual(decide([E1, W1, W2, N1], 'notice'))
  })
})
