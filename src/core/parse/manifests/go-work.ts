/**
 * go.work: the workspace's `use` directories (single-line and blocks). A go.work never declares a
 * package of its own.
 */
import { emptyManifest, type ManifestParse } from './common.js'
import { readGoDirectives } from './go-directives.js'

/** Parses a go.work. Never throws. */
export function parseGoWork(path: string, text: string): ManifestParse {
  const { directives, diagnostics } = readGoDirectives(path, text)
  const manifest = emptyManifest(path, 'go.work')
  manifest.workspaceOnly = true
  for (const d of directives) {
    if (d.verb === 'use' && d.args[0] !== undefined) manifest.workspaceMembers.push(d.args[0])
  }
  return { manifest, diagnostics }
}
