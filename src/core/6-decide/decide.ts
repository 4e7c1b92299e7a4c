/**
 * The verdict: pure, computed from the findings and the fail-on threshold alone. Publishing may
 * fail; this never does.
 */
import { compareStrings } from '../4-evaluate/compare.js'
import {
  SEVERITIES,
  severityRank,
  type FailOn,
  type FailOnScope,
  type Finding,
  type Severity,
  type Verdict,
} from '../model.js'

/** How many failing findings the headline names before it says "and N more". */
const HEADLINE_FINDINGS = 3

function countWords(counts: Record<Severity, number>): string {
  return SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}`)
    .join(', ')
}

/**
 * Counts the non-waived findings per severity and fails when any of them is at least as severe as
 * `failOn` (`never` never fails). The headline names the counts and, on failure, the first
 * failing findings (most severe first): `stackfit: 2 warnings, 1 notice — fails on warning: SF101
 * ai-ml-outside-python in services/llm-gateway, …`. With `scope: 'new'` only findings not marked
 * `existing` can fail (the counts still cover every finding) and the headline says so.
 * Deterministic whatever the input order; never throws.
 */
export function decide(
  findings: readonly Finding[],
  failOn: FailOn,
  scope: FailOnScope = 'all',
): Verdict {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  const active = findings.filter((f) => !f.waived)
  for (const f of active) counts[f.severity] += 1
  const waived = findings.length - active.length
  const eligible = scope === 'new' ? active.filter((f) => f.status !== 'existing') : active
  const failing =
    failOn === 'never'
      ? []
      : eligible.filter((f) => severityRank(f.severity) <= severityRank(failOn))
  const scoped = scope === 'new' ? ' new' : ''
  failing.sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      compareStrings(a.ruleId, b.ruleId) ||
      compareStrings(a.service, b.service) ||
      compareStrings(a.fingerprint, b.fingerprint),
  )
  const conclusion = failing.length > 0 ? 'fail' : 'pass'

  let summary = active.length === 0 ? 'no findings' : countWords(counts)
  if (waived > 0) summary += ` (${waived} waived)`
  let headline: string
  if (conclusion === 'fail') {
    const named = failing
      .slice(0, HEADLINE_FINDINGS)
      .map((f) => `${f.ruleId} ${f.ruleName} in ${f.service}`)
    const rest = failing.length - named.length
    if (rest > 0) named.push(`and ${rest} more`)
    headline = `stackfit: ${summary} — fails on${scoped} ${failOn}: ${named.join(', ')}`
  } else if (active.length === 0) {
    headline = `stackfit: ${summary}`
  } else {
    headline = `stackfit: ${summary} — passes (fail-on: ${failOn}${scope === 'new' ? ', new findings only' : ''})`
  }
  return {
    conclusion,
    counts,
    failOn,
    headline,
    ...(scope === 'new' ? { failOnScope: scope } : {}),
  }
}
