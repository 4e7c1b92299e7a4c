/**
 * go.mod: the module path and `require` entries (single-line and blocks). `// indirect` marks an
 * indirect requirement; `replace`, `exclude`, `retract` and `tool` are not dependencies.
 */
import { parseDiagnostic } from '../text.js'
import { dependency, emptyManifest, type ManifestParse } from './common.js'
import { readGoDirectives } from './go-directives.js'

const INDIRECT = /(?:^|;)\s*indirect\s*(?:;|$)/

/** Parses a go.mod. Never throws; malformed lines become diagnostics and are skipped. */
export function parseGoMod(path: string, text: string): ManifestParse {
  const { directives, diagnostics } = readGoDirectives(path, text)
  const manifest = emptyManifest(path, 'go.mod')
  for (const d of directives) {
    if (d.verb === 'module' && d.args[0] !== undefined) manifest.name = d.args[0]
    if (d.verb !== 'require') continue
    const [module, version] = d.args
    if (module === undefined || version === undefined) {
      diagnostics.push(
        parseDiagnostic(path, `require needs a module path and a version: "${d.text}"`, d.line),
      )
      continue
    }
    manifest.dependencies.push(
      dependency(module, 'go', path, d.line, d.text, false, INDIRECT.test(d.comment)),
    )
  }
  return { manifest, diagnostics }
}
