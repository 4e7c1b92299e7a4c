/**
 * Gemfile (Bundler), read line by line and never evaluated: `gem 'name'` declarations, development
 * when inside `group :development/:test do ... end` or tagged `group: :test`.
 */
import { splitLines } from '../text.js'
import { dependency, emptyManifest, isDevGroup, type ManifestParse } from './common.js'

const GEM = /^\s*gem\s*\(?\s*(["'])([^"']+)\1/
const GROUP_BLOCK = /^\s*group\s*\(?\s*(.*?)\)?\s+do\b/
const INLINE_GROUP = /\bgroups?\s*(?::|=>)\s*(\[[^\]]*\]|:\w+|["']\w+["'])/
const OPENS_BLOCK = /\bdo\s*(?:\|[^|]*\|)?\s*$/
const CLOSES_BLOCK = /^\s*end\b/
const SYMBOL = /\w+/g
const COMMENT = /(?:^|\s)#.*$/

/** Parses a Gemfile. Never throws. */
export function parseGemfile(path: string, text: string): ManifestParse {
  const manifest = emptyManifest(path, 'Gemfile')
  // One entry per open `do` block: whether it is a development-only group.
  const blocks: boolean[] = []
  splitLines(text).forEach((raw, index) => {
    const line = index + 1
    const code = raw.replace(COMMENT, '')
    if (CLOSES_BLOCK.test(code)) {
      blocks.pop()
      return
    }
    const inDev = blocks.some((dev) => dev)
    const gem = GEM.exec(code)
    if (gem?.[2] !== undefined) {
      const inline = INLINE_GROUP.exec(code)?.[1]
      const dev = inDev || (inline !== undefined && devGroups(inline))
      manifest.dependencies.push(dependency(gem[2], 'rubygems', path, line, raw, dev))
    }
    if (OPENS_BLOCK.test(code)) {
      const group = GROUP_BLOCK.exec(code)?.[1]
      blocks.push(group !== undefined && devGroups(group))
    }
  })
  return { manifest, diagnostics: [] }
}

/** True when every group named in `list` (`:development, :test`) is development-only. */
function devGroups(list: string): boolean {
  const names = list.match(SYMBOL) ?? []
  return names.length > 0 && names.every(isDevGroup)
}
