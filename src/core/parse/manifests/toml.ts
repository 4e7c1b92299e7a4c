/**
 * TOML reading shared by pyproject.toml, Pipfile and Cargo.toml: smol-toml for the values, the
 * line scanner for positions, and a diagnostic with line and column on a syntax error.
 */
import { parse, TomlError } from 'smol-toml'
import type { Diagnostic } from '../../model.js'
import { errorMessage, parseDiagnostic, stripBom } from '../text.js'
import { locateToml, type TomlLocations } from './toml-lines.js'

/** A parsed TOML document with its positions, or the diagnostic saying why it did not parse. */
export type TomlRead =
  | { ok: true; data: Record<string, unknown>; loc: TomlLocations }
  | { ok: false; diagnostic: Diagnostic }

/** Parses TOML text. Never throws: a syntax error becomes a `manifest-parse` diagnostic. */
export function readToml(path: string, text: string): TomlRead {
  const body = stripBom(text)
  try {
    const data = parse(body) as Record<string, unknown>
    return { ok: true, data, loc: locateToml(body) }
  } catch (error) {
    if (error instanceof TomlError) {
      const first = error.message.split('\n')[0] ?? ''
      const what = first.replace(/^Invalid TOML document:\s*/, '')
      return {
        ok: false,
        diagnostic: parseDiagnostic(path, `invalid TOML: ${what}`, error.line, error.column),
      }
    }
    return { ok: false, diagnostic: parseDiagnostic(path, `invalid TOML: ${errorMessage(error)}`) }
  }
}
