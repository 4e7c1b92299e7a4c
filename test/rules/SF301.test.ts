import { describe, expect, it } from 'vitest'
import { sf301 } from '../../src/core/4-evaluate/rules/sf301-realtime-load-on-sync-python.js'
import { buildService, type FrameworkSpec, type SignalSpec } from '../support/build-service.js'
import { runRule } from './run-rule.js'

const WS: SignalSpec = {
  id: 'concurrency.realtime',
  at: ['services/chat/app/ws.py:12 from flask_sock import Sock'],
}
const HPA: SignalSpec = {
  id: 'concurrency.high-throughput',
  at: ['deploy/k8s/chat-hpa.yaml:9 maxReplicas: 40'],
}
const FLASK: FrameworkSpec = {
  name: 'flask',
  model: 'sync',
  at: ['services/chat/requirements.txt:1 flask==3.0.3'],
}
const DJANGO: FrameworkSpec = {
  name: 'django',
  model: 'sync',
  at: ['services/chat/requirements.txt:2 Django==5.0.6'],
}
const CHANNELS: FrameworkSpec = {
  name: 'channels',
  model: 'async',
  at: ['services/chat/requirements.txt:3 channels==4.1.0'],
}
const FASTAPI: FrameworkSpec = {
  name: 'fastapi',
  model: 'async',
  at: ['services/chat/pyproject.toml:8 "fastapi>=0.111"'],
}
const CELERY: FrameworkSpec = {
  name: 'celery',
  role: 'worker',
  model: 'async',
  at: ['services/chat/requirements.txt:4 celery==5.4.0'],
}

const cases: {
  name: string
  language?: string
  signals: SignalSpec[]
  frameworks: FrameworkSpec[]
  severity?: 'warning' | 'notice'
  says?: string[]
}[] = [
  {
    name: 'websockets on Flask is a warning',
    signals: [WS],
    frameworks: [FLASK],
    severity: 'warning',
    says: [
      'services/chat',
      'realtime connections on flask, a synchronous stack',
      'app/ws.py:12',
      'Global Interpreter Lock',
    ],
  },
  {
    name: 'an autoscaled Django API is a warning',
    signals: [HPA],
    frameworks: [DJANGO],
    severity: 'warning',
    says: ['high traffic on django', 'deploy/k8s/chat-hpa.yaml:9'],
  },
  {
    name: 'no web framework found counts as synchronous',
    signals: [WS],
    frameworks: [],
    severity: 'warning',
    says: ['with no asyncio web framework'],
  },
  {
    name: 'an async worker framework does not make the web stack async',
    signals: [WS],
    frameworks: [FLASK, CELERY],
    severity: 'warning',
  },
  {
    name: 'Django with Channels is asyncio: a notice',
    signals: [WS],
    frameworks: [DJANGO, CHANNELS],
    severity: 'notice',
    says: ['on channels, an asyncio stack'],
  },
  {
    name: 'FastAPI gets only a notice quoting the guide',
    signals: [WS, HPA],
    frameworks: [FASTAPI],
    severity: 'notice',
    says: ['for I/O-bound API work, async Python is usually fast enough'],
  },
  {
    name: 'weak load signals are not judged',
    signals: [{ ...WS, strength: 'weak' }],
    frameworks: [FLASK],
  },
  {
    name: 'a Flask app without realtime or traffic signals passes',
    signals: [
      { id: 'concurrency.message-broker', at: ['services/chat/requirements.txt:5 pika==1.3.2'] },
    ],
    frameworks: [FLASK],
  },
  {
    name: 'Go carrying the load is what the guide wants',
    language: 'go',
    signals: [WS, HPA],
    frameworks: [{ name: 'gin', model: 'goroutines' }],
  },
]

describe('SF301 realtime-load-on-sync-python', () => {
  it.each(cases)('$name', ({ language, signals, frameworks, severity, says }) => {
    const findings = runRule(
      sf301,
      buildService({ root: 'services/chat', language: language ?? 'python', signals, frameworks }),
    )
    if (!severity) return expect(findings).toEqual([])
    expect(findings.map((f) => f.severity)).toEqual([severity])
    for (const text of says ?? []) expect(findings[0]?.message).toContain(text)
  })

  it('cites the load first and the synchronous framework after it', () => {
    const [f] = runRule(
      sf301,
      buildService({
        root: 'services/chat',
        language: 'python',
        signals: [HPA, WS],
        frameworks: [FLASK],
      }),
    )
    expect(f?.evidence.map((e) => `${e.path}:${e.line}`)).toEqual([
      'services/chat/app/ws.py:12',
      'deploy/k8s/chat-hpa.yaml:9',
      'services/chat/requirements.txt:1',
    ])
    expect(f?.fix).toMatch(/asyncio framework .* or into a Go service/)
  })

  it('on an async stack suggests keeping it while the load is I/O-bound', () => {
    const [f] = runRule(
      sf301,
      buildService({
        root: 'services/chat',
        language: 'python',
        signals: [WS],
        frameworks: [FASTAPI],
      }),
    )
    expect(f?.fix).toContain('I/O-bound')
    expect(f?.evidence.map((e) => e.path)).toContain('services/chat/pyproject.toml')
  })
})
