/**
 * go.mod: the module path and `require` entries (single-line and blocks). `// indirect` marks an
 * indirect requirement; `replace`, `exclude`, `retract` and `tool` are not dependencies. A
 * `replace x => ../local/dir` of a directly required module is a `localReferences` entry.
 */
import { parseDiagnostic } from '../text.js'
import type { GoDirective } from './go-directives.js'
import { dependency, emptyManifest, localTarget, type ManifestParse } from './common.js'
import { readGoDirectives } from './go-directives.js'

const INDIRECT = /(?:^|;)\s*indirect\s*(?:;|$)/

/** Parses a go.mod. Never throws; malformed lines become diagnostics and are skipped. */
export function parseGoMod(path: string, text: string): ManifestParse {
  const { directives, diagnostics } = readGoDirectives(path, text)
  const manifest = emptyManifest(path, 'go.mod')
  const replaces: GoDirective[] = []
  for (const d of directives) {
    if (d.verb === 'module' && d.args[0] !== undefined) manifest.name = d.args[0]
    if (d.verb === 'replace') replaces.push(d)
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
  const required = new Set(manifest.dependencies.filter((d) => !d.indirect).map((d) => d.name))
  for (const d of replaces) {
    const arrow = d.args.indexOf('=>')
    const module = d.args[0]
    const to = d.args[arrow + 1]
    // A local replacement is a directory path: it starts with ./ or ../ (Go's own rule).
    if (arrow < 1 || module === undefined || to === undefined || !/^\.\.?(?:\/|$)/.test(to))
      continue
    if (!required.has(module)) continue
    const target = localTarget(path, to)
    if (target === undefined) continue
    ;(manifest.localReferences ??= []).push({
      name: module,
      target,
      path,
      line: d.line,
      text: d.text,
      via: 'replace',
      dev: false,
    })
  }
  return { manifest, diagnostics }
}
