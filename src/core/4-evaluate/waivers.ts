/**
 * Waivers: marks the findings a waiver covers as waived (they stay in the report), and reports the
 * waivers that expired (SF010) or matched nothing (SF011). Pure: the day of the scan is an input.
 */
import picomatch from 'picomatch'
import type { Finding, Severity } from '../model.js'
import type { RuleDefinition } from './define-rule.js'
import type { Waiver } from './policy.js'
import { sf010 } from './rules/sf010-waiver-expired.js'
import { sf011 } from './rules/sf011-waiver-unused.js'

/** True when the waiver's glob (or exact path) covers the service root; no glob covers all. */
export function serviceMatches(pattern: string | undefined, root: string): boolean {
  if (pattern === undefined) return true
  const clean = pattern.replace(/^\.\//, '').replace(/\/+$/, '') || '.'
  return clean === root || picomatch.isMatch(root, clean, { dot: true })
}

function ruleMatches(waiver: Waiver, finding: Finding): boolean {
  return waiver.rule === finding.ruleId || waiver.rule === finding.ruleName
}

/** Inline waivers cover evidence on their own line (a trailing comment) or the line below. */
function placeMatches(waiver: Waiver, finding: Finding): boolean {
  const inline = waiver.inline
  if (!inline) return true
  return finding.evidence.some(
    (e) => e.path === inline.path && (e.line === inline.line || e.line === inline.line + 1),
  )
}

/** True when the waiver's last day is before `today` (both `YYYY-MM-DD`). */
export function isExpired(waiver: Waiver, today: string | undefined): boolean {
  return today !== undefined && waiver.expires !== undefined && waiver.expires < today
}

function describeWaiver(waiver: Waiver): string {
  const scope = waiver.service !== undefined ? ` in ${waiver.service}` : ''
  const owner = waiver.owner !== undefined ? `, owner ${waiver.owner}` : ''
  return `The waiver for ${waiver.rule}${scope} (${waiver.source}${owner})`
}

export interface WaiverOutcome {
  /** SF010 and SF011 findings, unsorted, without fingerprints. */
  reports: Finding[]
}

/**
 * Applies the waivers in order: the first live waiver that matches a finding's rule, service and
 * (inline ones) place sets `finding.waived`. Expired waivers (last day before `today`) waive
 * nothing and each gets an SF010 finding; live waivers that matched nothing get SF011. `severityOf`
 * gives the configured severity of SF010/SF011 (`off` drops the report). Without `today` nothing
 * expires. Mutates `findings`; never throws.
 */
export function applyWaivers(
  findings: Finding[],
  waivers: readonly Waiver[],
  today: string | undefined,
  severityOf: (rule: RuleDefinition, service: string) => Severity | 'off' | undefined,
): WaiverOutcome {
  const reports: Finding[] = []
  const used = new Set<Waiver>()
  const live = waivers.filter((w) => !isExpired(w, today))
  for (const finding of findings) {
    for (const waiver of live) {
      if (!ruleMatches(waiver, finding)) continue
      if (!serviceMatches(waiver.service, finding.service)) continue
      if (!placeMatches(waiver, finding)) continue
      used.add(waiver)
      finding.waived ??= {
        reason: waiver.reason,
        ...(waiver.owner !== undefined ? { owner: waiver.owner } : {}),
        ...(waiver.expires !== undefined ? { expires: waiver.expires } : {}),
        source: waiver.source,
      }
    }
  }
  const report = (rule: RuleDefinition, waiver: Waiver, message: string): void => {
    const service = waiver.service ?? '.'
    const setting = severityOf(rule, service)
    if (setting === 'off') return
    reports.push({
      ruleId: rule.id,
      ruleName: rule.name,
      category: rule.category,
      severity: setting ?? rule.defaultSeverity,
      service,
      message,
      fix: rule.fix,
      evidence: [waiver.evidence],
      fingerprint: '',
    })
  }
  for (const waiver of waivers) {
    if (isExpired(waiver, today)) {
      report(
        sf010,
        waiver,
        `${describeWaiver(waiver)} expired on ${waiver.expires}; the findings it covered count again. Its reason was: ${waiver.reason}`,
      )
    } else if (!used.has(waiver)) {
      report(
        sf011,
        waiver,
        `${describeWaiver(waiver)} matches no finding: remove it, or check the rule and service it names.`,
      )
    }
  }
  return { reports }
}
