/**
 * The team's policy as the evaluate stage sees it: plain data, already validated and normalised by
 * src/config. Every field is optional; an empty policy enables no policy rule.
 */
import type { Category, Evidence, Severity } from '../model.js'

/** A workload category that must live in given languages. */
export interface Placement {
  category: Category
  /** Lower-cased linguist ids: `python`, `go`. */
  languages: string[]
  /** `strong`: only strong signals count; `any`: weak ones too. */
  evidence: 'strong' | 'any'
}

/** The team's own rules (SF001–SF003). */
export interface TeamPolicy {
  /** Languages services may be written in (lower-cased linguist ids). */
  languages?: string[]
  placement?: Placement[]
  splitMixedWorkloads?: boolean
  /** Where the policy was written, cited in messages: `.stackfit.yml:12`. */
  source?: string
}

/** A rule setting: a severity, or `off`. */
export type RuleSetting = Severity | 'off'

/** Rule settings for the services whose root matches one of `services` (globs). */
export interface RuleOverride {
  services: string[]
  rules: Record<string, { severity?: RuleSetting }>
}

/**
 * An accepted finding. Matches findings of `rule` (id or name) on services whose root matches
 * `service` (a glob; every service when absent). Inline waivers carry `path` and `line`: they match
 * only findings with evidence on that line or the line below.
 */
export interface Waiver {
  rule: string
  service?: string
  reason: string
  owner?: string
  /** Last day the waiver applies, `YYYY-MM-DD` (UTC). */
  expires?: string
  /** Where it was written: `.stackfit.yml:30` or `services/a/go.mod:9`. */
  source: string
  /** Evidence pointing at the waiver itself, for expired and unused reports. */
  evidence: Evidence
  /** Inline waivers only: the line of the comment; it covers that line and the next. */
  inline?: { path: string; line: number }
}
