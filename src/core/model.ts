/**
 * stackfit's data model: every stage of the pipeline returns plain, sorted, serialisable data
 * built from these types. Nothing here does I/O.
 */

/** The guide's workload axes. */
export const CATEGORIES = [
  'ai-ml',
  'data',
  'concurrency',
  'latency',
  'resource',
  'deployment',
  'prototype',
] as const
export type Category = (typeof CATEGORIES)[number]

export type Strength = 'strong' | 'weak'

/** Finding severities, most severe first. */
export const SEVERITIES = ['error', 'warning', 'notice'] as const
export type Severity = (typeof SEVERITIES)[number]

/** `fail-on` threshold: the least severe finding that fails the build, or never. */
export type FailOn = Severity | 'never'

/**
 * What a discovered directory is. Only `service` is judged for fit; the others are reported so a
 * reader sees that stackfit looked at them and why it did not lint them.
 * - service: builds into a deployable process (server, worker, CLI daemon)
 * - library: shared code with no entry point of its own
 * - frontend: a browser application (judged by no backend rule)
 * - sample: an example or demo app (under examples/, samples/, demo/ ...)
 * - docs: a documentation site
 */
export type ServiceKind = 'service' | 'library' | 'frontend' | 'sample' | 'docs'

/** Lower-cased linguist language name: `go`, `python`, `typescript`, `c#`, `jupyter notebook`. */
export type LanguageId = string

/** A reason to believe something, pointing at the exact place where possible. */
export interface Evidence {
  /** Repo-relative path with forward slashes. */
  path: string
  /** 1-based line, when the detector can point at one. */
  line?: number
  /** The matched text or a short human explanation ("requires github.com/sashabaranov/go-openai v1.20.0"). */
  detail: string
}

/** A repo-relative path that the scan deliberately did not look into, and why. */
export interface Exclusion {
  path: string
  reason:
    | 'gitignored'
    | 'vendored'
    | 'generated'
    | 'documentation'
    | 'node_modules'
    | 'testdata'
    | 'git'
    | 'config'
    | 'symlink'
  /** Where the decision came from, e.g. `.gitattributes:3` or `built-in: vendor/`. */
  source: string
}

/** Something the scan could not do fully; never fatal. */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'info'
  /** Stable code: `manifest-parse`, `file-too-large`, `binary-file`, `unreadable`, `symlink-loop`, `not-utf8`, `config`. */
  code: string
  message: string
  path?: string
  line?: number
  column?: number
}

export interface LanguageShare {
  id: LanguageId
  /** Bytes of code attributed to the language (notebooks: bytes of code cells). */
  bytes: number
  /** 0..1, rounded to 4 decimals. */
  share: number
}

export interface LanguageResult {
  /** The dominant programming language, or `unknown`. */
  id: LanguageId
  /** Sorted by bytes descending, then id. Only languages of type programming. */
  shares: LanguageShare[]
  /** Why this language was chosen (dominant bytes, manifest tie-break). */
  evidence: Evidence[]
}

export interface Signal {
  /** Dotted `category.trait`, e.g. `ai-ml.llm-client`, `concurrency.realtime`. See docs/signals.md. */
  id: string
  category: Category
  strength: Strength
  /** Sorted by path, then line. Deduplicated. */
  evidence: Evidence[]
}

/**
 * A framework or runtime the service is built on, with its concurrency model. Rules use it to tell
 * a synchronous Python web stack from an asyncio one.
 */
export interface Framework {
  /** Catalog name: `flask`, `fastapi`, `gin`, `express`, `celery` ... */
  name: string
  role: 'web' | 'worker' | 'rpc' | 'ui'
  model: 'sync' | 'async' | 'threads' | 'goroutines' | 'event-loop'
  evidence: Evidence[]
}

export interface Service {
  /** Repo-relative directory, forward slashes, `.` for the repository root. */
  root: string
  name: string
  kind: ServiceKind
  /** Why the kind was chosen (entry point found, no main package, under examples/ ...). */
  kindEvidence: Evidence[]
  /** Manifest and marker files that made this a candidate, repo-relative, sorted. */
  markers: string[]
  language: LanguageResult
  /** Sorted by category order, then id. */
  signals: Signal[]
  /** Sorted by name. */
  frameworks: Framework[]
}

export interface Finding {
  ruleId: string
  ruleName: string
  category: Category | 'policy' | 'hygiene'
  severity: Severity
  /** Service.root */
  service: string
  message: string
  fix: string
  /** The first entry with a line is the anchor for annotations and review comments. */
  evidence: Evidence[]
  /** Stable across runs and line moves: hash of rule, service and the anchor's evidence detail. */
  fingerprint: string
  /** Set when a waiver applies: the finding is reported but does not count toward the verdict. */
  waived?: { reason: string; owner?: string; expires?: string; source: string }
}

export interface Verdict {
  conclusion: 'pass' | 'fail'
  /** Non-waived findings per severity. */
  counts: Record<Severity, number>
  failOn: FailOn
  /** One line for the CLI's stderr and the Action's failure message. */
  headline: string
}

/** Everything the pure core produces for one tree. */
export interface Analysis {
  /** Sorted by root. */
  services: Service[]
  /** Sorted by path. */
  exclusions: Exclusion[]
  /** Sorted by path, then line, then code. */
  diagnostics: Diagnostic[]
  /** Number of files the scan considered (after exclusions). */
  fileCount: number
}

export interface Report {
  schemaVersion: string
  tool: { name: 'stackfit'; version: string }
  root: string
  services: Service[]
  /** Sorted by severity, ruleId, service, anchor path, anchor line. */
  findings: Finding[]
  exclusions: Exclusion[]
  diagnostics: Diagnostic[]
  verdict: Verdict
}

/** Category order used for sorting and display. */
export function categoryRank(category: Category): number {
  return CATEGORIES.indexOf(category)
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity)
}
