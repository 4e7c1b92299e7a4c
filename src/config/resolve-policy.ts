/**
 * A policy file and what it extends → the options the engine runs with. Precedence, lowest first:
 * built-in defaults, the preset or file named by `extends:` (recursively), the file itself; the
 * shells then let an explicit flag or input win (see `failOn`). Pure: files are read through the
 * `read` callback, so the same code serves the disk, the repository view and the GitHub API.
 */
import * as posix from 'node:path/posix'
import type { DeclaredRequirements, Requirements } from '../core/3-detect/declared.js'
import type { CustomSignal } from '../core/3-detect/detect-signals.js'
import type { EvaluateOptions } from '../core/4-evaluate/evaluate.js'
import type { Placement, RuleOverride, TeamPolicy, Waiver } from '../core/4-evaluate/policy.js'
import type { Category, FailOn } from '../core/model.js'
import type { AnalyzeOptions } from '../core/pipeline.js'
import { configLines, normaliseLanguage, parseConfig } from './parse-config.js'
import { findPreset } from './presets.js'
import type { ConfigError, ConfigFile, RequirementsEntry, RuleSettingValue } from './types.js'

/** The file names looked up at the scan root when no file is named, in order. */
export const CONFIG_FILE_NAMES = ['.stackfit.yml', '.stackfit.yaml'] as const

/** A policy file's text and the path it is reported under (repo-relative where possible). */
export interface PolicyText {
  path: string
  text: string
}

/** Everything a policy decides, ready for runStackfit. */
export interface ResolvedPolicy {
  /** From the file (or what it extends); a flag or input wins over it. */
  failOn?: FailOn
  analyze: AnalyzeOptions
  evaluate: EvaluateOptions
  /** The files and presets applied, base first: `preset:strict`, `.stackfit.yml`. */
  layers: string[]
}

export type ResolveResult =
  { ok: true; policy: ResolvedPolicy } | { ok: false; errors: ConfigError[] }

/** The YAML key of each declared requirement. */
export const REQUIREMENT_KEYS: Readonly<Record<keyof RequirementsEntry, keyof Requirements>> = {
  'latency-budget-ms': 'latencyBudgetMs',
  'requests-per-second': 'requestsPerSecond',
  'memory-budget-mb': 'memoryBudgetMb',
  'single-binary': 'singleBinary',
}

/** One file or preset, with positions already turned into evidence. */
interface Layer {
  name: string
  failOn?: FailOn
  discovery: NonNullable<ConfigFile['discovery']>
  rules: Record<string, { severity: NonNullable<ReturnType<typeof severityOf>> }>
  overrides: RuleOverride[]
  languages?: { list: string[]; source: string }
  placement: Partial<Record<Category, Placement>>
  split?: boolean
  requirements: Map<string, DeclaredRequirements>
  signals: CustomSignal[]
  waivers: Waiver[]
}

function severityOf(value: RuleSettingValue): 'error' | 'warning' | 'notice' | 'off' {
  return typeof value === 'string' ? value : value.severity
}

function ruleSettings(
  rules: Record<string, RuleSettingValue> | undefined,
): Record<string, { severity: 'error' | 'warning' | 'notice' | 'off' }> {
  const out: Record<string, { severity: 'error' | 'warning' | 'notice' | 'off' }> = {}
  for (const [key, value] of Object.entries(rules ?? {})) out[key] = { severity: severityOf(value) }
  return out
}

function clean(path: string): string {
  return path.replace(/^\.\//, '').replace(/\/+$/, '') || '.'
}

function toLayer(
  config: ConfigFile,
  name: string,
  lineOf?: (path: (string | number)[]) => number,
): Layer {
  const at = (path: (string | number)[]): string => (lineOf ? `${name}:${lineOf(path)}` : name)
  const layer: Layer = {
    name,
    discovery: config.discovery ?? {},
    rules: ruleSettings(config.rules),
    overrides: (config.overrides ?? []).map((o) => ({
      services: o.services.map(clean),
      rules: ruleSettings(o.rules),
    })),
    placement: {},
    requirements: new Map(),
    signals: (config.signals ?? []).map((s) => ({
      ecosystem: s.ecosystem,
      signal: s.signal,
      strength: s.strength ?? 'strong',
      packages: [...s.packages],
      ...(s.imports ? { imports: [...s.imports] } : {}),
    })),
    waivers: (config.waivers ?? []).map((w, i) => {
      const line = lineOf ? lineOf(['waivers', i]) : undefined
      return {
        rule: w.rule,
        ...(w.service !== undefined ? { service: clean(w.service) } : {}),
        reason: w.reason.trim(),
        ...(w.owner !== undefined ? { owner: w.owner } : {}),
        ...(w.expires !== undefined ? { expires: w.expires } : {}),
        source: at(['waivers', i]),
        evidence: {
          path: name,
          ...(line !== undefined ? { line } : {}),
          detail: `waiver for ${w.rule}${w.service !== undefined ? ` in ${clean(w.service)}` : ''}`,
        },
      }
    }),
  }
  if (config['fail-on'] !== undefined) layer.failOn = config['fail-on']
  const policy = config.policy ?? {}
  if (policy.languages)
    layer.languages = {
      list: [...new Set(policy.languages.map(normaliseLanguage))],
      source: at(['policy', 'languages']),
    }
  for (const [category, entry] of Object.entries(policy.placement ?? {})) {
    if (!entry) continue
    layer.placement[category as Category] = {
      category: category as Category,
      languages: [...new Set(entry.languages.map(normaliseLanguage))],
      evidence: entry.evidence ?? 'strong',
    }
  }
  if (policy['split-mixed-workloads'] !== undefined) layer.split = policy['split-mixed-workloads']
  for (const [service, entry] of Object.entries(config.requirements ?? {})) {
    const root = clean(service)
    const declared: DeclaredRequirements = { service: root, requirements: {}, at: {} }
    for (const [key, field] of Object.entries(REQUIREMENT_KEYS) as [
      keyof RequirementsEntry,
      keyof Requirements,
    ][]) {
      const value = entry[key]
      if (value === undefined) continue
      ;(declared.requirements as Record<string, number | boolean>)[field] = value
      if (lineOf) declared.at[field] = { path: name, line: lineOf(['requirements', service, key]) }
    }
    layer.requirements.set(root, declared)
  }
  return layer
}

function merge(base: Layer, top: Layer): Layer {
  const requirements = new Map(base.requirements)
  for (const [root, declared] of top.requirements) {
    const below = requirements.get(root)
    requirements.set(
      root,
      below
        ? {
            service: root,
            requirements: { ...below.requirements, ...declared.requirements },
            at: { ...below.at, ...declared.at },
          }
        : declared,
    )
  }
  const languages = top.languages ?? base.languages
  const split = top.split ?? base.split
  const failOn = top.failOn ?? base.failOn
  return {
    name: top.name,
    ...(failOn !== undefined ? { failOn } : {}),
    discovery: { ...base.discovery, ...top.discovery },
    rules: { ...base.rules, ...top.rules },
    overrides: [...base.overrides, ...top.overrides],
    ...(languages ? { languages } : {}),
    placement: { ...base.placement, ...top.placement },
    ...(split !== undefined ? { split } : {}),
    requirements,
    signals: [...base.signals, ...top.signals],
    waivers: [...base.waivers, ...top.waivers],
  }
}

/** Turns the merged layer into engine options. */
function toPolicy(layer: Layer, layers: string[]): ResolvedPolicy {
  const discover: NonNullable<AnalyzeOptions['discover']> = {}
  const d = layer.discovery
  if (d.include?.length) discover.include = d.include.map(clean)
  const exclude = [
    ...(d.exclude ?? []).map(clean),
    ...(d.skip ?? []).flatMap((dir) => [clean(dir), `${clean(dir)}/**`]),
  ]
  if (exclude.length > 0) discover.exclude = exclude
  if (d.services?.length) discover.services = d.services.map(clean)
  if (d['only-listed'] === true) discover.onlyListed = true
  const analyze: AnalyzeOptions = {}
  if (Object.keys(discover).length > 0) analyze.discover = discover
  if (layer.signals.length > 0) analyze.detect = { customSignals: layer.signals }
  if (layer.requirements.size > 0) analyze.declared = [...layer.requirements.values()]

  const policy: TeamPolicy = {}
  if (layer.languages) {
    policy.languages = layer.languages.list
    policy.source = layer.languages.source
  }
  const placement = Object.values(layer.placement).filter((p): p is Placement => p !== undefined)
  if (placement.length > 0) policy.placement = placement
  if (layer.split !== undefined) policy.splitMixedWorkloads = layer.split
  const evaluate: EvaluateOptions = {}
  if (Object.keys(layer.rules).length > 0) evaluate.rules = layer.rules
  if (layer.overrides.length > 0) evaluate.overrides = layer.overrides
  if (Object.keys(policy).length > 0) evaluate.policy = policy
  if (layer.waivers.length > 0) evaluate.waivers = layer.waivers
  return {
    ...(layer.failOn !== undefined ? { failOn: layer.failOn } : {}),
    analyze,
    evaluate,
    layers,
  }
}

/** The built-in defaults as a resolved policy: what runs when there is no policy file. */
export function defaultPolicy(): ResolvedPolicy {
  return { analyze: {}, evaluate: {}, layers: ['preset:recommended'] }
}

/**
 * Parses, validates and resolves a policy file with everything it extends. `read` returns the
 * text of another repository file (paths are resolved against the extending file's directory) or
 * undefined when it does not exist. All errors of all files are returned together; with any
 * error there is no policy at all, never part of one. Never throws.
 */
export function resolvePolicy(
  entry: PolicyText,
  read: (path: string) => string | undefined,
): ResolveResult {
  const errors: ConfigError[] = []
  const layers: Layer[] = []
  const names: string[] = []
  const visit = (file: PolicyText, chain: readonly string[]): void => {
    const parsed = parseConfig(file.text, file.path)
    if (!parsed.ok) {
      errors.push(...parsed.errors)
      return
    }
    const config = parsed.config
    const lineOf = configLines(file.text)
    const base = config.extends ?? 'recommended'
    const preset = findPreset(base)
    if (preset) {
      layers.push(toLayer(preset.config, `preset:${preset.name}`))
      names.push(`preset:${preset.name}`)
    } else {
      const target = posix.normalize(posix.join(posix.dirname(file.path), base))
      const position = { file: file.path, line: lineOf(['extends']), column: 1 }
      if (chain.includes(target)) {
        errors.push({
          ...position,
          message: `extends "${base}" makes a cycle: ${[...chain, target].join(' → ')}`,
        })
        return
      }
      const text = read(target)
      if (text === undefined) {
        errors.push({
          ...position,
          message: `extends "${base}": no such file (looked for ${target})`,
        })
        return
      }
      visit({ path: target, text }, [...chain, target])
    }
    layers.push(toLayer(config, file.path, lineOf))
    names.push(file.path)
  }
  visit(entry, [posix.normalize(entry.path)])
  if (errors.length > 0) return { ok: false, errors }
  const merged = layers.reduce((base, top) => merge(base, top))
  return { ok: true, policy: toPolicy(merged, names) }
}
