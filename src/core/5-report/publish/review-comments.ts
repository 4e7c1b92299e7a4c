/**
 * Planning inline review comments: findings whose anchor line is a line the pull request adds,
 * one comment per finding, never the same finding twice across runs.
 */
import type { Finding, Severity } from '../../model.js'
import { severityRank } from '../../model.js'
import { anchorOf, fingerprintMarker, readFingerprintMarker } from './markers.js'
import type { ChangedLines } from './patch.js'

/** Default cap on new review comments per run (GitHub's secondary rate limits punish bursts). */
export const DEFAULT_MAX_REVIEW_COMMENTS = 20

/** What the comment bodies may say about a rule beyond the finding itself. */
export interface RuleNotes {
  /** The guide's words, quoted under the message. */
  rationale?: string
  docsUrl?: string
}

export interface ReviewPlanOptions {
  /** Most new comments to post in one run. */
  max: number
  /** Report key written into each comment's marker. Defaults to `default`. */
  key?: string
  /** Fingerprints that already have an open stackfit review comment on this pull request. */
  posted?: ReadonlySet<string>
  /** Per rule id: the rationale and docs link for the comment body. */
  rules?: ReadonlyMap<string, RuleNotes>
}

export interface ReviewCommentSpec {
  path: string
  line: number
  side: 'RIGHT'
  body: string
  fingerprint: string
  severity: Severity
}

export interface ReviewPlan {
  /** Comments to post, most severe first, then in report order. At most `max`. */
  comments: ReviewCommentSpec[]
  /** Findings on added lines that already have a comment from an earlier run. */
  alreadyPosted: number
  /** Findings on added lines left out because of the cap. */
  overflow: number
  /** Findings whose anchor is not an added line (they still get annotations). */
  outsideDiff: number
}

/**
 * Plans one review's comments. Only non-waived findings whose anchor (first evidence with a line)
 * is an added line of the diff are considered; those already posted are skipped; the rest are
 * ordered by severity then input order and capped at `max` (overflow counted). Every body carries
 * the hidden fingerprint marker. Deterministic; never throws.
 */
export function planReviewComments(
  findings: readonly Finding[],
  changedLines: ChangedLines,
  options: ReviewPlanOptions,
): ReviewPlan {
  const key = options.key ?? 'default'
  const posted = options.posted ?? new Set<string>()
  const seen = new Set<string>()
  const candidates: { spec: ReviewCommentSpec; order: number }[] = []
  let alreadyPosted = 0
  let outsideDiff = 0
  findings.forEach((finding, order) => {
    if (finding.waived || seen.has(finding.fingerprint)) return
    seen.add(finding.fingerprint)
    const anchor = anchorOf(finding)
    const line = anchor?.line
    if (anchor === undefined || line === undefined || !changedLines.get(anchor.path)?.has(line)) {
      outsideDiff++
      return
    }
    if (posted.has(finding.fingerprint)) {
      alreadyPosted++
      return
    }
    const body = reviewCommentBody(finding, key, options.rules?.get(finding.ruleId))
    candidates.push({
      spec: {
        path: anchor.path,
        line,
        side: 'RIGHT',
        body,
        fingerprint: finding.fingerprint,
        severity: finding.severity,
      },
      order,
    })
  })
  candidates.sort(
    (a, b) => severityRank(a.spec.severity) - severityRank(b.spec.severity) || a.order - b.order,
  )
  const max = Math.max(0, Math.floor(options.max))
  return {
    comments: candidates.slice(0, max).map((c) => c.spec),
    alreadyPosted,
    overflow: Math.max(0, candidates.length - max),
    outsideDiff,
  }
}

const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' }

/**
 * Returns the Markdown body of one inline comment: severity and rule (linked to its docs when
 * known), the message, the other evidence lines, the guide's words, the fix, and the hidden marker.
 */
export function reviewCommentBody(finding: Finding, key: string, notes?: RuleNotes): string {
  const rule = `${finding.ruleId} ${finding.ruleName}`
  const title = notes?.docsUrl ? `[${rule}](${notes.docsUrl})` : rule
  const parts = [
    `**${SEVERITY_ICON[finding.severity]} ${finding.severity} · ${title}**`,
    escapeHtml(finding.message),
  ]
  const anchor = anchorOf(finding)
  const others = finding.evidence.filter((e) => e !== anchor).slice(0, 5)
  if (others.length > 0) {
    parts.push(
      'Also here:\n' +
        others
          .map(
            (e) =>
              `- \`${e.path}${e.line !== undefined ? `:${e.line}` : ''}\` ${escapeHtml(e.detail)}`,
          )
          .join('\n'),
    )
  }
  if (notes?.rationale)
    parts.push(`> The guide: ${escapeHtml(notes.rationale).replace(/\n/g, '\n> ')}`)
  parts.push(`**Fix:** ${escapeHtml(finding.fix)}`)
  parts.push(fingerprintMarker(finding.fingerprint, key))
  return parts.join('\n\n')
}

export interface ExistingReviewComment {
  id: number
  body: string
}

export interface StaleReviewComment {
  id: number
  fingerprint: string
  /** The replacement body: the old text kept in a collapsed block under a "resolved" line. */
  body: string
}

/**
 * Returns stackfit's own open review comments (for `key`) whose finding is no longer reported (or
 * is now waived), each with the body that marks it resolved at `sha`. Comments already marked
 * resolved, and comments of other keys or without a marker, are left alone. Sorted by id.
 */
export function planStaleReviewComments(
  existing: readonly ExistingReviewComment[],
  findings: readonly Finding[],
  key: string,
  sha: string,
): StaleReviewComment[] {
  const open = new Set(findings.filter((f) => !f.waived).map((f) => f.fingerprint))
  const stale: StaleReviewComment[] = []
  for (const comment of existing) {
    const marker = readFingerprintMarker(comment.body, key)
    if (!marker || marker.resolved || open.has(marker.fingerprint)) continue
    stale.push({
      id: comment.id,
      fingerprint: marker.fingerprint,
      body: resolvedBody(comment.body, marker.fingerprint, key, sha),
    })
  }
  return stale.sort((a, b) => a.id - b.id)
}

function resolvedBody(old: string, fingerprint: string, key: string, sha: string): string {
  const original = old.replace(fingerprintMarker(fingerprint, key), '').trimEnd()
  return [
    `✅ **Resolved in ${sha.slice(0, 12)}**: stackfit no longer reports this finding.`,
    `<details><summary>Original comment</summary>\n\n${original}\n\n</details>`,
    fingerprintMarker(fingerprint, key, 'resolved'),
  ].join('\n\n')
}

/**
 * Returns the fingerprints that have an open (not resolved) stackfit comment for `key`, sorted.
 */
export function postedFingerprints(
  existing: readonly ExistingReviewComment[],
  key: string,
): string[] {
  const out = new Set<string>()
  for (const c of existing) {
    const marker = readFingerprintMarker(c.body, key)
    if (marker && !marker.resolved) out.add(marker.fingerprint)
  }
  return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

function escapeHtml(text: string): string {
  return text
    .replace(/&(?![a-zA-Z#0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}
