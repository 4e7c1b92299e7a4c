/**
 * Stage 3, after every unit is detected: a service that builds against a library of the same
 * repository by path (a .csproj `<ProjectReference>`, a Cargo `path =` or `workspace = true`
 * dependency, a go.mod local `replace`, an npm `file:`/`workspace:` dependency;
 * `Manifest.localReferences`) does the library's work in its own process, so it gets
 * the library's signals. The rule, as docs/signals.md states it (INHERITANCE_RULES):
 *
 * - only a unit of kind `library` lends signals, and only a `service` receives them: a service that
 *   references another service does not take on its workload;
 * - only the library's strong signals are lent (its weak or supporting-only evidence stays its own);
 * - a direct, non-dev reference keeps the strength; a library reached through another library
 *   (transitively) lends a weak signal; dev/test-only references lend nothing;
 * - evidence: the service's reference line first (then each library's reference on the way), then
 *   the library's own evidence; at most MAX_EVIDENCE pieces;
 * - a service that already has the signal strong keeps it as it is.
 */
import type { ScanContext } from '../context.js'
import type { LocalReference, Manifest } from '../facts.js'
import { categoryRank, type Evidence, type Service, type Signal } from '../model.js'
import type { Unit } from '../1-discover/unit.js'
import { MAX_EVIDENCE } from './detect-signals.js'

/** The inheritance rule as data, rendered in docs/signals.md. */
export const INHERITANCE_RULES: readonly { what: string; rule: string }[] = [
  {
    what: 'references read',
    rule: '.csproj `<ProjectReference Include="...">` (Windows `..\\` separators too); Cargo `x = { path = "..." }` and `x.workspace = true` when the workspace root\'s `[workspace.dependencies]` gives `x` a path; go.mod `replace x => ../dir` of a directly required module; package.json `file:`/`link:` paths and `workspace:` ranges (by package name)',
  },
  {
    what: 'who lends, who receives',
    rule: 'a unit of kind `library` lends to a unit of kind `service`; a service referencing another service inherits nothing',
  },
  {
    what: 'what is lent',
    rule: "the library's strong signals only; its weak and supporting-only evidence stays its own",
  },
  {
    what: 'strength',
    rule: 'strong through a direct, non-dev reference; weak through another library (transitive); dev/test-only references (`[dev-dependencies]`, `PrivateAssets="all"`) lend nothing',
  },
  {
    what: 'evidence',
    rule: "the service's reference line first (`Api.csproj:19 ProjectReference EventBusRabbitMQ`), each library's reference on the way, then the library's own lines",
  },
  {
    what: 'pull requests',
    rule: 'a change to a library reaches every service that takes its signals (they are analysed and compared as touched), and a touched service is analysed with every library it takes signals from, at head and at base, so a pull request sees exactly what a full scan sees',
  },
]

interface Resolved {
  ref: LocalReference
  target: string
}

/**
 * `services` with the signals each service inherits from the in-repository libraries it
 * references (see the module comment). `units` and `services` are matched by root; services not
 * fully analysed (`counted`) are left as they are. Pure apart from reading workspace-root Cargo
 * manifests through `ctx` (cached). Cycle-safe; never throws. Signals stay sorted by category
 * order, then id.
 */
export function inheritLibrarySignals(
  ctx: ScanContext,
  units: readonly Unit[],
  services: readonly Service[],
): Service[] {
  const graph = referenceGraph(ctx, units)
  if (!graph) return [...services]
  const { referencing, ownerOf, refsOf } = graph
  const serviceByRoot = new Map(services.map((s) => [s.root, s]))
  const inherited = new Map<string, Signal[]>()
  for (const unit of referencing) {
    const service = serviceByRoot.get(unit.root)
    if (unit.kind !== 'service' || !service || service.counted) continue
    const lent: Signal[] = []
    const seen = new Set([unit.root])
    let level: { target: string; chain: LocalReference[] }[] = refsOf(unit).map((r) => ({
      target: r.target,
      chain: [r.ref],
    }))
    for (let depth = 1; level.length > 0; depth++) {
      const next: typeof level = []
      for (const { target, chain } of level) {
        const library = ownerOf(target)
        if (!library || library.kind !== 'library' || seen.has(library.root)) continue
        seen.add(library.root)
        const lender = serviceByRoot.get(library.root)
        for (const signal of lender?.signals ?? []) {
          if (signal.strength !== 'strong') continue
          lent.push({
            id: signal.id,
            category: signal.category,
            strength: depth === 1 ? 'strong' : 'weak',
            evidence: [...chain.map(referenceEvidence), ...signal.evidence],
          })
        }
        for (const r of refsOf(library)) next.push({ target: r.target, chain: [...chain, r.ref] })
      }
      level = next
    }
    if (lent.length > 0) inherited.set(unit.root, lent)
  }
  return services.map((s) => {
    const lent = inherited.get(s.root)
    return lent ? { ...s, signals: merge(s.signals, lent) } : s
  })
}

/**
 * For each unit with non-dev local references: where they point, sorted and unique. A reference
 * resolved to a directory gives that directory; one that names a package or a workspace entry this
 * scan cannot resolve gives `?` and the name. What a pull request's restricted analysis checks
 * before it trusts a touched unit (src/core/7-delta/snapshot.ts). Reads as inheritance does.
 */
export function referenceTargets(
  ctx: ScanContext,
  units: readonly Unit[],
): Record<string, readonly string[]> {
  const graph = referenceGraph(ctx, units)
  const out: Record<string, readonly string[]> = {}
  if (!graph) return out
  for (const unit of graph.referencing) {
    const targets = new Set<string>()
    for (const manifest of unit.manifests)
      for (const ref of manifest.localReferences ?? [])
        if (!ref.dev && !ref.workspaceTable)
          targets.add(graph.targetOf(manifest, ref) ?? `?${ref.name}`)
    out[unit.root] = [...targets].sort()
  }
  return out
}

interface ReferenceGraph {
  /** Units with at least one non-dev local reference. */
  referencing: readonly Unit[]
  /** The unit owning a repo-relative directory (nearest root). */
  ownerOf(dir: string): Unit | undefined
  /** A unit's non-dev local references, resolved to directories. */
  refsOf(unit: Unit): Resolved[]
  /** Where a reference written in `manifest` points; undefined when it does not resolve. */
  targetOf(manifest: Manifest, ref: LocalReference): string | undefined
}

/** How units reference each other by path; undefined when none does. Reads as inheritance does. */
function referenceGraph(ctx: ScanContext, units: readonly Unit[]): ReferenceGraph | undefined {
  const referencing = units.filter((u) =>
    u.manifests.some((m) => m.localReferences?.some((r) => !r.dev && !r.workspaceTable)),
  )
  if (referencing.length === 0) return undefined
  const unitByRoot = new Map(units.map((u) => [u.root, u]))
  const roots = units.map((u) => u.root).sort((a, b) => b.length - a.length)
  const ownerOf = (dir: string): Unit | undefined => {
    const root = roots.find((r) => r === '.' || dir === r || dir.startsWith(`${r}/`))
    return root === undefined ? undefined : unitByRoot.get(root)
  }
  const workspaceTarget = workspaceResolver(ctx)
  const npmRoots = new Map<string, string>()
  for (const u of units) {
    for (const m of u.manifests) {
      if (m.type === 'package.json' && m.name !== undefined && !npmRoots.has(m.name)) {
        npmRoots.set(m.name, u.root)
      }
    }
  }
  const targetOf = (manifest: Manifest, ref: LocalReference): string | undefined =>
    ref.target ?? (ref.byName ? npmRoots.get(ref.name) : workspaceTarget(manifest, ref.name))
  const refsOf = (unit: Unit): Resolved[] => {
    const out: Resolved[] = []
    for (const manifest of unit.manifests) {
      for (const ref of manifest.localReferences ?? []) {
        if (ref.dev || ref.workspaceTable) continue
        const target = targetOf(manifest, ref)
        if (target !== undefined) out.push({ ref, target })
      }
    }
    return out
  }
  return { referencing, ownerOf, refsOf, targetOf }
}

/**
 * For each service that references in-repository libraries: the roots of every library it can
 * take signals from (direct and through other libraries), sorted; services without any are left
 * out. Needs only the units' manifests, so a changed-scope scan can tell, before reading any
 * source, which services a change to a library reaches. Cycle-safe; never throws.
 */
export function lendersOf(
  ctx: ScanContext,
  units: readonly Unit[],
): Record<string, readonly string[]> {
  const graph = referenceGraph(ctx, units)
  const out: Record<string, readonly string[]> = {}
  if (!graph) return out
  for (const unit of graph.referencing) {
    if (unit.kind !== 'service') continue
    const seen = new Set([unit.root])
    const libraries: string[] = []
    let level = graph.refsOf(unit).map((r) => r.target)
    while (level.length > 0) {
      const next: string[] = []
      for (const target of level) {
        const library = graph.ownerOf(target)
        if (!library || library.kind !== 'library' || seen.has(library.root)) continue
        seen.add(library.root)
        libraries.push(library.root)
        for (const r of graph.refsOf(library)) next.push(r.target)
      }
      level = next
    }
    if (libraries.length > 0) out[unit.root] = libraries.sort()
  }
  return out
}

/** `Api.csproj:19 ProjectReference EventBusRabbitMQ` as evidence. */
function referenceEvidence(ref: LocalReference): Evidence {
  return { path: ref.path, line: ref.line, detail: `${ref.via} ${ref.name}` }
}

/**
 * Finds the directory of a Cargo `x.workspace = true` dependency: the nearest ancestor Cargo.toml
 * (the member's own directory excluded) whose `[workspace.dependencies]` gives `x` a path.
 */
function workspaceResolver(
  ctx: ScanContext,
): (manifest: Manifest, name: string) => string | undefined {
  let byPath: Map<string, (typeof ctx.view.files)[number]> | undefined
  return (manifest, name) => {
    if (manifest.type !== 'Cargo.toml') return undefined
    const own = manifest.localReferences?.find((r) => r.workspaceTable && r.name === name)
    if (own) return own.target
    byPath ??= new Map(ctx.view.files.map((f) => [f.path, f]))
    const parts = manifest.path.split('/').slice(0, -1)
    while (parts.length > 0) {
      parts.pop()
      const path = parts.length === 0 ? 'Cargo.toml' : `${parts.join('/')}/Cargo.toml`
      const file = byPath.get(path)
      const root = file ? ctx.manifest(file) : undefined
      const entry = root?.localReferences?.find((r) => r.workspaceTable && r.name === name)
      if (entry) return entry.target
      if (root?.workspaceMembers.length) return undefined
    }
    return undefined
  }
}

/** A service's signals with the lent ones merged in by id; sorted by category order, then id. */
function merge(own: readonly Signal[], lent: readonly Signal[]): Signal[] {
  const byId = new Map(own.map((s) => [s.id, s]))
  const ownStrong = new Set(own.filter((s) => s.strength === 'strong').map((s) => s.id))
  for (const signal of lent) {
    if (ownStrong.has(signal.id)) continue
    const existing = byId.get(signal.id)
    if (!existing) {
      byId.set(signal.id, { ...signal, evidence: dedupe(signal.evidence) })
      continue
    }
    byId.set(signal.id, {
      ...existing,
      strength: existing.strength === 'strong' || signal.strength === 'strong' ? 'strong' : 'weak',
      evidence: dedupe([...existing.evidence, ...signal.evidence]),
    })
  }
  return [...byId.values()].sort(
    (a, b) =>
      categoryRank(a.category) - categoryRank(b.category) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}

/** Evidence without repeats (same path, line and detail), in order, at most MAX_EVIDENCE. */
function dedupe(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>()
  const out: Evidence[] = []
  for (const e of evidence) {
    const key = `${e.path}\u0000${e.line ?? 0}\u0000${e.detail}`
    if (seen.has(key) || out.length >= MAX_EVIDENCE) continue
    seen.add(key)
    out.push(e)
  }
  return out
}
