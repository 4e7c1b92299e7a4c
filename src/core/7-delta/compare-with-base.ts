/**
 * Base vs head for one change, reading at the base only what the change touches: the services
 * that contain a changed path are analysed again at the base; every other service is, by
 * definition, the same on both sides, so the head's analysis stands in for it. Pure: the base tree
 * comes through the BasePort.
 */
import { evaluateRules, type EvaluateOptions } from '../4-evaluate/evaluate.js'
import type { Analysis, Delta, Finding } from '../model.js'
import { analyze, type AnalyzeOptions } from '../pipeline.js'
import type { RepoView } from '../ports.js'
import { computeDelta, touchedServices } from './compute-delta.js'

/** Where the base comes from: a git commit locally, the API or a fetched commit in the Action. */
export interface BasePort {
  /** The base as the user named it (`origin/main`); display only. */
  readonly label: string
  /** Paths that differ between base and head, relative to the scan root. */
  readonly changedPaths: readonly string[]
  /** A view of the base tree keeping only the paths `include` accepts. */
  view(include: (path: string) => boolean): RepoView
}

export interface CompareOptions {
  analyze?: AnalyzeOptions
  evaluate?: EvaluateOptions
  /** `changed` (default): the findings of touched services and every new one; `all`: all. */
  scope?: 'changed' | 'all'
}

export interface CompareResult {
  delta: Delta
  /** The head's findings marked `new` / `existing`, limited to the scope. */
  findings: Finding[]
  /** Files listed in the base view, and how many were read: the cost of the base side. */
  baseFiles: number
}

/**
 * Compares the head (already analysed and evaluated) with the base. At the base, the view keeps
 * the changed paths, every file of a service the change touches, root-level files and the files
 * directly inside the directories above them (workspace and manifest files that discovery reads);
 * when the repository root itself is a touched service, the whole tree. Never throws on bad input.
 */
export function compareWithBase(
  head: { analysis: Analysis; findings: readonly Finding[] },
  base: BasePort,
  options: CompareOptions = {},
): CompareResult {
  const changed = [...base.changedPaths]
  const headRoots = head.analysis.services.map((s) => s.root)
  const touchedHead = touchedServices(changed, headRoots)
  const everything = touchedHead.includes('.')
  const changedSet = new Set(changed)
  const prefixes = touchedHead.map((root) => `${root}/`)
  const ancestors = new Set<string>([''])
  for (const path of [...changed, ...touchedHead.map((r) => `${r}/`)]) {
    const parts = path.split('/')
    for (let i = 1; i < parts.length; i++) ancestors.add(parts.slice(0, i).join('/'))
  }
  const include = (path: string): boolean => {
    if (everything || changedSet.has(path)) return true
    if (prefixes.some((p) => path.startsWith(p))) return true
    const slash = path.lastIndexOf('/')
    return ancestors.has(slash < 0 ? '' : path.slice(0, slash))
  }
  const view = base.view(include)
  const partial = analyze(view, options.analyze ?? {})
  const touchedBase = touchedServices(
    changed,
    partial.services.map((s) => s.root),
  )
  const touched = [...new Set([...touchedHead, ...touchedBase])]
  const touchedSet = new Set(touched)
  const stitched: Analysis = {
    ...partial,
    services: [
      ...partial.services.filter((s) => touchedSet.has(s.root)),
      ...head.analysis.services.filter((s) => !touchedSet.has(s.root)),
    ].sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : 0)),
  }
  const baseFindings = evaluateRules(stitched, options.evaluate ?? {})
  const { delta, findings } = computeDelta(
    { services: stitched.services, findings: baseFindings },
    { services: head.analysis.services, findings: head.findings },
    { base: base.label, touched, scope: options.scope ?? 'changed' },
  )
  return { delta, findings, baseFiles: view.files.length }
}
