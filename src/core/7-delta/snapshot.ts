/**
 * A snapshot: the complete analysis of one commit, kept between runs so that a pull request based
 * on that commit analyses only what it touches. The Action's run on a push to the default branch
 * writes it; a pull-request run whose base is that commit reads it (src/action/snapshot.ts).
 *
 * Without a snapshot a pull request still lists, discovers and classifies every unit of the head
 * (src/core/7-delta/focus.ts), which costs time in proportion to the repository. With one, the
 * units the change does not touch are taken from the snapshot, since they are the same files at
 * the base and at the head, and only the touched units' directories are analysed. That holds only
 * when nothing the change touches can alter another unit's result, so headFromSnapshot() first
 * checks the change against SNAPSHOT_LIMITS, then checks what it analysed against the snapshot, and
 * gives up (the caller then analyses the whole head, as without a snapshot) when any check fails.
 * Pure.
 */
import { isYamlPath } from '../1-discover/attach-deploy-files.js'
import { BUILD_ONLY_DETAIL } from '../1-discover/discover-services.js'
import { isWorkspaceFile } from '../1-discover/service-markers.js'
import type { Analysis, Service, UnitFootprint } from '../model.js'
import { analyze, compareStrings, sortDiagnostics, type AnalyzeOptions } from '../pipeline.js'
import type { RepoView } from '../ports.js'
import { baseInclude, type IncludeScope } from './compare-with-base.js'
import { linkedRoots, touchedServices } from './compute-delta.js'

/** Bumped whenever the shape of a snapshot changes; a snapshot of another format is not read. */
export const SNAPSHOT_FORMAT = 1

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT
  /** The stackfit version that wrote it: a snapshot serves only the same version. */
  tool: string
  /** The analysis settings it was made with (settingsKey): it serves only the same settings. */
  settings: string
  /** The commit it describes. */
  commit: string
  /**
   * The analysis of the whole commit, with `footprint`; its services without signals, frameworks
   * or inline waivers (createSnapshot).
   */
  analysis: Analysis
}

/**
 * The changed paths that send a pull request back to a whole analysis of its head: files whose
 * change can alter units other than the ones containing them. Rendered in the README.
 */
export const SNAPSHOT_LIMITS: readonly {
  what: string
  why: string
  test: (path: string) => boolean
}[] = [
  {
    what: '`.gitignore`, `.gitattributes`',
    why: 'their rules apply to every directory below them',
    test: (path) => /(?:^|\/)\.git(?:ignore|attributes)$/.test(path),
  },
  {
    what: '`.stackfit.yml`, `.stackfit.yaml`',
    why: 'the policy applies to the whole repository',
    test: (path) => /(?:^|\/)\.stackfit\.ya?ml$/.test(path),
  },
  {
    what: 'workspace files (`go.work`, `pnpm-workspace.yaml`, …)',
    why: 'they make other directories units',
    test: isWorkspaceFile,
  },
  {
    what: 'YAML files',
    why: 'a Kubernetes, Helm or Compose file describes the units it names, wherever it lies',
    test: isYamlPath,
  },
  {
    what: 'Dockerfiles and Containerfiles',
    why: 'a build directory serves, and may be merged into, the unit it copies from',
    test: (path) =>
      /(?:^|\/)(?:Dockerfile(?:\.[^/]*)?|[^/]*\.Dockerfile|Containerfile)$/.test(path),
  },
]

/** SNAPSHOT_LIMITS as a Markdown list, for the README. */
export function renderSnapshotLimits(): string {
  return SNAPSHOT_LIMITS.map((l) => `- ${l.what}: ${l.why};`).join('\n')
}

/** The settings a snapshot is bound to: the analysis options, in a stable text form. */
export function settingsKey(options: AnalyzeOptions): string {
  const rest: AnalyzeOptions = { ...options }
  delete rest.focus
  delete rest.footprint
  return stableJson(rest)
}

/**
 * A snapshot of a whole analysis; the analysis must be a full one made with `footprint`. It keeps
 * what a pull request takes from it, the units as a changed-scope analysis counts them, and drops
 * what it never takes (signals, frameworks and inline waivers: a pull request reads those of the
 * units it analyses from the head), which is most of a large repository's analysis.
 */
export function createSnapshot(
  analysis: Analysis,
  meta: { tool: string; settings: string; commit: string },
): Snapshot {
  const kept: Analysis = { ...analysis }
  delete kept.inlineWaivers
  kept.services = analysis.services.map((s) => {
    const service = counted(s)
    delete service.counted
    return service
  })
  return { format: SNAPSHOT_FORMAT, ...meta, analysis: kept }
}

/** A snapshot as text (JSON). */
export function serializeSnapshot(snapshot: Snapshot): string {
  return JSON.stringify(snapshot)
}

/**
 * A snapshot from text, checked for the parts headFromSnapshot relies on; a one-line problem
 * otherwise (truncated text, another format, a unit without footprint). Never throws.
 */
export function parseSnapshot(
  text: string,
): { ok: true; snapshot: Snapshot } | { ok: false; problem: string } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { ok: false, problem: `not JSON (${(error as Error).message})` }
  }
  if (!isObject(value)) return { ok: false, problem: 'not a JSON object' }
  if (value['format'] !== SNAPSHOT_FORMAT)
    return { ok: false, problem: `format ${String(value['format'])}, expected ${SNAPSHOT_FORMAT}` }
  for (const key of ['tool', 'settings', 'commit'])
    if (typeof value[key] !== 'string') return { ok: false, problem: `no "${key}" text` }
  const analysis = value['analysis']
  if (
    !isObject(analysis) ||
    !Array.isArray(analysis['services']) ||
    !Array.isArray(analysis['exclusions']) ||
    !Array.isArray(analysis['diagnostics']) ||
    typeof analysis['fileCount'] !== 'number' ||
    !isObject(analysis['footprint'])
  )
    return { ok: false, problem: 'no complete analysis' }
  const footprint = analysis['footprint']
  for (const service of analysis['services'] as unknown[]) {
    if (!isObject(service) || typeof service['root'] !== 'string' || service['counted'] === true)
      return { ok: false, problem: 'a service without a root, or only counted' }
    const own = footprint[service['root']]
    if (!isObject(own) || typeof own['counted'] !== 'number' || !Array.isArray(own['outside']))
      return { ok: false, problem: `no footprint for ${service['root']}` }
  }
  return { ok: true, snapshot: value as unknown as Snapshot }
}

export type SnapshotHead =
  | {
      ok: true
      analysis: Analysis
      /** The units analysed in full (the touched ones and their libraries). */
      analysed: string[]
      /** Files the restricted analysis listed. */
      files: number
    }
  | { ok: false; reason: string }

/**
 * The head of a change analysed from a snapshot of its base: what analyze(head, { focus }) gives,
 * where `focus` is `changed` plus `extraRoots`, reading only the touched units' directories (the
 * touched units, by the snapshot's units and libraries), the files directly inside the directories
 * above them, and the files outside them that the snapshot says they read. Every other unit comes
 * from the snapshot, counted. `{ ok: false, reason }` when the change or what the restricted
 * analysis found does not allow it; the caller then analyses the whole head. Never throws on bad
 * input.
 */
export function headFromSnapshot(
  snapshot: Snapshot,
  head: RepoView,
  changed: readonly string[],
  options: AnalyzeOptions,
  extraRoots: readonly string[] = [],
  listScope?: (scope: IncludeScope) => RepoView | undefined,
): SnapshotHead {
  const base = snapshot.analysis
  const footprint = base.footprint ?? {}
  for (const path of changed) {
    const limit = SNAPSHOT_LIMITS.find((l) => l.test(path))
    if (limit) return { ok: false, reason: `${path} changed (${limit.why})` }
  }
  const focus = [...changed, ...extraRoots]
  const baseRoots = base.services.map((s) => s.root)
  const touched = linkedRoots(touchedServices(focus, baseRoots), base.lenders)
  if (touched.includes('.'))
    return { ok: false, reason: 'the repository root is a unit the change touches' }
  const tops = outermost(touched)
  const under = (path: string): boolean =>
    tops.some((root) => path === root || path.startsWith(`${root}/`))
  const outsideAll = changed.find((path) => !under(path))
  if (outsideAll !== undefined)
    return { ok: false, reason: `${outsideAll} lies outside every unit the change touches` }

  // What the touched units' analysis reads: what a comparison reads at the base (their
  // directories, the files directly inside the directories above them), and the files outside
  // them that their snapshot footprint names.
  const atBase = baseInclude(changed, tops)
  const outside = new Set(touched.flatMap((root) => footprint[root]?.outside ?? []))
  const include = (path: string): boolean => atBase(path) || outside.has(path)
  // A head that can list parts of itself lists only these; otherwise its listing is filtered.
  const dirs = new Set(atBase.scope?.directories ?? [''])
  for (const path of outside)
    dirs.add(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '')
  const scoped = listScope?.({ subtrees: tops, directories: [...dirs].sort(compareStrings) })
  const view = restrictedView(scoped ?? head, include, under)
  const partial = analyze(view, { ...options, focus, footprint: true })
  const partialFootprint = partial.footprint ?? {}

  // The restricted analysis must find the snapshot's units below the touched directories, with the
  // same names, kinds, markers, libraries and references: otherwise the change may reach units it
  // does not contain.
  const rootsBelow = (services: readonly Service[]): string =>
    services
      .map((s) => s.root)
      .filter(under)
      .join('\n')
  if (rootsBelow(partial.services) !== rootsBelow(base.services))
    return { ok: false, reason: 'the change adds or removes a unit' }
  const byRoot = new Map(partial.services.map((s) => [s.root, s]))
  const baseByRoot = new Map(base.services.map((s) => [s.root, s]))
  for (const root of touched) {
    const now = byRoot.get(root)
    const before = baseByRoot.get(root)
    if (!now || !before || now.counted) return { ok: false, reason: `${root} was not analysed` }
    if (
      now.name !== before.name ||
      now.kind !== before.kind ||
      now.markers.join('\n') !== before.markers.join('\n') ||
      buildOnly(now) !== buildOnly(before)
    )
      return { ok: false, reason: `${root} changes its name, kind or markers` }
    if ((partial.lenders?.[root] ?? []).join('\n') !== (base.lenders?.[root] ?? []).join('\n'))
      return { ok: false, reason: `${root} changes the libraries it takes signals from` }
    const refs = partialFootprint[root]?.references ?? []
    if (
      refs.join('\n') !== (footprint[root]?.references ?? []).join('\n') &&
      !refs.every((target) => !target.startsWith('?') && under(target))
    )
      return { ok: false, reason: `${root} references a directory outside the change` }
    if (!sameMembers(partialFootprint[root], footprint[root]))
      return { ok: false, reason: `${root} changes the workspace members it declares` }
  }

  const touchedSet = new Set(touched)
  const services = base.services.map((s) =>
    touchedSet.has(s.root) ? (byRoot.get(s.root) as Service) : counted(s),
  )
  const exclusions = [
    ...base.exclusions.filter((e) => !under(e.path)),
    ...partial.exclusions.filter((e) => under(e.path)),
  ].sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.reason, b.reason))
  const diagnostics = sortDiagnostics([
    ...base.diagnostics.filter((d) => d.path === undefined || !under(d.path)),
    ...partial.diagnostics.filter((d) => d.path !== undefined && under(d.path)),
  ])
  let fileCount = base.fileCount
  for (const root of tops)
    fileCount += (partialFootprint[root]?.counted ?? 0) - (footprint[root]?.counted ?? 0)
  const inlineWaivers = (partial.inlineWaivers ?? []).filter(
    (w) => w.service !== undefined && touchedSet.has(w.service),
  )
  const lenders: Record<string, readonly string[]> = {}
  for (const root of [...baseRoots].sort(compareStrings)) {
    const list = touchedSet.has(root) ? partial.lenders?.[root] : base.lenders?.[root]
    if (list) lenders[root] = list
  }
  const analysis: Analysis = {
    services,
    exclusions,
    diagnostics,
    fileCount,
    ...(inlineWaivers.length > 0 ? { inlineWaivers } : {}),
    ...(Object.keys(lenders).length > 0 ? { lenders } : {}),
  }
  return { ok: true, analysis, analysed: touched, files: view.files.length }
}

/** A view of `head` listing only the paths `include` accepts; its exclusions and problems below the touched directories. */
function restrictedView(
  head: RepoView,
  include: (path: string) => boolean,
  under: (path: string) => boolean,
): RepoView {
  const view: RepoView = {
    files: head.files.filter((f) => include(f.path)),
    pruned: head.pruned.filter((e) => under(e.path)),
    diagnostics: head.diagnostics.filter((d) => d.path !== undefined && under(d.path)),
    read: (path, max) => head.read(path, max),
  }
  const readBytes = head.readBytes?.bind(head)
  return readBytes ? { ...view, readBytes } : view
}

/** A service as a changed-scope analysis reports one the change does not touch. */
function counted(s: Service): Service {
  return {
    root: s.root,
    name: s.name,
    kind: s.kind,
    kindEvidence: s.kindEvidence,
    markers: s.markers,
    language: s.language,
    signals: [],
    frameworks: [],
    counted: true,
  }
}

function buildOnly(s: Service): boolean {
  return s.kindEvidence.some((e) => e.detail === BUILD_ONLY_DETAIL)
}

function sameMembers(a: UnitFootprint | undefined, b: UnitFootprint | undefined): boolean {
  return (a?.workspaceMembers ?? []).join('\n') === (b?.workspaceMembers ?? []).join('\n')
}

/** The roots that no other root of the list contains. */
function outermost(roots: readonly string[]): string[] {
  return [...roots]
    .sort(compareStrings)
    .filter((root) => !roots.some((other) => root.startsWith(`${other}/`)))
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** JSON with object keys sorted, so equal settings give equal text. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isObject(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => compareStrings(a, b)))
      : v,
  )
}
