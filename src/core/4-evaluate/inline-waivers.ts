/**
 * Inline waivers: `# stackfit-ignore SF101: thin client only, until 2027-03` in a manifest or a
 * source file, on the evidence line or the line above. The lexers and manifest parsers keep the
 * comments (`waiverComments`); this module turns them into waivers. A comment without a reason is
 * a `inline-waiver` diagnostic and waives nothing: the finding it meant to hide keeps counting, so
 * a bare `stackfit-ignore` can never silence a rule.
 */
import type { WaiverComment } from '../facts.js'
import type { Diagnostic } from '../model.js'
import type { Waiver } from './policy.js'

/**
 * The comment grammar, after the `#`/`//`: the marker, a rule id or name, an optional `:`, the
 * reason, and optionally `until YYYY-MM-DD` or `until YYYY-MM` (the last day of that month) at the
 * end, separated from the reason by `,` or `;`.
 */
const WAIVER_COMMENT = /^stackfit-ignore(?:\s+([A-Za-z][\w-]*))?\s*:?\s*(.*)$/
const UNTIL = /[,;]?\s*\buntil\s+(\d{4}-\d{2}(?:-\d{2})?)\s*$/i

/** `2027-03` → `2027-03-31`; `2027-02-10` as is; undefined when not a calendar date. */
export function lastDayOf(text: string): string | undefined {
  const [y, m, d] = text.split('-').map(Number)
  if (y === undefined || m === undefined || m < 1 || m > 12) return undefined
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  if (d === undefined) return `${text}-${String(days).padStart(2, '0')}`
  return d >= 1 && d <= days ? text : undefined
}

export interface InlineWaivers {
  waivers: Waiver[]
  diagnostics: Diagnostic[]
}

/**
 * The waivers written as comments in one file of the service rooted at `service`. Each valid
 * comment waives its rule on its own line and the next, in that service only. A comment that names
 * no rule, gives no reason or has an impossible `until` date becomes a warning diagnostic (code
 * `inline-waiver`, with path and line) instead. Never throws.
 */
export function inlineWaiversOf(
  service: string,
  path: string,
  comments: readonly WaiverComment[],
): InlineWaivers {
  const out: InlineWaivers = { waivers: [], diagnostics: [] }
  for (const comment of comments) {
    const problem = (what: string): void => {
      out.diagnostics.push({
        severity: 'warning',
        code: 'inline-waiver',
        message: `${path}:${comment.line}: ${what}; it waives nothing. Write "stackfit-ignore SF101: <reason>[, until YYYY-MM-DD]".`,
        path,
        line: comment.line,
      })
    }
    const match = WAIVER_COMMENT.exec(comment.text)
    if (!match) continue // the marker in running text (`see stackfit-ignore docs`), not a waiver
    const rule = match[1]
    let reason = (match[2] ?? '').trim()
    if (rule === undefined) {
      problem('the inline waiver names no rule')
      continue
    }
    let expires: string | undefined
    const until = UNTIL.exec(reason)
    if (until) {
      expires = lastDayOf(until[1] ?? '')
      if (expires === undefined) {
        problem(`the inline waiver for ${rule} has no such date "until ${until[1]}"`)
        continue
      }
      reason = reason.slice(0, until.index).trim()
    }
    if (reason === '') {
      problem(`the inline waiver for ${rule} gives no reason`)
      continue
    }
    const source = `${path}:${comment.line}`
    out.waivers.push({
      rule,
      service,
      reason,
      ...(expires !== undefined ? { expires } : {}),
      source,
      evidence: { path, line: comment.line, detail: comment.text },
      inline: { path, line: comment.line },
    })
  }
  return out
}
