import { describe, expect, it } from 'vitest'
import {
  MAX_SUMMARY_BYTES,
  planFailureSummary,
  planJobSummary,
  utf8Length,
} from '../../src/core/5-report/publish/summary.js'
import { finding, report } from './fixtures.js'

describe('planJobSummary', () => {
  it('holds the full report and the publishing notes', () => {
    const text = planJobSummary(
      report([
        finding('SF101', 'warning', {
          path: 'services/llm-gateway/go.mod',
          line: 6,
          detail: 'go-openai',
        }),
      ]),
      {
        notes: ['stackfit needs `pull-requests: write` to comment'],
      },
    )
    expect(text).toContain('SF101')
    expect(text).toContain('### Publishing\n\n- stackfit needs `pull-requests: write` to comment')
  })

  it.each([
    ['the 1 MiB step-summary limit', MAX_SUMMARY_BYTES, 6000],
    ['a small byte budget', 20_000, 500],
  ])('stays under %s even with multi-byte text', (_, maxBytes, n) => {
    const findings = Array.from({ length: n }, (_, i) =>
      finding('SF101', 'warning', {
        path: `services/サービス-${i}/go.mod`,
        line: 6,
        detail: `依存 ${'🚀'.repeat(20)} ${'x'.repeat(120)}`,
      }),
    )
    const text = planJobSummary(report(findings), { maxBytes, notes: ['one note'] })
    expect(utf8Length(text)).toBeLessThanOrEqual(maxBytes)
    expect(text).toContain('one note')
  })
})

describe('planFailureSummary', () => {
  it('says the scan failed and why, with the notes', () => {
    const text = planFailureSummary(
      'Input "fail-on" must be one of error, warning, notice, never (got "x").',
      ['no token'],
    )
    expect(text).toContain('stackfit could not complete the scan')
    expect(text).toContain('    Input "fail-on" must be one of')
    expect(text).toContain('- no token')
  })

  it('is cut to the byte budget', () => {
    expect(utf8Length(planFailureSummary('é'.repeat(5000), [], 1000))).toBeLessThanOrEqual(1000)
  })
})
