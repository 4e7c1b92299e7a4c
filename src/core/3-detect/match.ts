/**
 * The catalog compiled into lookup maps: package names per ecosystem and import names per source
 * language. Built once per process (lazily) for the built-in catalog, and once per options object
 * for custom signals; never per file.
 */
import type { Ecosystem } from '../facts.js'
import type { Category, LanguageId, Strength } from '../model.js'
import { CATALOGS } from './catalog/index.js'
import type { EcosystemCatalog, FrameworkEntry, ImportStyle } from './catalog/types.js'

/** What a package or import name resolves to. */
export type MatchTarget =
  | {
      kind: 'signal'
      signal: string
      category: Category
      strength: Strength
      /** Only backs a signal proven by other evidence (SignalEntry.supporting). */
      supporting?: true
    }
  | { kind: 'framework'; entry: FrameworkEntry }

interface Index {
  exact: Map<string, MatchTarget[]>
  prefixes: { prefix: string; targets: MatchTarget[] }[]
}

/** Compiled lookups over one or more catalogs. */
export interface CompiledCatalog {
  packages: Map<Ecosystem, Index>
  imports: Map<LanguageId, { style: ImportStyle; index: Index }>
}

/** A catalog entry reduced to what compilation needs (built-in and custom entries alike). */
export interface CompilableEntry {
  target: MatchTarget
  packages: readonly string[]
  imports?: readonly string[]
}

const PACKAGE_STYLE: Record<Ecosystem, ImportStyle> = {
  pypi: 'python',
  go: 'go',
  npm: 'npm',
  cargo: 'none',
  maven: 'none',
  nuget: 'none',
  rubygems: 'none',
  packagist: 'none',
  hex: 'none',
}

/**
 * A package name as the ecosystem compares names: PyPI lower-case with runs of `-_.` as `-`;
 * NuGet and Composer lower-case; crates with `_` as `-`; others as written. Never throws.
 */
export function normalizePackage(ecosystem: Ecosystem, name: string): string {
  switch (ecosystem) {
    case 'pypi':
      return name
        .trim()
        .toLowerCase()
        .replace(/[-_.]+/g, '-')
    case 'nuget':
    case 'packagist':
      return name.trim().toLowerCase()
    case 'cargo':
      return name.trim().toLowerCase().replace(/_/g, '-')
    default:
      return name.trim()
  }
}

/** The import names an entry matches when it does not list them: see SignalEntry.imports. */
export function defaultImports(style: ImportStyle, packages: readonly string[]): string[] {
  switch (style) {
    case 'python':
      return packages.map((p) => p.replace(/-/g, '_'))
    case 'go':
    case 'npm':
      return [...packages]
    case 'none':
      return []
  }
}

function emptyIndex(): Index {
  return { exact: new Map(), prefixes: [] }
}

function addToIndex(index: Index, key: string, target: MatchTarget): void {
  if (key.endsWith('*')) {
    const prefix = key.slice(0, -1)
    const existing = index.prefixes.find((p) => p.prefix === prefix)
    if (existing) existing.targets.push(target)
    else index.prefixes.push({ prefix, targets: [target] })
    return
  }
  const list = index.exact.get(key)
  if (list) list.push(target)
  else index.exact.set(key, [target])
}

/** The entries of an ecosystem catalog with their targets. */
export function entriesOf(catalog: EcosystemCatalog): CompilableEntry[] {
  const out: CompilableEntry[] = []
  for (const e of catalog.signals) {
    out.push({
      target: {
        kind: 'signal',
        signal: e.signal,
        category: categoryOf(e.signal),
        strength: e.strength,
        ...(e.supporting ? { supporting: true as const } : {}),
      },
      packages: e.packages,
      ...(e.imports ? { imports: e.imports } : {}),
    })
  }
  for (const f of catalog.frameworks) {
    out.push({
      target: { kind: 'framework', entry: f },
      packages: f.packages,
      ...(f.imports ? { imports: f.imports } : {}),
    })
  }
  return out
}

function categoryOf(signal: string): Category {
  return signal.slice(0, signal.indexOf('.')) as Category
}

/** Source languages whose imports resolve against each ecosystem. */
export function languagesOf(ecosystem: Ecosystem): readonly LanguageId[] {
  return CATALOGS.find((c) => c.ecosystem === ecosystem)?.languages ?? []
}

/** Compiles entries per ecosystem into package and import indexes. Never throws. */
export function compile(
  groups: readonly { ecosystem: Ecosystem; entries: readonly CompilableEntry[] }[],
): CompiledCatalog {
  const compiled: CompiledCatalog = { packages: new Map(), imports: new Map() }
  for (const { ecosystem, entries } of groups) {
    const style = PACKAGE_STYLE[ecosystem]
    let packages = compiled.packages.get(ecosystem)
    if (!packages) compiled.packages.set(ecosystem, (packages = emptyIndex()))
    const languageIndexes: Index[] = []
    for (const language of languagesOf(ecosystem)) {
      let entry = compiled.imports.get(language)
      if (!entry) compiled.imports.set(language, (entry = { style, index: emptyIndex() }))
      languageIndexes.push(entry.index)
    }
    for (const e of entries) {
      for (const p of e.packages) addToIndex(packages, normalizePackage(ecosystem, p), e.target)
      for (const name of e.imports ?? defaultImports(style, e.packages)) {
        for (const index of languageIndexes) addToIndex(index, name, e.target)
      }
    }
  }
  return compiled
}

let builtin: CompiledCatalog | undefined

/** The built-in catalog, compiled on first use and kept for the life of the process. */
export function builtinCatalog(): CompiledCatalog {
  builtin ??= compile(CATALOGS.map((c) => ({ ecosystem: c.ecosystem, entries: entriesOf(c) })))
  return builtin
}

/** `a/b/c` → `a/b/c`, `a/b`, `a` (longest first). */
function pathChain(name: string, separator: string): string[] {
  const parts = name.split(separator)
  const out: string[] = []
  for (let i = parts.length; i > 0; i--) out.push(parts.slice(0, i).join(separator))
  return out
}

function lookup(index: Index | undefined, keys: readonly string[]): MatchTarget[] {
  if (!index) return []
  const out: MatchTarget[] = []
  for (const key of keys) {
    const exact = index.exact.get(key)
    if (exact) out.push(...exact)
    for (const p of index.prefixes) if (key.startsWith(p.prefix)) out.push(...p.targets)
  }
  return out
}

/**
 * What a declared dependency matches. Go module paths match an entry for the path itself or any
 * parent path (sub-packages, `/v2` suffixes). Never throws; unknown ecosystems match nothing.
 */
export function matchPackage(
  catalog: CompiledCatalog,
  ecosystem: Ecosystem,
  name: string,
): MatchTarget[] {
  const normalized = normalizePackage(ecosystem, name)
  const keys = ecosystem === 'go' ? pathChain(normalized, '/') : [normalized]
  return lookup(catalog.packages.get(ecosystem), keys)
}

/**
 * The package an npm import specifier names: `@scope/pkg/sub` → `@scope/pkg`, `pkg/sub` → `pkg`.
 */
export function npmPackageOf(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier)
}

/**
 * What an import in a source file of `language` matches. Python dotted modules and Go paths match
 * entries for any parent module; npm specifiers match their package. Never throws.
 */
export function matchImport(
  catalog: CompiledCatalog,
  language: LanguageId,
  module: string,
): MatchTarget[] {
  const entry = catalog.imports.get(language)
  if (!entry) return []
  switch (entry.style) {
    case 'python':
      return lookup(entry.index, pathChain(module, '.'))
    case 'go':
      return lookup(entry.index, pathChain(module, '/'))
    case 'npm':
      return lookup(entry.index, [npmPackageOf(module)])
    case 'none':
      return []
  }
}
