/**
 * Cargo.toml: `[package]`, `[dependencies]`, `[dev-dependencies]`, `[build-dependencies]` (also
 * under `[target.'cfg(...)']`), `[workspace] members` and `[[bin]]` targets. Dependencies on
 * in-repository crates become `localReferences` too: `x = { path = "../x" }` with its directory,
 * `x = { workspace = true }` (or `x.workspace = true`) without one (the workspace root's
 * `[workspace.dependencies]` has the path; those entries are kept with `workspaceTable`).
 */
import type { Dependency, LocalReference } from '../../facts.js'
import type { Evidence } from '../../model.js'
import {
  dependency,
  emptyManifest,
  localTarget,
  record,
  str,
  stringList,
  type ManifestParse,
} from './common.js'
import { readToml } from './toml.js'
import type { TomlLocations } from './toml-lines.js'

const DEPENDENCY_TABLES: readonly { table: string; dev: boolean }[] = [
  { table: 'dependencies', dev: false },
  { table: 'dev-dependencies', dev: true },
  { table: 'build-dependencies', dev: false },
]

/** Parses a Cargo.toml. Never throws; bad TOML yields an empty manifest and a diagnostic. */
export function parseCargo(path: string, text: string): ManifestParse {
  const read = readToml(path, text)
  if (!read.ok)
    return { manifest: emptyManifest(path, 'Cargo.toml'), diagnostics: [read.diagnostic] }
  const { data, loc } = read
  const manifest = emptyManifest(path, 'Cargo.toml')
  const pkg = record(data['package'])
  const name = str(pkg?.['name'])
  if (name !== undefined) manifest.name = name

  const refs: LocalReference[] = []
  for (const { table, dev } of DEPENDENCY_TABLES) {
    collect(path, loc, [table], data[table], dev, manifest.dependencies, refs)
  }
  for (const [target, body] of Object.entries(record(data['target']) ?? {})) {
    for (const { table, dev } of DEPENDENCY_TABLES) {
      collect(
        path,
        loc,
        ['target', target, table],
        record(body)?.[table],
        dev,
        manifest.dependencies,
        refs,
      )
    }
  }

  const workspace = record(data['workspace'])
  manifest.workspaceMembers = stringList(workspace?.['members'])
  manifest.workspaceOnly = workspace !== undefined && pkg === undefined
  const shared = record(workspace?.['dependencies'])
  for (const [key, spec] of Object.entries(shared ?? {})) {
    const target = pathOf(path, spec)
    if (target === undefined) continue
    const pos =
      loc.key(['workspace', 'dependencies', key]) ?? loc.key(['workspace', 'dependencies'])
    refs.push({
      name: key,
      target,
      path,
      line: pos?.line ?? 1,
      text: pos?.text ?? key,
      via: 'path dependency',
      dev: false,
      workspaceTable: true,
    })
  }
  if (refs.length > 0) manifest.localReferences = refs

  const bins = Array.isArray(data['bin']) ? data['bin'] : []
  bins.forEach((bin, index) => {
    const binName = str(record(bin)?.['name'])
    const pos = loc.key(['bin', `[${index}]`])
    const evidence: Evidence = {
      path,
      detail: binName === undefined ? '[[bin]]' : `[[bin]] name = "${binName}"`,
    }
    if (pos) evidence.line = pos.line
    manifest.entrypoints.push(evidence)
  })
  return { manifest, diagnostics: [] }
}

function collect(
  path: string,
  loc: TomlLocations,
  at: string[],
  value: unknown,
  dev: boolean,
  out: Dependency[],
  refs: LocalReference[],
): void {
  for (const [key, spec] of Object.entries(record(value) ?? {})) {
    // `alias = { package = "real-name" }` depends on `real-name`.
    const name = str(record(spec)?.['package']) ?? key
    const pos = loc.key([...at, key]) ?? loc.key(at)
    const line = pos?.line ?? 1
    const text = pos?.text ?? key
    out.push(dependency(name, 'cargo', path, line, text, dev))
    const target = pathOf(path, spec)
    if (target !== undefined) {
      refs.push({ name: key, target, path, line, text, via: 'path dependency', dev })
    } else if (record(spec)?.['workspace'] === true) {
      refs.push({ name: key, path, line, text, via: 'workspace dependency', dev })
    }
  }
}

/** The directory of a `{ path = "..." }` dependency, relative to the repository; else undefined. */
function pathOf(manifestPath: string, spec: unknown): string | undefined {
  const written = str(record(spec)?.['path'])
  return written === undefined ? undefined : localTarget(manifestPath, written)
}
