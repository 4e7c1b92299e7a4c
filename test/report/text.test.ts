import { describe, expect, it } from 'vitest'
import { renderText } from '../../src/core/5-report/text.js'
import type { Report } from '../../src/core/model.js'
import { hugeReport, sampleReport } from './support.js'

const ESC = '\u001b'
const SGR = new RegExp(`${ESC}\\[\\d+m`, 'g')
const ANY_ESCAPE = new RegExp(`${ESC}[^m]*m`, 'g')

describe('renderText', () => {
  it('matches the golden file without colour', async () => {
    await expect(renderText(sampleReport(), { color: false })).toMatchFileSnapshot(
      '__golden__/report.txt',
    )
  })

  it('matches the golden file with colour', async () => {
    await expect(renderText(sampleReport(), { color: true })).toMatchFileSnapshot(
      '__golden__/report.color.txt',
    )
  })

  it('contains no escape character without colour, even for hostile paths', () => {
    const report = sampleReport()
    report.services[0]!.root = `libs/\u001b[31mred\u001b[0m`
    report.findings[0]!.evidence[0]!.detail = 'import "x"\u001b]0;pwned\u0007'
    const text = renderText(report, { color: false })
    expect(text).not.toContain(ESC)
    expect(text).not.toContain('\u0007')
    expect(text).toContain('libs/\\x1b[31mred\\x1b[0m')
    expect(text).toContain('import "x"\\x1b]0;pwned\\x07')
  })

  it('uses colour codes only when asked, and then only SGR sequences', () => {
    const text = renderText(sampleReport(), { color: true })
    expect(text).toContain(`${ESC}[31m`)
    const sequences = text.match(ANY_ESCAPE) ?? []
    expect(sequences.length).toBeGreaterThan(10)
    expect(sequences.every((s) => s.replace(SGR, '') === '')).toBe(true)
    // Stripping colour gives the plain rendering back.
    expect(text.replace(SGR, '')).toBe(renderText(sampleReport(), { color: false }))
  })

  it.each([
    ['newline', 'a\nb', 'a\\nb'],
    ['carriage return', 'a\rb', 'a\\rb'],
    ['tab', 'a\tb', 'a\\tb'],
    ['DEL', 'a\u007fb', 'a\\x7fb'],
    ['C1 CSI', 'a\u009bb', 'a\\x9bb'],
    ['right-to-left override', 'a\u202eb', 'a\\u202eb'],
    ['plain unicode', 'サービス/é', 'サービス/é'],
  ])('escapes a %s in a path', (_, raw, shown) => {
    const report = sampleReport()
    report.findings[0]!.evidence[0]!.path = raw
    const text = renderText(report, { color: false })
    expect(text).toContain(`${shown}:9`)
  })

  it('aligns the service table: every row puts the FIT column at the same width', () => {
    const report = sampleReport()
    report.services[0]!.root = 'libs/日本語'
    const lines = renderText(report, { color: false }).split('\n')
    const start = lines.findIndex((l) => l.startsWith('SERVICE'))
    const table = lines.slice(start, start + 1 + report.services.length)
    const columns = (line: string): number => {
      let w = 0
      for (const ch of line) w += /[\u3000-\u9fff]/.test(ch) ? 2 : 1
      return w
    }
    const fitAt = table.map((l) =>
      columns(l.slice(0, l.search(/(ok|error|warning|notice|n\/a|FIT)$/))),
    )
    expect(new Set(fitAt).size).toBe(1)
  })

  it('shows each service’s fit from its most severe non-waived finding', () => {
    const text = renderText(sampleReport(), { color: false })
    const row = (root: string) => text.split('\n').find((l) => l.startsWith(root + ' '))!
    expect(row('services/recommender').trimEnd().endsWith('error')).toBe(true)
    expect(row('services/chat-realtime').trimEnd().endsWith('warning')).toBe(true)
    expect(row('services/inference').trimEnd().endsWith('ok')).toBe(true)
    expect(row('libs/py-common').trimEnd().endsWith('n/a')).toBe(true)
    expect(row('services/recommender')).toContain('go 99%')
    expect(row('services/recommender')).toContain('ai-ml (strong), concurrency (weak)')
  })

  it('lists evidence as path:line, detail and the fix under each finding', () => {
    const text = renderText(sampleReport(), { color: false })
    expect(text).toMatch(
      /error +SF101 ai-ml-outside-python\n {4}.+\n {6}services\/recommender\/internal\/rank\/model\.go:9 +import ort/,
    )
    expect(text).toContain('    Fix: Move the model work into a Python service')
  })

  it('lists top-level exclusions with how many entries they cover', () => {
    const text = renderText(sampleReport(), { color: false })
    expect(text).toContain('Excluded (7 paths)')
    expect(text).toMatch(/ {2}vendor +vendored \(built-in: vendor\/, \+1 inside\)/)
    expect(text).not.toMatch(/^ {2}vendor\/github\.com/m)
  })

  it('groups findings by service, the service with the most severe finding first', () => {
    const text = renderText(sampleReport(), { color: false })
    const rec = text.indexOf('\nservices/recommender (go)\n')
    const chat = text.indexOf('\nservices/chat-realtime (python)\n')
    expect(rec).toBeGreaterThan(0)
    expect(chat).toBeGreaterThan(rec)
  })

  it('ends with the verdict headline', () => {
    const lines = renderText(sampleReport(), { color: false }).trimEnd().split('\n')
    expect(lines.at(-1)).toMatch(/^FAIL {2}stackfit: 1 error, 1 warning, 2 notices/)
  })

  it('says when there are no services and no findings', () => {
    const empty: Report = {
      ...sampleReport(),
      services: [],
      findings: [],
      exclusions: [],
      diagnostics: [],
    }
    const text = renderText(empty, { color: false })
    expect(text).toContain('No services found.')
    expect(text).toContain('Findings: none')
    expect(text).not.toContain('Excluded')
  })

  it('renders thousands of findings', () => {
    const text = renderText(hugeReport(2000), { color: false })
    expect(text.match(/^ {4}Fix: /gm)?.length).toBe(2000)
  })
})
