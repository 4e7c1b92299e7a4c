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

const DATA: readonly SignalId[] = [
  'data.dataframe',
  'data.scientific',
  'data.pipeline',
  'data.stream-processing',
]

/** SF201: heavy data processing or scientific computing outside a data-strong language. */
export const sf201 = defineRule({
  id: 'SF201',
  name: 'data-processing-outside-python',
  category: 'data',
  defaultSeverity: 'notice',
  summary:
    'Data processing or scientific computing in a language whose data ecosystem is not strong',
  rationale: 'Python optimizes for developer speed and has an unmatched AI/data ecosystem.',
  fix: 'Move the data processing into a Python service (pandas, Polars, NumPy, Spark via PySpark) and keep this service for serving.',
  appliesTo: `Services whose language profile does not rate the data ecosystem strong (rated strong: ${profilesRated('data', 'strong').join(', ')}), with strong dataframe, scientific, pipeline or stream-processing signals. One kind of data work is a notice; two or more kinds are a warning.`,
  examples: {
    failing:
      'services/reports: a Go service that imports github.com/go-gota/gota/dataframe and gonum.org/v1/gonum/stat to build reports.',
    passing:
      'services/reports: a Python service with pandas and numpy in pyproject.toml; or a Kotlin service running Kafka Streams.',
  },
  check(service, context): RuleHit[] {
    const profile = profileOf(service.language.id, context.profiles)
    if (!profile || profile.attributes.data.rating === 'strong') return []
    const data = pickSignals(service, DATA, 'strong')
    if (data.length === 0) return []
    const kinds = new Set(data.map((s) => s.id)).size
    const evidence = collectEvidence(data)
    const label = serviceLabel(service)
    return [
      {
        severity: kinds >= 2 ? 'warning' : 'notice',
        message: `${label} does ${describeSignals(data)} in ${profile.name} at ${cite(evidence, service.root)}. ${becauseOf(profile, 'data')}`,
        evidence,
      },
    ]
  },
})
