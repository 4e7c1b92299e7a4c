import { defineRule, type RuleHit } from '../define-rule.js'
import { cite, collectEvidence, joinWords, serviceLabel, signalWords } from '../rule-helpers.js'

/** SF002: a workload the policy places in given languages, found in a service in another one. */
export const sf002 = defineRule({
  id: 'SF002',
  name: 'workload-misplaced',
  category: 'policy',
  defaultSeverity: 'error',
  summary: 'A workload category found in a service outside the languages the policy places it in',
  rationale:
    'If your backend touches machine learning, LLMs, data processing, or scientific computing, Python is the default for a reason.',
  fix: 'Move the work into a service written in one of the placed languages, or waive the finding with the reason it belongs here.',
  appliesTo:
    'Every service, for each category under `policy.placement` in .stackfit.yml: the service has a signal of that category (strong only, unless `evidence: any`) and its language is not among the placed languages. One finding per category.',
  examples: {
    failing:
      'policy.placement: { ai-ml: { languages: [python] } }; services/gateway (Go) requires github.com/sashabaranov/go-openai.',
    passing:
      'policy.placement: { ai-ml: { languages: [python] } }; services/gateway (Go) calls services/llm (Python) over HTTP.',
  },
  check(service, context): RuleHit[] {
    const hits: RuleHit[] = []
    for (const placement of context.policy?.placement ?? []) {
      if (placement.languages.includes(service.language.id)) continue
      if (service.language.id === 'unknown') continue
      const signals = service.signals.filter(
        (s) =>
          s.category === placement.category &&
          (placement.evidence === 'any' || s.strength === 'strong'),
      )
      if (signals.length === 0) continue
      const evidence = collectEvidence(signals)
      const words = joinWords([...new Set(signals.map((s) => signalWords(s.id)))])
      hits.push({
        message: `${serviceLabel(service)} does ${placement.category} work (${words}: ${cite(evidence, service.root)}) in ${service.language.id}, but the team's policy places ${placement.category} work in ${joinWords(placement.languages)}.`,
        evidence,
      })
    }
    return hits
  },
})
