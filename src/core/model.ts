/**
 * stackfit's data model: every stage of the pipeline returns plain, sorted, serialisable data
 * built from these types. Nothing here does I/O.
 */
import type { Waiver } from './4-evaluate/policy.js'

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
 * - infra: a container image of a third-party server the team only configures (a database, a
 *   proxy, a log shipper), built from that server's official image; or a build or development
 *   image with no code of its own that runs code from other directories (docs/discovery.md)
 */
export type ServiceKind = 'service' | 'library' | 'frontend' | 'sample' | 'docs' | 'infra'

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
    | 'tooling'
  /** Where the decision came from, e.g. `.gitattributes:3` or `built-in: vendor/`. */
  source: string
}

/** Something the scan could not do fully; never fatal. */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'info'
  /** Stable code: `manifest-parse`, `file-too-large`, `binary-file`, `unreadable`, `symlink-loop`, `not-utf8`, `config`, `inline-waiver`. */
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
  /**
   * Sorted by path, then line. Deduplicated. A signal lent by an in-repository library starts
   * with the service's reference line(s), then the library's evidence (docs/signals.md).
   */
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
  /**
   * Set by a changed-scope scan (a pull request) on a service the change does not touch: it was
   * discovered and classified from its file listing only (no source read, no signals detected,
   * no rule judged it), so it counts in the summary. Absent on every fully analysed service.
   */
  counted?: true
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
  /**
   * What the finding is about, not where: a hash of rule, service and the rule's own severity for
   * the hit, so it survives line moves, file moves inside the service, version bumps and changes
   * to other services (see fingerprintKey in src/core/4-evaluate/evaluate.ts).
   */
  fingerprint: string
  /** Set when a waiver applies: the finding is reported but does not count toward the verdict. */
  waived?: { reason: string; owner?: string; expires?: string; source: string }
  /** Set when the scan compared against a base: `new` when the base had no finding with this fingerprint. */
  status?: 'new' | 'existing'
}

export interface Verdict {
  conclusion: 'pass' | 'fail'
  /** Non-waived findings per severity. */
  counts: Record<Severity, number>
  failOn: FailOn
  /** One line for the CLI's stderr and the Action's failure message. */
  headline: string
  /** Set when only new findings could fail the run (`fail-on-scope: new`). */
  failOnScope?: FailOnScope
}

/**
 * Which findings can fail the run: `all` of them, or only those `new` against the base (findings
 * without a status count as new: with no base, everything is).
 */
export type FailOnScope = 'new' | 'all'

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
  /**
   * Waivers written as `stackfit-ignore` comments in the services' manifests and sources, sorted by
   * source; absent when there are none. Evaluation applies them after the policy file's waivers.
   */
  inlineWaivers?: Waiver[]
  /**
   * For each service that takes signals from in-repository libraries (src/core/3-detect/
   * inherited-signals.ts): the roots of those libraries, direct and transitive, sorted; absent when
   * no service references one. A change to such a library changes the service too.
   */
  lenders?: Readonly<Record<string, readonly string[]>>
  /**
   * Only when asked for (AnalyzeOptions.footprint): what each unit's result depends on beyond the
   * files below its root. A snapshot keeps it (src/core/7-delta/snapshot.ts); reports never show it.
   */
  footprint?: Readonly<Record<string, UnitFootprint>>
}

/** What a unit's result depends on beyond its own directory, and how many files lie below it. */
export interface UnitFootprint {
  /**
   * Files outside the unit's root that its analysis reads: the deployment files attached to it and
   * the files it owns outside its root (a container-only directory merged into it). Sorted.
   */
  outside: readonly string[]
  /** Files below the root, nested units included, that `Analysis.fileCount` counts. */
  counted: number
  /** Where its non-dev local references point (referenceTargets); absent when it has none. */
  references?: readonly string[]
  /** The workspace members its manifests declare, sorted; absent when none does. */
  workspaceMembers?: readonly string[]
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
  /** What a change did against its base (`scan --base`, pull requests). See src/core/7-delta. */
  delta?: Delta
}

/** One signal's change in one service. Evidence compares by detail, so moved lines are not changes. */
export interface SignalDelta {
  id: string
  category: Category
  /** `added`: not at base; `removed`: not at head; `changed`: evidence or strength moved. */
  change: 'added' | 'removed' | 'changed'
  /** Strength at head (at base for `removed`). */
  strength: Strength
  /** Evidence at head whose detail the base did not have (as many times). Sorted by path, line. */
  added: Evidence[]
  /** Evidence at base whose detail the head no longer has. Sorted by path, line. */
  removed: Evidence[]
}

/** How one service changed between base and head. */
export interface ServiceDelta {
  root: string
  /** `added`: only at head; `removed`: only at base; `changed`: on both sides and different. */
  change: 'added' | 'removed' | 'changed'
  /** Dominant language at base and at head (absent on the side where the service does not exist). */
  language: { base?: LanguageId; head?: LanguageId }
  /** Kind at base and at head, when the service exists on both sides and its kind changed. */
  kind?: { base: ServiceKind; head: ServiceKind }
  /** Languages whose share moved by at least one percentage point, sorted by id. Shares are 0..1. */
  shares: { id: LanguageId; base: number; head: number }[]
  /** Categories that gained a signal or evidence, in category order. */
  toward: Category[]
  /** Categories that lost every signal, in category order. */
  awayFrom: Category[]
  /** Sorted by category order, then id. */
  signals: SignalDelta[]
}

/** A change against its base: per-service deltas and the findings the change resolved. */
export interface Delta {
  /** The base as given (`origin/main`, a commit id); display only. */
  base: string
  /** Roots of the services the change touches (at base or head), sorted. */
  touched: string[]
  /** `changed`: the report's findings are the touched services' plus any new one; `all`: every finding. */
  scope: 'changed' | 'all'
  /** Services that differ, sorted by root. Untouched services never appear. */
  services: ServiceDelta[]
  /** Findings of the base whose fingerprint the head no longer has, sorted like findings. */
  resolved: Finding[]
  /** Findings per status (non-waived), and resolved findings. */
  counts: { new: number; existing: number; resolved: number }
  /**
   * What the head side read: `analysed`, the roots analysed in full (the touched services and any
   * whose findings the change could alter through repository-wide context); `counted`, the roots
   * only discovered and classified from their listing (`Service.counted`). In `all` scope every
   * root is analysed. Both sorted.
   */
  coverage?: { analysed: string[]; counted: string[] }
}

/** Category order used for sorting and display. */
export function categoryRank(category: Category): number {
  return CATEGORIES.indexOf(category)
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity)
}
