/**
 * `stackfit explain <service>`: everything stackfit believes about one service and how each rule
 * reasoned about it. Pure: data in, text out.
 */
import { RULES } from '../core/4-evaluate/catalog.js'
import { escapeControl } from '../core/5-report/common.js'
import type { Evidence, Report, Service } from '../core/model.js'

const ESC = '\u001b['

const KIND_LABEL: Record<Service['kind'], string> = {
  service: 'a service',
  library: 'a library',
  frontend: 'a frontend',
  sample: 'a sample app',
  docs: 'a documentation site',
  infra: 'an infrastructure image',
}

function paint(on: boolean, code: string, text: string): string {
  return on ? `${ESC}${code}m${text}${ESC}0m` : text
}

// Paths and details come from the scanned tree: never let them carry terminal escapes.
const clean = escapeControl

function where(e: Evidence): string {
  return e.line !== undefined ? `${e.path}:${e.line}` : e.path
}

/** Renders the explanation of one service. Deterministic. */
export function renderExplain(
  service: Service,
  report: Report,
  options: { color: boolean },
): string {
  const c = options.color
  const out: string[] = []
  out.push(paint(c, '1', `${clean(service.name)} (${clean(service.root)})`))
  out.push(`  kind: ${service.kind}`)
  for (const e of service.kindEvidence)
    out.push(`    because ${clean(e.detail)} — ${clean(where(e))}`)
  out.push(`  markers: ${service.markers.map(clean).join(', ') || 'none'}`)
  const shares = service.language.shares
    .map((s) => `${s.id} ${(s.share * 100).toFixed(1)}%`)
    .join(', ')
  out.push(`  language: ${service.language.id}${shares ? ` (${shares})` : ''}`)
  for (const e of service.language.evidence) out.push(`    because ${clean(e.detail)}`)
  out.push('')
  out.push(paint(c, '1', 'Frameworks'))
  if (service.frameworks.length === 0) out.push('  none detected')
  for (const f of service.frameworks) {
    out.push(`  ${f.name} (${f.role}, ${f.model})`)
    for (const e of f.evidence) out.push(`    ${clean(where(e))}  ${clean(e.detail)}`)
  }
  out.push('')
  out.push(paint(c, '1', 'Signals'))
  if (service.signals.length === 0) out.push('  none detected')
  for (const s of service.signals) {
    out.push(`  ${s.id} [${s.category}, ${s.strength}]`)
    for (const e of s.evidence) out.push(`    ${clean(where(e))}  ${clean(e.detail)}`)
  }
  out.push('')
  out.push(paint(c, '1', 'Rules'))
  for (const rule of RULES) {
    const findings = report.findings.filter(
      (f) => f.ruleId === rule.id && f.service === service.root,
    )
    const head = `  ${rule.id} ${rule.name}`
    if (service.kind !== 'service') {
      out.push(`${head}: not judged — ${KIND_LABEL[service.kind]} is reported, not linted for fit`)
    } else if (findings.length === 0) {
      out.push(`${head}: ${paint(c, '32', 'passed')} — ${rule.summary}; no matching workload here`)
    } else {
      for (const f of findings) {
        const sev = paint(
          c,
          f.severity === 'error' ? '31' : f.severity === 'warning' ? '33' : '36',
          f.severity,
        )
        out.push(`${head}: ${sev}${f.waived ? ' (waived)' : ''} — ${clean(f.message)}`)
        for (const e of f.evidence) out.push(`      ${clean(where(e))}  ${clean(e.detail)}`)
        out.push(`      fix: ${clean(f.fix)}`)
      }
    }
  }
  return out.join('\n') + '\n'
}
