/**
 * pip requirements files (`requirements.txt`, `requirements-dev.txt`, `requirements/base.txt`,
 * pip-tools `.in`): one requirement per logical line. Options (`-r`, `-c`, `-i`, `--hash` ...) are
 * skipped and other files are not followed; `-e` VCS lines count by their `#egg=` name.
 */
import type { Diagnostic } from '../../model.js'
import { parseDiagnostic, splitLines } from '../text.js'
import { dependency, emptyManifest, isDevGroup, type ManifestParse } from './common.js'
import { requirementName } from './pip-requirement.js'

const COMMENT = /(?:^|\s)#.*$/
const EDITABLE = /^(?:-e|--editable)(?:\s+|=)(.+)$/
const PER_REQUIREMENT_OPTION = /\s--?[a-z][\w-]*(?:[=\s]\S+)?/g
const NAME_START = /^[A-Za-z0-9]/

/** Parses a requirements file. Never throws; lines that are not requirements become one diagnostic. */
export function parseRequirements(path: string, text: string): ManifestParse {
  const manifest = emptyManifest(path, 'requirements.txt')
  const dev = isDevFile(path)
  const bad: { line: number; text: string }[] = []
  const physical = splitLines(text)
  for (let i = 0; i < physical.length; i++) {
    const line = i + 1
    let logical = physical[i] ?? ''
    // pip joins a line ending in a backslash with the next one before removing comments.
    while (logical.endsWith('\\') && i + 1 < physical.length) {
      logical = logical.slice(0, -1) + ' ' + (physical[++i] ?? '')
    }
    const code = logical.replace(COMMENT, '').trim()
    if (code === '') continue
    let spec = code
    if (code.startsWith('-')) {
      const editable = EDITABLE.exec(code)
      if (!editable?.[1]) continue
      spec = editable[1]
    }
    spec = ` ${spec}`.replace(PER_REQUIREMENT_OPTION, '').trim()
    const name = requirementName(spec)
    if (name !== undefined) {
      manifest.dependencies.push(dependency(name, 'pypi', path, line, code, dev))
    } else if (!NAME_START.test(spec) && !spec.includes('/') && !spec.startsWith('.')) {
      bad.push({ line, text: code.slice(0, 60) })
    }
  }
  const diagnostics: Diagnostic[] = []
  const first = bad[0]
  if (first) {
    const more =
      bad.length > 1 ? ` (and ${bad.length - 1} more such line${bad.length > 2 ? 's' : ''})` : ''
    diagnostics.push(
      parseDiagnostic(path, `"${first.text}" is not a requirement${more}`, first.line),
    )
  }
  return { manifest, diagnostics }
}

/** `requirements-dev.txt`, `test-requirements.txt`, `requirements/lint.txt` hold development-only requirements. */
function isDevFile(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.(?:txt|in)$/i, '')
  return base
    .split(/[-_.]+/)
    .some((part) => part.toLowerCase() !== 'requirements' && isDevGroup(part))
}
