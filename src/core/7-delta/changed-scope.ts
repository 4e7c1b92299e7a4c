/**
 * The changed-services mode of a pull request. The head is analysed with `focus` (pipeline.ts):
 * the touched services in full, every other service only counted (discovered and classified from
 * its listing, `Service.counted`). A counted service is the same at base and head, because no
 * changed path lies in it, so its own findings can change only through what rules read from the
 * rest of the repository. This module names those rules and decides which counted services a
 * change can still affect; the comparison (compare-with-base.ts) analyses those in full. Pure.
 */
import type { RuleContext, RuleDefinition, RuleHit } from '../4-evaluate/define-rule.js'
import { PROFILES } from '../4-evaluate/profiles.js'
import type { TeamPolicy, Waiver } from '../4-evaluate/policy.js'
import { sf901 } from '../4-evaluate/rules/sf901-lone-language.js'
import { serviceMatches } from '../4-evaluate/waivers.js'
import type { Analysis, Finding, Service } from '../model.js'

/**
 * The rules that read the rest of the repository (`RuleContext.analysis`), with the reason their
 * hits on a counted service can be compared without its signals. Every other rule judges a service
 * by that service alone (test/delta/changed-scope.test.ts checks that none of them reads the
 * analysis), so its findings on a counted service are the same at base and head.
 */
export const CONTEXT_RULES: readonly { rule: RuleDefinition; signalFree: string }[] = [
  {
    rule: sf901,
    signalFree:
      "A service's signals can only withdraw an SF901 hit (a strong signal its language is rated better at than the team language), and the hit's message names that team language. So when the hit on the service without its signals is the same against the base's repository and the head's, same team language, same severity, the hit on the real service is the same on both sides.",
  },
]

/**
 * The rule catalog with counted services never judged: each rule returns no hit for a service
 * with `counted`. Use it for every evaluation of a changed-scope analysis.
 */
export function judgingAnalysedOnly(rules: readonly RuleDefinition[]): RuleDefinition[] {
  return rules.map((rule) => ({
    ...rule,
    check: (service: Service, context: RuleContext): RuleHit[] =>
      service.counted ? [] : rule.check(service, context),
  }))
}

export interface AffectedOptions {
  policy?: TeamPolicy
  /** The waivers of the policy file (inline waivers live in, and only cover, analysed services). */
  waivers?: readonly Waiver[]
}

/**
 * The counted services of kind `service` whose findings may differ between `base` and `head`:
 * (1) a repository-wide rule (CONTEXT_RULES) gives a different hit on the service, without its
 * signals, against the base's and the head's services (the team's languages changed); (2) a waiver
 * of the policy covers the service and was reported unused (SF011) on either side: whether it is
 * really unused depends on the counted service's findings. Both analyses list the same counted
 * services (they are the head's, stitched into the base). Sorted; never throws.
 */
export function affectedByContext(
  base: { analysis: Analysis; findings: readonly Finding[] },
  head: { analysis: Analysis; findings: readonly Finding[] },
  options: AffectedOptions = {},
): string[] {
  const out = new Set<string>()
  const context = (analysis: Analysis): RuleContext => ({
    analysis,
    profiles: PROFILES,
    ...(options.policy ? { policy: options.policy } : {}),
  })
  const baseContext = context(base.analysis)
  const headContext = context(head.analysis)
  const counted = head.analysis.services.filter((s) => s.counted && s.kind === 'service')
  for (const service of counted) {
    for (const { rule } of CONTEXT_RULES) {
      const before = describeHits(rule.check(service, baseContext))
      const after = describeHits(rule.check(service, headContext))
      if (before !== after) out.add(service.root)
    }
  }
  const unused = new Set(
    [...base.findings, ...head.findings]
      .filter((f) => f.ruleId === 'SF011')
      .map((f) => evidenceKey(f.evidence[0])),
  )
  for (const waiver of options.waivers ?? []) {
    if (!unused.has(evidenceKey(waiver.evidence))) continue
    for (const service of counted)
      if (serviceMatches(waiver.service, service.root)) out.add(service.root)
  }
  return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

/** The roots analysed in full and the roots only counted, for `Delta.coverage`. */
export function coverageOf(analysis: Analysis): { analysed: string[]; counted: string[] } {
  return {
    analysed: analysis.services.filter((s) => !s.counted).map((s) => s.root),
    counted: analysis.services.filter((s) => s.counted).map((s) => s.root),
  }
}

function describeHits(hits: readonly RuleHit[]): string {
  return JSON.stringify(hits.map((h) => [h.severity ?? '', h.message]))
}

function evidenceKey(evidence: { path: string; line?: number } | undefined): string {
  return evidence ? `${evidence.path}\u0000${evidence.line ?? 0}` : ''
}
