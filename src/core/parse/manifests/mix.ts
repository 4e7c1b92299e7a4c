/**
 * mix.exs (Elixir), read line by line and never evaluated: `{:name, ...}` tuples inside the `deps`
 * function (`only: :test` / `only: [:dev, :test]` are development-only), the `app:` name and the
 * umbrella `apps_path`.
 */
import { splitLines } from '../text.js'
import { dependency, emptyManifest, isDevGroup, type ManifestParse } from './common.js'

const DEPS_START = /^\s*defp?\s+deps\b/
const FUNCTION_END = /^(\s*)end\b/
const DEP = /\{\s*:([a-z_][a-zA-Z0-9_]*)\s*,/g
const ONLY = /\bonly:\s*(\[[^\]]*\]|:\w+)/
const APP = /\bapp:\s*:([a-z_][a-zA-Z0-9_]*)/
const APPS_PATH = /\bapps_path:\s*"([^"]+)"/
const SYMBOL = /\w+/g
const COMMENT = /(?:^|\s)#.*$/
const INDENT = /^\s*/
const TRAILING_SLASHES = /\/+$/

/** Parses a mix.exs. Never throws. */
export function parseMix(path: string, text: string): ManifestParse {
  const manifest = emptyManifest(path, 'mix.exs')
  let depsIndent: number | undefined
  splitLines(text).forEach((raw, index) => {
    const line = index + 1
    const code = raw.replace(COMMENT, '')
    if (manifest.name === undefined) {
      const app = APP.exec(code)?.[1]
      if (app !== undefined) manifest.name = app
    }
    const apps = APPS_PATH.exec(code)?.[1]
    if (apps !== undefined)
      manifest.workspaceMembers.push(`${apps.replace(TRAILING_SLASHES, '')}/*`)
    if (depsIndent === undefined) {
      if (DEPS_START.test(code)) depsIndent = INDENT.exec(code)?.[0].length ?? 0
      return
    }
    const end = FUNCTION_END.exec(code)
    if (end && (end[1]?.length ?? 0) <= depsIndent) {
      depsIndent = undefined
      return
    }
    const tuples = [...code.matchAll(DEP)]
    tuples.forEach((m, k) => {
      // `only:` belongs to the tuple it is written in, up to the next tuple on the line.
      const own = code.slice(m.index, tuples[k + 1]?.index ?? code.length)
      const names = ONLY.exec(own)?.[1]?.match(SYMBOL) ?? []
      const dev = names.length > 0 && names.every(isDevGroup)
      if (m[1] !== undefined)
        manifest.dependencies.push(dependency(m[1], 'hex', path, line, raw, dev))
    })
  })
  return { manifest, diagnostics: [] }
}
