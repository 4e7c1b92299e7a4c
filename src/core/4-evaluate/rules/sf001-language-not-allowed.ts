import { defineRule, type RuleHit } from '../define-rule.js'
import { joinWords, serviceEvidence, serviceLabel } from '../rule-helpers.js'

/** SF001: a service in a language the team's policy does not allow. */
export const sf001 = defineRule({
  id: 'SF001',
  name: 'language-not-allowed',
  category: 'policy',
  defaultSeverity: 'error',
  summary: "A service written in a language outside the team's allowed languages",
  rationale:
    "You don't have to choose globally — choose per service. A common, effective setup: Python for the AI-heavy service (where the ecosystem pays off) and Go for the high-traffic core API (where performance and concurrency pay off).",
  fix: 'Write the service in one of the allowed languages, or add its language to `policy.languages` in .stackfit.yml if the team now supports it.',
  appliesTo:
    'Every service whose dominant language is known, when `policy.languages` is set in .stackfit.yml. Services whose language is `unknown` are not judged.',
  examples: {
    failing:
      'policy.languages: [go, python]; services/billing is written in Ruby (Gemfile, app/*.rb).',
    passing: 'policy.languages: [go, python]; services/billing is written in Go.',
  },
  check(service, context): RuleHit[] {
    const allowed = context.policy?.languages
    if (!allowed || allowed.length === 0) return []
    const language = service.language.id
    if (language === 'unknown' || allowed.includes(language)) return []
    const where = context.policy?.source ? ` (${context.policy.source})` : ''
    return [
      {
        message: `${serviceLabel(service)} is written in ${language}, which is not one of the team's languages: ${joinWords(allowed)}${where}.`,
        evidence: serviceEvidence(service),
      },
    ]
  },
})
