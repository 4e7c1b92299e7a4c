/**
 * composer.json (PHP): `require` and `require-dev`. Platform requirements (`php`, `ext-*`, `lib-*`,
 * `composer-*`) are not packages and are skipped.
 */
import type { Evidence } from '../../model.js'
import { dependency, emptyManifest, record, str, stringList, type ManifestParse } from './common.js'
import { readJson } from './json.js'

const SECTIONS: readonly { key: string; dev: boolean }[] = [
  { key: 'require', dev: false },
  { key: 'require-dev', dev: true },
]
const PLATFORM = /^(?:php(?:-64bit)?|hhvm|ext-.+|lib-.+|composer(?:-.+)?)$/i

/** Parses a composer.json. Never throws; bad JSON yields an empty manifest and a diagnostic. */
export function parseComposer(path: string, text: string): ManifestParse {
  const read = readJson(path, text)
  if (!read.ok)
    return { manifest: emptyManifest(path, 'composer.json'), diagnostics: [read.diagnostic] }
  const manifest = emptyManifest(path, 'composer.json')
  const data = record(read.data)
  if (!data) return { manifest, diagnostics: [] }
  const name = str(data['name'])
  if (name !== undefined) manifest.name = name
  for (const { key, dev } of SECTIONS) {
    for (const dep of Object.keys(record(data[key]) ?? {})) {
      if (PLATFORM.test(dep)) continue
      const pos = read.loc([key, dep]) ?? read.loc([key])
      manifest.dependencies.push(
        dependency(dep, 'packagist', path, pos?.line ?? 1, pos?.text ?? dep, dev),
      )
    }
  }
  stringList(data['bin']).forEach((bin, index) => {
    const evidence: Evidence = { path, detail: `bin: ${bin}` }
    const line = read.loc(['bin', String(index)])?.line ?? read.loc(['bin'])?.line
    if (line !== undefined) evidence.line = line
    manifest.entrypoints.push(evidence)
  })
  return { manifest, diagnostics: [] }
}
