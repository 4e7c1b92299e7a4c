/**
 * Planning the sticky pull-request comment: one per pull request and report key, recognised by a
 * hidden marker, always under GitHub's comment size limit.
 */
import type { Report } from '../../model.js'
import { renderMarkdown } from '../markdown.js'
import { commentMarker } from './markers.js'

/** GitHub rejects issue comments longer than this many characters. */
export const MAX_COMMENT_LENGTH = 65_536

/**
 * When the sticky comment is posted:
 * - always: on every run with a pull request
 * - on-findings: created only when there are findings; an existing comment is still updated, so a
 *   fixed pull request says "all clear" instead of leaving the old findings up
 * - never: no comment
 */
export const COMMENT_MODES = ['always', 'on-findings', 'never'] as const
export type CommentMode = (typeof COMMENT_MODES)[number]

export interface CommentPlanOptions {
  mode: CommentMode
  /** Defaults to MAX_COMMENT_LENGTH. */
  maxLength?: number
  /** Findings on changed lines that were not posted as review comments because of the cap. */
  reviewOverflow?: number
  /** The per-run review comment cap, named in the overflow line. */
  reviewCap?: number
  /** Things the reader must know before the findings (a PR that edits the policy), shown first. */
  notes?: readonly string[]
}

export interface CommentPlan {
  /** The full comment body, marker first. */
  body: string
  /** Create the comment when none exists yet; when false, only an existing comment is updated. */
  create: boolean
}

/**
 * Plans the sticky comment for a report. Returns undefined when mode is `never`. The body starts
 * with the hidden marker for `key`, says "all clear" when no finding counts toward the verdict, and
 * is guaranteed to be at most `maxLength` characters: when the full report would not fit, the
 * compact rendering is used and points at the job summary. Deterministic; never throws.
 */
export function planComment(
  report: Report,
  key: string,
  options: CommentPlanOptions,
): CommentPlan | undefined {
  if (options.mode === 'never') return undefined
  const maxLength = options.maxLength ?? MAX_COMMENT_LENGTH
  const open = countOpen(report)
  const head = `${commentMarker(key)}\n` + noteLines(options.notes ?? [])
  const footer = footerLines(report, key, options)
  let body: string
  if (open === 0) {
    const services = report.services.filter((s) => s.kind === 'service').length
    const clear =
      `### ✅ stackfit: all clear\n\n` +
      `No findings in ${services} ${services === 1 ? 'service' : 'services'}: each language fits ` +
      `its workload as far as stackfit can tell.\n\n`
    const wrapOpen = '<details><summary>Full report</summary>\n\n'
    const wrapClose = '\n\n</details>\n'
    const room =
      maxLength - head.length - clear.length - wrapOpen.length - wrapClose.length - footer.length
    body =
      room > 200
        ? head +
          clear +
          wrapOpen +
          renderMarkdown(report, { maxLength: room }).trimEnd() +
          wrapClose +
          footer
        : head + clear + footer
  } else {
    const room = maxLength - head.length - footer.length - 1
    body = head + renderMarkdown(report, { maxLength: Math.max(room, 0) }).trimEnd() + '\n' + footer
  }
  if (body.length > maxLength) body = hardTruncate(body, maxLength)
  return { body, create: options.mode === 'always' || open > 0 }
}

/** Returns the number of findings that count toward the verdict (not waived). */
export function countOpen(report: Report): number {
  const c = report.verdict.counts
  return c.error + c.warning + c.notice
}

function noteLines(notes: readonly string[]): string {
  return notes.map((note) => `> [!WARNING]\n> ${note.replace(/\n/g, ' ')}\n\n`).join('')
}

function footerLines(report: Report, key: string, options: CommentPlanOptions): string {
  const lines: string[] = []
  const overflow = options.reviewOverflow ?? 0
  if (overflow > 0) {
    const cap = options.reviewCap !== undefined ? ` (at most ${options.reviewCap} per run)` : ''
    lines.push(
      `> [!NOTE]\n> ${overflow} more ${overflow === 1 ? 'finding' : 'findings'} on changed lines ` +
        `${overflow === 1 ? 'was' : 'were'} not posted as inline review comments${cap}; ` +
        `all findings are in the job summary and the annotations of this run.`,
    )
  }
  lines.push(`<sub>stackfit ${report.tool.version} · report key \`${key}\`</sub>`)
  return '\n' + lines.join('\n\n') + '\n'
}

const TRUNCATION_NOTE = '\n\n… truncated: the full report is in the job summary.\n'

function hardTruncate(body: string, maxLength: number): string {
  let cut = Math.max(0, maxLength - TRUNCATION_NOTE.length)
  const code = body.charCodeAt(cut - 1)
  if (code >= 0xd800 && code <= 0xdbff) cut--
  return body.slice(0, cut) + TRUNCATION_NOTE
}
