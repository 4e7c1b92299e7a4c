import { defineRule } from '../define-rule.js'

/**
 * SF010: a waiver whose `expires` date has passed. Reported by the waiver step of evaluate.ts, not
 * by `check`: the finding points at the waiver, and the finding it used to waive counts again.
 */
export const sf010 = defineRule({
  id: 'SF010',
  name: 'waiver-expired',
  category: 'policy',
  defaultSeverity: 'warning',
  summary: 'A waiver whose expiry date has passed',
  rationale: "Don't pick a backend language on vibes.",
  fix: 'Fix the finding the waiver covered, or renew the waiver with a new `expires` date and a current reason.',
  appliesTo:
    'Every waiver in .stackfit.yml or inline whose `expires` date is before the day of the scan (UTC). The findings it matched are no longer waived.',
  examples: {
    failing:
      'waivers: [{ rule: SF101, service: services/gateway, reason: thin client, expires: 2025-03-31 }], scanned in April 2025.',
    passing: 'The same waiver scanned on 2025-03-31 or earlier.',
  },
  check: () => [],
})
