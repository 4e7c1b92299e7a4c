/**
 * What every renderer shares: the finding order, a finding's anchor, a service's fit and workload
 * summary, and the escaping of control characters in strings that come from the scanned tree.
 */
import { compareStrings } from '../4-evaluate/compare.js'
import {
  CATEGORIES,
  severityRank,
  type Category,
  type Diagnostic,
  type Evidence,
  type Exclusion,
  type Finding,
  type Service,
  type Severity,
  type Strength,
} from '../model.js'

export { compareStrings }

/** The evidence that anchors a finding: the first entry with a line, else the first entry. */
export function anchorOf(finding: Finding): Evidence | undefined {
  return finding.evidence.find((e) => e.line !== undefined) ?? finding.evidence[0]
}

/**
 * Orders findings by severity (most severe first), rule id, service, anchor path, anchor line,
 * then fingerprint, so that the order is total and the same on every machine.
 */
export function compareFindings(a: Finding, b: Finding): number {
  const anchorA = anchorOf(a)
  const anchorB = anchorOf(b)
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.service, b.service) ||
    compareStrings(anchorA?.path ?? '', anchorB?.path ?? '') ||
    (anchorA?.line ?? 0) - (anchorB?.line ?? 0) ||
    compareStrings(a.fingerprint, b.fingerprint) ||
    compareStrings(a.message, b.message)
  )
}

/** Orders exclusions by path, then reason, then source. */
export function compareExclusions(a: Exclusion, b: Exclusion): number {
  return (
    compareStrings(a.path, b.path) ||
    compareStrings(a.reason, b.reason) ||
    compareStrings(a.source, b.source)
  )
}

/** Orders diagnostics by path, line, column, code, then message (as the pipeline does). */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareStrings(a.path ?? '', b.path ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareStrings(a.code, b.code) ||
    compareStrings(a.message, b.message) ||
    compareStrings(a.severity, b.severity)
  )
}

/**
 * How well a service fits, for the summary tables: `n/a` for directories that are not judged
 * (libraries, frontends, samples, docs), otherwise the most severe non-waived finding, or `ok`.
 */
export type Fit = 'ok' | Severity | 'n/a'

/** The fit of one service given all findings of the report. Never throws. */
export function fitOf(service: Service, findings: readonly Finding[]): Fit {
  let worst: Severity | undefined
  for (const f of findings) {
    if (f.service !== service.root || f.waived) continue
    if (worst === undefined || severityRank(f.severity) < severityRank(worst)) worst = f.severity
  }
  if (worst) return worst
  // A counted service (changed scope) was not judged in this run.
  return service.kind === 'service' && !service.counted ? 'ok' : 'n/a'
}

/** Number of waived findings on the service. */
export function waivedCount(service: Service, findings: readonly Finding[]): number {
  return findings.filter((f) => f.service === service.root && f.waived).length
}

/** One workload category present in a service, with its strongest signal's strength. */
export interface WorkloadPart {
  category: Category
  strength: Strength
}

/** The service's workload categories in the guide's category order, each with its top strength. */
export function workloadOf(service: Service): WorkloadPart[] {
  const parts: WorkloadPart[] = []
  for (const category of CATEGORIES) {
    const signals = service.signals.filter((s) => s.category === category)
    if (signals.length === 0) continue
    parts.push({
      category,
      strength: signals.some((s) => s.strength === 'strong') ? 'strong' : 'weak',
    })
  }
  return parts
}

/** `ai-ml (strong), concurrency (weak)`, or `—` when no signal was found. */
export function workloadText(service: Service): string {
  const parts = workloadOf(service)
  if (parts.length === 0) return '—'
  return parts.map((p) => `${p.category} (${p.strength})`).join(', ')
}

/** `go 96%`: the language id with its own share, or just the id when it has no share. */
export function languageText(service: Service): string {
  const { id, shares } = service.language
  const share = shares.find((s) => s.id === id)
  return share ? `${id} ${formatPercent(share.share)}` : id
}

/** A 0..1 share as a whole percentage; shares below 1% but above zero read `<1%`. */
export function formatPercent(share: number): string {
  if (share > 0 && share < 0.005) return '<1%'
  return `${Math.round(share * 100)}%`
}

/** `path:line`, or `path` when there is no line. */
export function location(e: { path: string; line?: number | undefined }): string {
  return e.line !== undefined ? `${e.path}:${e.line}` : e.path
}

/** `1 warning`, `2 notices`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

// C0 and C1 controls, DEL, and the bidirectional overrides that can make a path read differently
// from what it is (the "Trojan Source" trick).
const UNSAFE_CHARS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/**
 * Replaces control characters and bidi overrides with visible escapes (`\n`, `\t`, `\x1b`,
 * `\u202e`), so a file name cannot move the cursor, colour the terminal or reorder a line.
 */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE_CHARS, (c) => {
    if (c === '\n') return '\\n'
    if (c === '\r') return '\\r'
    if (c === '\t') return '\\t'
    const code = c.charCodeAt(0)
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`
  })
}

/** Replaces each control character and bidi override with `replacement`. */
export function replaceControl(text: string, replacement: string): string {
  return text.replace(UNSAFE_CHARS, replacement)
}

/**
 * Excluded paths that are not inside another excluded path, in path order: the directories a
 * reader recognises (`vendor/`, `services/api/gen/`), with how many entries each one covers.
 */
export function topLevelExclusions(
  exclusions: readonly Exclusion[],
): { exclusion: Exclusion; covers: number }[] {
  const sorted = [...exclusions].sort(compareExclusions)
  const out: { exclusion: Exclusion; covers: number }[] = []
  const byPath = new Map<string, { exclusion: Exclusion; covers: number }>()
  for (const e of sorted) {
    const segments = e.path.replace(/\/+$/, '').split('/')
    let parent: { exclusion: Exclusion; covers: number } | undefined
    for (let i = 1; i < segments.length && !parent; i++) {
      parent = byPath.get(segments.slice(0, i).join('/'))
    }
    if (parent) {
      parent.covers += 1
      continue
    }
    const entry = { exclusion: e, covers: 0 }
    out.push(entry)
    byPath.set(segments.join('/'), entry)
  }
  return out
}
