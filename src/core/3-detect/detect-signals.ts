/**
 * Stage 3: a unit's workload signals and frameworks, each with the lines that prove it. Sources:
 * manifest dependencies, source imports and code hints, Dockerfiles, deployment YAML, and model
 * artefacts and notebooks by file name. What matches what is data (catalog/*.ts).
 */
import * as posix from 'node:path/posix'
import type { ScanContext } from '../context.js'
import type { Ecosystem, SourceFacts } from '../facts.js'
import {
  CATEGORIES,
  categoryRank,
  type Category,
  type Evidence,
  type Framework,
  type LanguageResult,
  type Signal,
  type Strength,
} from '../model.js'
import type { Unit } from '../1-discover/unit.js'
import { CATALOGS } from './catalog/index.js'
import { FILE_RULES, STRONG_NOTEBOOK_COUNT } from './catalog/files.js'
import { HINT_RULES } from './catalog/hints.js'
import { TEST_DIRECTORIES, TEST_FILE_PATTERNS } from './catalog/sources.js'
import type { FrameworkEntry } from './catalog/types.js'
import { detectDeploymentFiles } from './deploy-files.js'
import { detectAttachedFiles } from './attached-files.js'
import { detectNativeBuild } from './native-build.js'
import { detectDockerfile } from './dockerfile.js'
import { tightLimitsOf } from '../4-evaluate/profiles.js'
import {
  builtinCatalog,
  compile,
  matchImport,
  matchPackage,
  type CompiledCatalog,
  type CompilableEntry,
  type MatchTarget,
} from './match.js'
import { SIGNALS, type SignalId } from './signal-definitions.js'

/** A team's own package → signal mapping, added to the built-in catalog. */
export interface CustomSignal {
  ecosystem: Ecosystem
  /** A built-in id, or a new `category.trait` id whose category is one of the guide's axes. */
  signal: SignalId | string
  strength: Strength
  packages: string[]
  imports?: string[]
}

/** Options of the detect stage; all optional, `{}` is the built-in behaviour. */
export interface DetectOptions {
  /** Extra package → signal mappings; invalid entries become `config` diagnostics and are ignored. */
  customSignals?: CustomSignal[]
}

/** Most evidence kept per signal or framework; strong evidence is kept first. */
export const MAX_EVIDENCE = 20

const ECOSYSTEMS: ReadonlySet<string> = new Set(CATALOGS.map((c) => c.ecosystem))
const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORIES)
const SIGNAL_CATEGORY = new Map<string, Category>(SIGNALS.map((s) => [s.id, s.category]))
const CUSTOM_ID = /^[a-z][a-z0-9-]*\.[a-z0-9][a-z0-9.-]*$/

interface Collected {
  evidence: Map<string, { evidence: Evidence; strength: Strength; supporting: boolean }>
}

/**
 * Collects evidence per key, remembering how strong each piece is and whether it only supports
 * (indirect dependencies, supporting catalog entries): a key with nothing but supporting evidence
 * is not present.
 */
class Collector {
  readonly items = new Map<string, Collected>()

  add(key: string, strength: Strength, evidence: Evidence, supporting = false): void {
    let item = this.items.get(key)
    if (!item) this.items.set(key, (item = { evidence: new Map() }))
    const id = `${evidence.path}\u0000${evidence.line ?? 0}\u0000${evidence.detail}`
    const piece = { evidence, strength: supporting ? ('weak' as const) : strength, supporting }
    const existing = item.evidence.get(id)
    if (
      !existing ||
      (existing.supporting && !supporting) ||
      (existing.supporting === supporting && existing.strength === 'weak' && strength === 'strong')
    )
      item.evidence.set(id, piece)
  }

  /** True when the key has at least one piece of evidence that is not only supporting. */
  has(key: string): boolean {
    const item = this.items.get(key)
    return item !== undefined && [...item.evidence.values()].some((e) => !e.supporting)
  }

  /** The keys that are present (see `has`), in insertion order. */
  keys(): string[] {
    return [...this.items.keys()].filter((key) => this.has(key))
  }

  strength(key: string): Strength {
    const item = this.items.get(key)
    return item && [...item.evidence.values()].some((e) => e.strength === 'strong')
      ? 'strong'
      : 'weak'
  }

  /**
   * Deduplicated; for the cap, strong first, then weak, then supporting; the kept pieces sorted by
   * path, line and detail.
   */
  evidence(key: string): Evidence[] {
    const rank = (e: { strength: Strength; supporting: boolean }): number =>
      e.supporting ? 2 : e.strength === 'strong' ? 0 : 1
    const all = [...(this.items.get(key)?.evidence.values() ?? [])]
    all.sort((a, b) => rank(a) - rank(b) || compareEvidence(a.evidence, b.evidence))
    return all
      .slice(0, MAX_EVIDENCE)
      .map((e) => e.evidence)
      .sort(compareEvidence)
  }
}

/** Byte-order comparison (pipeline.ts has the same; importing it would make an import cycle). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function compareEvidence(a: Evidence, b: Evidence): number {
  return (
    compareStrings(a.path, b.path) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    compareStrings(a.detail, b.detail)
  )
}

const customCache = new WeakMap<
  readonly CustomSignal[],
  { catalog: CompiledCatalog; problems: string[] }
>()

/** Compiles custom signals once per options array; invalid entries become problems, not errors. */
function compileCustom(custom: readonly CustomSignal[]): {
  catalog: CompiledCatalog
  problems: string[]
} {
  const cached = customCache.get(custom)
  if (cached) return cached
  const problems: string[] = []
  const groups = new Map<Ecosystem, CompilableEntry[]>()
  custom.forEach((entry, i) => {
    const where = `customSignals[${i}]`
    const signal = typeof entry?.signal === 'string' ? entry.signal : ''
    const category =
      SIGNAL_CATEGORY.get(signal) ??
      (CUSTOM_ID.test(signal) ? signal.slice(0, signal.indexOf('.')) : '')
    if (!ECOSYSTEMS.has(entry?.ecosystem)) {
      problems.push(
        `${where}: unknown ecosystem ${JSON.stringify(entry?.ecosystem)}; it was ignored`,
      )
    } else if (!CATEGORY_SET.has(category)) {
      problems.push(
        `${where}: signal ${JSON.stringify(signal)} is not \`category.trait\` with a category among ${CATEGORIES.join(', ')}; it was ignored`,
      )
    } else if (entry.strength !== 'strong' && entry.strength !== 'weak') {
      problems.push(`${where}: strength must be strong or weak; it was ignored`)
    } else if (
      !Array.isArray(entry.packages) ||
      !entry.packages.every((p) => typeof p === 'string' && p !== '')
    ) {
      problems.push(`${where}: packages must be a list of names; it was ignored`)
    } else {
      const list = groups.get(entry.ecosystem) ?? []
      list.push({
        target: {
          kind: 'signal',
          signal,
          category: category as Category,
          strength: entry.strength,
        },
        packages: entry.packages,
        ...(Array.isArray(entry.imports)
          ? { imports: entry.imports.filter((m) => typeof m === 'string') }
          : {}),
      })
      groups.set(entry.ecosystem, list)
    }
  })
  const result = {
    catalog: compile([...groups].map(([ecosystem, entries]) => ({ ecosystem, entries }))),
    problems,
  }
  customCache.set(custom, result)
  return result
}

/** True for test files and files under test directories (relative to the unit root). */
export function isTestPath(relativePath: string): boolean {
  const parts = relativePath.split('/')
  const base = parts.pop() ?? ''
  if (parts.some((p) => TEST_DIRECTORIES.includes(p))) return true
  return TEST_FILE_PATTERNS.some((re) => re.test(base))
}

function relativeTo(root: string, path: string): string {
  return root === '.' ? path : path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path
}

/**
 * Decides whether an import names the unit's own code: Python top-level packages and modules of
 * the unit (also under `src/`), Go packages under the unit's module path, and the unit's own npm
 * package name. Relative imports never reach the catalog anyway.
 */
function firstPartyTest(unit: Unit): (language: string, module: string) => boolean {
  const python = new Set<string>()
  const goModules: string[] = []
  const npmNames = new Set<string>()
  for (const file of unit.files) {
    if (!file.path.endsWith('.py')) continue
    const parts = relativeTo(unit.root, file.path).split('/')
    if (parts[0] === 'src' && parts.length > 1) parts.shift()
    const top = parts.length === 1 ? (parts[0] ?? '').replace(/\.py$/, '') : parts[0]
    if (top) python.add(top)
  }
  for (const m of unit.manifests) {
    if (!m.name) continue
    if (m.type === 'go.mod') goModules.push(m.name)
    else if (m.type === 'package.json') npmNames.add(m.name)
    else if (m.type === 'pyproject.toml' || m.type === 'setup.py' || m.type === 'setup.cfg') {
      python.add(m.name.toLowerCase().replace(/[-.]+/g, '_'))
    }
  }
  return (language, module) => {
    if (module.startsWith('.') || module.startsWith('/')) return true
    if (language === 'python') return python.has(module.split('.')[0] ?? module)
    if (language === 'go') return goModules.some((m) => module === m || module.startsWith(`${m}/`))
    return npmNames.has(module) || [...npmNames].some((n) => module.startsWith(`${n}/`))
  }
}

interface FrameworkHit {
  entry: FrameworkEntry
  evidence: Evidence
}

/**
 * The unit's signals (sorted by category order, then id; evidence sorted by path and line,
 * deduplicated, at most MAX_EVIDENCE each, strong evidence kept first) and frameworks (sorted by
 * name). A signal's strength is the strongest of its sources. Reads only deployment YAML itself;
 * manifests and sources come parsed from `ctx`. Never throws: bad input becomes diagnostics.
 */
export function detectSignals(
  ctx: ScanContext,
  unit: Unit,
  language: LanguageResult,
  options: DetectOptions,
): { signals: Signal[]; frameworks: Framework[] } {
  const catalogs: CompiledCatalog[] = [builtinCatalog()]
  if (options.customSignals && options.customSignals.length > 0) {
    const custom = compileCustom(options.customSignals)
    catalogs.push(custom.catalog)
    for (const message of custom.problems)
      ctx.diagnose({ severity: 'warning', code: 'config', message })
  }
  const signals = new Collector()
  const categories = new Map<string, Category>()
  const frameworkHits: FrameworkHit[] = []

  /** `direct` false: the evidence is transitive (an indirect requirement) and only supports. */
  const apply = (targets: readonly MatchTarget[], direct: boolean, evidence: Evidence): void => {
    for (const target of targets) {
      if (target.kind === 'signal') {
        categories.set(target.signal, target.category)
        signals.add(target.signal, target.strength, evidence, !direct || target.supporting === true)
      } else if (direct) {
        frameworkHits.push({ entry: target.entry, evidence })
      }
    }
  }
  const addSignal = (
    signal: string,
    strength: Strength,
    evidence: Evidence,
    supporting = false,
  ): void => {
    const category = SIGNAL_CATEGORY.get(signal)
    if (!category) return
    categories.set(signal, category)
    signals.add(signal, strength, evidence, supporting)
  }

  for (const manifest of unit.manifests) {
    for (const dep of manifest.dependencies) {
      if (dep.dev) continue
      const evidence = { path: dep.path, line: dep.line, detail: dep.text }
      for (const catalog of catalogs)
        apply(matchPackage(catalog, dep.ecosystem, dep.name), !dep.indirect, evidence)
    }
    if (manifest.type === 'Dockerfile') detectDockerfile(manifest, language.id === 'go', addSignal)
  }

  const firstParty = firstPartyTest(unit)
  const hints: { facts: SourceFacts; hint: SourceFacts['hints'][number] }[] = []
  const notebooks: Evidence[] = []
  for (const file of unit.files) {
    const relative = relativeTo(unit.root, file.path)
    if (isTestPath(relative)) continue
    const ext = posix.extname(file.path).toLowerCase()
    const fileRule = FILE_RULES.find((rule) => rule.extensions.includes(ext))
    if (fileRule) {
      const evidence = {
        path: file.path,
        detail: `${ext.slice(1)} file, ${formatBytes(file.size)}`,
      }
      if (fileRule.signal === 'prototype.notebook') notebooks.push(evidence)
      else {
        const strong =
          fileRule.strength === 'strong' &&
          (fileRule.strongFromBytes === undefined || file.size >= fileRule.strongFromBytes)
        addSignal(fileRule.signal, strong ? 'strong' : 'weak', evidence)
      }
      continue
    }
    const facts = ctx.source(file)
    if (!facts || facts.generated) continue
    for (const imp of facts.imports) {
      if (firstParty(facts.language, imp.module)) continue
      const evidence = { path: facts.path, line: imp.line, detail: imp.text }
      for (const catalog of catalogs)
        apply(matchImport(catalog, facts.language, imp.module), true, evidence)
    }
    for (const hint of facts.hints) hints.push({ facts, hint })
  }
  for (const evidence of notebooks) {
    addSignal(
      'prototype.notebook',
      notebooks.length >= STRONG_NOTEBOOK_COUNT ? 'strong' : 'weak',
      evidence,
    )
  }

  const fromCatalog = new Set(signals.keys())
  for (const { facts, hint } of hints) {
    for (const rule of HINT_RULES) {
      if (rule.hint !== hint.id) continue
      if (
        rule.unlessSameLine?.some((id) =>
          hints.some((h) => h.facts === facts && h.hint.line === hint.line && h.hint.id === id),
        )
      )
        continue
      if (rule.when) {
        const textOk = rule.when.textIncludes.some((t) => hint.text.includes(t))
        const unitOk = rule.when.orUnitSignals.some((s) => fromCatalog.has(s))
        if (!textOk && !unitOk) continue
      }
      addSignal(rule.signal, rule.strength, {
        path: facts.path,
        line: hint.line,
        detail: hint.text,
      })
    }
  }

  detectDeploymentFiles(ctx, unit, addSignal, tightLimitsOf(language.id))
  detectAttachedFiles(ctx, unit, language.id === 'go', addSignal, tightLimitsOf(language.id))
  detectNativeBuild(ctx, unit, addSignal, (path) => isTestPath(relativeTo(unit.root, path)))

  const hintIds = new Set(hints.map((h) => h.hint.id))
  const frameworks = new Collector()
  const frameworkEntries = new Map<string, FrameworkEntry>()
  for (const { entry, evidence } of frameworkHits) {
    if (entry.requiresHints && !entry.requiresHints.some((h) => hintIds.has(h))) continue
    frameworkEntries.set(entry.framework, entry)
    frameworks.add(entry.framework, 'strong', evidence)
  }
  for (const { hint, facts } of hints) {
    for (const entry of frameworkEntries.values()) {
      if (entry.requiresHints?.includes(hint.id)) {
        frameworks.add(entry.framework, 'strong', {
          path: facts.path,
          line: hint.line,
          detail: hint.text,
        })
      }
    }
  }

  const outSignals: Signal[] = signals.keys().map((id) => ({
    id,
    category: categories.get(id) as Category,
    strength: signals.strength(id),
    evidence: signals.evidence(id),
  }))
  outSignals.sort(
    (a, b) => categoryRank(a.category) - categoryRank(b.category) || compareStrings(a.id, b.id),
  )
  const outFrameworks: Framework[] = [...frameworkEntries.values()].map((entry) => ({
    name: entry.framework,
    role: entry.role,
    model: entry.model,
    evidence: frameworks.evidence(entry.framework),
  }))
  outFrameworks.sort((a, b) => compareStrings(a.name, b.name))
  return { signals: outSignals, frameworks: outFrameworks }
}

function formatBytes(size: number): string {
  if (size >= 1024 * 1024) return `${(size / (1024 * 1024)).toFixed(1)} MiB`
  if (size >= 1024) return `${(size / 1024).toFixed(1)} KiB`
  return `${size} bytes`
}
