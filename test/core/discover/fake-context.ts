import type { ScanContext } from '../../../src/core/context.js'
import type { Dependency, Manifest, ManifestType, SourceFacts } from '../../../src/core/facts.js'
import type { Diagnostic } from '../../../src/core/model.js'
import type { RepoView } from '../../../src/core/ports.js'

/** A manifest as a test writes it: path and type implied, everything else optional. */
export type ManifestSpec = Partial<Omit<Manifest, 'path' | 'dependencies'>> & {
  type: ManifestType
  dependencies?: (Partial<Dependency> & Pick<Dependency, 'name' | 'ecosystem' | 'line'>)[]
}

export type SourceSpec = Partial<Omit<SourceFacts, 'path'>>

/**
 * A ScanContext over a memory view whose parsers are replaced by hand-built facts, so discovery
 * and classification are tested without the parsers. Records every call so a test can check
 * that a file was parsed once.
 */
export function fakeContext(
  view: RepoView,
  manifests: Record<string, ManifestSpec> = {},
  sources: Record<string, SourceSpec> = {},
): ScanContext & { calls: string[] } {
  const diagnostics: Diagnostic[] = [...view.diagnostics]
  const calls: string[] = []
  return {
    view,
    diagnostics,
    calls,
    diagnose(d) {
      diagnostics.push(d)
    },
    manifest(file) {
      calls.push(`manifest:${file.path}`)
      const spec = manifests[file.path]
      if (!spec) return undefined
      return {
        path: file.path,
        entrypoints: [],
        workspaceMembers: [],
        workspaceOnly: false,
        ...spec,
        dependencies: (spec.dependencies ?? []).map((d) => ({
          path: file.path,
          text: d.name,
          dev: false,
          indirect: false,
          ...d,
        })),
      }
    },
    source(file) {
      calls.push(`source:${file.path}`)
      const spec = sources[file.path]
      if (!spec) return undefined
      return {
        path: file.path,
        language: 'python',
        generated: false,
        imports: [],
        hints: [],
        ...spec,
      }
    },
  }
}
