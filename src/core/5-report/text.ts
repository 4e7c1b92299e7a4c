/**
 * The terminal report: a table of services, then the findings grouped by service with their
 * evidence and fix, then what was skipped, the diagnostics and the verdict. Colour is opt-in.
 */
import { type Finding, type Report, type Service, type Severity } from '../model.js'
import {
  escapeControl,
  fitOf,
  languageText,
  location,
  plural,
  topLevelExclusions,
  workloadText,
  type Fit,
} from './common.js'
import { deltaCounts, deltaCoverage, deltaSentences } from './delta.js'

/** How many excluded directories the text report lists before it says "and N more". */
export const TEXT_MAX_EXCLUSIONS = 20

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan' | 'green'

const SGR: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  green: [32, 39],
}

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', notice: 'cyan' }
const FIT_STYLE: Record<Fit, Style> = { ...SEVERITY_STYLE, ok: 'green', 'n/a': 'dim' }

/**
 * Renders the report for a terminal. With `color: false` the output contains no escape sequence
 * at all; with `color: true` it uses only basic SGR colours (bold, dim, red, yellow, cyan, green).
 * Control characters in paths, names and details are shown as escapes (`\x1b`), never emitted.
 * Ends with a newline. Deterministic; never throws.
 */
export function renderText(report: Report, options: { color: boolean }): string {
  const paint = (style: Style, text: string): string => {
    if (!options.color || text === '') return text
    const [on, off] = SGR[style]
    return `\u001b[${on}m${text}\u001b[${off}m`
  }
  const out: string[] = []
  const judged = report.services.filter((s) => s.kind === 'service' && !s.counted).length
  out.push(
    paint('bold', `stackfit ${safe(report.tool.version)}`) +
      ` — ${count(report.services.length, 'directory', 'directories')} in ${safe(report.root)}, ${count(judged, 'service', 'services')} judged`,
    '',
  )

  if (report.delta) {
    const sentences = deltaSentences(report, { code: (v) => safe(v), text: (v) => safe(v) })
    out.push(paint('bold', `Changes against ${safe(report.delta.base)}`))
    if (sentences.length === 0) out.push('  No service’s workload changed.')
    for (const s of sentences) out.push(`  ${s}`)
    out.push(`  Findings: ${deltaCounts(report.delta)}`)
    const coverage = deltaCoverage(report.delta)
    if (coverage) out.push(`  ${coverage}`)
    for (const f of report.delta.resolved)
      out.push(
        `  ${paint('green', 'resolved')}  ${safe(f.ruleId)} ${safe(f.ruleName)} in ${safe(f.service)}`,
      )
    out.push('')
  }

  out.push(...serviceTable(report, paint), '')

  const active = report.findings.filter((f) => !f.waived)
  const waived = report.findings.filter((f) => f.waived)
  if (active.length === 0) {
    out.push(paint('bold', 'Findings: none'), '')
  } else {
    out.push(paint('bold', `Findings (${active.length})`), '')
    out.push(...findingsByService(active, report.services, paint))
  }
  if (waived.length > 0) {
    out.push(paint('bold', `Waived findings (${waived.length})`), '')
    out.push(...findingsByService(waived, report.services, paint))
  }

  if (report.exclusions.length > 0) {
    const top = topLevelExclusions(report.exclusions)
    out.push(paint('bold', `Excluded (${plural(report.exclusions.length, 'path')})`))
    const width = Math.max(
      ...top.slice(0, TEXT_MAX_EXCLUSIONS).map((t) => width_(safe(t.exclusion.path))),
    )
    for (const { exclusion, covers } of top.slice(0, TEXT_MAX_EXCLUSIONS)) {
      const more = covers > 0 ? `, +${covers} inside` : ''
      out.push(
        `  ${pad(safe(exclusion.path), width)}  ${exclusion.reason} ${paint('dim', `(${safe(exclusion.source)}${more})`)}`,
      )
    }
    if (top.length > TEXT_MAX_EXCLUSIONS)
      out.push(`  … and ${top.length - TEXT_MAX_EXCLUSIONS} more`)
    out.push('')
  }

  if (report.diagnostics.length > 0) {
    out.push(paint('bold', `Diagnostics (${report.diagnostics.length})`))
    for (const d of report.diagnostics) {
      const style: Style =
        d.severity === 'error' ? 'red' : d.severity === 'warning' ? 'yellow' : 'dim'
      const where =
        d.path !== undefined ? `${safe(location({ path: d.path, line: d.line }))}  ` : ''
      out.push(
        `  ${paint(style, pad(d.severity, 7))}  ${where}${safe(d.message)} ${paint('dim', `[${safe(d.code)}]`)}`,
      )
    }
    out.push('')
  }

  const { conclusion } = report.verdict
  out.push(
    paint(
      conclusion === 'fail' ? 'red' : 'green',
      paint('bold', conclusion === 'fail' ? 'FAIL' : 'PASS'),
    ) +
      '  ' +
      safe(report.verdict.headline),
  )
  return out.join('\n') + '\n'
}

function serviceTable(report: Report, paint: (s: Style, t: string) => string): string[] {
  const header = ['SERVICE', 'KIND', 'LANGUAGE', 'WORKLOAD', 'FIT']
  if (report.services.length === 0) return ['No services found.']
  // A changed-scope run lists what it analysed; the untouched directories are only counted.
  const listed = report.services.filter((s) => !s.counted)
  const counted = report.services.length - listed.length
  const untouched =
    counted > 0
      ? [
          paint(
            'dim',
            `${count(counted, 'untouched directory', 'untouched directories')} only counted, not listed (the JSON report lists every one).`,
          ),
        ]
      : []
  if (listed.length === 0) return ['No directory the change touches was analysed.', ...untouched]
  const rows = listed.map((s) => {
    const fit = fitOf(s, report.findings)
    return { cells: [safe(s.root), s.kind, safe(languageText(s)), safe(workloadText(s)), fit], fit }
  })
  const widths = header.map((h, i) =>
    Math.max(width_(h), ...rows.map((r) => width_(r.cells[i] ?? ''))),
  )
  const line = (cells: string[], fit?: Fit): string =>
    cells
      .map((c, i) => {
        const last = i === cells.length - 1
        const text = last ? c : pad(c, widths[i] ?? 0)
        return last && fit ? paint(FIT_STYLE[fit], text) : text
      })
      .join('  ')
  return [paint('bold', line(header)), ...rows.map((r) => line(r.cells, r.fit)), ...untouched]
}

function findingsByService(
  findings: readonly Finding[],
  services: readonly Service[],
  paint: (s: Style, t: string) => string,
): string[] {
  const out: string[] = []
  // Findings arrive most severe first, so first appearance orders the services worst first.
  const roots = [...new Set(findings.map((f) => f.service))]
  for (const root of roots) {
    const service = services.find((s) => s.root === root)
    const language = service ? ` (${safe(service.language.id)})` : ''
    out.push(paint('bold', safe(root)) + language)
    const mine = findings.filter((f) => f.service === root)
    for (const f of mine) {
      out.push(
        `  ${paint(SEVERITY_STYLE[f.severity], pad(f.severity, 7))}  ${paint('bold', safe(f.ruleId))} ${safe(f.ruleName)}${f.status ? ` ${paint('dim', `[${f.status}]`)}` : ''}`,
      )
      out.push(`    ${safe(f.message)}`)
      const evidenceWidth = Math.max(0, ...f.evidence.map((e) => width_(safe(location(e)))))
      for (const e of f.evidence) {
        out.push(`      ${paint('dim', pad(safe(location(e)), evidenceWidth))}  ${safe(e.detail)}`)
      }
      out.push(`    Fix: ${safe(f.fix)}`)
      if (f.waived) {
        const by = f.waived.owner ? ` by ${safe(f.waived.owner)}` : ''
        const until = f.waived.expires ? ` until ${safe(f.waived.expires)}` : ''
        out.push(
          `    Waived${by}${until}: ${safe(f.waived.reason)} ${paint('dim', `(${safe(f.waived.source)})`)}`,
        )
      }
    }
    out.push('')
  }
  return out
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

function safe(text: string): string {
  return escapeControl(text)
}

/** Terminal columns a string takes: wide East Asian characters count two, combining marks zero. */
function width_(text: string): number {
  let w = 0
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    if (/\p{Mn}|\p{Me}|\u200b|\u200d/u.test(ch)) continue
    w += isWide(cp) ? 2 : 1
  }
  return w
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  )
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - width_(text)))
}
