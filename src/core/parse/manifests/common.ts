/**
 * Types and small helpers the manifest parsers share.
 */
import type { Dependency, Ecosystem, Manifest, ManifestType } from '../../facts.js'
import type { Diagnostic } from '../../model.js'
import type { TomlLocations } from './toml-lines.js'

/** What every manifest parser returns: a manifest when anything could be read, and the problems met. */
export interface ManifestParse {
  manifest?: Manifest
  diagnostics: Diagnostic[]
}

/** A parser for one manifest format. Must never throw. */
export type ManifestParser = (path: string, text: string) => ManifestParse

/**
 * Dependency group names treated as development-only (Poetry groups, PEP 621 extras, PEP 735
 * groups). Compared after PyPI normalisation.
 */
export const DEV_GROUP_NAMES: readonly string[] = [
  'dev',
  'develop',
  'development',
  'doc',
  'docs',
  'lint',
  'linting',
  'test',
  'testing',
  'tests',
  'typing',
]

/** True when a dependency group name means development-only. */
export function isDevGroup(name: string): boolean {
  return DEV_GROUP_NAMES.includes(name.toLowerCase().replace(/[-_.]+/g, '-'))
}

/** A manifest with no dependencies, entry points or members. */
export function emptyManifest(path: string, type: ManifestType): Manifest {
  return {
    path,
    type,
    dependencies: [],
    entrypoints: [],
    workspaceMembers: [],
    workspaceOnly: false,
  }
}

/** Builds a Dependency; `indirect` defaults to false. */
export function dependency(
  name: string,
  ecosystem: Ecosystem,
  path: string,
  line: number,
  text: string,
  dev: boolean,
  indirect = false,
): Dependency {
  return { name, ecosystem, path, line, text: text.trim(), dev, indirect }
}

/** A plain object (not an array), or undefined. */
export function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

/** The strings of an array value; other elements are dropped. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** A string value, or undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/**
 * Pairs the parsed strings of a TOML array with their located elements, in order. An element the
 * scanner missed falls back to the array key's line.
 */
export function locatedStrings(
  loc: TomlLocations,
  path: readonly string[],
  values: readonly string[],
): { value: string; line: number }[] {
  const items = loc.strings(path)
  const fallback = loc.key(path)?.line ?? 1
  let next = 0
  return values.map((value) => {
    for (let i = next; i < items.length; i++) {
      const item = items[i]
      if (item !== undefined && item.value === value) {
        next = i + 1
        return { value, line: item.line }
      }
    }
    return { value, line: fallback }
  })
}

/**
 * The repo-relative directory a path written in `manifestPath` points into, forward slashes, `.`
 * for the root; `..\Lib\Lib.csproj` (Windows separators) works too. `file`: the path names a file
 * (a project file), so its directory is returned. Undefined for an absolute path, a URL-like one or
 * one that leaves the repository.
 */
export function localTarget(
  manifestPath: string,
  written: string,
  file = false,
): string | undefined {
  const rel = written.trim().replace(/\\/g, '/')
  if (rel === '' || rel.startsWith('/') || /^[A-Za-z]:\//.test(rel) || rel.includes('$(')) {
    return undefined
  }
  const parts = manifestPath.split('/').slice(0, -1)
  for (const segment of rel.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      if (parts.length === 0) return undefined
      parts.pop()
    } else parts.push(segment)
  }
  if (file) parts.pop()
  return parts.length === 0 ? '.' : parts.join('/')
}
