/**
 * Renders the documentation that is generated from rule definitions: one Markdown page per rule
 * (docs/rules/<ID>.md) and the rules table of the README and `stackfit rules --format markdown`.
 */
import type { RuleDefinition } from './define-rule.js'
import { RULES, ruleDocsUrl } from './catalog.js'

/** Escapes the characters that would break a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

/**
 * The rule's documentation page, with fixed headings in a fixed order. Deterministic; ends with a
 * single newline.
 */
export function renderRuleDoc(rule: RuleDefinition): string {
  return [
    `# ${rule.id} ${rule.name}`,
    '',
    `${rule.summary}.`,
    '',
    '| Category | Default severity |',
    '| --- | --- |',
    `| ${cell(rule.category)} | ${rule.defaultSeverity} |`,
    '',
    '## What it checks',
    '',
    rule.appliesTo,
    '',
    'Only services of kind `service` are judged: libraries, frontends, samples and docs sites are reported but never get fit findings.',
    '',
    '## Why it matters',
    '',
    'From the guide, *Python vs Go for App Backends: How to Choose*:',
    '',
    `> ${rule.rationale}`,
    '',
    '## How to fix',
    '',
    rule.fix,
    '',
    '## Configuration',
    '',
    `Turn the rule off or change its severity in \`.stackfit.yml\`, by id or by name (\`${rule.name}\`):`,
    '',
    '```yaml',
    'rules:',
    `  ${rule.id}:`,
    '    severity: off # or error, warning, notice',
    '```',
    '',
    'A configured severity applies to every finding of the rule, including those the rule would otherwise soften or escalate.',
    '',
    '## Examples',
    '',
    `Flagged: ${rule.examples.failing}`,
    '',
    `Not flagged: ${rule.examples.passing}`,
    '',
  ].join('\n')
}

/**
 * A Markdown table of every rule (id linked to its page, name, category, default severity,
 * summary), in catalog order. Ends with a single newline.
 */
export function renderRulesTable(rules: readonly RuleDefinition[] = RULES): string {
  const rows = rules.map(
    (r) =>
      `| [${r.id}](${ruleDocsUrl(r.id)}) | \`${r.name}\` | ${cell(r.category)} | ${r.defaultSeverity} | ${cell(r.summary)} |`,
  )
  return [
    '| Rule | Name | Category | Default severity | Summary |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n')
}
