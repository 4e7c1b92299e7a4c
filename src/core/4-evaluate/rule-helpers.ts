/**
 * Small, pure helpers the rules share: picking signals, collecting their evidence in a stable
 * order, and wording lists and locations the same way in every message.
 */
import type { Evidence, Framework, Service, Signal, Strength } from '../model.js'
import { SIGNALS, type SignalId } from '../3-detect/signal-definitions.js'

/**
 * The service's signals whose id is in `ids`, in the order of `ids` (most telling first), and
 * only strong ones when `strength` is `strong`. Never throws.
 */
export function pickSignals(
  service: Service,
  ids: readonly SignalId[],
  strength?: Strength,
): Signal[] {
  const out: Signal[] = []
  for (const id of ids) {
    for (const signal of service.signals) {
      if (signal.id !== id) continue
      if (strength === 'strong' && signal.strength !== 'strong') continue
      out.push(signal)
    }
  }
  return out
}

/** True when any of the signals is strong. */
export function anyStrong(signals: readonly Signal[]): boolean {
  return signals.some((s) => s.strength === 'strong')
}

/**
 * The evidence of the given signals and frameworks, in the order given, deduplicated. The order is
 * what the caller passed, so the anchor (first entry with a line) stays put between runs.
 */
export function collectEvidence(sources: readonly (Signal | Framework)[]): Evidence[] {
  const seen = new Set<string>()
  const out: Evidence[] = []
  for (const source of sources) {
    for (const e of source.evidence) {
      const key = `${e.path}\u0000${e.line ?? ''}\u0000${e.detail}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push(e)
    }
  }
  return out
}

/** `path:line`, or `path` when there is no line. */
export function where(e: Evidence): string {
  return e.line !== undefined ? `${e.path}:${e.line}` : e.path
}

const DETAIL_MAX = 48

/**
 * Up to `max` locations with a short detail each, then how many more: `go.mod:7 (require
 * github.com/x/y v1), main.go:3 (import "x") and 2 more`. Paths inside `root` are shown relative
 * to it, so messages stay short; the evidence itself keeps repo-relative paths. Empty string for
 * no evidence.
 */
export function cite(evidence: readonly Evidence[], root = '.', max = 3): string {
  const prefix = root === '.' ? '' : `${root}/`
  const shown = evidence.slice(0, max).map((e) => {
    const path = prefix && e.path.startsWith(prefix) ? e.path.slice(prefix.length) : e.path
    const place = e.line !== undefined ? `${path}:${e.line}` : path
    const detail = e.detail.length > DETAIL_MAX ? `${e.detail.slice(0, DETAIL_MAX - 1)}…` : e.detail
    return detail ? `${place} (${detail})` : place
  })
  const rest = evidence.length - shown.length
  if (rest > 0) shown.push(`${rest} more`)
  return joinWords(shown)
}

/** `a`, `a and b`, `a, b and c`. */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

const TITLES = new Map<string, string>(SIGNALS.map((s) => [s.id, s.title]))

/** A signal in plain words: `model training`, `LLM API client`. Falls back to the id. */
export function signalWords(id: string): string {
  const title = TITLES.get(id)
  if (!title) return id
  const second = title.charAt(1)
  return second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()
    ? title
    : title.charAt(0).toLowerCase() + title.slice(1)
}

/** The distinct signals in plain words, joined: `model training and GPU runtime`. */
export function describeSignals(signals: readonly Signal[]): string {
  return joinWords([...new Set(signals.map((s) => signalWords(s.id)))])
}

/** How messages name a service: its root, or its name when it sits at the repository root. */
export function serviceLabel(service: Service): string {
  return service.root === '.' ? `${service.name} (repository root)` : service.root
}

/** Evidence that the service exists at all: its language evidence, else its markers. */
export function serviceEvidence(service: Service): Evidence[] {
  if (service.language.evidence.length > 0) return [...service.language.evidence]
  if (service.kindEvidence.length > 0) return [...service.kindEvidence]
  return service.markers.map((path) => ({ path, detail: 'manifest' }))
}
