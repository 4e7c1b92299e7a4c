import { defineRule, type RuleHit } from '../define-rule.js'
import { sf501 } from './sf501-split-mixed-workload.js'

/** SF003: the team requires mixed AI/high-traffic services to be split; SF501's test, enforced. */
export const sf003 = defineRule({
  id: 'SF003',
  name: 'mixed-workload-not-split',
  category: 'policy',
  defaultSeverity: 'error',
  summary:
    'A service mixes heavy AI work with a high-traffic API although the policy requires a split',
  rationale: sf501.rationale,
  fix: sf501.fix,
  appliesTo:
    'When `policy.split-mixed-workloads: true` is set in .stackfit.yml: every service SF501 would flag, whatever severity SF501 is configured at.',
  examples: sf501.examples,
  check(service, context): RuleHit[] {
    if (context.policy?.splitMixedWorkloads !== true) return []
    return sf501.check(service, context).map((hit) => ({
      message: `${hit.message} The team's policy requires such services to be split.`,
      evidence: hit.evidence,
      ...(hit.fix !== undefined ? { fix: hit.fix } : {}),
    }))
  },
})
