/**
 * The shape of a rule: a catalog entry first (permanent id, name, severity, the guide's words, a
 * fix, examples), and a `check` second. Everything but `check` is documentation and is rendered
 * into docs/rules/<ID>.md.
 */
import type { Analysis, Category, Evidence, Service, Severity } from '../model.js'
import type { TeamPolicy } from './policy.js'
import type { LanguageProfile } from './profiles.js'

export type RuleCategory = Category | 'hygiene' | 'policy'

/** What a rule sees besides the service it judges. */
export interface RuleContext {
  /** The whole analysis, for repository-wide questions such as the team's languages. */
  readonly analysis: Analysis
  /** The language profiles rules judge against. */
  readonly profiles: readonly LanguageProfile[]
  /** The team's policy from `.stackfit.yml`; policy rules (SF0xx) find nothing without it. */
  readonly policy?: TeamPolicy
}

/** One problem a rule found in one service. */
export interface RuleHit {
  /** Plain words: the service, what was found, where, and the guide's reason. */
  message: string
  /** The lines that prove it. The first entry with a line anchors the finding; keep it stable. */
  evidence: Evidence[]
  /** Overrides the rule's generic fix when the hit knows better (e.g. which side to move). */
  fix?: string
  /** Escalates or softens this hit against the rule's default severity. */
  severity?: Severity
}

export interface RuleDefinition {
  /** `SF` + three digits. Permanent: never reused, never renumbered. */
  id: string
  /** kebab-case, reads as the problem: `ai-ml-outside-python`. */
  name: string
  category: RuleCategory
  defaultSeverity: Severity
  /** One line. */
  summary: string
  /** A verbatim quote from the guide. */
  rationale: string
  /** Imperative: what to do about it. */
  fix: string
  /** Which services and signals the rule looks at, in a sentence or two. */
  appliesTo: string
  /** Short descriptions of a service tree the rule flags and one it passes. */
  examples: { failing: string; passing: string }
  /**
   * Judges one service of kind `service`. Returns no hits when the service fits. Must not throw and
   * must return the same hits, in the same order, for the same input.
   */
  check(service: Service, context: RuleContext): RuleHit[]
}

/** Returns the rule unchanged; exists so rule files get the type checked at the definition. */
export function defineRule(rule: RuleDefinition): RuleDefinition {
  return rule
}
