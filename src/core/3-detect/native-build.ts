/**
 * Signals from a unit's CMake files (catalog/native-build.ts): `find_package(X ...)` and
 * `target_link_libraries(target [PRIVATE|PUBLIC|INTERFACE] libs...)`, read as text with comments
 * removed, each match cited at its own line. Never throws; an unreadable file is a diagnostic.
 */
import type { ScanContext } from '../context.js'
import type { Unit } from '../1-discover/unit.js'
import { NATIVE_BUILD_RULES } from './catalog/native-build.js'
import type { AddSignal } from './dockerfile.js'

/** CMake files larger than this are not read. */
export const MAX_CMAKE_BYTES = 256 * 1024

const CMAKE_FILE = /(?:^|\/)(?:CMakeLists\.txt|[^/]+\.cmake)$/
const CALL = /\b(find_package|target_link_libraries)\s*\(([^)]*)\)/gi
const KEYWORDS = new Set(['private', 'public', 'interface', 'required', 'quiet', 'components'])

/** True for the files this detector reads. */
export function isCmakeFile(path: string): boolean {
  return CMAKE_FILE.test(path)
}

/** Adds the native-build signals of `unit`'s CMake files, except those `skip` accepts (tests). */
export function detectNativeBuild(
  ctx: ScanContext,
  unit: Unit,
  add: AddSignal,
  skip: (path: string) => boolean,
): void {
  for (const file of unit.files) {
    if (!isCmakeFile(file.path) || file.size > MAX_CMAKE_BYTES || skip(file.path)) continue
    const read = ctx.view.read(file.path, MAX_CMAKE_BYTES)
    if (!read.ok) {
      if (read.reason !== 'missing')
        ctx.diagnose({
          severity: 'warning',
          code: read.reason === 'binary' ? 'binary-file' : read.reason,
          message: `CMake file ${file.path} was not read: ${read.message}`,
          path: file.path,
        })
      continue
    }
    for (const hit of cmakeReferences(read.text)) {
      for (const rule of NATIVE_BUILD_RULES) {
        const names = hit.call === 'find_package' ? rule.packages : rule.libraries
        if (!names.some((pattern) => matches(pattern, hit.name))) continue
        add(rule.signal, rule.strength, {
          path: file.path,
          line: hit.line,
          detail: `${hit.call}(${hit.name})`,
        })
      }
    }
  }
}

/** The package and library names of a CMake text, with their lines. Pure. */
export function cmakeReferences(
  text: string,
): { call: 'find_package' | 'target_link_libraries'; name: string; line: number }[] {
  // Comments out, line breaks kept, so offsets still give lines.
  const code = text.replace(/#[^\n]*/g, (c) => ' '.repeat(c.length))
  const out: { call: 'find_package' | 'target_link_libraries'; name: string; line: number }[] = []
  for (const m of code.matchAll(CALL)) {
    const call = (m[1] ?? '').toLowerCase() as 'find_package' | 'target_link_libraries'
    const args = m[2] ?? ''
    const start = (m.index ?? 0) + m[0].indexOf('(') + 1
    const tokens = [...args.matchAll(/[^\s]+/g)]
    // find_package names its package first; target_link_libraries names its target first.
    const names = call === 'find_package' ? tokens.slice(0, 1) : tokens.slice(1)
    for (const t of names) {
      const name = t[0]
      if (KEYWORDS.has(name.toLowerCase()) || name.startsWith('$')) continue
      out.push({ call, name, line: lineAt(code, start + (t.index ?? 0)) })
    }
  }
  return out
}

function matches(pattern: string, name: string): boolean {
  const p = pattern.toLowerCase()
  const n = name.toLowerCase()
  return p.endsWith('*') ? n.startsWith(p.slice(0, -1)) : n === p
}

function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}
