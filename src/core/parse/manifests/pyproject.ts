/**
 * pyproject.toml: PEP 621 `[project]` (dependencies, optional-dependencies, scripts), PEP 735
 * `[dependency-groups]`, Poetry (`[tool.poetry.*]`) and uv (`[tool.uv]` workspace members and
 * legacy dev-dependencies).
 */
import type { Dependency } from '../../facts.js'
import type { Evidence } from '../../model.js'
import { normalisePypiName, pep508Name } from '../text.js'
import {
  dependency,
  emptyManifest,
  isDevGroup,
  locatedStrings,
  record,
  str,
  stringList,
  type ManifestParse,
} from './common.js'
import { readToml } from './toml.js'
import type { TomlLocations } from './toml-lines.js'

/** Parses a pyproject.toml. Never throws; bad TOML yields an empty manifest and a diagnostic. */
export function parsePyproject(path: string, text: string): ManifestParse {
  const read = readToml(path, text)
  if (!read.ok)
    return { manifest: emptyManifest(path, 'pyproject.toml'), diagnostics: [read.diagnostic] }
  const { data, loc } = read
  const manifest = emptyManifest(path, 'pyproject.toml')
  const deps = manifest.dependencies

  const project = record(data['project'])
  const tool = record(data['tool'])
  const poetry = record(tool?.['poetry'])
  const uv = record(tool?.['uv'])

  const name = str(project?.['name']) ?? str(poetry?.['name'])
  if (name !== undefined) manifest.name = name

  // PEP 621
  if (project) {
    pep508List(path, loc, ['project', 'dependencies'], project['dependencies'], false, deps)
    const extras = record(project['optional-dependencies']) ?? {}
    for (const [group, list] of Object.entries(extras)) {
      pep508List(
        path,
        loc,
        ['project', 'optional-dependencies', group],
        list,
        isDevGroup(group),
        deps,
      )
    }
    for (const table of ['scripts', 'gui-scripts']) {
      scripts(
        path,
        loc,
        ['project', table],
        `[project.${table}]`,
        project[table],
        manifest.entrypoints,
      )
    }
  }

  // PEP 735
  for (const [group, list] of Object.entries(record(data['dependency-groups']) ?? {})) {
    pep508List(path, loc, ['dependency-groups', group], list, isDevGroup(group), deps)
  }

  // Poetry
  if (poetry) {
    poetryTable(path, loc, ['tool', 'poetry', 'dependencies'], poetry['dependencies'], false, deps)
    poetryTable(
      path,
      loc,
      ['tool', 'poetry', 'dev-dependencies'],
      poetry['dev-dependencies'],
      true,
      deps,
    )
    for (const [group, body] of Object.entries(record(poetry['group']) ?? {})) {
      const table = record(body)?.['dependencies']
      poetryTable(
        path,
        loc,
        ['tool', 'poetry', 'group', group, 'dependencies'],
        table,
        isDevGroup(group),
        deps,
      )
    }
    scripts(
      path,
      loc,
      ['tool', 'poetry', 'scripts'],
      '[tool.poetry.scripts]',
      poetry['scripts'],
      manifest.entrypoints,
    )
  }

  // uv
  if (uv) {
    pep508List(path, loc, ['tool', 'uv', 'dev-dependencies'], uv['dev-dependencies'], true, deps)
    manifest.workspaceMembers = stringList(record(uv['workspace'])?.['members'])
  }
  manifest.workspaceOnly =
    manifest.workspaceMembers.length > 0 && project === undefined && poetry === undefined
  return { manifest, diagnostics: [] }
}

function pep508List(
  path: string,
  loc: TomlLocations,
  at: string[],
  value: unknown,
  dev: boolean,
  out: Dependency[],
): void {
  for (const { value: requirement, line } of locatedStrings(loc, at, stringList(value))) {
    const name = pep508Name(requirement)
    if (name !== undefined) out.push(dependency(name, 'pypi', path, line, requirement, dev))
  }
}

function poetryTable(
  path: string,
  loc: TomlLocations,
  at: string[],
  value: unknown,
  dev: boolean,
  out: Dependency[],
): void {
  for (const key of Object.keys(record(value) ?? {})) {
    if (key.toLowerCase() === 'python') continue
    const pos = loc.key([...at, key]) ?? loc.key(at)
    out.push(
      dependency(normalisePypiName(key), 'pypi', path, pos?.line ?? 1, pos?.text ?? key, dev),
    )
  }
}

function scripts(
  path: string,
  loc: TomlLocations,
  at: string[],
  label: string,
  value: unknown,
  out: Evidence[],
): void {
  for (const [script, target] of Object.entries(record(value) ?? {})) {
    const pos = loc.key([...at, script])
    const where = typeof target === 'string' ? ` = "${target}"` : ''
    const evidence: Evidence = { path, detail: `${label} ${script}${where}` }
    if (pos) evidence.line = pos.line
    out.push(evidence)
  }
}
