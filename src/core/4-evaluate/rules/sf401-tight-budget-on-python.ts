import type { SignalId } from '../../3-detect/signal-definitions.js'
import { defineRule, type RuleHit } from '../define-rule.js'
import { tightLimitsOf } from '../profiles.js'
import {
  cite,
  collectEvidence,
  describeSignals,
  pickSignals,
  serviceLabel,
} from '../rule-helpers.js'

const BUDGET: readonly SignalId[] = ['resource.tight-limits', 'latency.low-latency']

/** SF401: a tight memory/CPU budget or a declared latency need on Python. */
export const sf401 = defineRule({
  id: 'SF401',
  name: 'tight-budget-on-python',
  category: 'resource',
  defaultSeverity: 'notice',
  summary: 'Tight resource limits or low-latency needs on a Python service',
  rationale:
    'Go compiles to a single native binary and generally uses less memory and CPU than an equivalent Python service. On a small VPS, that efficiency is real money.',
  fix: 'Measure the service under realistic load; if it cannot meet the budget, move the hot path into a Go service.',
  appliesTo: `Python services with strong tight-resource-limit signals (a Kubernetes or Compose memory limit at or below Python's line in its language profile, ${tightLimitsOf('python').memoryMiB}Mi; a declared memory budget) or low-latency signals (uvloop, orjson, a declared latency budget). A low CPU limit alone is not enough: it caps throughput per replica, which more replicas buy back.`,
  examples: {
    failing:
      'services/edge-api: a Python service whose Kubernetes deployment limits it to 128Mi memory and 100m CPU.',
    passing:
      'services/edge-api: a Go service under the same limits, or a Python service with roomy limits.',
  },
  check(service): RuleHit[] {
    if (service.language.id !== 'python') return []
    const budget = pickSignals(service, BUDGET, 'strong')
    if (budget.length === 0) return []
    const evidence = collectEvidence(budget)
    return [
      {
        message: `${serviceLabel(service)} runs on a tight budget in Python: ${describeSignals(budget)} at ${cite(evidence, service.root)}. The guide: Go "generally uses less memory and CPU than an equivalent Python service", and "Python is slower at raw execution".`,
        evidence,
      },
    ]
  },
})
