import { describe, expect, it } from 'vitest'
import { renderSignalsDoc } from '../../../src/core/3-detect/catalog-doc.js'
import { CATALOGS } from '../../../src/core/3-detect/catalog/index.js'
import { INFRA_THRESHOLDS } from '../../../src/core/3-detect/catalog/kubernetes.js'
import { SIGNALS } from '../../../src/core/3-detect/signal-definitions.js'

describe('renderSignalsDoc', () => {
  const doc = renderSignalsDoc()
  /** The document with table padding collapsed, so assertions do not depend on column widths. */
  const compact = doc.replace(/ {2,}/g, ' ')

  it('is deterministic', () => {
    expect(renderSignalsDoc()).toBe(doc)
  })

  it('documents every signal with its category and title', () => {
    for (const s of SIGNALS) expect(compact).toContain(`| \`${s.id}\` | ${s.title} |`)
    for (const category of new Set(SIGNALS.map((s) => s.category)))
      expect(doc).toContain(`### ${category}\n`)
  })

  it('lists every package and framework of every ecosystem', () => {
    const missing: string[] = []
    for (const catalog of CATALOGS) {
      expect(doc).toContain(`### ${catalog.title}`)
      for (const e of catalog.signals)
        for (const p of e.packages) if (!doc.includes(`\`${p}\``)) missing.push(p)
      for (const f of catalog.frameworks)
        if (!compact.includes(`| \`${f.framework}\` | ${f.role} | ${f.model} |`))
          missing.push(f.framework)
    }
    expect(missing).toEqual([])
  })

  it('states every infrastructure threshold with its reason', () => {
    for (const t of Object.values(INFRA_THRESHOLDS)) {
      expect(doc).toContain(t.display)
      expect(compact).toContain(t.reason.replace(/\|/g, '\\|'))
    }
  })

  it('keeps table rows well formed: one cell per column, every row as wide as its header', () => {
    const lines = doc.split('\n')
    lines.forEach((line, i) => {
      if (!line.startsWith('| ')) return
      const header = lines
        .slice(0, i + 1)
        .findLast((l, j, all) => l.startsWith('| ') && !(all[j - 1] ?? '').startsWith('| '))
      expect(line.endsWith(' |')).toBe(true)
      expect([...line].length).toBe([...(header ?? '')].length)
      expect(line.split(/(?<!\\)\|/).length).toBe((header ?? '').split('|').length)
    })
  })
})
