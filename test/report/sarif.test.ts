import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import type { Log, Result } from 'sarif'
import { describe, expect, it } from 'vitest'
import { RULES, ruleDocsUrl } from '../../src/core/4-evaluate/catalog.js'
import { FINGERPRINT_KEY, renderSarif } from '../../src/core/5-report/sarif.js'
import type { Report } from '../../src/core/model.js'
import { hugeReport, sampleReport } from './support.js'

const root = join(import.meta.dirname, '..', '..')
const schemaPath = join(
  root,
  'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json',
)

/**
 * The official schema is declared as draft-04, which Ajv 8 does not ship. Its only draft-04
 * construct is the top-level `id`; with that renamed to `$id` it is valid draft-07 with the same
 * meaning (it uses no boolean exclusiveMinimum/Maximum), so Ajv's default draft-07 checks it.
 */
function validator() {
  const { id, ...schema } = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>
  delete schema['$schema']
  // The schema's language pattern has a stray `]` that only a non-unicode RegExp accepts.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false })
  addFormats.default(ajv)
  return ajv.compile({ $id: id, ...schema } as object)
}

function parse(text: string): Log {
  return JSON.parse(text) as Log
}

function resultFor(log: Log, ruleId: string): Result {
  return log.runs[0]!.results!.find((r) => r.ruleId === ruleId)!
}

describe('renderSarif', () => {
  const validate = validator()

  it('matches the golden file', async () => {
    await expect(renderSarif(sampleReport(), { category: 'stackfit' })).toMatchFileSnapshot(
      '__golden__/report.sarif.json',
    )
  })

  it.each([
    ['the sample report', () => sampleReport(), undefined],
    ['the sample report with a category', () => sampleReport(), 'monorepo'],
    ['a report with 500 findings', () => hugeReport(500), undefined],
    [
      'an empty report',
      (): Report => ({ ...sampleReport(), services: [], findings: [], diagnostics: [] }),
      undefined,
    ],
  ])('is valid against the official SARIF 2.1.0 schema: %s', (_, make, category) => {
    const log = parse(renderSarif(make(), category === undefined ? {} : { category }))
    const ok = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  it('the schema check can fail (negative control)', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- mutating parsed JSON
    const log = parse(renderSarif(sampleReport())) as unknown as Record<string, any>
    log['runs'][0].results[0].level = 'fatal'
    log['runs'][0].results[0].locations[0].physicalLocation.region.startLine = 0
    expect(validate(log)).toBe(false)
  })

  it('declares version 2.1.0 and the schema, with one run', () => {
    const log = parse(renderSarif(sampleReport()))
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.runs).toHaveLength(1)
  })

  it('lists every catalog rule with docs, help, level and category tag', () => {
    const driver = parse(renderSarif(sampleReport())).runs[0]!.tool.driver
    expect(driver.name).toBe('stackfit')
    expect(driver.version).toBe('0.1.0')
    expect(driver.informationUri).toMatch(/^https:\/\//)
    expect(driver.rules!.map((r) => r.id)).toEqual(RULES.map((r) => r.id).sort())
    for (const rule of RULES) {
      const d = driver.rules!.find((r) => r.id === rule.id)!
      expect(d.name).toBe(rule.name)
      expect(d.shortDescription!.text).toBe(rule.summary)
      expect(d.fullDescription!.text).toBe(rule.rationale)
      expect(d.helpUri).toBe(ruleDocsUrl(rule.id))
      expect(d.help!.markdown).toContain(rule.fix)
      expect(d.help!.text).toContain(rule.rationale)
      expect(d.properties!['tags']).toEqual([rule.category])
      expect(d.defaultConfiguration!.level).toBe(
        { error: 'error', warning: 'warning', notice: 'note' }[rule.defaultSeverity],
      )
    }
  })

  it('maps severities to levels and points ruleIndex at the rule', () => {
    const log = parse(renderSarif(sampleReport()))
    const rules = log.runs[0]!.tool.driver.rules!
    expect(log.runs[0]!.results!.map((r) => `${r.ruleId}:${r.level}`)).toEqual([
      'SF101:error',
      'SF301:warning',
      'SF401:note',
      'SF402:note',
      'SF901:note',
    ])
    for (const r of log.runs[0]!.results!) expect(rules[r.ruleIndex!]!.id).toBe(r.ruleId)
  })

  it('locates a result at its anchor, with the other evidence as related locations', () => {
    const r = resultFor(parse(renderSarif(sampleReport())), 'SF101')
    expect(r.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: {
            uri: 'services/recommender/internal/rank/model.go',
            uriBaseId: '%SRCROOT%',
          },
          region: { startLine: 9 },
        },
      },
    ])
    expect(
      r.relatedLocations!.map((l) => [
        l.id,
        l.physicalLocation!.artifactLocation!.uri,
        l.physicalLocation!.region?.startLine,
        l.message!.text,
      ]),
    ).toEqual([
      [1, 'services/recommender/go.mod', 8, 'require github.com/yalue/onnxruntime_go v1.13.0'],
      [2, 'services/recommender/models/ranker.onnx', undefined, 'ONNX model, 48 MB'],
    ])
    expect(r.message.text).toMatch(
      /runs models in-process .* Fix: Move the model work into a Python service/,
    )
    expect(r.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: '9b2e61d07c4a3f10' })
  })

  it('locates a finding without lines at its first evidence file, without a region', () => {
    const r = resultFor(parse(renderSarif(sampleReport())), 'SF901')
    expect(r.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'services/recommender/go.mod', uriBaseId: '%SRCROOT%' },
    })
  })

  it('falls back to the service’s first manifest when a finding has no evidence', () => {
    const report = sampleReport()
    report.findings = report.findings
      .filter((f) => f.ruleId === 'SF901')
      .map((f) => ({ ...f, evidence: [] }))
    const r = resultFor(parse(renderSarif(report)), 'SF901')
    expect(r.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(
      'services/recommender/Dockerfile',
    )
    expect(r.relatedLocations).toBeUndefined()
  })

  it('suppresses waived findings externally, with the justification', () => {
    const log = parse(renderSarif(sampleReport()))
    const waived = resultFor(log, 'SF402')
    expect(waived.suppressions).toEqual([
      {
        kind: 'external',
        justification:
          'Edge devices have no container runtime; the binary is what we ship. (@acme/platform) — .stackfit.yml:14',
      },
    ])
    expect(resultFor(log, 'SF101').suppressions).toBeUndefined()
  })

  it('sets automationDetails.id only when a category is given', () => {
    expect(parse(renderSarif(sampleReport())).runs[0]!.automationDetails).toBeUndefined()
    expect(
      parse(renderSarif(sampleReport(), { category: 'backend' })).runs[0]!.automationDetails,
    ).toEqual({
      id: 'stackfit/backend/',
    })
  })

  it('declares %SRCROOT% and percent-encodes paths as URI references', () => {
    const report = sampleReport()
    report.findings[0]!.evidence[0]!.path = 'services/my app/ü#1.go'
    const log = parse(renderSarif(report))
    expect(Object.keys(log.runs[0]!.originalUriBaseIds!)).toEqual(['%SRCROOT%'])
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(
      'services/my%20app/%C3%BC%231.go',
    )
    expect(validate(log)).toBe(true)
  })

  it('adds a descriptor for a rule id the catalog does not know', () => {
    const report = sampleReport()
    report.findings.push({
      ...report.findings[0]!,
      ruleId: 'POL001',
      ruleName: 'team-policy',
      category: 'policy',
      severity: 'error',
    })
    const log = parse(renderSarif(report))
    const rules = log.runs[0]!.tool.driver.rules!
    const r = resultFor(log, 'POL001')
    expect(rules[r.ruleIndex!]).toMatchObject({
      id: 'POL001',
      name: 'team-policy',
      properties: { tags: ['policy'] },
    })
    expect(validate(log)).toBe(true)
  })

  it('reports diagnostics as tool execution notifications', () => {
    const notes = parse(renderSarif(sampleReport())).runs[0]!.invocations![0]!
      .toolExecutionNotifications!
    expect(
      notes.map((n) => [
        n.descriptor!.id,
        n.level,
        n.locations?.[0]?.physicalLocation?.region?.startLine,
      ]),
    ).toEqual([
      ['manifest-parse', 'warning', 12],
      ['file-too-large', 'note', undefined],
    ])
  })

  it('is byte-identical on repeated renders', () => {
    expect(renderSarif(sampleReport(), { category: 'x' })).toBe(
      renderSarif(sampleReport(), { category: 'x' }),
    )
  })
})
