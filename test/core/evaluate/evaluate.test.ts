import { describe, expect, it } from 'vitest'
import { evaluateRules, type EvaluateOptions } from '../../../src/core/4-evaluate/evaluate.js'
import { defineRule } from '../../../src/core/4-evaluate/define-rule.js'
import { fnv1a64 } from '../../../src/core/4-evaluate/fingerprint.js'
import type { Finding, Service } from '../../../src/core/model.js'
import { buildAnalysis, buildService, type SignalSpec } from '../../support/build-service.js'

const onnx = (line: number, root = 'services/recommender'): SignalSpec => ({
  id: 'ai-ml.inference',
  at: [`${root}/go.mod:${line} github.com/yalue/onnxruntime_go v1.13.0`],
})
const goOpenai: SignalSpec = {
  id: 'ai-ml.llm-client',
  at: ['services/gateway/go.mod:5 github.com/sashabaranov/go-openai v1.36.1'],
}
const ws: SignalSpec = {
  id: 'concurrency.realtime',
  at: ['services/chat/app/ws.py:12 from flask_sock import Sock'],
}

/** A repository where SF101 fires as a warning (recommender) and a notice (gateway), SF301 as a warning (chat). */
function repo(): Service[] {
  return [
    buildService({ root: 'services/recommender', language: 'go', signals: [onnx(7)] }),
    buildService({ root: 'services/gateway', language: 'go', signals: [goOpenai] }),
    buildService({
      root: 'services/chat',
      language: 'python',
      signals: [ws],
      frameworks: [{ name: 'flask', model: 'sync' }],
    }),
    buildService({ root: 'services/admin', language: 'python' }),
  ]
}

const summary = (findings: Finding[]): string[] =>
  findings.map((f) => `${f.severity} ${f.ruleId} ${f.service}`)

describe('evaluateRules', () => {
  it('sorts by severity, then rule id, then service', () => {
    expect(summary(evaluateRules(buildAnalysis(...repo()), {}))).toEqual([
      'warning SF101 services/recommender',
      'warning SF301 services/chat',
      'notice SF101 services/gateway',
    ])
  })

  it('within one rule and service, sorts by anchor path and line', () => {
    const twoHits = defineRule({
      id: 'SF998',
      name: 'test-two-hits',
      category: 'hygiene',
      defaultSeverity: 'notice',
      summary: 's',
      rationale: 'r',
      fix: 'f',
      appliesTo: 'a',
      examples: { failing: 'x', passing: 'y' },
      check: () => [
        { message: 'b', evidence: [{ path: 'b.go', line: 1, detail: 'x' }] },
        {
          message: 'a2',
          evidence: [
            { path: 'a.go', detail: 'no line' },
            { path: 'a.go', line: 9, detail: 'y' },
          ],
        },
        { message: 'a1', evidence: [{ path: 'a.go', line: 2, detail: 'z' }] },
      ],
    })
    const findings = evaluateRules(
      buildAnalysis(buildService({ root: 'svc', language: 'go' })),
      {},
      [twoHits],
    )
    expect(findings.map((f) => f.message)).toEqual(['a1', 'a2', 'b'])
  })

  it('copies name and category from the rule and uses the hit fix or the rule fix', () => {
    const [recommender] = evaluateRules(buildAnalysis(...repo()), {})
    expect(recommender).toMatchObject({
      ruleId: 'SF101',
      ruleName: 'ai-ml-outside-python',
      category: 'ai-ml',
    })
    expect(recommender?.fix).toContain(
      'Move the model work (local model inference) into a Python service',
    )
    const chat = evaluateRules(buildAnalysis(...repo()), {}).find((f) => f.ruleId === 'SF301')
    expect(chat?.fix).toBe(
      'Move the connection handling to an asyncio framework (FastAPI, Starlette, aiohttp) or into a Go service, and keep Python for the rest.',
    )
  })

  const overrides: { name: string; options: EvaluateOptions; expected: string[] }[] = [
    {
      name: 'severity by id applies to every finding of the rule',
      options: { rules: { SF101: { severity: 'error' } } },
      expected: [
        'error SF101 services/gateway',
        'error SF101 services/recommender',
        'warning SF301 services/chat',
      ],
    },
    {
      name: 'severity by name',
      options: { rules: { 'realtime-load-on-sync-python': { severity: 'notice' } } },
      expected: [
        'warning SF101 services/recommender',
        'notice SF101 services/gateway',
        'notice SF301 services/chat',
      ],
    },
    {
      name: 'the id wins over the name',
      options: {
        rules: {
          SF301: { severity: 'error' },
          'realtime-load-on-sync-python': { severity: 'off' },
        },
      },
      expected: [
        'error SF301 services/chat',
        'warning SF101 services/recommender',
        'notice SF101 services/gateway',
      ],
    },
    {
      name: 'off by id',
      options: { rules: { SF101: { severity: 'off' } } },
      expected: ['warning SF301 services/chat'],
    },
    {
      name: 'off by name',
      options: { rules: { 'ai-ml-outside-python': { severity: 'off' } } },
      expected: ['warning SF301 services/chat'],
    },
    {
      name: 'a setting without severity changes nothing',
      options: { rules: { SF101: {} } },
      expected: [
        'warning SF101 services/recommender',
        'warning SF301 services/chat',
        'notice SF101 services/gateway',
      ],
    },
    {
      name: 'unknown keys are ignored',
      options: { rules: { SF999: { severity: 'off' }, 'no-such-rule': { severity: 'error' } } },
      expected: [
        'warning SF101 services/recommender',
        'warning SF301 services/chat',
        'notice SF101 services/gateway',
      ],
    },
  ]
  it.each(overrides)('$name', ({ options, expected }) => {
    expect(summary(evaluateRules(buildAnalysis(...repo()), options))).toEqual(expected)
  })

  it.each(['library', 'frontend', 'sample', 'docs'] as const)('never judges a %s', (kind) => {
    const services = repo().map((s) => ({ ...s, kind }))
    expect(evaluateRules(buildAnalysis(...services), {})).toEqual([])
  })

  it('gives the same output whatever the service order, run after run', () => {
    const a = evaluateRules(buildAnalysis(...repo()), {})
    const b = evaluateRules({ ...buildAnalysis(), services: repo().reverse() }, {})
    expect(JSON.stringify(b)).toBe(JSON.stringify(a))
  })
})

describe('fingerprints', () => {
  const fingerprintOf = (...services: Service[]): string | undefined =>
    evaluateRules(buildAnalysis(...services), {}).find((f) => f.ruleId === 'SF101')?.fingerprint

  it('are 16 hex digits, FNV-1a 64 of rule, service and the rule’s own severity', () => {
    const fp = fingerprintOf(
      buildService({ root: 'services/recommender', language: 'go', signals: [onnx(7)] }),
    )
    expect(fp).toMatch(/^[0-9a-f]{16}$/)
    expect(fp).toBe(fnv1a64(['SF101', 'services/recommender', 'warning'].join('\u0000')))
  })

  it('survive the anchor line moving', () => {
    const before = fingerprintOf(
      buildService({ root: 'services/recommender', language: 'go', signals: [onnx(7)] }),
    )
    const after = fingerprintOf(
      buildService({ root: 'services/recommender', language: 'go', signals: [onnx(12)] }),
    )
    expect(after).toBe(before)
  })

  it('differ between services', () => {
    const a = fingerprintOf(
      buildService({ root: 'services/recommender', language: 'go', signals: [onnx(7)] }),
    )
    const b = fingerprintOf(
      buildService({
        root: 'services/ranker',
        language: 'go',
        signals: [onnx(7, 'services/recommender')],
      }),
    )
    expect(b).not.toBe(a)
  })

  it('survive a version bump of the anchored dependency', () => {
    const a = fingerprintOf(
      buildService({ root: 'services/recommender', language: 'go', signals: [onnx(7)] }),
    )
    const b = fingerprintOf(
      buildService({
        root: 'services/recommender',
        language: 'go',
        signals: [
          {
            id: 'ai-ml.inference',
            at: ['services/recommender/go.mod:7 github.com/yalue/onnxruntime_go v1.14.0'],
          },
        ],
      }),
    )
    expect(b).toBe(a)
  })

  it('stay unique when a rule reports the same anchor twice', () => {
    const twice = defineRule({
      id: 'SF997',
      name: 'test-twice',
      category: 'hygiene',
      defaultSeverity: 'notice',
      summary: 's',
      rationale: 'r',
      fix: 'f',
      appliesTo: 'a',
      examples: { failing: 'x', passing: 'y' },
      check: () => [
        { message: 'one', evidence: [{ path: 'a.go', line: 1, detail: 'x' }] },
        { message: 'two', evidence: [{ path: 'a.go', line: 1, detail: 'x' }] },
      ],
    })
    const findings = evaluateRules(
      buildAnalysis(buildService({ root: 'svc', language: 'go' })),
      {},
      [twice],
    )
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2)
  })
})

describe('fnv1a64', () => {
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('hashes %j to the published test vector', (input, hex) => {
    expect(fnv1a64(input)).toBe(hex)
  })
})
