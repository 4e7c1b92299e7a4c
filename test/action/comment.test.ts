import { describe, expect, it } from 'vitest'
import {
  MAX_COMMENT_LENGTH,
  planComment,
  type CommentMode,
} from '../../src/core/5-report/publish/comment.js'
import { commentMarker, hasCommentMarker } from '../../src/core/5-report/publish/markers.js'
import type { Finding } from '../../src/core/model.js'
import { finding, report, service } from './fixtures.js'

const goMod = finding('SF101', 'warning', {
  path: 'services/llm-gateway/go.mod',
  line: 6,
  detail: 'requires github.com/sashabaranov/go-openai v1.20.0',
})

function huge(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) =>
    finding('SF101', i % 3 === 0 ? 'warning' : 'notice', {
      path: `services/svc-${String(i).padStart(4, '0')}/go.mod`,
      line: 5 + (i % 40),
      detail: `requires github.com/sashabaranov/go-openai v1.${i}.0 — ${'long detail '.repeat(8)}`,
    }),
  )
}

describe('planComment', () => {
  it('starts with the marker of its key and carries the report', () => {
    const plan = planComment(report([goMod]), 'backend', { mode: 'always' })
    expect(plan?.body.startsWith(`${commentMarker('backend')}\n`)).toBe(true)
    expect(hasCommentMarker(plan?.body, 'backend')).toBe(true)
    expect(hasCommentMarker(plan?.body, 'default')).toBe(false)
    expect(plan?.body).toContain('SF101')
    expect(plan?.body).not.toContain('all clear')
  })

  it('puts notes such as a policy edit above the report, inside the budget', () => {
    const note = 'This PR edits .stackfit.yml; the policy from the base branch judged it.'
    const plan = planComment(report([goMod]), 'default', { mode: 'always', notes: [note] })
    const body = plan?.body ?? ''
    expect(body.startsWith(`${commentMarker('default')}\n> [!WARNING]\n> ${note}\n`)).toBe(true)
    const small = planComment(report([goMod]), 'default', {
      mode: 'always',
      notes: [note],
      maxLength: 2_000,
    })
    expect(small?.body.length).toBeLessThanOrEqual(2_000)
    expect(small?.body).toContain(note)
  })

  it('says all clear when no finding counts, instead of vanishing', () => {
    const plan = planComment(
      report([], [service('services/api', 'go'), service('services/inference', 'python')]),
      'default',
      {
        mode: 'on-findings',
      },
    )
    expect(plan?.body).toContain('### ✅ stackfit: all clear')
    expect(plan?.body).toContain('No findings in 2 services')
    expect(plan?.create).toBe(false)
  })

  it('treats waived findings as clear', () => {
    const waived = { ...goMod, waived: { reason: 'accepted for Q3', source: '.stackfit.yml:7' } }
    expect(planComment(report([waived]), 'default', { mode: 'always' })?.body).toContain(
      'all clear',
    )
  })

  it.each<[CommentMode, boolean, boolean | undefined]>([
    ['always', true, true],
    ['always', false, true],
    ['on-findings', true, true],
    ['on-findings', false, false],
    ['never', true, undefined],
    ['never', false, undefined],
  ])('mode %s with findings=%s: create=%s', (mode, withFindings, create) => {
    expect(planComment(report(withFindings ? [goMod] : []), 'default', { mode })?.create).toBe(
      create,
    )
  })

  it('says how many review comments were held back', () => {
    const plan = planComment(report([goMod]), 'default', {
      mode: 'always',
      reviewOverflow: 7,
      reviewCap: 20,
    })
    expect(plan?.body).toContain(
      '7 more findings on changed lines were not posted as inline review comments (at most 20 per run)',
    )
  })

  it.each([
    ["GitHub's limit", MAX_COMMENT_LENGTH, 2000],
    ['a small limit', 4000, 300],
    ['a tiny limit', 600, 50],
  ])('stays within %s with a huge report and points at the job summary', (_, maxLength, n) => {
    const plan = planComment(report(huge(n)), 'default', {
      mode: 'always',
      maxLength,
      reviewOverflow: 3,
    })
    expect(plan!.body.length).toBeLessThanOrEqual(maxLength)
    expect(plan!.body.startsWith(commentMarker('default'))).toBe(true)
    expect(plan!.body).toMatch(/job summary/)
  })

  it('is deterministic', () => {
    const a = planComment(report(huge(40)), 'default', { mode: 'always' })
    const b = planComment(report(huge(40)), 'default', { mode: 'always' })
    expect(a).toEqual(b)
  })
})
