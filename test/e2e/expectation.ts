/**
 * The `stackfit.expect.yaml` format: what a scan of an example or fixture repository must report.
 * Parsing is strict on purpose: an unknown key, a misspelt signal or rule id, or a path that does
 * not exist in the tree is a problem, so a typo fails the test instead of passing vacuously.
 */
import { parseDocument } from 'yaml'
import { SIGNALS } from '../../src/core/3-detect/signal-definitions.js'
import { RULES } from '../../src/core/4-evaluate/catalog.js'
import type { Exclusion, FailOn, ServiceKind, Severity } from '../../src/core/model.js'

export const KINDS = [
  'service',
  'library',
  'frontend',
  'sample',
  'docs',
  'infra',
] as const satisfies readonly ServiceKind[]
export const SEVERITY_NAMES = ['error', 'warning', 'notice'] as const satisfies readonly Severity[]
export const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const satisfies readonly FailOn[]
export const EXCLUSION_REASONS = [
  'config',
  'documentation',
  'generated',
  'git',
  'gitignored',
  'node_modules',
  'symlink',
  'tooling',
  'testdata',
  'vendored',
] as const satisfies readonly Exclusion['reason'][]

// Fails to compile when model.ts gains an exclusion reason this list does not know.
type UnlistedReason = Exclude<Exclusion['reason'], (typeof EXCLUSION_REASONS)[number]>
const everyReasonListed: [UnlistedReason] extends [never] ? true : false = true
void everyReasonListed

/** An evidence reference: a repo-relative path and, optionally, a 1-based line. */
export interface EvidenceRef {
  path: string
  line?: number
  /** As written in the file, for messages. */
  text: string
}

export type SignalExpectation =
  { kind: 'one'; id: string; evidence: EvidenceRef[] } | { kind: 'anyOf'; ids: string[] }

export interface UnitExpectation {
  root: string
  kind: ServiceKind
  language: string
  signals: SignalExpectation[]
  absentSignals: string[]
  frameworks: string[]
}

export interface FindingExpectation {
  rule: string
  service: string
  severity: Severity
  evidence: EvidenceRef[]
}

export interface Expectation {
  description?: string
  failOn: FailOn
  verdict?: 'pass' | 'fail'
  units: UnitExpectation[]
  findings: FindingExpectation[]
  absent: string[]
  excluded: { path: string; reason: Exclusion['reason'] }[]
  /** Undefined when the file does not say; then diagnostics are not checked. */
  diagnostics?: { path?: string; code: string }[]
}

/** What the loader needs to know about the tree the expectation describes. */
export interface TreeFacts {
  /** Every file below the root, repo-relative with forward slashes. */
  files: readonly string[]
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const SIGNAL_IDS: ReadonlySet<string> = new Set(SIGNALS.map((s) => s.id))
const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id))

/**
 * Parses and validates an expectation file against the tree it describes. Returns the
 * expectation only when there are no problems; problems name the YAML location
 * (`units[2].signals[0].id`) and say what is wrong. Never throws.
 */
export function parseExpectation(
  text: string,
  tree: TreeFacts,
): { expectation?: Expectation; problems: string[] } {
  const problems: string[] = []
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true })
  for (const error of doc.errors) {
    const line = error.linePos?.[0].line
    problems.push(`YAML syntax${line ? ` (line ${line})` : ''}: ${error.message}`)
  }
  if (problems.length > 0) return { problems }
  const root = doc.toJS() as Json
  const v = new Validator(problems, tree)
  const expectation = v.expectation(root)
  return problems.length === 0 && expectation ? { expectation, problems } : { problems }
}

/** Parses `path` or `path:line`. */
export function parseEvidenceRef(text: string): EvidenceRef | undefined {
  const colon = text.lastIndexOf(':')
  if (colon > 0 && /^\d+$/.test(text.slice(colon + 1))) {
    const line = Number(text.slice(colon + 1))
    if (line < 1) return undefined
    return { path: text.slice(0, colon), line, text }
  }
  return { path: text, text }
}

class Validator {
  private readonly files: ReadonlySet<string>
  private readonly dirs: ReadonlySet<string>

  constructor(
    private readonly problems: string[],
    tree: TreeFacts,
  ) {
    this.files = new Set(tree.files)
    const dirs = new Set<string>(['.'])
    for (const file of tree.files) {
      let slash = file.lastIndexOf('/')
      while (slash > 0) {
        dirs.add(file.slice(0, slash))
        slash = file.lastIndexOf('/', slash - 1)
      }
    }
    this.dirs = dirs
  }

  expectation(value: Json): Expectation | undefined {
    const top = this.object(value, '(top level)', {
      required: ['units', 'findings'],
      optional: ['description', 'failOn', 'verdict', 'absent', 'excluded', 'diagnostics'],
    })
    if (!top) return undefined
    const failOn = top.failOn === undefined ? 'warning' : this.oneOf(top.failOn, 'failOn', FAIL_ON)
    const verdict =
      top.verdict === undefined
        ? undefined
        : this.oneOf(top.verdict, 'verdict', ['pass', 'fail'] as const)
    const units = this.listIfPresent(top.units, 'units').map((u, i) => this.unit(u, `units[${i}]`))
    const findings = this.listIfPresent(top.findings, 'findings').map((f, i) =>
      this.finding(f, `findings[${i}]`),
    )
    const absent = this.array(top.absent ?? [], 'absent').map((p, i) =>
      this.existingPath(p, `absent[${i}]`),
    )
    const excluded = this.array(top.excluded ?? [], 'excluded').map((e, i) =>
      this.excluded(e, `excluded[${i}]`),
    )
    const diagnostics =
      top.diagnostics === undefined
        ? undefined
        : this.array(top.diagnostics, 'diagnostics').map((d, i) =>
            this.diagnostic(d, `diagnostics[${i}]`),
          )

    const validUnits = units.filter((u): u is UnitExpectation => u !== undefined)
    const seen = new Set<string>()
    for (const unit of validUnits) {
      if (seen.has(unit.root)) this.problem('units', `root '${unit.root}' is listed twice`)
      seen.add(unit.root)
    }
    const validFindings = findings.filter((f): f is FindingExpectation => f !== undefined)
    validFindings.forEach((finding, i) => {
      const unit = validUnits.find((u) => u.root === finding.service)
      if (!unit)
        this.problem(
          `findings[${i}].service`,
          `'${finding.service}' is not one of the expected units`,
        )
      else if (unit.kind !== 'service') {
        this.problem(
          `findings[${i}].service`,
          `'${finding.service}' is a ${unit.kind}; only services get findings`,
        )
      }
    })
    const description =
      top.description === undefined ? undefined : this.string(top.description, 'description')

    if (this.problems.length > 0 || failOn === undefined) return undefined
    return {
      ...(description !== undefined ? { description } : {}),
      failOn,
      ...(verdict ? { verdict } : {}),
      units: validUnits,
      findings: validFindings,
      absent: absent.filter((p): p is string => p !== undefined),
      excluded: excluded.filter((e): e is Expectation['excluded'][number] => e !== undefined),
      ...(diagnostics
        ? {
            diagnostics: diagnostics.filter(
              (d): d is { path?: string; code: string } => d !== undefined,
            ),
          }
        : {}),
    }
  }

  private unit(value: Json, at: string): UnitExpectation | undefined {
    const o = this.object(value, at, {
      required: ['root', 'kind', 'language'],
      optional: ['signals', 'absentSignals', 'frameworks'],
    })
    if (!o) return undefined
    const root = this.existingPath(o.root, `${at}.root`, 'dir')
    const kind = this.oneOf(o.kind, `${at}.kind`, KINDS)
    const language = this.string(o.language, `${at}.language`)
    if (language !== undefined && language !== language.toLowerCase()) {
      this.problem(`${at}.language`, `'${language}' must be a lower-case linguist name`)
    }
    const signals = this.array(o.signals ?? [], `${at}.signals`).map((s, i) =>
      this.signal(s, `${at}.signals[${i}]`, root),
    )
    const absentSignals = this.array(o.absentSignals ?? [], `${at}.absentSignals`).map((s, i) =>
      this.signalId(s, `${at}.absentSignals[${i}]`),
    )
    const frameworks = this.array(o.frameworks ?? [], `${at}.frameworks`).map((s, i) =>
      this.string(s, `${at}.frameworks[${i}]`),
    )
    const present = new Set(
      signals.flatMap((s) => (s === undefined ? [] : s.kind === 'one' ? [s.id] : s.ids)),
    )
    for (const id of absentSignals) {
      if (id !== undefined && present.has(id))
        this.problem(`${at}.absentSignals`, `'${id}' is also expected present`)
    }
    if (root === undefined || kind === undefined || language === undefined) return undefined
    return {
      root,
      kind,
      language,
      signals: signals.filter((s): s is SignalExpectation => s !== undefined),
      absentSignals: absentSignals.filter((s): s is string => s !== undefined),
      frameworks: frameworks.filter((s): s is string => s !== undefined),
    }
  }

  private signal(
    value: Json,
    at: string,
    unitRoot: string | undefined,
  ): SignalExpectation | undefined {
    if (typeof value === 'string') {
      const id = this.signalId(value, at)
      return id === undefined ? undefined : { kind: 'one', id, evidence: [] }
    }
    if (isObject(value) && 'anyOf' in value) {
      const o = this.object(value, at, { required: ['anyOf'], optional: [] })
      if (!o) return undefined
      const ids = this.array(o.anyOf, `${at}.anyOf`).map((s, i) =>
        this.signalId(s, `${at}.anyOf[${i}]`),
      )
      if (ids.length < 2)
        this.problem(`${at}.anyOf`, 'needs at least two ids (use the id itself for one)')
      return ids.every((id) => id !== undefined)
        ? { kind: 'anyOf', ids: ids as string[] }
        : undefined
    }
    const o = this.object(value, at, { required: ['id'], optional: ['evidence'] })
    if (!o) return undefined
    const id = this.signalId(o.id, `${at}.id`)
    const evidence = this.evidenceList(o.evidence ?? [], `${at}.evidence`, unitRoot)
    return id === undefined || evidence === undefined ? undefined : { kind: 'one', id, evidence }
  }

  private finding(value: Json, at: string): FindingExpectation | undefined {
    const o = this.object(value, at, {
      required: ['rule', 'service', 'severity'],
      optional: ['evidence'],
    })
    if (!o) return undefined
    const rule = this.string(o.rule, `${at}.rule`)
    if (rule !== undefined && !RULE_IDS.has(rule)) {
      this.problem(`${at}.rule`, `unknown rule id '${rule}' (known: ${[...RULE_IDS].join(', ')})`)
    }
    const service = this.existingPath(o.service, `${at}.service`, 'dir')
    const severity = this.oneOf(o.severity, `${at}.severity`, SEVERITY_NAMES)
    const evidence = this.evidenceList(o.evidence ?? [], `${at}.evidence`, undefined)
    if (
      rule === undefined ||
      service === undefined ||
      severity === undefined ||
      evidence === undefined
    ) {
      return undefined
    }
    return { rule, service, severity, evidence }
  }

  private excluded(value: Json, at: string): Expectation['excluded'][number] | undefined {
    const o = this.object(value, at, { required: ['path', 'reason'], optional: [] })
    if (!o) return undefined
    const path = this.existingPath(o.path, `${at}.path`)
    const reason = this.oneOf(o.reason, `${at}.reason`, EXCLUSION_REASONS)
    return path === undefined || reason === undefined ? undefined : { path, reason }
  }

  private diagnostic(value: Json, at: string): { path?: string; code: string } | undefined {
    const o = this.object(value, at, { required: ['code'], optional: ['path'] })
    if (!o) return undefined
    const code = this.string(o.code, `${at}.code`)
    const path = o.path === undefined ? undefined : this.existingPath(o.path, `${at}.path`, 'file')
    if (code === undefined || (o.path !== undefined && path === undefined)) return undefined
    return path === undefined ? { code } : { path, code }
  }

  private evidenceList(
    value: Json,
    at: string,
    unitRoot: string | undefined,
  ): EvidenceRef[] | undefined {
    const refs = this.array(value, at).map((item, i) => {
      const text = this.string(item, `${at}[${i}]`)
      if (text === undefined) return undefined
      const ref = parseEvidenceRef(text)
      if (!ref) {
        this.problem(
          `${at}[${i}]`,
          `'${text}' is not 'path' or 'path:line' with a line of 1 or more`,
        )
        return undefined
      }
      if (this.existingPath(ref.path, `${at}[${i}]`, 'file') === undefined) return undefined
      if (unitRoot !== undefined && !isAtOrBelow(ref.path, unitRoot)) {
        this.problem(`${at}[${i}]`, `'${ref.path}' is outside the unit '${unitRoot}'`)
      }
      return ref
    })
    return refs.every((r) => r !== undefined) ? (refs as EvidenceRef[]) : undefined
  }

  private signalId(value: Json | undefined, at: string): string | undefined {
    const id = this.string(value, at)
    if (id !== undefined && !SIGNAL_IDS.has(id)) {
      this.problem(at, `unknown signal id '${id}' (see src/core/3-detect/signal-definitions.ts)`)
      return undefined
    }
    return id
  }

  private existingPath(
    value: Json | undefined,
    at: string,
    want: 'file' | 'dir' | 'any' = 'any',
  ): string | undefined {
    const path = this.string(value, at)
    if (path === undefined) return undefined
    if (
      path !== '.' &&
      (path.startsWith('./') ||
        path.startsWith('/') ||
        path.endsWith('/') ||
        path.includes('\\') ||
        path.split('/').some((s) => s === '' || s === '.' || s === '..'))
    ) {
      this.problem(
        at,
        `'${path}' must be repo-relative with forward slashes, no ./, .. or trailing /`,
      )
      return undefined
    }
    const isFile = this.files.has(path)
    const isDir = this.dirs.has(path)
    const ok = want === 'file' ? isFile : want === 'dir' ? isDir : isFile || isDir
    if (!ok) {
      this.problem(
        at,
        `'${path}' is not ${want === 'any' ? 'a file or directory' : `a ${want === 'dir' ? 'directory' : 'file'}`} in the tree`,
      )
      return undefined
    }
    return path
  }

  private object(
    value: Json,
    at: string,
    keys: { required: string[]; optional: string[] },
  ): { [key: string]: Json } | undefined {
    if (!isObject(value)) {
      this.problem(at, `must be a mapping, got ${describe(value)}`)
      return undefined
    }
    const allowed = new Set([...keys.required, ...keys.optional])
    for (const key of Object.keys(value)) {
      if (!allowed.has(key))
        this.problem(at, `unknown key '${key}' (allowed: ${[...allowed].join(', ')})`)
    }
    for (const key of keys.required) {
      if (!(key in value)) this.problem(at, `missing key '${key}'`)
    }
    return value
  }

  /** A missing required key is already a problem; do not report it twice. */
  private listIfPresent(value: Json | undefined, at: string): Json[] {
    return value === undefined ? [] : this.array(value, at)
  }

  private array(value: Json | undefined, at: string): Json[] {
    if (Array.isArray(value)) return value
    this.problem(at, `must be a list, got ${describe(value ?? null)}`)
    return []
  }

  private string(value: Json | undefined, at: string): string | undefined {
    if (typeof value === 'string' && value !== '') return value
    this.problem(at, `must be a non-empty string, got ${describe(value ?? null)}`)
    return undefined
  }

  private oneOf<T extends string>(
    value: Json | undefined,
    at: string,
    allowed: readonly T[],
  ): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
      return value as T
    this.problem(at, `must be one of ${allowed.join(', ')}, got ${describe(value ?? null)}`)
    return undefined
  }

  private problem(at: string, message: string): void {
    this.problems.push(`${at}: ${message}`)
  }
}

/** True when `path` is `dir` or inside it; everything is inside `.`. */
export function isAtOrBelow(path: string, dir: string): boolean {
  return dir === '.' || path === dir || path.startsWith(`${dir}/`)
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: Json): string {
  if (value === null) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return `${typeof value} ${JSON.stringify(value)}`
}
