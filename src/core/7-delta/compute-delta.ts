/**
 * What a change did: base and head analyses in, per-service workload deltas and new / existing /
 * resolved findings out. Pure; the git adapter (src/adapters/git-repo-view.ts) provides the trees.
 */
import { compareStrings } from '../4-evaluate/compare.js'
import {
  CATEGORIES,
  categoryRank,
  type Category,
  type Delta,
  type Evidence,
  type Finding,
  type Service,
  type ServiceDelta,
  type Signal,
  type SignalDelta,
} from '../model.js'

/** One side of the comparison: a Report, or an Analysis's services with the findings evaluated on it. */
export interface DeltaSide {
  readonly services: readonly Service[]
  readonly findings: readonly Finding[]
}

export interface DeltaOptions {
  /** The base as the user named it (`origin/main`); display only. */
  base: string
  /**
   * Roots of the services the change touches (see touchedServices). Defaults to every root whose
   * service differs between base and head.
   */
  touched?: readonly string[]
  /** `changed` (default) keeps the touched services' findings and every new one; `all` keeps all. */
  scope?: 'changed' | 'all'
}

export interface DeltaResult {
  delta: Delta
  /** The head's findings in their order, each with `status`; in `changed` scope, only those kept. */
  findings: Finding[]
}

/** A language share must move by this much (one percentage point) to be reported. */
export const SHARE_SHIFT_THRESHOLD = 0.01

/**
 * Compares base and head. A head finding is `new` when no base finding has its fingerprint, else
 * `existing`; base findings whose fingerprint the head lacks are `resolved`. Services are matched
 * by root; signals by id; evidence by detail (as a multiset), so lines and files that merely moved
 * are not changes. Returns new objects (inputs are not modified), sorted; never throws.
 */
export function computeDelta(base: DeltaSide, head: DeltaSide, options: DeltaOptions): DeltaResult {
  const baseByRoot = new Map(base.services.map((s) => [s.root, s]))
  const headByRoot = new Map(head.services.map((s) => [s.root, s]))
  const roots = [...new Set([...baseByRoot.keys(), ...headByRoot.keys()])].sort(compareStrings)
  const services: ServiceDelta[] = []
  for (const root of roots) {
    const delta = serviceDelta(root, baseByRoot.get(root), headByRoot.get(root))
    if (delta) services.push(delta)
  }
  const touched = [...new Set(options.touched ?? services.map((s) => s.root))].sort(compareStrings)

  const baseFingerprints = new Set(base.findings.map((f) => f.fingerprint))
  const headFingerprints = new Set(head.findings.map((f) => f.fingerprint))
  const scope = options.scope ?? 'changed'
  const touchedSet = new Set(touched)
  const findings: Finding[] = head.findings
    .map((f): Finding => ({
      ...f,
      status: baseFingerprints.has(f.fingerprint) ? 'existing' : 'new',
    }))
    .filter((f) => scope === 'all' || f.status === 'new' || touchedSet.has(f.service))
  const resolved = base.findings
    .filter((f) => !headFingerprints.has(f.fingerprint))
    .map((f) => {
      const copy = { ...f }
      delete copy.status
      return copy
    })
  const active = findings.filter((f) => !f.waived)
  return {
    delta: {
      base: options.base,
      touched,
      scope,
      services,
      resolved,
      counts: {
        new: active.filter((f) => f.status === 'new').length,
        existing: active.filter((f) => f.status === 'existing').length,
        resolved: resolved.length,
      },
    },
    findings,
  }
}

/**
 * The services a set of changed paths touches: for each path, the deepest service root (among
 * `roots`, from base and head) that contains it. `.` contains every path. Paths outside every
 * service touch nothing. Sorted, unique; never throws.
 */
export function touchedServices(
  changedPaths: readonly string[],
  roots: readonly string[],
): string[] {
  const byDepth = [...new Set(roots)].sort((a, b) => depth(b) - depth(a) || compareStrings(a, b))
  const out = new Set<string>()
  for (const path of changedPaths) {
    const owner = byDepth.find(
      (root) => root === '.' || path === root || path.startsWith(`${root}/`),
    )
    if (owner !== undefined) out.add(owner)
  }
  return [...out].sort(compareStrings)
}

/**
 * `touched` widened along in-repository library references (`Analysis.lenders`): a service whose
 * library is touched is touched too (its lent signals may change), and every library a touched
 * service takes signals from must be analysed with it (at head and at base) so its lent signals are
 * the same as a full scan's. Only the given `touched` roots pull services in, so a library added
 * for reading does not reach further. Sorted, unique; never throws.
 */
export function linkedRoots(
  touched: Iterable<string>,
  lenders: Readonly<Record<string, readonly string[]>> | undefined,
): string[] {
  const given = new Set(touched)
  const out = new Set(given)
  for (const [service, libraries] of Object.entries(lenders ?? {})) {
    if (!given.has(service) && !libraries.some((root) => given.has(root))) continue
    out.add(service)
    for (const root of libraries) out.add(root)
  }
  return [...out].sort(compareStrings)
}

function depth(root: string): number {
  return root === '.' ? 0 : root.split('/').length
}

function serviceDelta(
  root: string,
  base: Service | undefined,
  head: Service | undefined,
): ServiceDelta | undefined {
  if (!base && !head) return undefined
  const signals = signalDeltas(base?.signals ?? [], head?.signals ?? [])
  const shares = shareShifts(base, head)
  const kind =
    base && head && base.kind !== head.kind ? { base: base.kind, head: head.kind } : undefined
  const languageChanged = base && head && base.language.id !== head.language.id
  const change = !base ? 'added' : !head ? 'removed' : 'changed'
  if (
    change === 'changed' &&
    signals.length === 0 &&
    shares.length === 0 &&
    !kind &&
    !languageChanged
  ) {
    return undefined
  }
  const toward = new Set<Category>()
  for (const s of signals) if (s.change !== 'removed' && s.added.length > 0) toward.add(s.category)
  const headCategories = new Set((head?.signals ?? []).map((s) => s.category))
  const awayFrom = new Set<Category>()
  for (const s of signals) {
    if (s.change === 'removed' && !headCategories.has(s.category)) awayFrom.add(s.category)
  }
  return {
    root,
    change,
    language: {
      ...(base ? { base: base.language.id } : {}),
      ...(head ? { head: head.language.id } : {}),
    },
    ...(kind ? { kind } : {}),
    shares,
    toward: CATEGORIES.filter((c) => toward.has(c)),
    awayFrom: CATEGORIES.filter((c) => awayFrom.has(c)),
    signals,
  }
}

function signalDeltas(base: readonly Signal[], head: readonly Signal[]): SignalDelta[] {
  const baseById = new Map(base.map((s) => [s.id, s]))
  const headById = new Map(head.map((s) => [s.id, s]))
  const out: SignalDelta[] = []
  for (const id of new Set([...baseById.keys(), ...headById.keys()])) {
    const b = baseById.get(id)
    const h = headById.get(id)
    const added = unmatched(h?.evidence ?? [], b?.evidence ?? [])
    const removed = unmatched(b?.evidence ?? [], h?.evidence ?? [])
    const signal = (h ?? b) as Signal
    const change = !b ? 'added' : !h ? 'removed' : 'changed'
    if (
      change === 'changed' &&
      added.length === 0 &&
      removed.length === 0 &&
      b?.strength === h?.strength
    )
      continue
    out.push({ id, category: signal.category, change, strength: signal.strength, added, removed })
  }
  return out.sort(
    (a, b) => categoryRank(a.category) - categoryRank(b.category) || compareStrings(a.id, b.id),
  )
}

/** Entries of `side` whose detail `other` has fewer times, sorted by path and line. */
function unmatched(side: readonly Evidence[], other: readonly Evidence[]): Evidence[] {
  const remaining = new Map<string, number>()
  for (const e of other) remaining.set(e.detail, (remaining.get(e.detail) ?? 0) + 1)
  const sorted = [...side].sort(
    (a, b) => compareStrings(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0),
  )
  const out: Evidence[] = []
  for (const e of sorted) {
    const left = remaining.get(e.detail) ?? 0
    if (left > 0) remaining.set(e.detail, left - 1)
    else out.push({ ...e })
  }
  return out
}

function shareShifts(base: Service | undefined, head: Service | undefined): ServiceDelta['shares'] {
  const baseShares = new Map((base?.language.shares ?? []).map((s) => [s.id, s.share]))
  const headShares = new Map((head?.language.shares ?? []).map((s) => [s.id, s.share]))
  const ids = [...new Set([...baseShares.keys(), ...headShares.keys()])].sort(compareStrings)
  const out: ServiceDelta['shares'] = []
  for (const id of ids) {
    const b = baseShares.get(id) ?? 0
    const h = headShares.get(id) ?? 0
    // Both sides are rounded to 4 decimals; compare in basis points to stay exact.
    if (Math.abs(Math.round(h * 10000) - Math.round(b * 10000)) >= SHARE_SHIFT_THRESHOLD * 10000)
      out.push({ id, base: b, head: h })
  }
  return out
}
