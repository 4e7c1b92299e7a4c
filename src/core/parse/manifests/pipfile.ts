/**
 * Pipfile (Pipenv): `[packages]` and `[dev-packages]`.
 */
import { normalisePypiName } from '../text.js'
import { dependency, emptyManifest, record, type ManifestParse } from './common.js'
import { readToml } from './toml.js'

const SECTIONS: readonly { table: string; dev: boolean }[] = [
  { table: 'packages', dev: false },
  { table: 'dev-packages', dev: true },
]

/** Parses a Pipfile. Never throws; bad TOML yields an empty manifest and a diagnostic. */
export function parsePipfile(path: string, text: string): ManifestParse {
  const read = readToml(path, text)
  if (!read.ok) return { manifest: emptyManifest(path, 'Pipfile'), diagnostics: [read.diagnostic] }
  const manifest = emptyManifest(path, 'Pipfile')
  for (const { table, dev } of SECTIONS) {
    for (const key of Object.keys(record(read.data[table]) ?? {})) {
      const pos = read.loc.key([table, key]) ?? read.loc.key([table])
      manifest.dependencies.push(
        dependency(normalisePypiName(key), 'pypi', path, pos?.line ?? 1, pos?.text ?? key, dev),
      )
    }
  }
  return { manifest, diagnostics: [] }
}
