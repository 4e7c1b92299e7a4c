import type { SignalId } from '../../3-detect/signal-definitions.js'
import type { Framework } from '../../model.js'
import { defineRule, type RuleHit } from '../define-rule.js'
import { anyStrong, cite, collectEvidence, pickSignals, serviceLabel } from '../rule-helpers.js'

const AI_HEAVY: readonly SignalId[] = [
  'ai-ml.training',
  'ai-ml.inference',
  'ai-ml.gpu',
  'ai-ml.model-artifact',
  'ai-ml.llm-orchestration',
]
const CONCURRENT_MODELS: ReadonlySet<Framework['model']> = new Set([
  'goroutines',
  'async',
  'event-loop',
])

const FIXES: Readonly<Record<string, string>> = {
  python:
    'Split it: keep the model work in this Python service and move the high-traffic API into a Go service; let them talk over HTTP or a queue.',
  go: 'Split it: move the model work into a Python service and keep the high-traffic API here in Go; let them talk over HTTP or a queue.',
}
const DEFAULT_FIX =
  'Split it: a Python service for the model work and a Go service for the high-traffic API, talking over HTTP or a queue.'

/** SF501: one service carrying both heavy AI work and high-traffic serving. */
export const sf501 = defineRule({
  id: 'SF501',
  name: 'split-mixed-workload',
  category: 'ai-ml',
  defaultSeverity: 'notice',
  summary: 'One service mixes heavy AI work with a high-traffic or realtime API',
  rationale:
    "You don't have to choose globally — choose per service. A common, effective setup: Python for the AI-heavy service (where the ecosystem pays off) and Go for the high-traffic core API (where performance and concurrency pay off).",
  fix: DEFAULT_FIX,
  appliesTo:
    'Services in any language with heavy AI signals (training, local inference, GPU, model files, LLM orchestration) and a traffic side (realtime connections, strong high-throughput deployment, or high-throughput hints on a goroutine/asyncio web framework), at least one side strong. A warning when both sides are strong.',
  examples: {
    failing:
      'services/assistant: FastAPI serving WebSockets to every user (app/ws.py) while loading a transformers model in-process (app/model.py), with a 30-replica autoscaler.',
    passing:
      'services/assistant-api (Go, WebSockets) calling services/assistant-model (Python, transformers) over HTTP.',
  },
  check(service): RuleHit[] {
    const ai = pickSignals(service, AI_HEAVY)
    if (ai.length === 0) return []
    const realtime = pickSignals(service, ['concurrency.realtime'])
    const throughput = pickSignals(service, ['concurrency.high-throughput'])
    const concurrentWeb = service.frameworks.filter(
      (f) => (f.role === 'web' || f.role === 'rpc') && CONCURRENT_MODELS.has(f.model),
    )
    const traffic = [
      ...realtime,
      ...(anyStrong(throughput) || concurrentWeb.length > 0 ? throughput : []),
    ]
    if (traffic.length === 0) return []
    const aiStrong = anyStrong(ai)
    const trafficStrong = anyStrong(traffic)
    if (!aiStrong && !trafficStrong) return []
    const aiEvidence = collectEvidence(ai)
    const trafficEvidence = collectEvidence(traffic)
    return [
      {
        severity: aiStrong && trafficStrong ? 'warning' : 'notice',
        message: `${serviceLabel(service)} mixes heavy AI work with a high-traffic API. AI side: ${cite(aiEvidence, service.root)}; traffic side: ${cite(trafficEvidence, service.root)}. The guide: choose per service — Python for the AI-heavy service, Go for the high-traffic core API.`,
        evidence: collectEvidence([...ai, ...traffic]),
        fix: FIXES[service.language.id] ?? DEFAULT_FIX,
      },
    ]
  },
})
