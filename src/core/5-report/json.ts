/**
 * The JSON report: assembling the sorted `Report` from the pipeline's results, rendering it with a
 * key order taken from schema/report.schema.json, and documenting that schema in Markdown.
 */
import schemaJson from '../../../schema/report.schema.json' with { type: 'json' }
import {
  categoryRank,
  type Analysis,
  type Evidence,
  type Finding,
  type Report,
  type Service,
  type Verdict,
} from '../model.js'
import { compareDiagnostics, compareExclusions, compareFindings, compareStrings } from './common.js'

/** Version of the JSON report format; the schema accepts any `1.x`. */
export const SCHEMA_VERSION = '1.0'

/** The subset of JSON Schema that schema/report.schema.json uses. */
export interface SchemaNode {
  $ref?: string
  title?: string
  description?: string
  type?: string
  const?: unknown
  enum?: unknown[]
  pattern?: string
  minimum?: number
  maximum?: number
  required?: string[]
  properties?: Record<string, SchemaNode>
  additionalProperties?: boolean
  items?: SchemaNode
  $defs?: Record<string, SchemaNode>
}

/** The report's JSON Schema (draft 2020-12), as shipped in schema/report.schema.json. */
export const REPORT_SCHEMA: SchemaNode = schemaJson as SchemaNode

/**
 * Assembles the report. Returns new arrays and objects (the inputs are not modified), sorted:
 * services by root (and inside each service, signals by category then id, evidence by path and
 * line, frameworks by name, markers by path); findings by severity, rule id, service and anchor;
 * exclusions by path; diagnostics by path, line and code. A finding's own evidence keeps its order,
 * because its first entry with a line is the anchor. Never throws.
 */
export function buildReport(
  analysis: Analysis,
  findings: Finding[],
  verdict: Verdict,
  meta: { version: string; root: string },
): Report {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'stackfit', version: meta.version },
    root: meta.root,
    services: analysis.services
      .map(normaliseService)
      .sort((a, b) => compareStrings(a.root, b.root)),
    findings: [...findings].sort(compareFindings),
    exclusions: [...analysis.exclusions].sort(compareExclusions),
    diagnostics: [...analysis.diagnostics].sort(compareDiagnostics),
    verdict: { ...verdict, counts: { ...verdict.counts } },
  }
}

function compareEvidence(a: Evidence, b: Evidence): number {
  return (
    compareStrings(a.path, b.path) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    compareStrings(a.detail, b.detail)
  )
}

function normaliseService(service: Service): Service {
  return {
    ...service,
    kindEvidence: [...service.kindEvidence],
    markers: [...service.markers].sort(compareStrings),
    language: {
      ...service.language,
      shares: [...service.language.shares].sort(
        (a, b) => b.bytes - a.bytes || compareStrings(a.id, b.id),
      ),
      evidence: [...service.language.evidence],
    },
    signals: service.signals
      .map((s) => ({ ...s, evidence: [...s.evidence].sort(compareEvidence) }))
      .sort(
        (a, b) => categoryRank(a.category) - categoryRank(b.category) || compareStrings(a.id, b.id),
      ),
    frameworks: [...service.frameworks].sort(
      (a, b) => compareStrings(a.name, b.name) || compareStrings(a.role, b.role),
    ),
  }
}

/**
 * Renders the report as JSON: keys in the schema's property order (keys the schema does not know
 * follow in byte order), `undefined` fields dropped, 2-space indent and a trailing newline. The
 * same report always gives the same bytes. Never throws.
 */
export function renderJson(report: Report): string {
  return JSON.stringify(orderBySchema(report, REPORT_SCHEMA), null, 2) + '\n'
}

function resolve(node: SchemaNode): SchemaNode {
  const ref = node.$ref
  if (ref === undefined || !ref.startsWith('#/$defs/')) return node
  return REPORT_SCHEMA.$defs?.[ref.slice('#/$defs/'.length)] ?? node
}

function orderBySchema(value: unknown, node: SchemaNode | undefined): unknown {
  const schema = node ? resolve(node) : undefined
  if (Array.isArray(value)) return value.map((item) => orderBySchema(item, schema?.items))
  if (value === null || typeof value !== 'object') return value
  const record = value as Record<string, unknown>
  const out: Record<string, unknown> = {}
  const known = schema?.properties ?? {}
  for (const key of Object.keys(known)) {
    if (record[key] !== undefined) out[key] = orderBySchema(record[key], known[key])
  }
  const extra = Object.keys(record)
    .filter((k) => !(k in known) && record[k] !== undefined)
    .sort(compareStrings)
  for (const key of extra) out[key] = orderBySchema(record[key], undefined)
  return out
}

/**
 * Documents the JSON report in Markdown, generated from the schema's descriptions: the top-level
 * fields, then one table per object type in the order they are first referenced. Deterministic;
 * docs/report-schema.md is this output.
 */
export function renderReportSchemaDoc(): string {
  const lines: string[] = [
    '# JSON report schema',
    '',
    '<!-- Generated from schema/report.schema.json by scripts/generate-docs.ts; do not edit. -->',
    '',
    REPORT_SCHEMA.description ?? '',
    '',
    `The schema is [schema/report.schema.json](../schema/report.schema.json) (JSON Schema draft 2020-12). This document describes \`schemaVersion\` ${SCHEMA_VERSION}.`,
    '',
  ]
  const queue: [string, SchemaNode][] = [['Report', REPORT_SCHEMA]]
  const seen = new Set<string>(['Report'])
  while (queue.length > 0) {
    const [name, node] = queue.shift() as [string, SchemaNode]
    lines.push(`## ${name === 'Report' ? 'Report (top level)' : `\`${name}\``}`, '')
    if (name !== 'Report' && node.description) lines.push(node.description, '')
    const rows: string[][] = [['Field', 'Type', 'Required', 'Description']]
    const required = new Set(node.required ?? [])
    for (const [field, prop] of Object.entries(node.properties ?? {})) {
      const inlineName = name === 'Report' ? field : `${name}.${field}`
      const section = sectionOf(prop, inlineName)
      const description = prop.description ?? resolve(prop).description ?? ''
      rows.push([
        `\`${field}\``,
        typeText(prop, section?.[0]),
        required.has(field) ? 'yes' : 'no',
        cell(description),
      ])
      if (section && !seen.has(section[0])) {
        seen.add(section[0])
        queue.push(section)
      }
    }
    lines.push(...alignedTable(rows))
    lines.push('')
  }
  return lines.join('\n').replace(/\n+$/, '\n')
}

function defName(node: SchemaNode): string | undefined {
  return node.$ref?.startsWith('#/$defs/') ? node.$ref.slice('#/$defs/'.length) : undefined
}

function isObjectType(node: SchemaNode): boolean {
  return node.type === 'object' && node.properties !== undefined
}

/**
 * The object type a property documents in its own section, directly or through array items: a
 * named definition, or an inline object named after its place (`verdict.counts`).
 */
function sectionOf(node: SchemaNode, inlineName: string): [string, SchemaNode] | undefined {
  const name = defName(node)
  const target = resolve(node)
  if (isObjectType(target)) return [name ?? inlineName, target]
  if (target.type === 'array' && target.items) return sectionOf(target.items, inlineName)
  return undefined
}

/** The heading anchor GitHub derives from a heading that is one code span. */
function anchor(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9_ -]/g, '')
}

function typeText(node: SchemaNode, section: string | undefined): string {
  const target = resolve(node)
  if (section !== undefined && isObjectType(target)) return `[\`${section}\`](#${anchor(section)})`
  if (target.const !== undefined) return `\`${JSON.stringify(target.const)}\``
  if (target.enum) return target.enum.map((v) => `\`${String(v)}\``).join(' \\| ')
  if (target.type === 'array' && target.items) return `array of ${typeText(target.items, section)}`
  if (defName(node) === 'path') return 'string (path)'
  return target.type ?? 'any'
}

/** A Markdown table with padded columns, laid out as Prettier would (so `npm run format` keeps it). */
function alignedTable(rows: string[][]): string[] {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(3, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`
  const [header = [], ...body] = rows
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)]
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}
