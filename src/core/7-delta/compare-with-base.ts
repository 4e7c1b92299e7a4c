/**
 * Base vs head for one change, reading at the base only what the change touches: the services
 * that contain a changed path are analysed again at the base; every other service is, by
 * definition, the same on both sides, so the head's analysis stands in for it. Pure: the base tree
 * comes through the BasePort.
 */
import { RULES } from '../4-evaluate/catalog.js'
import { evaluateRules, type EvaluateOptions } from '../4-evaluate/evaluate.js'
import type { Analysis, Delta, Finding } from '../model.js'
import { analyze, type AnalyzeOptions } from '../pipeline.js'
import type { RepoView } from '../ports.js'
import { affectedByContext, coverageOf, judgingAnalysedOnly } from './changed-scope.js'
import { computeDelta, linkedRoots, touchedServices } from './compute-delta.js'

/** Where the base comes from: a git commit locally, the API or a fetched commit in the Action. */
export interface BasePort {
  /** The base as the user named it (`origin/main`); display only. */
  readonly label: string
  /** The base commit's id, when the port knows it: a snapshot of that commit can stand in for it. */
  readonly commit?: string
  /** Paths that differ between base and head, relative to the scan root. */
  readonly changedPaths: readonly string[]
  /**
   * A view of the base tree keeping only the paths `include` accepts. Synchronous: a source that
   * reads over the network fetches those paths first, in `prepare`. The include a comparison
   * passes may carry `scope` (BaseInclude), which a port may use to list less of the tree.
   */
  view(include: (path: string) => boolean): RepoView
  /**
   * Optional: called once, before `view`, with the same `include`, by runStackfitAsync(); a port
   * that reads the base over the network (the GitHub API) loads exactly those paths here.
   */
  prepare?(include: (path: string) => boolean): Promise<void>
}

export interface CompareOptions {
  analyze?: AnalyzeOptions
  evaluate?: EvaluateOptions
  /** `changed` (default): the findings of touched services and every new one; `all`: all. */
  scope?: 'changed' | 'all'
  /**
   * For a head analysed in changed scope (with counted services): analyses the head again with
   * these roots in full too, and evaluates it. Called when the change can affect counted services
   * through repository-wide context (affectedByContext); without it they stay counted.
   */
  reanalyse?: (roots: readonly string[]) => { analysis: Analysis; findings: Finding[] }
}

export interface CompareResult {
  delta: Delta
  /** The head's findings marked `new` / `existing`, limited to the scope. */
  findings: Finding[]
  /** Files listed in the base view, and how many were read: the cost of the base side. */
  baseFiles: number
  /** The head as finally analysed: the given one, or the reanalysed one (changed scope). */
  head: { analysis: Analysis; findings: Finding[] }
}

/**
 * Where the paths an include accepts lie, for a port that can list parts of a tree (git
 * pathspecs): every path below one of `subtrees`, and the files directly inside one of
 * `directories` (`''` is the root). A hint only: the include function stays the contract.
 */
export interface IncludeScope {
  readonly subtrees: readonly string[]
  readonly directories: readonly string[]
}

/** A BasePort include with, when the set is bounded, where its paths lie. */
export type BaseInclude = ((path: string) => boolean) & { readonly scope?: IncludeScope }

/**
 * The paths of the base that a comparison reads: the changed paths, every file of a service the
 * change touches (`touched`: the touched services' roots at head), root-level files and the files
 * directly inside the directories above them (workspace and manifest files that discovery reads);
 * when the repository root itself is a touched service, the whole tree (then without `scope`).
 * Pure.
 */
export function baseInclude(changed: readonly string[], touched: readonly string[]): BaseInclude {
  const everything = touched.includes('.')
  const changedSet = new Set(changed)
  const prefixes = touched.map((root) => `${root}/`)
  const ancestors = new Set<string>([''])
  for (const path of [...changed, ...touched.map((r) => `${r}/`)]) {
    const parts = path.split('/')
    for (let i = 1; i < parts.length; i++) ancestors.add(parts.slice(0, i).join('/'))
  }
  const include = (path: string): boolean => {
    if (everything || changedSet.has(path)) return true
    if (prefixes.some((p) => path.startsWith(p))) return true
    const slash = path.lastIndexOf('/')
    return ancestors.has(slash < 0 ? '' : path.slice(0, slash))
  }
  if (everything) return include
  // Every changed path is a direct entry of one of its ancestors, so these two lists cover all.
  const scope: IncludeScope = {
    subtrees: [...touched].sort(),
    directories: [...ancestors].sort(),
  }
  return Object.assign(include, { scope })
}

/**
 * The `include` a comparison of `head` with `base` will pass to `base.view`; runStackfitAsync()
 * hands it to `base.prepare` first. Pure.
 */
export function baseIncludeFor(
  head: { analysis: Analysis },
  base: Pick<BasePort, 'changedPaths'>,
): BaseInclude {
  const changed = [...base.changedPaths]
  return baseInclude(changed, touchedAtHead(changed, head.analysis))
}

/** The head services a change reaches: by path, then along library references. */
function touchedAtHead(changed: readonly string[], analysis: Analysis): string[] {
  return linkedRoots(
    touchedServices(
      changed,
      analysis.services.map((s) => s.root),
    ),
    analysis.lenders,
  )
}

/**
 * Compares the head (already analysed and evaluated) with the base. At the base, the view keeps
 * the changed paths, every file of a service the change touches, root-level files and the files
 * directly inside the directories above them (workspace and manifest files that discovery reads);
 * when the repository root itself is a touched service, the whole tree. Every service the change
 * does not touch is the same on both sides, so the head's stands in for it at the base.
 *
 * A head analysed in changed scope has counted services (no signals, not judged). The rule that
 * keeps that exact: a counted service's findings can differ between base and head only through
 * repository-wide context (the team's languages for SF901, a waiver's use for SF011); when
 * affectedByContext finds such a service, `reanalyse` analyses it in full at the head (and so at
 * the base) before findings are compared. Otherwise its findings are, unseen, `existing`, and the
 * changed scope drops existing findings of untouched services anyway. Never throws on bad input.
 */
export function compareWithBase(
  given: { analysis: Analysis; findings: readonly Finding[] },
  base: BasePort,
  options: CompareOptions = {},
): CompareResult {
  const changed = [...base.changedPaths]
  let head = { analysis: given.analysis, findings: [...given.findings] }
  const touchedHead = touchedAtHead(changed, head.analysis)
  const include = baseInclude(changed, touchedHead)
  const view = base.view(include)
  const partial = analyze(view, options.analyze ?? {})
  const touchedBase = touchedAtHead(changed, partial)
  const touched = [...new Set([...touchedHead, ...touchedBase])]
  const touchedSet = new Set(touched)
  const counting = head.analysis.services.some((s) => s.counted)
  const rules = counting ? judgingAnalysedOnly(RULES) : RULES
  const stitch = (headAnalysis: Analysis): Analysis => ({
    ...partial,
    services: [
      ...partial.services.filter((s) => touchedSet.has(s.root)),
      ...headAnalysis.services.filter((s) => !touchedSet.has(s.root)),
    ].sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : 0)),
  })
  let stitched = stitch(head.analysis)
  let baseFindings = evaluateRules(stitched, options.evaluate ?? {}, rules)
  // Analysing a counted service in full can change what the others see; a few rounds settle it.
  const analysedRoots = new Set<string>()
  for (let round = 0; counting && options.reanalyse && round < 3; round++) {
    const affected = affectedByContext({ analysis: stitched, findings: baseFindings }, head, {
      ...(options.evaluate?.policy ? { policy: options.evaluate.policy } : {}),
      ...(options.evaluate?.waivers ? { waivers: options.evaluate.waivers } : {}),
    }).filter((root) => !analysedRoots.has(root))
    if (affected.length === 0) break
    for (const root of affected) analysedRoots.add(root)
    head = options.reanalyse([...analysedRoots])
    stitched = stitch(head.analysis)
    baseFindings = evaluateRules(stitched, options.evaluate ?? {}, rules)
  }
  const { delta, findings } = computeDelta(
    { services: stitched.services, findings: baseFindings },
    { services: head.analysis.services, findings: head.findings },
    { base: base.label, touched, scope: options.scope ?? 'changed' },
  )
  if (counting) delta.coverage = coverageOf(head.analysis)
  return { delta, findings, baseFiles: view.files.length, head }
}
