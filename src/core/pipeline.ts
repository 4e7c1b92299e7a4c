/**
 * The pure core, stage by stage: a file tree in, an analysis out.
 *   1-discover → 2-classify → 3-detect   (this file)
 *   4-evaluate → 6-decide → 5-report     (src/engine.ts)
 */
import { createScanContext, type ScanContext } from './context.js'
import type { SourceFacts } from './facts.js'
import type { Unit } from './1-discover/unit.js'
import type { Waiver } from './4-evaluate/policy.js'
import { inlineWaiversOf } from './4-evaluate/inline-waivers.js'
import { sourceLanguageOf } from './parse/sources/index.js'
import type { Analysis, Service, UnitFootprint } from './model.js'
import type { RepoView } from './ports.js'
import { discoverServices, type DiscoverOptions } from './1-discover/discover-services.js'
import { classifyLanguage } from './2-classify/classify-language.js'
import { detectSignals, type DetectOptions } from './3-detect/detect-signals.js'
import { addDeclaredSignals, type DeclaredRequirements } from './3-detect/declared.js'
import { inheritLibrarySignals, lendersOf, referenceTargets } from './3-detect/inherited-signals.js'
import { focusedSources, sourcesMissedBy } from './7-delta/focus.js'
import { linkedRoots, touchedServices } from './7-delta/compute-delta.js'

export interface AnalyzeOptions {
  discover?: DiscoverOptions
  detect?: DetectOptions
  /** Requirements declared in .stackfit.yml, added to the services' signals as strong evidence. */
  declared?: DeclaredRequirements[]
  /**
   * A changed-scope scan (a pull request): the changed paths, plus roots to analyse as if
   * touched. Only the units containing one of them are read, lexed and detected; every other unit
   * is discovered and classified from its listing (notebooks aside) and comes back `counted`,
   * without signals or inline waivers. See src/core/7-delta/focus.ts.
   */
  focus?: readonly string[]
  /** Adds `Analysis.footprint` for every unit (a snapshot's needs; costs one pass over the files). */
  footprint?: boolean
}

/** Runs discover, classify and detect over a repository view. Never throws on bad input. */
export function analyze(view: RepoView, options: AnalyzeOptions = {}): Analysis {
  const focus = options.focus
  let readSources = focus ? focusedSources(view.files, focus) : undefined
  let ctx = createScanContext(view, readSources ? { readSources } : {})
  let discovered = discoverServices(ctx, options.discover ?? {})
  // The units a focus reaches: by path, then along in-repository library references (a library's
  // change reaches the services that take its signals; a touched service needs its libraries).
  const reached = (units: readonly Unit[]): Set<string> =>
    new Set(
      linkedRoots(
        touchedServices(
          focus ?? [],
          units.map((u) => u.root),
        ),
        lendersOf(ctx, units),
      ),
    )
  let touched = focus ? reached(discovered.units) : undefined
  // The first guess of what to read is by directory; discover again until the touched units'
  // sources were all readable (a third attempt reads everything).
  for (let attempt = 1; touched && readSources; attempt++) {
    const wider = sourcesMissedBy(discovered.units, touched, readSources)
    if (!wider) break
    readSources = attempt >= 2 ? undefined : wider
    ctx = createScanContext(view, readSources ? { readSources } : {})
    discovered = discoverServices(ctx, options.discover ?? {})
    touched = reached(discovered.units)
  }
  const footprint = options.footprint
    ? footprintOf(ctx, discovered.units, discovered.isCounted)
    : undefined
  // One pass per unit: classify, detect, take its inline waivers, then drop its source facts.
  const waivers: Waiver[] = []
  const services: Service[] = discovered.units.map((unit) => {
    const language = classifyLanguage(ctx, unit)
    const service = (signals: Service['signals'], frameworks: Service['frameworks']): Service => ({
      root: unit.root,
      name: unit.name,
      kind: unit.kind,
      kindEvidence: unit.kindEvidence,
      markers: unit.markers,
      language,
      signals,
      frameworks,
    })
    if (touched && !touched.has(unit.root)) {
      ctx.release(unit.files)
      return { ...service([], []), counted: true }
    }
    const detected = detectSignals(ctx, unit, language, options.detect ?? {})
    const { frameworks } = detected
    const signals = options.declared?.length
      ? addDeclaredSignals(unit.root, detected.signals, options.declared)
      : detected.signals
    for (const waiver of inlineWaiversOfUnit(ctx, unit)) waivers.push(waiver)
    ctx.release(unit.files)
    return service(signals, frameworks)
  })
  // A service takes the strong signals of the in-repository libraries it references by path.
  const withLent = inheritLibrarySignals(ctx, discovered.units, services)
  withLent.sort((a, b) => compareStrings(a.root, b.root))
  const inlineWaivers = waivers.sort(
    (a, b) =>
      compareStrings(a.evidence.path, b.evidence.path) ||
      (a.evidence.line ?? 0) - (b.evidence.line ?? 0),
  )
  const lenders = lendersOf(ctx, discovered.units)
  return {
    services: withLent,
    exclusions: discovered.exclusions,
    diagnostics: sortDiagnostics(ctx.diagnostics),
    fileCount: discovered.fileCount,
    ...(inlineWaivers.length > 0 ? { inlineWaivers } : {}),
    ...(Object.keys(lenders).length > 0 ? { lenders } : {}),
    ...(footprint ? { footprint } : {}),
  }
}

/**
 * Each unit's footprint: files outside its root that it reads, the counted files below its root
 * (one walk up the directories of each counted file), its reference targets.
 */
function footprintOf(
  ctx: ScanContext,
  units: readonly Unit[],
  isCounted: (path: string) => boolean,
): Record<string, UnitFootprint> {
  const counted = new Map(units.map((u) => [u.root, 0]))
  for (const file of ctx.view.files) {
    if (!isCounted(file.path)) continue
    for (let dir = file.path; ;) {
      const slash = dir.lastIndexOf('/')
      dir = slash < 0 ? '.' : dir.slice(0, slash)
      const n = counted.get(dir)
      if (n !== undefined) counted.set(dir, n + 1)
      if (dir === '.') break
    }
  }
  const references = referenceTargets(ctx, units)
  const out: Record<string, UnitFootprint> = {}
  for (const unit of units) {
    const prefix = unit.root === '.' ? '' : `${unit.root}/`
    const outside = new Set<string>()
    for (const a of unit.attached ?? []) outside.add(a.file.path)
    for (const f of unit.files) if (!f.path.startsWith(prefix)) outside.add(f.path)
    const refs = references[unit.root]
    const members = [...new Set(unit.manifests.flatMap((m) => m.workspaceMembers))]
    out[unit.root] = {
      outside: [...outside].sort(compareStrings),
      counted: counted.get(unit.root) ?? 0,
      ...(refs ? { references: refs } : {}),
      ...(members.length > 0 ? { workspaceMembers: members.sort(compareStrings) } : {}),
    }
  }
  return out
}

/**
 * The `stackfit-ignore` comments of one unit's manifests and lexed sources as waivers, in
 * manifest then file order; malformed ones become diagnostics on `ctx`. Reads nothing new:
 * manifests and sources come from the scan context's cache.
 */
function inlineWaiversOfUnit(ctx: ScanContext, unit: Unit): Waiver[] {
  const waivers: Waiver[] = []
  const seen = new Set<string>()
  const add = (path: string, comments: SourceFacts['waiverComments']): void => {
    if (!comments || seen.has(path)) return
    seen.add(path)
    const found = inlineWaiversOf(unit.root, path, comments)
    waivers.push(...found.waivers)
    for (const d of found.diagnostics) ctx.diagnose(d)
  }
  for (const manifest of unit.manifests) add(manifest.path, manifest.waiverComments)
  for (const file of unit.files) {
    if (sourceLanguageOf(file.path) !== undefined) add(file.path, ctx.source(file)?.waiverComments)
  }
  return waivers
}

/** Byte-order string comparison: the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function sortDiagnostics(list: Analysis['diagnostics']): Analysis['diagnostics'] {
  const seen = new Set<string>()
  const out = []
  for (const d of list) {
    const key = `${d.path ?? ''}\u0000${d.line ?? 0}\u0000${d.code}\u0000${d.message}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(d)
  }
  return out.sort(
    (a, b) =>
      compareStrings(a.path ?? '', b.path ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compareStrings(a.code, b.code) ||
      compareStrings(a.message, b.message),
  )
}
