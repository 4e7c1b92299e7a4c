import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULES, ruleDocsUrl, findRule } from '../../src/core/4-evaluate/catalog.js'
import { renderRuleDoc, renderRulesTable } from '../../src/core/4-evaluate/rule-doc.js'
import { SEVERITIES } from '../../src/core/model.js'

const root = join(import.meta.dirname, '..', '..')
const guidePath = join(root, '..', 'shared', 'guide', 'python-vs-go.md')
const guide = existsSync(guidePath) ? readFileSync(guidePath, 'utf8') : undefined

const RANGES: Record<string, string[]> = {
  '0': ['policy'],
  '1': ['ai-ml'],
  '2': ['data'],
  '3': ['concurrency'],
  '4': ['latency', 'resource', 'deployment'],
  '5': ['ai-ml', 'concurrency'],
  '9': ['hygiene'],
}

describe('rule catalog', () => {
  it('lists rules sorted by unique ids of the form SFnnn', () => {
    const ids = RULES.map((r) => r.id)
    for (const id of ids) expect(id).toMatch(/^SF\d{3}$/)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(ids)
  })

  it('gives every rule a unique kebab-case name', () => {
    const names = RULES.map((r) => r.name)
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/)
    expect(new Set(names).size).toBe(names.length)
  })

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s sits in the id range of its category',
    (id, rule) => {
      expect(RANGES[id.charAt(2)]).toContain(rule.category)
    },
  )

  it.each(RULES.map((r) => [r.id, r] as const))('%s is documented as data', (_, rule) => {
    expect(SEVERITIES).toContain(rule.defaultSeverity)
    // The built-in rules are advice: error is for team policy (SF0xx).
    if (rule.category !== 'policy') expect(rule.defaultSeverity).not.toBe('error')
    expect(rule.summary).not.toMatch(/\n/)
    expect(rule.summary.length).toBeLessThanOrEqual(100)
    for (const text of [rule.fix, rule.appliesTo, rule.examples.failing, rule.examples.passing]) {
      expect(text.trim().length).toBeGreaterThan(20)
    }
  })

  it.skipIf(!guide).each(RULES.map((r) => [r.id, r] as const))(
    guide
      ? '%s quotes the guide verbatim'
      : '%s quotes the guide verbatim (SKIPPED: ../shared/guide/python-vs-go.md not found)',
    (_, rule) => {
      expect(guide).toContain(rule.rationale)
    },
  )

  it.skipIf(!guide)('would notice a paraphrased rationale (the check itself can fail)', () => {
    expect(guide).not.toContain('Python is the default, for a reason.')
  })

  it.each(RULES.map((r) => [r.id, r] as const))('%s has an up-to-date docs page', (id, rule) => {
    const path = join(root, 'docs', 'rules', `${id}.md`)
    expect(
      existsSync(path),
      `docs/rules/${id}.md is missing: run npx tsx scripts/gen-rule-docs.ts`,
    ).toBe(true)
    expect(readFileSync(path, 'utf8')).toBe(renderRuleDoc(rule))
  })

  it('renders each page with the fixed headings in order', () => {
    for (const rule of RULES) {
      const headings = renderRuleDoc(rule)
        .split('\n')
        .filter((l) => l.startsWith('#'))
      expect(headings).toEqual([
        `# ${rule.id} ${rule.name}`,
        '## What it checks',
        '## Why it matters',
        '## How to fix',
        '## Configuration',
        '## Examples',
      ])
    }
  })

  it('links every rule from the table to its page', () => {
    const table = renderRulesTable()
    const rows = table.trimEnd().split('\n')
    expect(rows).toHaveLength(RULES.length + 2)
    for (const [i, rule] of RULES.entries()) {
      expect(rows[i + 2]).toBe(
        `| [${rule.id}](${ruleDocsUrl(rule.id)}) | \`${rule.name}\` | ${rule.category} | ${rule.defaultSeverity} | ${rule.summary} |`,
      )
    }
  })

  it('escapes pipes in table cells', () => {
    const [rule] = RULES
    if (!rule) throw new Error('empty catalog')
    const table = renderRulesTable([{ ...rule, summary: 'a | b' }])
    expect(table).toContain('a \\| b')
  })

  it('builds docs URLs from one base', () => {
    expect(ruleDocsUrl('SF101')).toBe(
      'https://github.com/stackfit/stackfit/blob/main/docs/rules/SF101.md',
    )
  })

  it('finds rules by id or name', () => {
    expect(findRule('SF301')?.name).toBe('realtime-load-on-sync-python')
    expect(findRule('lone-language')?.id).toBe('SF901')
    expect(findRule('SF999')).toBeUndefined()
  })

  it('keeps the catalog metadata stable', () => {
    expect(
      RULES.map(({ id, name, category, defaultSeverity, summary }) => ({
        id,
        name,
        category,
        defaultSeverity,
        summary,
      })),
    ).toMatchSnapshot()
  })
})
