/**
 * Test doubles for the detect stage: a fake ScanContext over hand-built manifests and source facts
 * (the parsers are tested on their own), plus small builders with realistic defaults.
 */
import type { ScanContext } from '../../../src/core/context.js'
import type {
  Dependency,
  Ecosystem,
  Manifest,
  ManifestType,
  SourceFacts,
} from '../../../src/core/facts.js'
import type { Diagnostic, Evidence, LanguageResult } from '../../../src/core/model.js'
import type { RepoFile } from '../../../src/core/ports.js'
import type { Unit } from '../../../src/core/1-discover/unit.js'
import { detectSignals, type DetectOptions } from '../../../src/core/3-detect/detect-signals.js'
import { memoryRepo } from '../../support/memory-repo.js'

/** A dependency as a parser would produce it. */
export function dep(
  ecosystem: Ecosystem,
  name: string,
  path: string,
  line: number,
  extra: Partial<Dependency> = {},
): Dependency {
  return {
    name,
    ecosystem,
    path,
    line,
    text: extra.text ?? name,
    dev: false,
    indirect: false,
    ...extra,
  }
}

/** A manifest with dependencies (and Dockerfile fields when given). */
export function manifest(
  path: string,
  type: ManifestType,
  dependencies: Dependency[] = [],
  extra: Partial<Manifest> = {},
): Manifest {
  return {
    path,
    type,
    dependencies,
    entrypoints: [],
    workspaceMembers: [],
    workspaceOnly: false,
    ...extra,
  }
}

/** Source facts: imports as `[module, line, text]`, hints as `[id, line, text]`. */
export function source(
  path: string,
  language: string,
  imports: [string, number, string][] = [],
  hints: [string, number, string][] = [],
  extra: Partial<SourceFacts> = {},
): SourceFacts {
  return {
    path,
    language,
    generated: false,
    imports: imports.map(([module, line, text]) => ({ module, line, text })),
    hints: hints.map(([id, line, text]) => ({ id, line, text })),
    ...extra,
  }
}

export interface Fixture {
  root?: string
  manifests?: Manifest[]
  sources?: SourceFacts[]
  /** Files readable through the view (deployment YAML and the like). */
  files?: Record<string, string>
  /** Files only listed, with their size (model artefacts, notebooks). */
  sizes?: Record<string, number>
  language?: string
}

/** A fake ScanContext: `source()` answers from the fixture, `view` is a memory repo. */
export function fakeContext(fixture: Fixture): ScanContext & { sourceCalls: string[] } {
  const view = memoryRepo(fixture.files ?? {})
  const sources = new Map((fixture.sources ?? []).map((s) => [s.path, s]))
  const diagnostics: Diagnostic[] = []
  const sourceCalls: string[] = []
  return {
    view,
    diagnostics,
    sourceCalls,
    diagnose: (d) => diagnostics.push(d),
    manifest: (file) => fixture.manifests?.find((m) => m.path === file.path),
    source: (file) => {
      sourceCalls.push(file.path)
      return sources.get(file.path)
    },
  }
}

/** The unit the fixture describes: every listed path, sorted. */
export function unitOf(fixture: Fixture): Unit {
  const sizes = new Map<string, number>()
  for (const [path, text] of Object.entries(fixture.files ?? {}))
    sizes.set(path, new TextEncoder().encode(text).length)
  for (const s of fixture.sources ?? []) sizes.set(s.path, sizes.get(s.path) ?? 100)
  for (const m of fixture.manifests ?? []) sizes.set(m.path, sizes.get(m.path) ?? 100)
  for (const [path, size] of Object.entries(fixture.sizes ?? {})) sizes.set(path, size)
  const files: RepoFile[] = [...sizes]
    .map(([path, size]) => ({ path, size }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const root = fixture.root ?? 'svc'
  return {
    root,
    name: root,
    kind: 'service',
    kindEvidence: [],
    markers: (fixture.manifests ?? []).map((m) => m.path).sort(),
    manifests: [...(fixture.manifests ?? [])].sort((a, b) => (a.path < b.path ? -1 : 1)),
    files,
  }
}

function languageResult(id: string): LanguageResult {
  return { id, shares: [{ id, bytes: 1000, share: 1 }], evidence: [] }
}

/** Runs detectSignals on a fixture; returns signals, frameworks, diagnostics and the context. */
export function detect(fixture: Fixture, options: DetectOptions = {}) {
  const ctx = fakeContext(fixture)
  const result = detectSignals(
    ctx,
    unitOf(fixture),
    languageResult(fixture.language ?? 'python'),
    options,
  )
  return { ...result, diagnostics: ctx.diagnostics, ctx }
}

/** `{ id: strength }` for compact assertions. */
export function strengths(result: {
  signals: { id: string; strength: string }[]
}): Record<string, string> {
  return Object.fromEntries(result.signals.map((s) => [s.id, s.strength]))
}

/** The evidence of one signal, or [] when absent. */
export function evidenceOf(
  result: { signals: { id: string; evidence: Evidence[] }[] },
  id: string,
): Evidence[] {
  return result.signals.find((s) => s.id === id)?.evidence ?? []
}
