/**
 * The line grammar go.mod and go.work share: `verb args` or `verb ( ... )` blocks, `//` comments,
 * quoted or bare tokens.
 */
import type { Diagnostic } from '../../model.js'
import { parseDiagnostic, splitLines } from '../text.js'

/** One directive entry: `require x v1` on its own line or one line inside a `require ( )` block. */
export interface GoDirective {
  verb: string
  /** Tokens after the verb, unquoted. */
  args: string[]
  /** The trailing `//` comment, trimmed, without the slashes. */
  comment: string
  line: number
  /** The trimmed source line. */
  text: string
}

const TOKEN = /"(?:[^"\\]|\\.)*"|`[^`]*`|\S+/g

/** Splits go.mod/go.work text into directives. Never throws; an unclosed block is a diagnostic. */
export function readGoDirectives(
  path: string,
  text: string,
): { directives: GoDirective[]; diagnostics: Diagnostic[] } {
  const directives: GoDirective[] = []
  const diagnostics: Diagnostic[] = []
  let block: { verb: string; line: number } | undefined
  splitLines(text).forEach((raw, index) => {
    const line = index + 1
    const { code, comment } = splitComment(raw)
    const tokens = (code.match(TOKEN) ?? []).map(unquote)
    if (tokens.length === 0) return
    if (block) {
      if (tokens[0] === ')') {
        block = undefined
        return
      }
      directives.push({ verb: block.verb, args: tokens, comment, line, text: raw.trim() })
      return
    }
    const [verb, ...args] = tokens
    if (verb === undefined) return
    if (args.length === 1 && args[0] === '(') {
      block = { verb, line }
      return
    }
    directives.push({ verb, args, comment, line, text: raw.trim() })
  })
  if (block) {
    diagnostics.push(
      parseDiagnostic(path, `the "${block.verb} (" block opened here is never closed`, block.line),
    )
  }
  return { directives, diagnostics }
}

function splitComment(line: string): { code: string; comment: string } {
  let inQuote: string | undefined
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (inQuote) {
      if (c === '\\' && inQuote === '"') i++
      else if (c === inQuote) inQuote = undefined
    } else if (c === '"' || c === '`') inQuote = c
    else if (c === '/' && line[i + 1] === '/')
      return { code: line.slice(0, i), comment: line.slice(i + 2).trim() }
  }
  return { code: line, comment: '' }
}

function unquote(token: string): string {
  if (token.length >= 2 && (token.startsWith('"') || token.startsWith('`'))) {
    return token.slice(1, -1).replace(/\\(.)/g, '$1')
  }
  return token
}
