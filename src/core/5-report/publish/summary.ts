/**
 * Planning the job summary: the full Markdown report, always under the step-summary size limit.
 */
import type { Report } from '../../model.js'
import { renderMarkdown } from '../markdown.js'

/** GitHub refuses a step summary larger than 1 MiB. */
export const MAX_SUMMARY_BYTES = 1024 * 1024

/** Returns the UTF-8 size of a string in bytes. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).byteLength
}

export interface SummaryPlanOptions {
  /** Defaults to MAX_SUMMARY_BYTES. */
  maxBytes?: number
  /** Extra lines shown under the report: publishing problems, skipped comments. Plain Markdown. */
  notes?: readonly string[]
}

/**
 * Returns the job-summary Markdown for a report: the full rendering when it fits, else the compact
 * one, followed by the notes. Guaranteed to be at most `maxBytes` UTF-8 bytes. Never throws.
 */
export function planJobSummary(report: Report, options: SummaryPlanOptions = {}): string {
  const maxBytes = options.maxBytes ?? MAX_SUMMARY_BYTES
  const tail = notesBlock(options.notes ?? [])
  const room = maxBytes - utf8Length(tail)
  // renderMarkdown budgets in characters; shrink until the bytes fit (at most a few rounds).
  let chars = room
  for (let round = 0; round < 8 && chars > 0; round++) {
    const body = renderMarkdown(report, { maxLength: chars }).trimEnd() + '\n'
    const bytes = utf8Length(body)
    if (bytes <= room) return body + tail
    chars = Math.floor((chars * room) / bytes) - 64
  }
  return truncateUtf8(`# stackfit\n\n${report.verdict.headline}\n` + tail, maxBytes)
}

/**
 * Returns the summary written when the scan itself could not complete: what failed, in one line,
 * and where to look. At most `maxBytes` bytes.
 */
export function planFailureSummary(
  reason: string,
  notes: readonly string[] = [],
  maxBytes = MAX_SUMMARY_BYTES,
): string {
  const text =
    `# stackfit\n\n❌ **stackfit could not complete the scan.**\n\n` +
    reason
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n') +
    '\n' +
    notesBlock(notes)
  return truncateUtf8(text, maxBytes)
}

function notesBlock(notes: readonly string[]): string {
  if (notes.length === 0) return ''
  return '\n### Publishing\n\n' + notes.map((n) => `- ${n.replace(/\n/g, ' ')}`).join('\n') + '\n'
}

function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text
  let lo = 0
  let hi = text.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (utf8Length(text.slice(0, mid)) <= maxBytes) lo = mid
    else hi = mid - 1
  }
  return text.slice(0, lo)
}
