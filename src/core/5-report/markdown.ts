/**
 * The Markdown report: the body of the PR comment and the job summary. A headline, a table of
 * services, the quadrant chart, every finding with its evidence, the guide's reason and the fix;
 * waived findings, exclusions and diagnostics folded away. With a length budget it falls back to a
 * compact form and, if need be, a shortened one, and never exceeds the budget.
 */
import { RULES, ruleDocsUrl } from '../4-evaluate/catalog.js'
import type { Finding, Report, Service, Severity } from '../model.js'
import {
  escapeControl,
  fitOf,
  languageText,
  location,
  plural,
  topLevelExclusions,
  waivedCount,
  workloadText,
  type Fit,
} from './common.js'
import { deltaCounts, deltaCoverage, deltaSentences, findingsByStatus } from './delta.js'
import { renderQuadrantChart } from './mermaid.js'

/** Options of renderMarkdown. */
export interface MarkdownOptions {
  /** Heading text; defaults to `stackfit`. */
  title?: string
  /** Upper bound on the result's length in UTF-16 code units (JavaScript string length). */
  maxLength?: number
  /** Render the folded sections (waived findings, exclusions, diagnostics) open. */
  detailsOpen?: boolean
  /** The line the compact form ends with; defaults to one pointing at the job summary. */
  compactNote?: string
}

/** Evidence lines shown per finding before "and N more". */
export const MARKDOWN_MAX_EVIDENCE = 10
/** Entries shown in each folded list (exclusions, diagnostics) before "and N more". */
export const MARKDOWN_MAX_LIST = 100
/** Characters of a finding's message kept in the compact form's one-liners. */
export const COMPACT_MESSAGE_LENGTH = 240

const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' }

const FIT_TEXT: Record<Fit, string> = {
  ok: '✅ ok',
  warning: '⚠️ warning',
  notice: 'ℹ️ notice',
  error: '❌ error',
  'n/a': '— not judged',
}

const DEFAULT_COMPACT_NOTE =
  '_The full report, with evidence, the guide’s reasons and the chart, is in the job summary._'

/**
 * Renders the report as GitHub-flavoured Markdown. Strings from the scanned tree (paths, names,
 * details, messages) are escaped so they cannot inject Markdown, HTML, mentions or table cells.
 * When `maxLength` is given the result is at most that long: the full body if it fits, else the
 * compact form (headline, table, one line per finding), shortened with a count of what was left
 * out if even that is too long. Ends with a newline unless cut to fit. Deterministic; never throws.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const full = renderFull(report, options)
  const max = options.maxLength
  if (max === undefined || full.length <= max) return full
  return renderCompact(report, options, Math.max(0, Math.floor(max)))
}

function renderFull(report: Report, options: MarkdownOptions): string {
  const parts: string[] = [headline(report, options)]
  // Against a base, the change leads: what it did, then its new findings, existing ones folded.
  if (report.delta) parts.push(...deltaParts(report, options))
  // A changed-scope run lists the directories it analysed; the untouched ones, only counted, are
  // folded below them (capped: the JSON report lists every one).
  const counted = report.services.filter((s) => s.counted)
  if (counted.length === 0) parts.push(serviceTable(report.services, report))
  else {
    const analysed = report.services.filter((s) => !s.counted)
    parts.push(analysed.length > 0 ? serviceTable(analysed, report) : NOTHING_ANALYSED)
    parts.push(
      details(
        `Untouched directories, only counted (${counted.length})`,
        countedTable(counted),
        options,
      ),
    )
  }

  if (report.services.some((s) => s.kind === 'service')) {
    parts.push(
      [
        '### Where each service sits',
        '',
        'Right: AI/data-heavy work (Python’s home). Top: concurrency/latency-heavy load (Go’s home). A Go service on the right or a Python service at the top is in the other language’s home.',
        '',
        '```mermaid',
        renderQuadrantChart(report.services).trimEnd(),
        '```',
      ].join('\n'),
    )
  }

  const active = report.findings.filter((f) => !f.waived)
  const waived = report.findings.filter((f) => f.waived)
  if (report.delta) {
    // Findings were shown with the delta above.
  } else if (active.length > 0) {
    parts.push(`### Findings (${active.length})`)
    for (const f of active) parts.push(findingBlock(f))
  } else {
    parts.push('### Findings\n\nNo findings: every judged service fits its workload.')
  }
  if (waived.length > 0) {
    parts.push(
      details(`Waived findings (${waived.length})`, waived.map(findingBlock).join('\n\n'), options),
    )
  }
  if (report.exclusions.length > 0) {
    parts.push(
      details(`Excluded paths (${report.exclusions.length})`, exclusionList(report), options),
    )
  }
  if (report.diagnostics.length > 0) {
    parts.push(
      details(`Diagnostics (${report.diagnostics.length})`, diagnosticList(report), options),
    )
  }
  return parts.join('\n\n') + '\n'
}

function deltaParts(report: Report, options: MarkdownOptions): string[] {
  const delta = report.delta
  if (!delta) return []
  const sentences = deltaSentences(report, { code, text })
  const parts = [
    [
      `### What this PR changes`,
      '',
      sentences.length > 0
        ? sentences.map((s) => `- ${s}`).join('\n')
        : `No service’s workload changed against ${code(delta.base)}.`,
      '',
      `Findings against ${code(delta.base)}: ${deltaCounts(delta)}.`,
      ...(deltaCoverage(delta) ? ['', deltaCoverage(delta) as string] : []),
    ].join('\n'),
  ]
  const { fresh, existing } = findingsByStatus(report.findings.filter((f) => !f.waived))
  if (fresh.length > 0) {
    parts.push(`### New findings (${fresh.length})`)
    for (const f of fresh) parts.push(findingBlock(f))
  } else {
    parts.push('### New findings\n\nNone: this PR brings in no new mismatch.')
  }
  if (existing.length > 0) {
    parts.push(
      details(
        `Existing findings (${existing.length})`,
        existing.map(findingBlock).join('\n\n'),
        options,
      ),
    )
  }
  if (delta.resolved.length > 0) {
    parts.push(
      details(
        `Resolved by this PR (${delta.resolved.length})`,
        delta.resolved.map(oneLiner).join('\n'),
        { ...options, detailsOpen: true },
      ),
    )
  }
  return parts
}

function headline(report: Report, options: MarkdownOptions): string {
  const { conclusion } = report.verdict
  const icon = conclusion === 'fail' ? '❌' : '✅'
  const title = text(options.title ?? 'stackfit')
  const judged = report.services.filter((s) => s.kind === 'service' && !s.counted).length
  const scope = [
    `Scanned ${code(report.root)}: ${report.services.length} ${report.services.length === 1 ? 'directory' : 'directories'}`,
    `${judged} judged as ${judged === 1 ? 'a service' : 'services'}`,
    `${plural(report.exclusions.length, 'path')} excluded`,
    plural(report.diagnostics.length, 'diagnostic'),
  ].join(', ')
  return [
    `## ${icon} ${title}: ${conclusion === 'fail' ? 'fail' : 'pass'}`,
    '',
    `**${text(report.verdict.headline)}**`,
    '',
    `${scope}.`,
  ].join('\n')
}

function serviceTable(services: readonly Service[], report: Report): string {
  if (services.length === 0) return '_No services found._'
  return [tableHeader(), ...services.map((s) => tableRow(s, report))].join('\n')
}

/** What the table says when a changed-scope run analysed no directory in full. */
const NOTHING_ANALYSED = '_This change touches no service directory: none was analysed in full._'

/**
 * The untouched directories of a changed-scope run: where they are, their kind and language, at
 * most MARKDOWN_MAX_LIST rows. Their workload was not read, so it has no column.
 */
function countedTable(services: readonly Service[]): string {
  const rows = services
    .slice(0, MARKDOWN_MAX_LIST)
    .map((s) => `| ${code(s.root, true)} | ${s.kind} | ${text(languageText(s))} |`)
  const rest = services.length - rows.length
  if (rest > 0) rows.push(`\n… and ${rest} more: the JSON report lists every one.`)
  return ['| Directory | Kind | Language |\n| --- | --- | --- |', ...rows].join('\n')
}

function tableHeader(): string {
  return '| Service | Kind | Language | Workload | Fit |\n| --- | --- | --- | --- | --- |'
}

function tableRow(service: Service, report: Report): string {
  const fit = fitOf(service, report.findings)
  const waived = waivedCount(service, report.findings)
  const fitText = FIT_TEXT[fit] + (waived > 0 ? ` (${waived} waived)` : '')
  return `| ${code(service.root, true)} | ${service.kind} | ${text(languageText(service))} | ${text(workloadText(service))} | ${fitText} |`
}

const RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]))

function findingBlock(f: Finding): string {
  const lines = [
    `#### ${SEVERITY_ICON[f.severity]} ${f.severity}: [${text(f.ruleId)}](${ruleDocsUrl(f.ruleId)}) ${text(f.ruleName)} in ${code(f.service)}`,
    '',
    paragraph(f.message),
  ]
  if (f.evidence.length > 0) {
    lines.push('')
    for (const e of f.evidence.slice(0, MARKDOWN_MAX_EVIDENCE)) {
      lines.push(`- ${code(location(e))} ${text(e.detail)}`)
    }
    const rest = f.evidence.length - MARKDOWN_MAX_EVIDENCE
    if (rest > 0) lines.push(`- … and ${rest} more (see the JSON or SARIF report)`)
  }
  const rule = RULES_BY_ID.get(f.ruleId)
  if (rule) lines.push('', `> **Why (the guide):** ${text(rule.rationale)}`)
  lines.push('', `**Fix:** ${text(f.fix)}`)
  if (f.waived) {
    const by = f.waived.owner ? ` by ${text(f.waived.owner)}` : ''
    const until = f.waived.expires ? ` until ${text(f.waived.expires)}` : ''
    lines.push('', `**Waived**${by}${until}: ${text(f.waived.reason)} (${code(f.waived.source)})`)
  }
  return lines.join('\n')
}

function exclusionList(report: Report): string {
  const top = topLevelExclusions(report.exclusions)
  const lines = top.slice(0, MARKDOWN_MAX_LIST).map(({ exclusion, covers }) => {
    const inside = covers > 0 ? `, ${covers} more inside` : ''
    return `- ${code(exclusion.path)}: ${exclusion.reason} (${code(exclusion.source)}${inside})`
  })
  if (top.length > MARKDOWN_MAX_LIST) lines.push(`- … and ${top.length - MARKDOWN_MAX_LIST} more`)
  return lines.join('\n')
}

function diagnosticList(report: Report): string {
  const shown = report.diagnostics.slice(0, MARKDOWN_MAX_LIST)
  const lines = shown.map((d) => {
    const where = d.path !== undefined ? `${code(location({ path: d.path, line: d.line }))} ` : ''
    return `- ${d.severity}: ${where}${text(d.message)} (${code(d.code)})`
  })
  const rest = report.diagnostics.length - shown.length
  if (rest > 0) lines.push(`- … and ${rest} more`)
  return lines.join('\n')
}

function details(summary: string, body: string, options: MarkdownOptions): string {
  const open = options.detailsOpen ? ' open' : ''
  return `<details${open}>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`
}

// ---------------------------------------------------------------------------------------------
// Compact form

function renderCompact(report: Report, options: MarkdownOptions, max: number): string {
  const head = headline(report, options)
  const note = options.compactNote ?? DEFAULT_COMPACT_NOTE
  // A changed-scope run's counted directories stay out of the compact table too.
  const listed = report.services.filter((s) => !s.counted)
  const rows = listed.map((s) => tableRow(s, report))
  const active = report.findings.filter((f) => !f.waived)
  const oneLiners = active.map(oneLiner)
  const lead = report.delta ? deltaParts(report, options).slice(0, 1) : []

  const build = (rowCount: number, findingCount: number): string => {
    const parts = [head, ...lead]
    if (report.services.length === 0) parts.push('_No services found._')
    else if (listed.length === 0) parts.push(NOTHING_ANALYSED)
    else {
      const table = [tableHeader(), ...rows.slice(0, rowCount)]
      if (rowCount < rows.length) table.push(`| … ${rows.length - rowCount} more | | | | |`)
      parts.push(table.join('\n'))
    }
    if (active.length > 0) {
      const list = oneLiners.slice(0, findingCount)
      if (findingCount < active.length) {
        list.push(`- … and ${active.length - findingCount} more findings not shown`)
      }
      parts.push(`### Findings (${active.length})\n\n${list.join('\n')}`)
    }
    parts.push(note)
    return parts.join('\n\n') + '\n'
  }

  let body = build(rows.length, oneLiners.length)
  if (body.length <= max) return body
  // Drop finding lines first, then table rows, measuring instead of rebuilding each time.
  const fixedWithoutFindings = build(rows.length, 0).length
  let room = max - fixedWithoutFindings
  let n = 0
  while (n < oneLiners.length && room - ((oneLiners[n]?.length ?? 0) + 1) >= 0) {
    room -= (oneLiners[n]?.length ?? 0) + 1
    n++
  }
  body = build(rows.length, n)
  if (body.length <= max) return body
  const fixedWithoutRows = build(0, 0).length
  room = max - fixedWithoutRows
  let r = 0
  while (r < rows.length && room - ((rows[r]?.length ?? 0) + 1) >= 0) {
    room -= (rows[r]?.length ?? 0) + 1
    r++
  }
  body = build(r, 0)
  if (body.length <= max) return body
  return cut(body, max)
}

function oneLiner(f: Finding): string {
  const message =
    f.message.length > COMPACT_MESSAGE_LENGTH
      ? f.message.slice(0, COMPACT_MESSAGE_LENGTH - 1) + '…'
      : f.message
  return `- ${SEVERITY_ICON[f.severity]} [${text(f.ruleId)}](${ruleDocsUrl(f.ruleId)}) ${text(f.ruleName)} in ${code(f.service)}: ${text(message)}`
}

/** Cuts at the last line break that fits, without splitting a surrogate pair. */
function cut(body: string, max: number): string {
  if (max <= 0) return ''
  let slice = body.slice(0, max)
  const nl = slice.lastIndexOf('\n')
  if (nl > 0) slice = slice.slice(0, nl + 1)
  const last = slice.charCodeAt(slice.length - 1)
  if (last >= 0xd800 && last <= 0xdbff) slice = slice.slice(0, -1)
  return slice
}

// ---------------------------------------------------------------------------------------------
// Escaping

/**
 * Escapes text from the scanned tree for inline Markdown: HTML specials become entities, Markdown
 * punctuation is backslash-escaped, `@` cannot start a mention, control characters become visible
 * escapes, and `|` cannot end a table cell.
 */
export function escapeMarkdown(value: string): string {
  return escapeControl(value)
    .replace(/[\\`*_[\]~#|!]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;')
}

function text(value: string): string {
  return escapeMarkdown(value)
}

/** Text that starts a paragraph: also escape what would make it a list, heading or quote. */
function paragraph(value: string): string {
  return text(value).replace(/^(\s*)([-+=]|\d+[.)])/, '$1\\$2')
}

/**
 * A code span that shows `value` literally: the fence is one backtick longer than the longest run
 * inside, padded when the content starts or ends with a backtick. In a table cell `|` is escaped,
 * which GitHub unescapes inside code spans.
 */
export function code(value: string, inTable = false): string {
  let content = escapeControl(value)
  if (inTable) content = content.replace(/\|/g, '\\|')
  const runs = content.match(/`+/g) ?? []
  const longest = Math.max(0, ...runs.map((r) => r.length))
  const fence = '`'.repeat(longest + 1)
  const pad = content.startsWith('`') || content.endsWith('`') || content === '' ? ' ' : ''
  return `${fence}${pad}${content}${pad}${fence}`
}
