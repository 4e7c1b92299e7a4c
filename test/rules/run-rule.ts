import type { Finding, Service } from '../../src/core/model.js'
import type { RuleDefinition } from '../../src/core/4-evaluate/define-rule.js'
import { evaluateRules } from '../../src/core/4-evaluate/evaluate.js'
import { buildAnalysis } from '../support/build-service.js'

/** The findings of one rule over these services, through the real evaluator (default options). */
export function runRule(rule: RuleDefinition, ...services: Service[]): Finding[] {
  return evaluateRules(buildAnalysis(...services), {}, [rule])
}
