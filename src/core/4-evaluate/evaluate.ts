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
import type { RuleOverride, TeamPolicy, Waiver } from './policy.js'
import { applyWaivers, serviceMatches } from './waivers.js'

export interface EvaluateOptions {
  /**
   * Per-rule settings keyed by id (`SF101`) or name (`ai-ml-outside-python`); the id wins when
   * both are given. A severity replaces the severity of every finding of the rule, including
   * hits the rule would soften or escalate; `off` disables the rule. Unknown keys are ignored here
   * (config parsing reports them).
   */
  rules?: Record<string, { severity?: Severity | 'off' }>
  /** Rule settings per service glob, applied over `rules` in order (later entries win). */
  overrides?: RuleOverride[]
  /** The team's policy; the policy rules (SF001–SF003) find nothing without it. */
  policy?: TeamPolicy
  /** Waivers from .stackfit.yml and inline comments, in the order they were written. */
  waivers?: Waiver[]
  /** The day of the scan (`YYYY-MM-DD`, UTC) for waiver expiry; without it no waiver expires. */
  today?: string
}

/** The anchor of a finding: the first evidence with a line, else the first evidence. */
export function anchorOf(evidence: readonly Evidence[]): Evidence | undefined {
  return evidence.find((e) => e.line !== undefined) ?? evidence[0]
}

function settingFor(
  rule: RuleDefinition,
  options: EvaluateOptions,
  service?: string,
): Severity | 'off' | undefined {
  let setting = options.rules?.[rule.id]?.severity ?? options.rules?.[rule.name]?.severity
  if (service === undefined) return setting
  for (const override of options.overrides ?? []) {
    if (!override.services.some((glob) => serviceMatches(glob, service))) continue
    setting = override.rules[rule.id]?.severity ?? override.rules[rule.name]?.severity ?? setting
  }
  return setting
}

/**
 * The findings of every enabled rule on every service of kind `service` (libraries, frontends,
 * samples and docs are never judged). Sorted by severity (most severe first), rule id, service,
 * anchor path and anchor line. Fingerprints identify what a finding is about, not where its
 * evidence sits: see fingerprintKey. Repeated keys get an occurrence suffix so every finding's
 * fingerprint is unique.
 */
export function evaluateRules(
  analysis: Analysis,
  options: EvaluateOptions,
  rules: readonly RuleDefinition[] = RULES,
): Finding[] {
  const context: RuleContext = {
    analysis,
    profiles: PROFILES,
    ...(options.policy ? { policy: options.policy } : {}),
  }
  const findings: Finding[] = []
  const keys = new Map<Finding, string>()
  for (const rule of rules) {
    for (const service of analysis.services) {
      if (service.kind !== 'service') continue
      const setting = settingFor(rule, options, service.root)
      if (setting === 'off') continue
      for (const hit of rule.check(service, context)) {
        const finding: Finding = {
          ruleId: rule.id,
          ruleName: rule.name,
          category: rule.category,
          severity: setting ?? hit.severity ?? rule.defaultSeverity,
          service: service.root,
          message: hit.message,
          fix: hit.fix ?? rule.fix,
          evidence: hit.evidence,
          fingerprint: '',
        }
        keys.set(
          finding,
          fingerprintKey(rule.id, service.root, hit.severity ?? rule.defaultSeverity),
        )
        findings.push(finding)
      }
    }
  }
  const waivers = [...(options.waivers ?? []), ...(analysis.inlineWaivers ?? [])]
  if (waivers.length > 0) {
    const { reports } = applyWaivers(findings, waivers, options.today, (rule, service) =>
      settingFor(rule, options, service),
    )
    for (const report of reports) {
      const about = report.evidence[0]?.detail ?? ''
      keys.set(
        report,
        `${fingerprintKey(report.ruleId, report.service, report.severity)}\u0000${about}`,
      )
      findings.push(report)
    }
  }
  findings.sort(compareFindings)
  const seen = new Map<string, number>()
  for (const finding of findings) {
    const key = keys.get(finding) ?? ''
    const occurrence = (seen.get(key) ?? 0) + 1
    seen.set(key, occurrence)
    finding.fingerprint = fnv1a64(occurrence === 1 ? key : `${key}\u0000${occurrence}`)
  }
  return findings
}

/**
 * What a finding is about, as the text its fingerprint hashes: the rule id, the service root and
 * the severity the rule itself gave the hit (before a configured override). Deliberately NOT the
 * evidence: a finding is "SF101 in services/checkout at warning level", whichever file, line,
 * import alias or dependency version proves it today. So the fingerprint survives line moves, file
 * moves and renames inside the service, version bumps, new evidence files and any change to other
 * services; it changes when the service root moves, and when a hit escalates or softens (an LLM
 * client notice that becomes a local-inference warning is a new finding). Every built-in rule
 * reports at most one hit per service; a rule that reports more gets occurrence suffixes in
 * evaluation order.
 */
export function fingerprintKey(ruleId: string, service: string, severity: Severity): string {
  return [ruleId, service, severity].join('\u0000')
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
