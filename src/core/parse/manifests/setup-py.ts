/**
 * setup.py, read statically and never executed: string literals of `install_requires=[...]`,
 * `extras_require={...}`, `tests_require=[...]`, `entry_points` console/gui scripts, `scripts=[...]`
 * and `name=`. A list held in a module-level variable (`install_requires=REQUIREMENTS`) is followed
 * to its assignment; anything computed at run time is not seen.
 */
import type { Token } from '../sources/tokens.js'
import { tokenizePython } from '../sources/python-tokens.js'
import { pep508Name } from '../text.js'
import { dependency, emptyManifest, isDevGroup, type ManifestParse } from './common.js'

const SCRIPT_SECTIONS = new Set(['console_scripts', 'gui_scripts'])
const INI_SECTION = /^\s*\[([^\]]+)\]\s*$/

/** Parses a setup.py statically. Never throws. */
export function parseSetupPy(path: string, text: string): ManifestParse {
  const tokens = tokenizePython(text)
  const manifest = emptyManifest(path, 'setup.py')
  const assignments = moduleAssignments(tokens)

  const requirements = (strings: Token[], dev: boolean): void => {
    for (const s of strings) {
      const name = pep508Name(s.value)
      if (name !== undefined)
        manifest.dependencies.push(dependency(name, 'pypi', path, s.line, s.value, dev))
    }
  }
  const entry = (section: string, spec: string, line: number): void => {
    manifest.entrypoints.push({ path, line, detail: `${section}: ${spec.trim()}` })
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    const key = keyAt(tokens, i)
    if (t === undefined || key === undefined) continue
    const valueIndex = i + 2
    if (key === 'name' && tokens[valueIndex]?.kind === 'string' && manifest.name === undefined) {
      manifest.name = tokens[valueIndex]?.value
    } else if (key === 'install_requires' || key === 'tests_require') {
      requirements(
        listStrings(tokens, resolve(tokens, valueIndex, assignments)),
        key === 'tests_require',
      )
    } else if (key === 'extras_require') {
      for (const { key: group, start } of dictEntries(
        tokens,
        resolve(tokens, valueIndex, assignments),
      )) {
        requirements(listStrings(tokens, resolve(tokens, start, assignments)), isDevGroup(group))
      }
    } else if (key === 'entry_points') {
      // The dict and dict() forms are met below as `console_scripts` keys; this is the ini string form.
      const value = tokens[resolve(tokens, valueIndex, assignments)]
      if (value?.kind === 'string') iniScripts(value, entry)
    } else if (SCRIPT_SECTIONS.has(key)) {
      for (const s of listStrings(tokens, resolve(tokens, valueIndex, assignments)))
        entry(key, s.value, s.line)
    } else if (key === 'scripts') {
      for (const s of listStrings(tokens, resolve(tokens, valueIndex, assignments)))
        entry('scripts', s.value, s.line)
    }
  }
  return { manifest, diagnostics: [] }
}

/** The keyword at `index` when it is `key=` (a call argument) or `'key':` (a dict entry). */
function keyAt(tokens: readonly Token[], index: number): string | undefined {
  const t = tokens[index]
  const next = tokens[index + 1]?.value
  if (t?.kind === 'name' && next === '=' && tokens[index - 1]?.kind !== 'newline' && index > 0)
    return t.value
  if (t?.kind === 'string' && next === ':') return t.value
  return undefined
}

/** Module-level `NAME = <value>` assignments: name → index of the value's first token. */
function moduleAssignments(tokens: readonly Token[]): Map<string, number> {
  const out = new Map<string, number>()
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]
    if (
      t?.kind === 'name' &&
      tokens[i + 1]?.value === '=' &&
      (i === 0 || tokens[i - 1]?.kind === 'newline')
    ) {
      out.set(t.value, i + 2)
    }
  }
  return out
}

/** Follows a bare name to its module-level assignment (once); otherwise returns `index`. */
function resolve(
  tokens: readonly Token[],
  index: number,
  assignments: ReadonlyMap<string, number>,
): number {
  const t = tokens[index]
  if (t?.kind === 'name' && tokens[index + 1]?.value !== '(')
    return assignments.get(t.value) ?? index
  return index
}

/** String literals directly inside the list/tuple starting at `index` (adjacent literals are separate). */
function listStrings(tokens: readonly Token[], index: number): Token[] {
  const open = tokens[index]?.value
  if (open === undefined || (open !== '[' && open !== '(')) {
    const single = tokens[index]
    return single?.kind === 'string' ? [single] : []
  }
  const out: Token[] = []
  let depth = 0
  for (let i = index; i < tokens.length; i++) {
    const t = tokens[i]
    if (t === undefined) break
    if (t.kind === 'op' && '([{'.includes(t.value)) depth++
    else if (t.kind === 'op' && ')]}'.includes(t.value)) {
      depth--
      if (depth === 0) break
    } else if (t.kind === 'string' && depth === 1) out.push(t)
  }
  return out
}

/** Entries `'key': value` of the dict literal starting at `index`, with the index of each value. */
function dictEntries(tokens: readonly Token[], index: number): { key: string; start: number }[] {
  if (tokens[index]?.value !== '{') return []
  const out: { key: string; start: number }[] = []
  let depth = 0
  for (let i = index; i < tokens.length; i++) {
    const t = tokens[i]
    if (t === undefined) break
    if (t.kind === 'op' && '([{'.includes(t.value)) depth++
    else if (t.kind === 'op' && ')]}'.includes(t.value)) {
      depth--
      if (depth === 0) break
    } else if (depth === 1 && t.kind === 'string' && tokens[i + 1]?.value === ':') {
      out.push({ key: t.value, start: i + 2 })
    }
  }
  return out
}

/** `entry_points="""[console_scripts]\nname = mod:func"""`: the ini-style string form. */
function iniScripts(
  value: Token,
  entry: (section: string, spec: string, line: number) => void,
): void {
  let section = ''
  value.value.split('\n').forEach((raw, offset) => {
    const header = INI_SECTION.exec(raw)
    if (header?.[1] !== undefined) section = header[1].trim()
    else if (SCRIPT_SECTIONS.has(section) && raw.includes('='))
      entry(section, raw, value.line + offset)
  })
}
