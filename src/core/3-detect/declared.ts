/**
 * Declared requirements: what a team tells stackfit about a service that code cannot show (a
 * latency budget, a request rate, a memory budget, single-binary shipping). Each declaration that
 * crosses its threshold is strong evidence for a signal, pointing at the line of the policy file.
 */
import { categoryRank, type Evidence, type Signal } from '../model.js'
import { SIGNALS, type SignalId } from './signal-definitions.js'

/** The requirements a service can declare. */
export interface Requirements {
  latencyBudgetMs?: number
  requestsPerSecond?: number
  memoryBudgetMb?: number
  singleBinary?: boolean
}

/** Declared requirements of the services whose root is `service` (exact root). */
export interface DeclaredRequirements {
  service: string
  requirements: Requirements
  /** Where each requirement was written (path and line of the policy file). */
  at: Partial<Record<keyof Requirements, { path: string; line: number }>>
}

interface RequirementRule {
  key: keyof Requirements
  signal: SignalId
  /** True when the declared value calls for the signal. */
  fires(value: number | boolean): boolean
  detail(value: number | boolean): string
  /** Why the threshold is where it is; rendered into the configuration reference. */
  reason: string
}

/**
 * Which declarations become which signals, and from which value on. The thresholds match the ones
 * the deployment-file detectors use for an interpreted runtime (see each reason).
 */
export const REQUIREMENT_RULES: readonly RequirementRule[] = [
  {
    key: 'latencyBudgetMs',
    signal: 'latency.low-latency',
    fires: (v) => typeof v === 'number' && v <= 100,
    detail: (v) => `declared latency budget ${String(v)} ms`,
    reason: 'A budget of 100 ms or less leaves little room for interpreter and GC pauses.',
  },
  {
    key: 'requestsPerSecond',
    signal: 'concurrency.high-throughput',
    fires: (v) => typeof v === 'number' && v >= 1000,
    detail: (v) => `declared ${String(v)} requests per second`,
    reason: 'A thousand requests per second or more is high-throughput serving.',
  },
  {
    key: 'memoryBudgetMb',
    signal: 'resource.tight-limits',
    fires: (v) => typeof v === 'number' && v <= 256,
    detail: (v) => `declared memory budget ${String(v)} MiB`,
    reason:
      "The interpreted-runtime line of deployment memory limits (Python's, 256 MiB), for every language: a declared budget is the team saying memory is a constraint, so it is not discounted for a leaner runtime the way a deployment limit is.",
  },
  {
    key: 'singleBinary',
    signal: 'deployment.single-binary',
    fires: (v) => v === true,
    detail: () => 'declared: must ship as a single binary',
    reason: 'Declared outright.',
  },
]

const CATEGORY_OF = new Map(SIGNALS.map((s) => [s.id as string, s.category]))

function compareEvidence(a: Evidence, b: Evidence): number {
  const p = a.path < b.path ? -1 : a.path > b.path ? 1 : 0
  return (
    p || (a.line ?? 0) - (b.line ?? 0) || (a.detail < b.detail ? -1 : a.detail > b.detail ? 1 : 0)
  )
}

/**
 * The service's signals with its declared requirements added as strong evidence: an existing
 * signal gains the evidence and becomes strong, a missing one is created. Keeps the signal order
 * (category, then id) and the evidence order (path, line). Returns the input when nothing is
 * declared for `root`. Never throws.
 */
export function addDeclaredSignals(
  root: string,
  signals: readonly Signal[],
  declared: readonly DeclaredRequirements[],
): Signal[] {
  const mine = declared.filter((d) => d.service === root)
  if (mine.length === 0) return [...signals]
  const byId = new Map(signals.map((s) => [s.id, { ...s, evidence: [...s.evidence] }]))
  for (const entry of mine) {
    for (const rule of REQUIREMENT_RULES) {
      const value = entry.requirements[rule.key]
      if (value === undefined || !rule.fires(value)) continue
      const at = entry.at[rule.key]
      const evidence: Evidence = {
        path: at?.path ?? '.stackfit.yml',
        ...(at ? { line: at.line } : {}),
        detail: rule.detail(value),
      }
      const category = CATEGORY_OF.get(rule.signal)
      if (!category) continue
      const signal = byId.get(rule.signal) ?? {
        id: rule.signal,
        category,
        strength: 'strong' as const,
        evidence: [],
      }
      signal.strength = 'strong'
      signal.evidence.push(evidence)
      signal.evidence.sort(compareEvidence)
      byId.set(rule.signal, signal)
    }
  }
  return [...byId.values()].sort(
    (a, b) =>
      categoryRank(a.category) - categoryRank(b.category) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}
