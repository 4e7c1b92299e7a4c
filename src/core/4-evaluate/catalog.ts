/**
 * The rule catalog: every built-in rule, listed explicitly and sorted by id. Ranges: SF0xx team
 * policy from .stackfit.yml (SF001–SF009 policy rules, SF010–SF019 waivers), SF1xx AI/ML,
 * SF2xx data, SF3xx concurrency, SF4xx latency/resource/deployment, SF5xx architecture (splits),
 * SF9xx hygiene. Ids are permanent; a retired rule keeps its id unused.
 */
import type { RuleDefinition } from './define-rule.js'
import { sf001 } from './rules/sf001-language-not-allowed.js'
import { sf002 } from './rules/sf002-workload-misplaced.js'
import { sf003 } from './rules/sf003-mixed-workload-not-split.js'
import { sf010 } from './rules/sf010-waiver-expired.js'
import { sf011 } from './rules/sf011-waiver-unused.js'
import { sf101 } from './rules/sf101-ai-ml-outside-python.js'
import { sf201 } from './rules/sf201-data-processing-outside-python.js'
import { sf301 } from './rules/sf301-realtime-load-on-sync-python.js'
import { sf302 } from './rules/sf302-cpu-bound-threads-under-gil.js'
import { sf401 } from './rules/sf401-tight-budget-on-python.js'
import { sf402 } from './rules/sf402-single-binary-on-python.js'
import { sf501 } from './rules/sf501-split-mixed-workload.js'
import { sf901 } from './rules/sf901-lone-language.js'

/** Every built-in rule, sorted by id. */
export const RULES: readonly RuleDefinition[] = [
  sf001,
  sf002,
  sf003,
  sf010,
  sf011,
  sf101,
  sf201,
  sf301,
  sf302,
  sf401,
  sf402,
  sf501,
  sf901,
]

/** Where each rule's page lives; the one place that knows the repository URL. */
export const RULE_DOCS_BASE_URL = 'https://github.com/stackfit/stackfit/blob/main/docs/rules/'

/** The rule's documentation page URL (`…/docs/rules/SF101.md`). Never throws. */
export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_BASE_URL}${encodeURIComponent(id)}.md`
}

/** The rule with this id or name, or undefined. */
export function findRule(idOrName: string): RuleDefinition | undefined {
  return RULES.find((r) => r.id === idOrName || r.name === idOrName)
}
