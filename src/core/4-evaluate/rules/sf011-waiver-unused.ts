import { defineRule } from '../define-rule.js'

/** SF011: a waiver that matches no finding. Reported by the waiver step of evaluate.ts. */
export const sf011 = defineRule({
  id: 'SF011',
  name: 'waiver-unused',
  category: 'policy',
  defaultSeverity: 'warning',
  summary: 'A waiver that matches no finding',
  rationale: "Don't pick a backend language on vibes.",
  fix: 'Remove the waiver: the finding it was written for is gone (or its rule or service pattern is misspelt).',
  appliesTo:
    'Every waiver in .stackfit.yml or inline that matched no finding of the scan, counted after rule settings (a waiver for a rule turned off is unused).',
  examples: {
    failing:
      'waivers: [{ rule: SF101, service: services/gateway, reason: thin client }] after the LLM client was moved out of services/gateway.',
    passing: 'The same waiver while services/gateway still gets an SF101 finding.',
  },
  check: () => [],
})
