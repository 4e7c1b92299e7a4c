import type { SignalId } from '../../3-detect/signal-definitions.js'
import { defineRule, type RuleHit } from '../define-rule.js'
import { profileOf, profilesRated } from '../profiles.js'
import {
  cite,
  collectEvidence,
  describeSignals,
  pickSignals,
  serviceLabel,
} from '../rule-helpers.js'
import { becauseOf } from './reasons.js'

/** Work that needs the ML ecosystem itself: models trained, loaded or run here. */
const HEAVY: readonly SignalId[] = [
  'ai-ml.training',
  'ai-ml.inference',
  'ai-ml.gpu',
  'ai-ml.model-artifact',
]
/** Calls to someone else's model: an HTTP client with extra steps. */
const THIN: readonly SignalId[] = [
  'ai-ml.llm-orchestration',
  'ai-ml.llm-client',
  'ai-ml.vector-store',
]

/** SF101: AI/ML/LLM work in a language whose ML ecosystem is weak. */
export const sf101 = defineRule({
  id: 'SF101',
  name: 'ai-ml-outside-python',
  category: 'ai-ml',
  defaultSeverity: 'warning',
  summary: 'AI/ML work in a language whose ML ecosystem is weak',
  rationale:
    'If your backend touches machine learning, LLMs, data processing, or scientific computing, Python is the default for a reason. The libraries — and the examples, tutorials, and community answers — overwhelmingly assume Python.',
  fix: 'Move the model work into a Python service and call it over HTTP or a queue; keep this service for what its language does well.',
  appliesTo: `Services whose language profile rates the AI/ML ecosystem weak (${profilesRated('ai-ml', 'weak').join(', ')}) or adequate (${profilesRated('ai-ml', 'adequate').join(', ')}). Strong signals only. Training, local inference, GPU runtimes or model files in the tree: a warning where the ecosystem is weak, a notice where it is adequate. Only LLM API clients, orchestration or vector stores: a notice where the ecosystem is weak, because a thin client is often fine.`,
  examples: {
    failing:
      'services/recommender: a Go module whose go.mod requires github.com/yalue/onnxruntime_go and loads model.onnx at start-up.',
    passing:
      'services/inference: a Python service with torch and transformers in requirements.txt. (A Go service whose only AI dependency is github.com/sashabaranov/go-openai gets a notice, not a warning.)',
  },
  check(service, context): RuleHit[] {
    const profile = profileOf(service.language.id, context.profiles)
    if (!profile) return []
    const rating = profile.attributes['ai-ml'].rating
    if (rating === 'strong') return []
    const label = serviceLabel(service)
    const heavy = pickSignals(service, HEAVY, 'strong')
    if (heavy.length > 0) {
      const evidence = collectEvidence(heavy)
      return [
        {
          severity: rating === 'weak' ? 'warning' : 'notice',
          message: `${label} runs heavy AI/ML work in ${profile.name}: ${describeSignals(heavy)} at ${cite(evidence, service.root)}. ${becauseOf(profile, 'ai-ml')}`,
          evidence,
          fix: `Move the model work (${describeSignals(heavy)}) into a Python service and call it over HTTP or a queue; keep ${label} in ${profile.name} for the rest.`,
        },
      ]
    }
    if (rating !== 'weak') return []
    const thin = pickSignals(service, THIN, 'strong')
    if (thin.length === 0) return []
    const evidence = collectEvidence(thin)
    return [
      {
        severity: 'notice',
        message: `${label} calls AI services from ${profile.name}: ${describeSignals(thin)} at ${cite(evidence, service.root)}. A thin API client is often fine; it gets costly once the work grows into local models, training or retrieval. ${becauseOf(profile, 'ai-ml')}`,
        evidence,
        fix: `Keep the thin client while it stays a few API calls; when it grows into local models, training or retrieval pipelines, move that part into a Python service.`,
      },
    ]
  },
})
