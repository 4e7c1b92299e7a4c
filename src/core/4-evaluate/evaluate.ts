/**
 * Applies the rule catalog to every service of kind `service` and turns rule hits into findings
 * with stable fingerprints, in a deterministic order.
 */
import { compareStrings } from './compare.js'
import {
  severityRank,
  type Analysis,
  type Evidence,
  type Finding,
  type Severity,
} from '../model.js'
import { RULES } from './catalog.js'
import type { RuleContext, RuleDefinition } from './define-rule.js'
import { fnv1a64 } from './fingerprint.js'
import { PROFILES } from './profiles.js'

export interface EvaluateOptions {
  /**
   * Per-rule settings keyed by id (`SF101`) or name (`ai-ml-outside-python`); the id wins when
   * both are given. A severity replaces the severity of every finding of the rule, including
   * hits the rule would soften or escalate; `off` disables the rule. Unknown keys are ignored here
   * (config parsing reports them).
   */
  rules?: Record<string, { severity?: Severity | 'off' }>
}

/** The anchor of a finding: the first evidence with a line, else the first evidence. */
export function anchorOf(evidence: readonly Evidence[]): Evidence | undefined {
  return evidence.find((e) => e.line !== undefined) ?? evidence[0]
}

function settingFor(rule: RuleDefinition, options: EvaluateOptions): Severity | 'off' | undefined {
  return options.rules?.[rule.id]?.severity ?? options.rules?.[rule.name]?.severity
}

/**
 * The findings of every enabled rule on every service of kind `service` (libraries, frontends,
 * samples and docs are never judged). Sorted by severity (most severe first), rule id, service,
 * anchor path and anchor line. Fingerprints hash rule id, service root and the anchor's path and
 * detail (not its line), so moving a line keeps the fingerprint; repeated fingerprints get an
 * occurrence suffix so every finding's is unique.
 */
export function evaluateRules(
  analysis: Analysis,
  options: EvaluateOptions,
  rules: readonly RuleDefinition[] = RULES,
): Finding[] {
  const context: RuleContext = { analysis, profiles: PROFILES }
  const findings: Finding[] = []
  for (const rule of rules) {
    const setting = settingFor(rule, options)
    if (setting === 'off') continue
    for (const service of analysis.services) {
      if (service.kind !== 'service') continue
      for (const hit of rule.check(service, context)) {
        findings.push({
          ruleId: rule.id,
          ruleName: rule.name,
          category: rule.category,
          severity: setting ?? hit.severity ?? rule.defaultSeverity,
          service: service.root,
          message: hit.message,
          fix: hit.fix ?? rule.fix,
          evidence: hit.evidence,
          fingerprint: '',
        })
      }
    }
  }
  findings.sort(compareFindings)
  const seen = new Map<string, number>()
  for (const finding of findings) {
    const anchor = anchorOf(finding.evidence)
    const key = [finding.ruleId, finding.service, anchor?.path ?? '', anchor?.detail ?? ''].join(
      '\u0000',
    )
    const occurrence = (seen.get(key) ?? 0) + 1
    seen.set(key, occurrence)
    finding.fingerprint = fnv1a64(occurrence === 1 ? key : `${key}\u0000${occurrence}`)
  }
  return findings
}

/** Orders findings: severity rank, rule id, service, anchor path, anchor line, then message. */
export function compareFindings(a: Finding, b: Finding): number {
  const anchorA = anchorOf(a.evidence)
  const anchorB = anchorOf(b.evidence)
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.service, b.service) ||
    compareStrings(anchorA?.path ?? '', anchorB?.path ?? '') ||
    (anchorA?.line ?? 0) - (anchorB?.line ?? 0) ||
    compareStrings(a.message, b.message)
  )
}
