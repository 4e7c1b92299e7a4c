/**
 * The SARIF 2.1.0 report, for GitHub code scanning and other SARIF viewers: one run, the rule
 * catalog as the driver's rules, one result per finding, the scan's diagnostics as tool
 * notifications.
 */
import type { Location, Log, Notification, ReportingDescriptor, Result, Run } from 'sarif'
import { RULE_DOCS_BASE_URL, RULES, ruleDocsUrl } from '../4-evaluate/catalog.js'
import type { Evidence, Finding, Report, Severity } from '../model.js'
import { compareStrings } from './common.js'

/** The SARIF schema the log declares. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'

/** The uriBaseId every location is relative to: the scanned root. */
export const SRCROOT = '%SRCROOT%'

/** Key of the partial fingerprint that carries Finding.fingerprint. */
export const FINGERPRINT_KEY = 'stackfitFingerprint/v1'

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', notice: 'note' }

const NOTIFICATION_LEVEL: Record<'error' | 'warning' | 'info', Notification.level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
}

/** The project's home page: the repository the rule docs live in. */
const INFORMATION_URI =
  /^https:\/\/github\.com\/[^/]+\/[^/]+/.exec(RULE_DOCS_BASE_URL)?.[0] ?? RULE_DOCS_BASE_URL

/**
 * Renders the report as a SARIF 2.1.0 log (2-space JSON, trailing newline). Every catalog rule is
 * listed (plus any rule id a finding carries that the catalog lacks), sorted by id; results follow
 * the report's finding order. Each result is located at its anchor (the first evidence with a
 * line), else at its first evidence file, else at the service's first manifest; the other evidence
 * becomes related locations. Waived findings carry an external suppression. `automationDetails.id`
 * is `stackfit/<category>/` when a category is given. Deterministic; never throws.
 */
export function renderSarif(report: Report, options: { category?: string } = {}): string {
  const rules = buildRules(report.findings)
  const index = new Map(rules.map((r, i) => [r.id, i]))
  const run: Run = {
    tool: {
      driver: {
        name: 'stackfit',
        version: report.tool.version,
        semanticVersion: report.tool.version,
        informationUri: INFORMATION_URI,
        rules,
      },
    },
    ...(options.category !== undefined
      ? { automationDetails: { id: `stackfit/${options.category}/` } }
      : {}),
    originalUriBaseIds: {
      [SRCROOT]: { description: { text: 'The root of the scanned repository.' } },
    },
    invocations: [
      {
        executionSuccessful: true,
        toolExecutionNotifications: report.diagnostics.map((d) => {
          const notification: Notification = {
            descriptor: { id: d.code },
            level: NOTIFICATION_LEVEL[d.severity],
            message: { text: d.message },
          }
          if (d.path !== undefined) {
            notification.locations = [location({ path: d.path, line: d.line, detail: '' })]
          }
          return notification
        }),
      },
    ],
    columnKind: 'utf16CodeUnits',
    results: report.findings.map((f) => result(f, index.get(f.ruleId) ?? -1, report)),
  }
  const log: Log = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] }
  return JSON.stringify(log, null, 2) + '\n'
}

function buildRules(findings: readonly Finding[]): ReportingDescriptor[] {
  const rules: ReportingDescriptor[] = RULES.map((rule) => ({
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.rationale },
    help: {
      text: `${rule.fix}\n\nWhy (the guide): ${rule.rationale}\n\n${ruleDocsUrl(rule.id)}`,
      markdown: `**Fix:** ${rule.fix}\n\n> ${rule.rationale}\n\n[${rule.id} ${rule.name}](${ruleDocsUrl(rule.id)})`,
    },
    helpUri: ruleDocsUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { tags: [rule.category] },
  }))
  const known = new Set(rules.map((r) => r.id))
  for (const f of findings) {
    if (known.has(f.ruleId)) continue
    known.add(f.ruleId)
    rules.push({
      id: f.ruleId,
      name: f.ruleName,
      shortDescription: { text: f.ruleName },
      defaultConfiguration: { level: LEVEL[f.severity] },
      properties: { tags: [f.category] },
    })
  }
  return rules.sort((a, b) => compareStrings(a.id, b.id))
}

function result(f: Finding, ruleIndex: number, report: Report): Result {
  const anchor = f.evidence.find((e) => e.line !== undefined)
  const primary: Evidence = anchor ??
    f.evidence[0] ?? {
      path: report.services.find((s) => s.root === f.service)?.markers[0] ?? f.service,
      detail: '',
    }
  const related = f.evidence.filter((e) => e !== primary)
  const who = f.waived?.owner ? ` (${f.waived.owner})` : ''
  return {
    ruleId: f.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: LEVEL[f.severity],
    message: { text: `${f.message} Fix: ${f.fix}` },
    locations: [location(primary)],
    ...(related.length > 0
      ? {
          relatedLocations: related.map((e, i) => ({
            id: i + 1,
            ...location(e),
            message: { text: e.detail },
          })),
        }
      : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...(f.waived
      ? {
          suppressions: [
            {
              kind: 'external' as const,
              justification: `${f.waived.reason}${who} — ${f.waived.source}`,
            },
          ],
        }
      : {}),
    properties: { service: f.service, category: f.category },
  }
}

function location(e: { path: string; line?: number | undefined; detail: string }): Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: toUri(e.path), uriBaseId: SRCROOT },
      ...(e.line !== undefined ? { region: { startLine: e.line } } : {}),
    },
  }
}

/** A repo-relative path as a relative URI reference: each segment percent-encoded, `/` kept. */
function toUri(path: string): string {
  return path
    .replace(/^\.\/+/, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
}
