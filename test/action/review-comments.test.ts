import { describe, expect, it } from 'vitest'
import {
  planReviewComments,
  planStaleReviewComments,
  postedFingerprints,
} from '../../src/core/5-report/publish/review-comments.js'
import {
  fingerprintMarker,
  readFingerprintMarker,
} from '../../src/core/5-report/publish/markers.js'
import { finding } from './fixtures.js'

const goMod = finding('SF101', 'warning', {
  path: 'services/llm-gateway/go.mod',
  line: 6,
  detail: 'requires github.com/sashabaranov/go-openai v1.20.0',
})
const dockerfile = finding('SF101', 'error', {
  path: 'services/llm-gateway/Dockerfile',
  line: 1,
  detail: 'FROM nvidia/cuda:12.2.0-runtime-ubuntu22.04',
})
const flaskImport = finding('SF301', 'notice', {
  path: 'services/chat/app.py',
  line: 3,
  detail: 'from flask_socketio import SocketIO',
})
const unchangedLine = finding('SF901', 'notice', {
  path: 'services/billing/main.go',
  line: 12,
  detail: 'package main',
})
const noLine = finding('SF501', 'notice', {
  path: 'services/assistant',
  detail: 'mixes model serving and the public API',
})

const changed = new Map<string, Set<number>>([
  ['services/llm-gateway/go.mod', new Set([5, 6, 7, 8])],
  ['services/llm-gateway/Dockerfile', new Set([1, 2, 3])],
  ['services/chat/app.py', new Set([3])],
  ['services/billing/main.go', new Set([40])],
])

describe('planReviewComments', () => {
  it('comments only on added lines, most severe first, on the RIGHT side', () => {
    const plan = planReviewComments(
      [goMod, flaskImport, unchangedLine, noLine, dockerfile],
      changed,
      { max: 10 },
    )
    expect(plan.comments.map((c) => [c.path, c.line, c.side, c.severity])).toEqual([
      ['services/llm-gateway/Dockerfile', 1, 'RIGHT', 'error'],
      ['services/llm-gateway/go.mod', 6, 'RIGHT', 'warning'],
      ['services/chat/app.py', 3, 'RIGHT', 'notice'],
    ])
    expect(plan.outsideDiff).toBe(2)
    expect(plan.overflow).toBe(0)
  })

  it('skips findings already posted and counts them', () => {
    const plan = planReviewComments([goMod, dockerfile], changed, {
      max: 10,
      posted: new Set([dockerfile.fingerprint]),
    })
    expect(plan.comments.map((c) => c.fingerprint)).toEqual([goMod.fingerprint])
    expect(plan.alreadyPosted).toBe(1)
  })

  it.each([
    [0, 0, 3],
    [1, 1, 2],
    [2, 2, 1],
    [5, 3, 0],
  ])('caps at max=%i: %i posted, %i overflow', (max, posted, overflow) => {
    const plan = planReviewComments([goMod, flaskImport, dockerfile], changed, { max })
    expect(plan.comments).toHaveLength(posted)
    expect(plan.overflow).toBe(overflow)
  })

  it('never comments on waived findings or twice on one fingerprint', () => {
    const waived = {
      ...dockerfile,
      waived: { reason: 'GPU box is temporary', source: '.stackfit.yml:4' },
    }
    const plan = planReviewComments([waived, goMod, { ...goMod }], changed, { max: 10 })
    expect(plan.comments.map((c) => c.fingerprint)).toEqual([goMod.fingerprint])
  })

  it('writes a body a reviewer understands, with the hidden fingerprint of its key', () => {
    const rules = new Map([
      [
        'SF101',
        {
          rationale: "its AI/ML ecosystem is a fraction of Python's.",
          docsUrl: 'https://example.test/SF101.md',
        },
      ],
    ])
    const [comment] = planReviewComments([goMod], changed, {
      max: 1,
      key: 'backend',
      rules,
    }).comments
    expect(comment?.body).toContain('[SF101 ai-ml-outside-python](https://example.test/SF101.md)')
    expect(comment?.body).toContain(goMod.message)
    expect(comment?.body).toContain('> The guide: its AI/ML ecosystem')
    expect(comment?.body).toContain(`**Fix:** ${goMod.fix}`)
    expect(readFingerprintMarker(comment?.body, 'backend')).toEqual({
      fingerprint: goMod.fingerprint,
      resolved: false,
    })
    expect(readFingerprintMarker(comment?.body, 'default')).toBeUndefined()
  })

  it('escapes HTML in user-controlled text', () => {
    const evil = finding(
      'SF101',
      'warning',
      { path: 'services/llm-gateway/go.mod', line: 6, detail: 'x' },
      { message: 'uses <script>alert(1)</script>' },
    )
    const [comment] = planReviewComments([evil], changed, { max: 1 }).comments
    expect(comment?.body).not.toContain('<script>')
    expect(comment?.body).toContain('&lt;script&gt;')
  })
})

describe('stale review comments', () => {
  const existing = [
    { id: 11, body: `old text\n\n${fingerprintMarker(goMod.fingerprint, 'default')}` },
    { id: 12, body: `gone finding\n\n${fingerprintMarker('fp-gone', 'default')}` },
    { id: 13, body: `other job's\n\n${fingerprintMarker('fp-gone', 'frontend')}` },
    { id: 14, body: `already resolved\n\n${fingerprintMarker('fp-older', 'default', 'resolved')}` },
    { id: 15, body: 'a human reply without a marker' },
  ]

  it("marks only this key's open comments whose finding is gone", () => {
    const stale = planStaleReviewComments(existing, [goMod], 'default', 'abcdef1234567890abcdef')
    expect(stale.map((s) => [s.id, s.fingerprint])).toEqual([[12, 'fp-gone']])
    expect(stale[0]?.body).toContain('Resolved in abcdef123456')
    expect(stale[0]?.body).toContain('gone finding')
    expect(readFingerprintMarker(stale[0]?.body, 'default')).toEqual({
      fingerprint: 'fp-gone',
      resolved: true,
    })
  })

  it('treats a finding that became waived as gone', () => {
    const waived = { ...goMod, waived: { reason: 'accepted', source: '.stackfit.yml:2' } }
    expect(planStaleReviewComments(existing, [waived], 'default', 'abc').map((s) => s.id)).toEqual([
      11, 12,
    ])
  })

  it('collects the open fingerprints of one key, sorted', () => {
    expect(postedFingerprints(existing, 'default')).toEqual(['fp-gone', goMod.fingerprint].sort())
    expect(postedFingerprints(existing, 'frontend')).toEqual(['fp-gone'])
  })
})
