/**
 * The shape of a `.stackfit.yml` after validation against schema/stackfit.schema.json, and of the
 * errors found on the way. Keys are written as in the file.
 */
import type { Category, FailOn, Severity } from '../core/model.js'
import type { Ecosystem } from '../core/facts.js'

export type RuleSeverity = Severity | 'off'
export type RuleSettingValue = RuleSeverity | { severity: RuleSeverity }

/** Declared requirements of one service; each one becomes strong evidence for a signal. */
export interface RequirementsEntry {
  'latency-budget-ms'?: number
  'requests-per-second'?: number
  'memory-budget-mb'?: number
  'single-binary'?: boolean
}

export interface ConfigFile {
  $schema?: string
  extends?: string
  'fail-on'?: FailOn
  discovery?: {
    include?: string[]
    exclude?: string[]
    skip?: string[]
    services?: string[]
    'only-listed'?: boolean
  }
  rules?: Record<string, RuleSettingValue>
  overrides?: { services: string[]; rules: Record<string, RuleSettingValue> }[]
  policy?: {
    languages?: string[]
    placement?: Partial<Record<Category, { languages: string[]; evidence?: 'strong' | 'any' }>>
    'split-mixed-workloads'?: boolean
  }
  requirements?: Record<string, RequirementsEntry>
  signals?: {
    ecosystem: Ecosystem
    signal: string
    strength?: 'strong' | 'weak'
    packages: string[]
    imports?: string[]
  }[]
  waivers?: { rule: string; service?: string; reason: string; owner?: string; expires?: string }[]
}

/** One problem in a policy file. `file` is as the user named it (repo-relative when found by lookup). */
export interface ConfigError {
  file: string
  line: number
  column: number
  message: string
}

/** `file:line:column: message`, the one format every shell prints. */
export function formatConfigError(error: ConfigError): string {
  return `${error.file}:${error.line}:${error.column}: ${error.message}`
}
