import { describe, expect, it } from 'vitest'
import { planAnnotations } from '../../src/core/5-report/publish/annotations.js'
import type { Finding, Severity } from '../../src/core/model.js'
import { finding } from './fixtures.js'

function many(severity: Severity, n: number, dir = 'services/a'): Finding[] {
  return Array.from({ length: n }, (_, i) =>
    finding('SF101', severity, {
      path: `${dir}/file${String(i).padStart(2, '0')}.go`,
      line: i + 1,
      detail: `import ${i}`,
    }),
  )
}

function levels(specs: { level: Severity }[]): Record<Severity, number> {
  const out = { error: 0, warning: 0, notice: 0 }
  for (const s of specs) out[s.level]++
  return out
}

describe('planAnnotations', () => {
  it('annotates every finding with file, line and title when under the caps', () => {
    const plan = planAnnotations([...many('notice', 2), ...many('error', 1)])
    expect(plan.omitted).toBe(0)
    expect(plan.annotations.map((a) => a.level)).toEqual(['error', 'notice', 'notice'])
    expect(plan.annotations[0]).toMatchObject({
      file: 'services/a/file00.go',
      startLine: 1,
      title: expect.stringContaining('SF101'),
    })
  })

  it.each([
    ['12 errors', { error: 12, warning: 0, notice: 0 }, { error: 10, warning: 0, notice: 1 }, 2],
    ['25 warnings', { error: 0, warning: 25, notice: 0 }, { error: 0, warning: 10, notice: 1 }, 15],
    ['15 notices', { error: 0, warning: 0, notice: 15 }, { error: 0, warning: 0, notice: 10 }, 6],
    [
      'all levels over',
      { error: 11, warning: 11, notice: 11 },
      { error: 10, warning: 10, notice: 10 },
      4,
    ],
    [
      'exactly ten of each',
      { error: 10, warning: 10, notice: 10 },
      { error: 10, warning: 10, notice: 10 },
      0,
    ],
  ])("%s stay within GitHub's per-step caps", (_, input, expected, omitted) => {
    const findings = [
      ...many('notice', input.notice),
      ...many('warning', input.warning),
      ...many('error', input.error),
    ]
    const plan = planAnnotations(findings)
    expect(levels(plan.annotations)).toEqual(expected)
    expect(plan.omitted).toBe(omitted)
    const summary = plan.annotations.filter((a) => a.file === undefined)
    expect(summary).toHaveLength(omitted > 0 ? 1 : 0)
    if (omitted > 0) expect(summary[0]?.message).toContain(`${omitted} more findings`)
  })

  it('shows findings in changed files first within a level', () => {
    const old = many('warning', 10, 'services/old')
    const touched = many('warning', 3, 'services/touched')
    const plan = planAnnotations([...old, ...touched], {
      changedFiles: new Set(touched.map((f) => f.evidence[0]!.path)),
    })
    expect(plan.annotations.slice(0, 3).map((a) => a.file)).toEqual(
      touched.map((f) => f.evidence[0]!.path),
    )
    expect(plan.omitted).toBe(3)
  })

  it('leaves room for messages the step emits itself', () => {
    const plan = planAnnotations(many('warning', 12), { reserved: { warning: 1 } })
    expect(levels(plan.annotations)).toEqual({ error: 0, warning: 9, notice: 1 })
  })

  it('respects the per-job cap', () => {
    const plan = planAnnotations([...many('error', 10), ...many('warning', 10)], { perJob: 12 })
    expect(plan.annotations).toHaveLength(12)
    expect(plan.annotations.at(-1)?.level).toBe('notice')
  })

  it('skips waived findings', () => {
    const [a] = many('error', 1)
    const plan = planAnnotations([
      { ...a!, waived: { reason: 'legacy', source: '.stackfit.yml:3' } },
    ])
    expect(plan.annotations).toEqual([])
  })
})
