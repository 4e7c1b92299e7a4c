/**
 * setup.cfg (setuptools declarative config): `[metadata] name`, `[options] install_requires` and
 * `tests_require`, `[options.extras_require]` groups and `[options.entry_points]` scripts. Values
 * continue on indented lines, one requirement or script per line.
 */
import { parseDiagnostic, pep508Name, splitLines } from '../text.js'
import { dependency, emptyManifest, isDevGroup, type ManifestParse } from './common.js'

/** One `key = value` of an INI file with each value line and its 1-based line number. */
interface IniEntry {
  section: string
  key: string
  values: { text: string; line: number }[]
}

const SECTION = /^\[([^\]]+)\]\s*$/
const KEY_VALUE = /^([^=:\s][^=:]*?)\s*[=:]\s*(.*)$/
const INDENTED = /^\s/
const SCRIPT_KEYS = new Set(['console_scripts', 'gui_scripts'])

/** Parses a setup.cfg. Never throws; a line outside any section or key is a diagnostic. */
export function parseSetupCfg(path: string, text: string): ManifestParse {
  const manifest = emptyManifest(path, 'setup.cfg')
  const { entries, problem } = readIni(text)
  const diagnostics = problem ? [parseDiagnostic(path, problem.message, problem.line)] : []
  for (const { section, key, values } of entries) {
    const nonEmpty = values.filter(
      (v) => v.text !== '' && !v.text.startsWith('#') && !v.text.startsWith(';'),
    )
    if (section === 'metadata' && key === 'name' && nonEmpty[0]) manifest.name = nonEmpty[0].text
    const requirementsDev =
      section === 'options' && (key === 'install_requires' || key === 'tests_require')
        ? key === 'tests_require'
        : section === 'options.extras_require'
          ? isDevGroup(key)
          : undefined
    if (requirementsDev !== undefined) {
      for (const v of nonEmpty) {
        const name = pep508Name(v.text)
        if (name !== undefined)
          manifest.dependencies.push(
            dependency(name, 'pypi', path, v.line, v.text, requirementsDev),
          )
      }
    }
    if (section === 'options.entry_points' && SCRIPT_KEYS.has(key)) {
      for (const v of nonEmpty)
        manifest.entrypoints.push({ path, line: v.line, detail: `${key}: ${v.text}` })
    }
  }
  return { manifest, diagnostics }
}

function readIni(text: string): {
  entries: IniEntry[]
  problem?: { message: string; line: number }
} {
  const entries: IniEntry[] = []
  let section = ''
  let current: IniEntry | undefined
  let problem: { message: string; line: number } | undefined
  splitLines(text).forEach((raw, index) => {
    const line = index + 1
    const trimmed = raw.trim()
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) return
    if (current && INDENTED.test(raw)) {
      current.values.push({ text: trimmed, line })
      return
    }
    const header = SECTION.exec(trimmed)
    if (header?.[1] !== undefined) {
      section = header[1].trim()
      current = undefined
      return
    }
    const kv = KEY_VALUE.exec(trimmed)
    if (kv?.[1] !== undefined && section !== '') {
      current = { section, key: kv[1].trim(), values: [] }
      const first = (kv[2] ?? '').trim()
      if (first !== '') current.values.push({ text: first, line })
      entries.push(current)
      return
    }
    problem ??= {
      message: `"${trimmed.slice(0, 60)}" is neither a [section], a key = value line nor a continuation`,
      line,
    }
  })
  return problem ? { entries, problem } : { entries }
}
