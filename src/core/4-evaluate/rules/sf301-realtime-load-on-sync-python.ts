import type { SignalId } from '../../3-detect/signal-definitions.js'
import type { Framework } from '../../model.js'
import { defineRule, type RuleHit } from '../define-rule.js'
import {
  cite,
  collectEvidence,
  describeSignals,
  joinWords,
  pickSignals,
  serviceLabel,
} from '../rule-helpers.js'

const LOAD: readonly SignalId[] = ['concurrency.realtime', 'concurrency.high-throughput']
const ASYNC_MODELS: ReadonlySet<Framework['model']> = new Set(['async', 'event-loop'])

function isServing(f: Framework): boolean {
  return f.role === 'web' || f.role === 'rpc'
}

/** SF301: realtime or high-throughput load on Python, judged by how the web stack does I/O. */
export const sf301 = defineRule({
  id: 'SF301',
  name: 'realtime-load-on-sync-python',
  category: 'concurrency',
  defaultSeverity: 'warning',
  summary: 'Realtime or high-throughput load on a Python web stack, above all a synchronous one',
  rationale:
    "The tradeoff: Python is slower at raw execution, and its concurrency story (the Global Interpreter Lock) is more awkward than Go's — though for I/O-bound API work, async Python is usually fast enough.",
  fix: 'Move the connection handling to an asyncio framework (FastAPI, Starlette, aiohttp) or into a Go service, and keep Python for the rest.',
  appliesTo:
    'Python services with strong realtime (WebSockets, SSE, streaming fan-out) or high-throughput signals. A warning when the web stack is synchronous (Flask, Django without Channels, or no asyncio framework found); a notice when it is asyncio-based.',
  examples: {
    failing:
      'services/chat: Flask with flask-sock serving WebSockets, deployed with an autoscaler up to 40 replicas.',
    passing:
      'services/chat: the same load on a Go service with gorilla/websocket. (On FastAPI or another asyncio stack the finding drops to a notice.)',
  },
  check(service): RuleHit[] {
    if (service.language.id !== 'python') return []
    const load = pickSignals(service, LOAD, 'strong')
    if (load.length === 0) return []
    const serving = service.frameworks.filter(isServing)
    const asyncStack = serving.filter((f) => ASYNC_MODELS.has(f.model))
    const label = serviceLabel(service)
    const loadEvidence = collectEvidence(load)
    if (asyncStack.length > 0) {
      return [
        {
          severity: 'notice',
          message: `${label} carries ${describeSignals(load)} on ${joinWords(asyncStack.map((f) => f.name))}, an asyncio stack: ${cite(loadEvidence, service.root)}. The guide: "for I/O-bound API work, async Python is usually fast enough" — watch for CPU work on the event loop.`,
          evidence: collectEvidence([...load, ...asyncStack]),
          fix: 'Keep it while the load is I/O-bound; move CPU-heavy handlers to a worker process, or the hot path into a Go service, if latency suffers under load.',
        },
      ]
    }
    const sync = serving.filter((f) => !ASYNC_MODELS.has(f.model))
    const stack =
      sync.length > 0
        ? `on ${joinWords(sync.map((f) => f.name))}, a synchronous stack`
        : 'with no asyncio web framework'
    return [
      {
        severity: 'warning',
        message: `${label} carries ${describeSignals(load)} ${stack}: ${cite(loadEvidence, service.root)}. Each open connection or slow request holds a worker, and the GIL makes threads a poor way out. The guide: Python's "concurrency story (the Global Interpreter Lock) is more awkward than Go's".`,
        evidence: collectEvidence([...load, ...sync]),
      },
    ]
  },
})
