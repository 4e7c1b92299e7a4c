/**
 * Hidden HTML comments that let later runs recognise what stackfit posted. GitHub renders neither,
 * and both survive edits made through the API.
 */
import type { Evidence, Finding } from '../../model.js'

/** Report keys are used inside markers and SARIF categories, so they stay to a safe alphabet. */
export const REPORT_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/

/** Returns the marker line that identifies the sticky comment for one report key. */
export function commentMarker(key: string): string {
  return `<!-- stackfit:comment key=${key} -->`
}

/** Returns true when a comment body carries the sticky-comment marker of exactly this key. */
export function hasCommentMarker(body: string | null | undefined, key: string): boolean {
  return typeof body === 'string' && body.includes(commentMarker(key))
}

/** Returns the marker that tags one inline review comment with its finding's fingerprint. */
export function fingerprintMarker(fingerprint: string, key: string, state?: 'resolved'): string {
  return `<!-- stackfit:fp=${fingerprint} key=${key}${state ? ` state=${state}` : ''} -->`
}

const FP_MARKER = /<!-- stackfit:fp=([A-Za-z0-9._:-]+) key=([A-Za-z0-9._-]+)( state=resolved)? -->/

/**
 * Reads the fingerprint marker of a review comment body. Returns undefined when the body has none
 * or when it belongs to another report key.
 */
export function readFingerprintMarker(
  body: string | null | undefined,
  key: string,
): { fingerprint: string; resolved: boolean } | undefined {
  if (typeof body !== 'string') return undefined
  const match = FP_MARKER.exec(body)
  if (!match || match[2] !== key || match[1] === undefined) return undefined
  return { fingerprint: match[1], resolved: match[3] !== undefined }
}

/**
 * Returns the evidence a finding is anchored at: the first entry with a line, else the first entry,
 * else undefined.
 */
export function anchorOf(finding: Finding): Evidence | undefined {
  return finding.evidence.find((e) => e.line !== undefined) ?? finding.evidence[0]
}

/**
 * Returns findings whose evidence paths are prefixed with `prefix` (the scan root relative to the
 * repository root, e.g. `services`), so annotations, review comments and SARIF point at
 * repository paths. `''` and `.` return the findings unchanged. Never mutates its input.
 */
export function rebaseFindings(findings: readonly Finding[], prefix: string): Finding[] {
  const clean = prefix.replace(/^\.\/+/, '').replace(/\/+$/, '')
  if (clean === '' || clean === '.') return [...findings]
  return findings.map((f) => ({
    ...f,
    evidence: f.evidence.map((e) => ({ ...e, path: `${clean}/${e.path}` })),
  }))
}
