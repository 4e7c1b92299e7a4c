import { describe, expect, it } from 'vitest'
import { sf501 } from '../../src/core/4-evaluate/rules/sf501-split-mixed-workload.js'
import { buildService, type FrameworkSpec, type SignalSpec } from '../support/build-service.js'
import { runRule } from './run-rule.js'

const TORCH: SignalSpec = {
  id: 'ai-ml.inference',
  at: [
    'services/assistant/requirements.txt:3 torch==2.3.1',
    'services/assistant/app/model.py:1 import torch',
  ],
}
const LANGCHAIN: SignalSpec = {
  id: 'ai-ml.llm-orchestration',
  at: ['services/assistant/requirements.txt:5 langchain==0.2.6'],
}
const OPENAI: SignalSpec = {
  id: 'ai-ml.llm-client',
  at: ['services/assistant/requirements.txt:4 openai==1.35.3'],
}
const WS: SignalSpec = {
  id: 'concurrency.realtime',
  at: ['services/assistant/app/ws.py:12 @app.websocket("/ws")'],
}
const HPA: SignalSpec = {
  id: 'concurrency.high-throughput',
  at: ['deploy/k8s/assistant-hpa.yaml:9 maxReplicas: 30'],
}
const FASTAPI: FrameworkSpec = {
  name: 'fastapi',
  model: 'async',
  at: ['services/assistant/requirements.txt:1 fastapi==0.111.0'],
}
const FLASK: FrameworkSpec = {
  name: 'flask',
  model: 'sync',
  at: ['services/assistant/requirements.txt:1 flask==3.0.3'],
}
const GIN: FrameworkSpec = {
  name: 'gin',
  model: 'goroutines',
  at: ['services/assistant/go.mod:5 github.com/gin-gonic/gin v1.10.0'],
}
const weak = (s: SignalSpec): SignalSpec => ({ ...s, strength: 'weak' })

const cases: {
  name: string
  language?: string
  signals: SignalSpec[]
  frameworks?: FrameworkSpec[]
  severity?: 'warning' | 'notice'
}[] = [
  {
    name: 'local inference plus websockets, both strong: warning',
    signals: [TORCH, WS],
    frameworks: [FASTAPI],
    severity: 'warning',
  },
  {
    name: 'orchestration plus a 30-replica autoscaler: warning',
    signals: [LANGCHAIN, HPA],
    frameworks: [FASTAPI],
    severity: 'warning',
  },
  {
    name: 'one side weak: notice',
    signals: [TORCH, weak(WS)],
    frameworks: [FASTAPI],
    severity: 'notice',
  },
  {
    name: 'weak high traffic on an async web framework counts: notice',
    signals: [TORCH, weak(HPA)],
    frameworks: [FASTAPI],
    severity: 'notice',
  },
  {
    name: 'weak high traffic on a goroutine framework counts: notice',
    language: 'go',
    signals: [TORCH, weak(HPA)],
    frameworks: [GIN],
    severity: 'notice',
  },
  {
    name: 'weak high traffic on a synchronous framework does not count',
    signals: [TORCH, weak(HPA)],
    frameworks: [FLASK],
  },
  {
    name: 'both sides weak are not judged',
    signals: [weak(TORCH), weak(WS)],
    frameworks: [FASTAPI],
  },
  {
    name: 'a thin LLM client is not heavy AI work',
    signals: [OPENAI, WS, HPA],
    frameworks: [FASTAPI],
  },
  { name: 'heavy AI with no traffic side passes', signals: [TORCH], frameworks: [FASTAPI] },
  { name: 'traffic with no AI side passes', signals: [WS, HPA], frameworks: [FASTAPI] },
]

describe('SF501 split-mixed-workload', () => {
  it.each(cases)('$name', ({ language, signals, frameworks, severity }) => {
    const findings = runRule(
      sf501,
      buildService({
        root: 'services/assistant',
        language: language ?? 'python',
        signals,
        frameworks,
      }),
    )
    expect(findings.map((f) => f.severity)).toEqual(severity ? [severity] : [])
  })

  it('names the files on each side, relative to the service', () => {
    const [f] = runRule(
      sf501,
      buildService({
        root: 'services/assistant',
        language: 'python',
        signals: [TORCH, WS, HPA],
        frameworks: [FASTAPI],
      }),
    )
    expect(f?.message).toContain(
      'AI side: app/model.py:1 (import torch) and requirements.txt:3 (torch==2.3.1); traffic side: app/ws.py:12 (@app.websocket("/ws")) and deploy/k8s/assistant-hpa.yaml:9 (maxReplicas: 30)',
    )
    expect(f?.evidence[0]).toEqual({
      path: 'services/assistant/app/model.py',
      line: 1,
      detail: 'import torch',
    })
  })

  it.each([
    [
      'python',
      'keep the model work in this Python service and move the high-traffic API into a Go service',
    ],
    ['go', 'move the model work into a Python service and keep the high-traffic API here in Go'],
    ['java', 'a Python service for the model work and a Go service for the high-traffic API'],
  ])('fix for a %s service says which side moves', (language, fix) => {
    const [f] = runRule(
      sf501,
      buildService({ root: 'services/assistant', language, signals: [TORCH, WS] }),
    )
    expect(f?.fix).toContain(fix)
  })
})
