import { describe, expect, it } from 'vitest'
import {
  code,
  escapeMarkdown,
  MARKDOWN_MAX_LIST,
  renderMarkdown,
} from '../../src/core/5-report/markdown.js'
import { ruleDocsUrl } from '../../src/core/4-evaluate/catalog.js'
import type { Report, Service } from '../../src/core/model.js'
import { parseMermaid } from '../support/mermaid.js'
import { hugeReport, sampleReport } from './support.js'

function mermaidBlock(markdown: string): string | undefined {
  return /```mermaid\n([\s\S]*?)```/.exec(markdown)?.[1]
}

/** The cells of a GitHub table row, split the way GFM does: on `|` not escaped by a backslash. */
function cells(row: string): string[] {
  return row
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim())
}

describe('renderMarkdown', () => {
  it('matches the golden file', async () => {
    await expect(renderMarkdown(sampleReport())).toMatchFileSnapshot('__golden__/report.md')
  })

  it('opens with the verdict and the counts', () => {
    const md = renderMarkdown(sampleReport())
    expect(md.split('\n')[0]).toBe('## ❌ stackfit: fail')
    expect(md).toContain('**stackfit: 1 error, 1 warning, 2 notices (1 waived) — fails on warning:')
  })

  it('uses the given title', () => {
    expect(renderMarkdown(sampleReport(), { title: 'Language fit' }).split('\n')[0]).toBe(
      '## ❌ Language fit: fail',
    )
  })

  it('has one table row per service with its fit', () => {
    const md = renderMarkdown(sampleReport())
    const rows = md.split('\n').filter((l) => l.startsWith('| `'))
    expect(rows.map((r) => cells(r)[4])).toEqual([
      '— not judged',
      '⚠️ warning (1 waived)',
      '✅ ok',
      '❌ error',
      '— not judged',
    ])
    expect(cells(rows[3]!)).toEqual([
      '`services/recommender`',
      'service',
      'go 99%',
      'ai-ml (strong), concurrency (weak)',
      '❌ error',
    ])
  })

  it('links each finding’s rule to its docs page and quotes the guide', () => {
    const md = renderMarkdown(sampleReport())
    expect(md).toContain(
      `[SF101](${ruleDocsUrl('SF101')}) ai-ml-outside-python in \`services/recommender\``,
    )
    expect(md).toContain('> **Why (the guide):** If your backend touches machine learning')
    expect(md).toContain(
      '- `services/recommender/internal/rank/model.go:9` import ort "github.com/yalue/onnxruntime\\_go"',
    )
  })

  it('folds waived findings, exclusions and diagnostics, open on request', () => {
    const md = renderMarkdown(sampleReport())
    expect(md).toContain('<details>\n<summary>Waived findings (1)</summary>')
    expect(md).toContain('<details>\n<summary>Excluded paths (7)</summary>')
    expect(md).toContain('<details>\n<summary>Diagnostics (2)</summary>')
    const waived = md.slice(md.indexOf('Waived findings (1)'))
    expect(waived).toContain('SF402')
    expect(md.slice(0, md.indexOf('Waived findings (1)'))).not.toContain('SF402')
    const open = renderMarkdown(sampleReport(), { detailsOpen: true })
    expect(open.match(/<details open>/g)?.length).toBe(3)
  })

  it('embeds a quadrant chart that mermaid parses', async () => {
    const chart = mermaidBlock(renderMarkdown(sampleReport()))
    expect(chart).toBeDefined()
    await expect(parseMermaid(chart!)).resolves.toBeUndefined()
  })

  it('leaves the chart out when no directory is a judged service', () => {
    const report = sampleReport()
    const libs: Report = {
      ...report,
      services: report.services.filter((s) => s.kind !== 'service'),
      findings: [],
    }
    expect(mermaidBlock(renderMarkdown(libs))).toBeUndefined()
  })

  describe('escaping user-controlled strings', () => {
    const hostile = (): Report => {
      const report = sampleReport()
      const rec = report.services.find((s) => s.root === 'services/recommender')!
      rec.root = 'services/a|b<script>alert(1)</script>`x`'
      for (const f of report.findings)
        if (f.service === 'services/recommender') f.service = rec.root
      const f = report.findings[0]!
      f.evidence[0]!.path = 'src/`tick`/a|b.go'
      f.evidence[0]!.detail = '<img src=x onerror=alert(1)> **bold** [link](http://evil) @octocat'
      f.message = '# not a heading <script>x</script> | cell'
      return report
    }

    it('keeps table rows at five cells when a root contains |', () => {
      const md = renderMarkdown(hostile())
      const row = md.split('\n').find((l) => l.includes('services/a'))!
      expect(cells(row)).toHaveLength(5)
    })

    it('never emits a raw <script> or <img> tag outside code spans (where HTML is shown, not run)', () => {
      const md = renderMarkdown(hostile())
      const outsideCode = md.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '')
      expect(md).toContain('<script>alert(1)</script>')
      expect(outsideCode).not.toMatch(/<script/i)
      expect(outsideCode).not.toMatch(/<img/i)
    })

    it('renders backticks in paths inside a longer code span', () => {
      const md = renderMarkdown(hostile())
      expect(md).toContain('- ``src/`tick`/a|b.go:9`` ')
    })

    it('escapes Markdown and mentions in details and messages', () => {
      const md = renderMarkdown(hostile())
      expect(md).toContain(
        '&lt;img src=x onerror=alert(1)&gt; \\*\\*bold\\*\\* \\[link\\](http://evil) &#64;octocat',
      )
      expect(md).toContain('\n\\# not a heading &lt;script&gt;x&lt;/script&gt; \\| cell\n')
    })

    it.each([
      ['plain', 'a/b', '`a/b`'],
      ['one backtick', 'a`b', '``a`b``'],
      ['leading backtick', '`a', '`` `a ``'],
      ['double backticks', 'a``b', '```a``b```'],
      ['pipe in a table', 'a|b', '`a\\|b`', true],
      ['pipe outside a table', 'a|b', '`a|b`', false],
      ['newline', 'a\nb', '`a\\nb`'],
    ])('code span: %s', (_, raw, expected, inTable = false) => {
      expect(code(raw, inTable as boolean)).toBe(expected)
    })

    it.each([
      ['<script>', '&lt;script&gt;'],
      ['a|b', 'a\\|b'],
      ['`x`', '\\`x\\`'],
      ['*a* _b_ ~c~', '\\*a\\* \\_b\\_ \\~c\\~'],
      ['[x](y)', '\\[x\\](y)'],
      ['a & b', 'a &amp; b'],
      ['@team', '&#64;team'],
      ['![i](u)', '\\!\\[i\\](u)'],
      ['back\\slash', 'back\\\\slash'],
    ])('text: %s', (raw, expected) => {
      expect(escapeMarkdown(raw)).toBe(expected)
    })
  })

  describe('length budget', () => {
    it('returns the full body when it fits', () => {
      const full = renderMarkdown(sampleReport())
      expect(renderMarkdown(sampleReport(), { maxLength: full.length })).toBe(full)
    })

    it('falls back to the compact form just below the full length', () => {
      const full = renderMarkdown(sampleReport())
      const compact = renderMarkdown(sampleReport(), { maxLength: full.length - 1 })
      expect(compact.length).toBeLessThanOrEqual(full.length - 1)
      expect(compact).toContain('| `services/recommender` |')
      expect(compact).toContain(
        `- ❌ [SF101](${ruleDocsUrl('SF101')}) ai-ml-outside-python in \`services/recommender\`: `,
      )
      expect(compact).toContain('The full report, with evidence')
      expect(compact).not.toContain('```mermaid')
      expect(compact).not.toContain('<details>')
    })

    it('uses the compact note it is given', () => {
      const compact = renderMarkdown(sampleReport(), {
        maxLength: 2000,
        compactNote: 'See the artifact.',
      })
      expect(compact.trimEnd().endsWith('See the artifact.')).toBe(true)
    })

    it.each([65_536, 20_000, 4_000])(
      'keeps 2,000 findings within %i characters and counts what it left out',
      (max) => {
        const report = hugeReport(2000)
        const md = renderMarkdown(report, { maxLength: max })
        expect(md.length).toBeLessThanOrEqual(max)
        const shown = md.match(/^- (⚠️|ℹ️|❌) \[SF/gmu)?.length ?? 0
        expect(shown).toBeGreaterThan(0)
        expect(md).toContain(`- … and ${2000 - shown} more findings not shown`)
        expect(md).toContain('### Findings (2000)')
      },
    )

    it.each([0, 1, 10, 100, 300, 700])('never exceeds a tiny limit of %i', (max) => {
      const md = renderMarkdown(hugeReport(2000), { maxLength: max })
      expect(md.length).toBeLessThanOrEqual(max)
    })

    it('drops table rows, with a count, when even the table does not fit', () => {
      const report = hugeReport(10)
      const headOnly = renderMarkdown(report, { maxLength: 900 })
      expect(headOnly.length).toBeLessThanOrEqual(900)
      expect(headOnly).toMatch(/\| … \d+ more \| \| \| \| \|/)
    })
  })
})

/**
 * The sample report as a changed-scope run leaves it: `analysed` roots stay, every other sample
 * service is counted, and `extra` more counted directories are added.
 */
function changedScope(analysed: readonly string[], extra = 0): Report {
  const report = sampleReport()
  const counted = (s: Service): Service => ({ ...s, signals: [], frameworks: [], counted: true })
  const services = report.services.map((s) => (analysed.includes(s.root) ? s : counted(s)))
  const template = services.find((s) => s.counted) as Service
  for (let i = 0; i < extra; i++)
    services.push({ ...template, root: `more/unit-${String(i).padStart(4, '0')}`, name: `u${i}` })
  return {
    ...report,
    services,
    findings: report.findings.filter((f) => analysed.includes(f.service)),
  }
}

describe('renderMarkdown in a changed scope', () => {
  const folded = '<summary>Untouched directories, only counted ('

  it('lists the analysed directories and folds the counted ones, without workload or fit', () => {
    const md = renderMarkdown(changedScope(['services/recommender']))
    const [main = '', fold = ''] = md.split(folded)
    const mainRows = main.split('\n').filter((l) => l.startsWith('| `'))
    expect(mainRows.map((r) => cells(r)[0])).toEqual(['`services/recommender`'])
    const foldRows = fold.split('\n').filter((l) => l.startsWith('| `'))
    expect(fold.startsWith('4)</summary>')).toBe(true)
    expect(foldRows).toHaveLength(4)
    expect(foldRows.every((r) => cells(r).length === 3)).toBe(true)
    expect(foldRows.map((r) => cells(r)[0])).not.toContain('`services/recommender`')
    expect(fold).not.toContain('not judged')
  })

  it('caps the folded list and says where the rest is', () => {
    const extra = MARKDOWN_MAX_LIST + 7
    const md = renderMarkdown(changedScope(['services/recommender'], extra))
    const fold = md.split(folded)[1] ?? ''
    expect(fold.startsWith(`${extra + 4})</summary>`)).toBe(true)
    expect(fold.split('\n').filter((l) => l.startsWith('| `'))).toHaveLength(MARKDOWN_MAX_LIST)
    expect(fold).toContain(
      `… and ${extra + 4 - MARKDOWN_MAX_LIST} more: the JSON report lists every one.`,
    )
  })

  it('says so when no directory was analysed in full', () => {
    const md = renderMarkdown(changedScope([]))
    expect(md).toContain('_This change touches no service directory: none was analysed in full._')
    expect(md.split(folded)[0]).not.toMatch(/^\| `/m)
  })

  it('keeps the counted directories out of the compact table too', () => {
    const report = changedScope(['services/recommender'], 500)
    const full = renderMarkdown(report)
    const compact = renderMarkdown(report, { maxLength: 4000 })
    expect(full.length).toBeGreaterThan(4000)
    expect(compact.length).toBeLessThanOrEqual(4000)
    const rows = compact.split('\n').filter((l) => l.startsWith('| `'))
    expect(rows.map((r) => cells(r)[0])).toEqual(['`services/recommender`'])
  })

  it('renders a full scan as before: every directory in one table', () => {
    const md = renderMarkdown(sampleReport())
    expect(md).not.toContain(folded)
  })
})
