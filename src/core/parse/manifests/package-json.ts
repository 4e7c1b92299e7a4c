/**
 * package.json: npm dependencies by section, `bin` / `main` / start scripts as entry points, and
 * npm/yarn `workspaces`. `file:../dir` / `link:../dir` dependencies are `localReferences` with
 * their directory; `workspace:` ones without (resolved by package name among the units).
 */
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
import { readJson } from './json.js'

/** Dependency sections; only devDependencies are development-only. */
const SECTIONS: readonly { key: string; dev: boolean }[] = [
  { key: 'dependencies', dev: false },
  { key: 'devDependencies', dev: true },
  { key: 'peerDependencies', dev: false },
  { key: 'optionalDependencies', dev: false },
]

/** Scripts that start the package as a process. */
const START_SCRIPTS: readonly string[] = ['start', 'serve']

/** Parses a package.json. Never throws; bad JSON yields an empty manifest and a diagnostic. */
export function parsePackageJson(path: string, text: string): ManifestParse {
  const read = readJson(path, text)
  if (!read.ok)
    return { manifest: emptyManifest(path, 'package.json'), diagnostics: [read.diagnostic] }
  const manifest = emptyManifest(path, 'package.json')
  const data = record(read.data)
  if (!data) return { manifest, diagnostics: [] }
  const loc = read.loc

  const name = str(data['name'])
  if (name !== undefined) manifest.name = name

  for (const { key, dev } of SECTIONS) {
    for (const [dep, version] of Object.entries(record(data[key]) ?? {})) {
      const pos = loc([key, dep]) ?? loc([key])
      const text = pos?.text ?? `"${dep}": ${JSON.stringify(version)}`
      manifest.dependencies.push(dependency(dep, 'npm', path, pos?.line ?? 1, text, dev))
      const spec = typeof version === 'string' ? version.trim() : ''
      const local = /^(?:file|link):(.+)$/.exec(spec)?.[1]
      const target = local === undefined ? undefined : localTarget(path, local)
      if (target === undefined && !spec.startsWith('workspace:')) continue
      ;(manifest.localReferences ??= []).push({
        name: dep,
        ...(target !== undefined ? { target } : { byName: true as const }),
        path,
        line: pos?.line ?? 1,
        text: text.trim(),
        via: target !== undefined ? 'file dependency' : 'workspace dependency',
        dev,
      })
    }
  }

  const entry = (at: string[], detail: string): void => {
    const evidence: Evidence = { path, detail }
    const line = loc(at)?.line
    if (line !== undefined) evidence.line = line
    manifest.entrypoints.push(evidence)
  }
  const bin = data['bin']
  if (typeof bin === 'string') entry(['bin'], `bin: ${bin}`)
  for (const [command, target] of Object.entries(record(bin) ?? {})) {
    if (typeof target === 'string') entry(['bin', command], `bin ${command}: ${target}`)
  }
  const scripts = record(data['scripts']) ?? {}
  for (const script of START_SCRIPTS) {
    const command = str(scripts[script])
    if (command !== undefined) entry(['scripts', script], `scripts.${script}: ${command}`)
  }
  const main = str(data['main'])
  if (main !== undefined) entry(['main'], `main: ${main}`)

  const workspaces = data['workspaces']
  manifest.workspaceMembers = Array.isArray(workspaces)
    ? stringList(workspaces)
    : stringList(record(workspaces)?.['packages'])
  manifest.workspaceOnly =
    data['private'] === true &&
    manifest.workspaceMembers.length > 0 &&
    manifest.dependencies.every((d) => d.dev)
  return { manifest, diagnostics: [] }
}
