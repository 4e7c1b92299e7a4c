/**
 * Generates the documentation that must stay true to the code: the README's generated sections,
 * docs/rules/*.md, docs/signals.md, docs/discovery.md and docs/report-schema.md. With --check, writes nothing and
 * exits 1 listing every stale file (CI runs this through `npm test`).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderInputsTable } from '../src/action/inputs.js'
import { RULES } from '../src/core/4-evaluate/catalog.js'
import { renderRuleDoc, renderRulesTable } from '../src/core/4-evaluate/rule-doc.js'
import { renderProfilesDoc } from '../src/core/4-evaluate/profiles-doc.js'
import { renderSignalsDoc } from '../src/core/3-detect/catalog-doc.js'
import { renderDiscoveryDoc } from '../src/core/1-discover/discovery-doc.js'
import { renderReportSchemaDoc } from '../src/core/5-report/json.js'
import { USAGE } from '../src/cli/args.js'
import { renderConfigReference } from '../src/config/reference-doc.js'
import { renderSnapshotLimits } from '../src/core/7-delta/snapshot.js'

const check = process.argv.includes('--check')
const root = join(import.meta.dirname, '..')
const stale: string[] = []

function emit(relPath: string, content: string): void {
  const path = join(root, relPath)
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined
  if (current === content) return
  if (check) stale.push(relPath)
  else writeFileSync(path, content)
}

/** Replaces the text between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. */
function fillSection(text: string, name: string, body: string): string {
  const start = `<!-- generated:${name} -->`
  const end = `<!-- /generated:${name} -->`
  const i = text.indexOf(start)
  const j = text.indexOf(end)
  if (i < 0 || j < i) throw new Error(`README.md lacks the markers ${start} … ${end}`)
  return text.slice(0, i + start.length) + '\n' + body.trimEnd() + '\n' + text.slice(j)
}

for (const rule of RULES) emit(`docs/rules/${rule.id}.md`, renderRuleDoc(rule))
const known = new Set(RULES.map((r) => `${r.id}.md`))
for (const file of readdirSync(join(root, 'docs/rules'))) {
  if (file.endsWith('.md') && !known.has(file)) stale.push(`docs/rules/${file} (no such rule)`)
}
emit('docs/signals.md', renderSignalsDoc())
emit('docs/discovery.md', renderDiscoveryDoc())
emit('docs/profiles.md', renderProfilesDoc())
emit('docs/report-schema.md', renderReportSchemaDoc())

let readme = readFileSync(join(root, 'README.md'), 'utf8')
readme = fillSection(readme, 'cli', '```text\n' + USAGE + '\n```')
readme = fillSection(readme, 'rules', renderRulesTable())
readme = fillSection(readme, 'config', renderConfigReference())
readme = fillSection(readme, 'snapshot-limits', renderSnapshotLimits())
readme = fillSection(
  readme,
  'inputs',
  renderInputsTable(readFileSync(join(root, 'action.yml'), 'utf8')),
)
emit('README.md', readme)

if (stale.length > 0) {
  console.error(`Generated docs are stale (run npm run docs):\n  ${stale.join('\n  ')}`)
  process.exit(1)
}
