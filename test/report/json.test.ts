/* eslint-disable @typescript-eslint/no-explicit-any -- the negative cases mutate parsed JSON freely */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import {
  buildReport,
  REPORT_SCHEMA,
  renderJson,
  renderReportSchemaDoc,
  SCHEMA_VERSION,
} from '../../src/core/5-report/json.js'
import type { Report } from '../../src/core/model.js'
import {
  hugeReport,
  sampleAnalysis,
  sampleFindings,
  sampleReport,
  sampleVerdict,
} from './support.js'

const root = join(import.meta.dirname, '..', '..')

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  return ajv.compile(REPORT_SCHEMA)
}

describe('buildReport', () => {
  const report = sampleReport()

  it('sorts services by root', () => {
    expect(report.services.map((s) => s.root)).toEqual([
      'libs/py-common',
      'services/chat-realtime',
      'services/inference',
      'services/recommender',
      'web',
    ])
  })

  it('sorts findings by severity, rule id, service and anchor', () => {
    expect(report.findings.map((f) => `${f.severity} ${f.ruleId} ${f.service}`)).toEqual([
      'error SF101 services/recommender',
      'warning SF301 services/chat-realtime',
      'notice SF401 services/chat-realtime',
      'notice SF402 services/chat-realtime',
      'notice SF901 services/recommender',
    ])
  })

  it('orders findings of the same rule and service by anchor path, then line', () => {
    const base = sampleFindings[0]!
    const at = (path: string, line: number) => ({
      ...base,
      evidence: [
        { path: 'x/unlined.txt', detail: 'no line' },
        { path, line, detail: 'd' },
      ],
    })
    const out = buildReport(
      sampleAnalysis,
      [at('b.py', 1), at('a.py', 9), at('a.py', 2)],
      sampleVerdict,
      {
        version: '0.1.0',
        root: '.',
      },
    )
    expect(out.findings.map((f) => `${f.evidence[1]!.path}:${f.evidence[1]!.line}`)).toEqual([
      'a.py:2',
      'a.py:9',
      'b.py:1',
    ])
  })

  it('sorts exclusions by path and diagnostics by path', () => {
    expect(report.exclusions.map((e) => e.path)).toEqual([
      'docs',
      'services/recommender/internal/pb/rank.pb.go',
      'services/recommender/internal/pb/rank_grpc.pb.go',
      'services/recommender/testdata',
      'vendor',
      'vendor/github.com/pkg/errors',
      'web/node_modules',
    ])
    expect(report.diagnostics.map((d) => d.path)).toEqual([
      'libs/py-common/pyproject.toml',
      'services/inference/data/embeddings.parquet',
    ])
  })

  it('sorts inside services: signals by category order then id, evidence by path then line, shares by bytes', () => {
    const rec = report.services.find((s) => s.root === 'services/recommender')!
    expect(rec.signals.map((s) => s.id)).toEqual([
      'ai-ml.inference',
      'ai-ml.llm-client',
      'ai-ml.model-artifact',
      'concurrency.high-throughput',
    ])
    expect(rec.signals[0]!.evidence.map((e) => e.path)).toEqual([
      'services/recommender/go.mod',
      'services/recommender/internal/rank/model.go',
    ])
    expect(rec.language.shares.map((s) => s.id)).toEqual(['go', 'shell'])
    expect(rec.markers).toEqual(['services/recommender/Dockerfile', 'services/recommender/go.mod'])
  })

  it('keeps a finding’s own evidence order (its first lined entry is the anchor)', () => {
    const sf301 = report.findings.find((f) => f.ruleId === 'SF301')!
    expect(sf301.evidence.map((e) => e.line)).toEqual([3, 4, 1])
  })

  it('does not modify its inputs', () => {
    const analysis = structuredClone(sampleAnalysis)
    const findings = structuredClone(sampleFindings)
    buildReport(analysis, findings, sampleVerdict, { version: '1', root: '.' })
    expect(analysis).toEqual(sampleAnalysis)
    expect(findings).toEqual(sampleFindings)
  })

  it('gives the same report whatever order the inputs come in', () => {
    const reversed: typeof sampleAnalysis = {
      ...structuredClone(sampleAnalysis),
      services: structuredClone(sampleAnalysis.services).reverse(),
      exclusions: structuredClone(sampleAnalysis.exclusions).reverse(),
      diagnostics: structuredClone(sampleAnalysis.diagnostics).reverse(),
    }
    const other = buildReport(reversed, structuredClone(sampleFindings).reverse(), sampleVerdict, {
      version: '0.1.0',
      root: '.',
    })
    expect(renderJson(other)).toBe(renderJson(report))
  })

  it('stamps the schema version and the tool', () => {
    expect(report.schemaVersion).toBe(SCHEMA_VERSION)
    expect(report.tool).toEqual({ name: 'stackfit', version: '0.1.0' })
  })
})

describe('renderJson', () => {
  it('matches the golden file', async () => {
    await expect(renderJson(sampleReport())).toMatchFileSnapshot('__golden__/report.json')
  })

  it('is byte-identical on repeated renders and rebuilds', () => {
    const a = renderJson(sampleReport())
    const b = renderJson(sampleReport())
    expect(b).toBe(a)
    expect(renderJson(JSON.parse(a) as Report)).toBe(a)
  })

  it('uses 2-space indentation and ends with one newline', () => {
    const text = renderJson(sampleReport())
    expect(
      text.startsWith('{\n  "schemaVersion": "1.0",\n  "tool": {\n    "name": "stackfit"'),
    ).toBe(true)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.endsWith('\n\n')).toBe(false)
  })

  it('orders keys as the schema lists them, whatever order the object was built in', () => {
    const reverseKeys = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reverseKeys)
      if (value === null || typeof value !== 'object') return value
      const entries = Object.entries(value as Record<string, unknown>).reverse()
      return Object.fromEntries(entries.map(([k, v]) => [k, reverseKeys(v)]))
    }
    const report = sampleReport()
    const scrambled = reverseKeys(report) as Report
    expect(Object.keys(scrambled)[0]).toBe('verdict')
    expect(renderJson(scrambled)).toBe(renderJson(report))
    expect(Object.keys(JSON.parse(renderJson(scrambled)) as object)).toEqual([
      'schemaVersion',
      'tool',
      'root',
      'services',
      'findings',
      'exclusions',
      'diagnostics',
      'verdict',
    ])
  })

  it('loses no field of the model: the parsed JSON equals the report', () => {
    const report = sampleReport()
    expect(JSON.parse(renderJson(report))).toEqual(JSON.parse(JSON.stringify(report)))
  })

  it('keeps fields the schema does not know (after the known ones) instead of dropping them', () => {
    const report = { ...sampleReport(), extra: { b: 1, a: 2 } } as unknown as Report
    const parsed = JSON.parse(renderJson(report)) as Record<string, unknown>
    expect(Object.keys(parsed).at(-1)).toBe('extra')
    expect(Object.keys(parsed['extra'] as object)).toEqual(['a', 'b'])
  })

  it('drops undefined optional fields', () => {
    const report = sampleReport()
    report.findings[0]!.waived = undefined
    expect(renderJson(report)).not.toContain('"waived": null')
  })
})

describe('schema/report.schema.json', () => {
  const validate = validator()

  it('accepts the rendered sample report', () => {
    const ok = validate(JSON.parse(renderJson(sampleReport())))
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  it('accepts a report with thousands of findings and an empty report', () => {
    expect(validate(JSON.parse(renderJson(hugeReport(500))))).toBe(true)
    const empty: Report = {
      ...sampleReport(),
      services: [],
      findings: [],
      exclusions: [],
      diagnostics: [],
    }
    expect(validate(JSON.parse(renderJson(empty)))).toBe(true)
  })

  it.each([
    ['an unknown top-level field', (r: Record<string, any>) => void (r['extra'] = 1)],
    ['a missing verdict', (r: Record<string, any>) => void delete r['verdict']],
    ['an unknown severity', (r: Record<string, any>) => void (r['findings'][0].severity = 'fatal')],
    ['a line of 0', (r: Record<string, any>) => void (r['findings'][0].evidence[0].line = 0)],
    [
      'an unknown service kind',
      (r: Record<string, any>) => void (r['services'][0].kind = 'daemon'),
    ],
    [
      'a share above 1',
      (r: Record<string, any>) => void (r['services'][0].language.shares[0].share = 1.5),
    ],
    ['a schema version 2.0', (r: Record<string, any>) => void (r['schemaVersion'] = '2.0')],
    [
      'an unknown field in a signal',
      (r: Record<string, any>) => void (r['services'][1].signals[0].weight = 3),
    ],
    [
      'a waiver without source',
      (r: Record<string, any>) => void delete r['findings'][3].waived.source,
    ],
  ])('rejects %s', (_, mutate) => {
    const data = JSON.parse(renderJson(sampleReport())) as Record<string, any>
    mutate(data)
    expect(validate(data)).toBe(false)
  })

  it('documents every property with a description', () => {
    const missing: string[] = []
    const visit = (node: Record<string, any>, where: string): void => {
      for (const [key, prop] of Object.entries((node['properties'] ?? {}) as Record<string, any>)) {
        const target = prop.$ref ? REPORT_SCHEMA.$defs?.[String(prop.$ref).split('/').pop()!] : prop
        if (!prop.description && !target?.description) missing.push(`${where}.${key}`)
        if (prop.properties) visit(prop, `${where}.${key}`)
      }
    }
    visit(REPORT_SCHEMA as Record<string, any>, 'report')
    for (const [name, def] of Object.entries(REPORT_SCHEMA.$defs ?? {}))
      visit(def as Record<string, any>, name)
    expect(missing).toEqual([])
  })
})

describe('renderReportSchemaDoc', () => {
  const doc = renderReportSchemaDoc()

  it('is what docs/report-schema.md holds', () => {
    expect(readFileSync(join(root, 'docs/report-schema.md'), 'utf8')).toBe(doc)
  })

  it('has a section per object type, linked from where it is used', () => {
    for (const section of [
      'service',
      'finding',
      'evidence',
      'signal',
      'verdict',
      'verdict.counts',
      'tool',
      'waiver',
    ]) {
      expect(doc).toContain(`## \`${section}\``)
    }
    const row = (...cells: string[]) =>
      new RegExp(
        `^\\| ${cells.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(' +\\| ')} +\\|`,
        'm',
      )
    expect(doc).toMatch(row('`services`', 'array of [`service`](#service)', 'yes'))
    expect(doc).toMatch(row('`counts`', '[`verdict.counts`](#verdictcounts)', 'yes'))
    expect(doc).toMatch(row('`waived`', '[`waiver`](#waiver)', 'no'))
  })

  it('lays tables out as Prettier does: every line of a table is as wide as its header', () => {
    const tables = doc.split('\n\n').filter((b) => b.startsWith('| Field'))
    expect(tables.length).toBeGreaterThan(10)
    for (const t of tables) {
      const widths = new Set(
        t
          .trimEnd()
          .split('\n')
          .map((l) => l.length),
      )
      expect(widths.size).toBe(1)
    }
  })

  it('takes the descriptions from the schema', () => {
    const fingerprint = REPORT_SCHEMA.$defs?.['finding']?.properties?.['fingerprint']?.description
    expect(fingerprint).toBeTruthy()
    expect(doc).toContain(fingerprint!)
    expect(doc).toContain('`error` \\| `warning` \\| `notice`')
  })
})
