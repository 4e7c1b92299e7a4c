/**
 * Compares a scan's result with an expectation file and says, in one line per problem, what is
 * missing or unexpected: which unit, which signal, which finding, which trap leaked.
 */
import type { RunResult } from '../../src/engine.js'
import type { Evidence, Finding, Service } from '../../src/core/model.js'
import { isAtOrBelow, type EvidenceRef, type Expectation } from './expectation.js'

export const SECTIONS = [
  'units',
  'signals',
  'findings',
  'absent',
  'ownership',
  'excluded',
  'diagnostics',
  'verdict',
] as const
export type Section = (typeof SECTIONS)[number]
export type Problems = Record<Section, string[]>

/** The parts of a run the comparison reads. */
export type ScanOutcome = Pick<RunResult, 'analysis' | 'findings' | 'verdict'>

/**
 * Every difference between the outcome and the expectation, grouped by section; an empty list
 * means the section matches. `files` lists every file of the tree on disk (repo-relative), used
 * to check that excluded directories are covered file by file. Never throws.
 */
export function compareWithExpectation(
  expected: Expectation,
  outcome: ScanOutcome,
  files: readonly string[],
): Problems {
  const problems: Problems = {
    units: [],
    signals: [],
    findings: [],
    absent: [],
    ownership: [],
    excluded: [],
    diagnostics: [],
    verdict: [],
  }
  const services = outcome.analysis.services
  const byRoot = new Map(services.map((s) => [s.root, s]))

  // units: exact set, with kind and language
  const expectedRoots = new Set(expected.units.map((u) => u.root))
  for (const unit of expected.units) {
    const actual = byRoot.get(unit.root)
    if (!actual) {
      problems.units.push(
        `${unit.root}: not reported as a unit (expected ${unit.kind}, ${unit.language}); reported: ${list(services.map((s) => s.root))}`,
      )
      continue
    }
    if (actual.kind !== unit.kind) {
      problems.units.push(
        `${unit.root}: kind is ${actual.kind}, expected ${unit.kind} (because: ${evidenceText(actual.kindEvidence)})`,
      )
    }
    if (actual.language.id !== unit.language) {
      const shares = actual.language.shares.map((s) => `${s.id} ${(s.share * 100).toFixed(1)}%`)
      problems.units.push(
        `${unit.root}: language is ${actual.language.id}, expected ${unit.language} (shares: ${list(shares)})`,
      )
    }
  }
  for (const actual of services) {
    if (!expectedRoots.has(actual.root)) {
      problems.units.push(
        `${actual.root}: unexpected unit (${actual.kind}, ${actual.language.id}, markers: ${list(actual.markers)}; because: ${evidenceText(actual.kindEvidence)})`,
      )
    }
  }

  // signals and frameworks per expected unit
  for (const unit of expected.units) {
    const actual = byRoot.get(unit.root)
    if (!actual) continue
    const signals = new Map(actual.signals.map((s) => [s.id, s]))
    const has = list(actual.signals.map((s) => s.id))
    for (const want of unit.signals) {
      if (want.kind === 'anyOf') {
        if (!want.ids.some((id) => signals.has(id))) {
          problems.signals.push(`${unit.root}: none of the signals ${list(want.ids)} (has: ${has})`)
        }
        continue
      }
      const signal = signals.get(want.id)
      if (!signal) {
        problems.signals.push(`${unit.root}: signal ${want.id} missing (has: ${has})`)
        continue
      }
      for (const ref of missingEvidence(want.evidence, signal.evidence)) {
        problems.signals.push(
          `${unit.root}: signal ${want.id} lacks evidence ${ref.text} (has: ${evidenceText(signal.evidence)})`,
        )
      }
    }
    for (const id of unit.absentSignals) {
      const signal = signals.get(id)
      if (signal) {
        problems.signals.push(
          `${unit.root}: unexpected signal ${id} from ${evidenceText(signal.evidence)}`,
        )
      }
    }
    const frameworks = new Set(actual.frameworks.map((f) => f.name))
    for (const name of unit.frameworks) {
      if (!frameworks.has(name)) {
        problems.signals.push(
          `${unit.root}: framework ${name} not detected (has: ${list([...frameworks])})`,
        )
      }
    }
  }

  // findings: exact multiset of (rule, service, severity)
  const unmatched = [...outcome.findings]
  for (const want of expected.findings) {
    const index = unmatched.findIndex(
      (f) => f.ruleId === want.rule && f.service === want.service && f.severity === want.severity,
    )
    const label = `${want.rule} ${want.severity} on ${want.service}`
    if (index < 0) {
      const other = outcome.findings.find(
        (f) => f.ruleId === want.rule && f.service === want.service,
      )
      problems.findings.push(
        other ? `missing ${label}: reported as ${other.severity} instead` : `missing ${label}`,
      )
      continue
    }
    const [finding] = unmatched.splice(index, 1) as [Finding]
    for (const ref of missingEvidence(want.evidence, finding.evidence)) {
      problems.findings.push(
        `${label}: lacks evidence ${ref.text} (has: ${evidenceText(finding.evidence)})`,
      )
    }
  }
  for (const f of unmatched) {
    problems.findings.push(`unexpected ${f.ruleId} ${f.severity} on ${f.service}: ${f.message}`)
  }

  // absent: traps never become units and never show up as evidence
  for (const trap of expected.absent) {
    for (const service of services) {
      if (isAtOrBelow(service.root, trap)) {
        problems.absent.push(`${trap}: reported as unit ${service.root} (${service.kind})`)
      }
      for (const [where, evidence] of serviceEvidence(service)) {
        if (isAtOrBelow(evidence.path, trap)) {
          problems.absent.push(
            `${trap}: leaked into ${service.root} ${where}: ${evidenceRef(evidence)}`,
          )
        }
      }
    }
    for (const f of outcome.findings) {
      for (const evidence of f.evidence) {
        if (isAtOrBelow(evidence.path, trap)) {
          problems.absent.push(
            `${trap}: leaked into finding ${f.ruleId} on ${f.service}: ${evidenceRef(evidence)}`,
          )
        }
      }
    }
  }

  // ownership: a unit's markers and signals lie inside it and not inside a nested unit (kind
  // evidence may point above it, e.g. at the examples/ directory that makes it a sample)
  for (const service of services) {
    const nested = services.filter(
      (s) => s.root !== service.root && isAtOrBelow(s.root, service.root),
    )
    for (const [where, evidence] of serviceEvidence(service)) {
      if (where === 'kind evidence') continue
      if (!isAtOrBelow(evidence.path, service.root)) {
        problems.ownership.push(
          `${service.root} ${where}: ${evidenceRef(evidence)} is outside the unit`,
        )
        continue
      }
      const owner = nested.find((s) => isAtOrBelow(evidence.path, s.root))
      if (owner) {
        problems.ownership.push(
          `${service.root} ${where}: ${evidenceRef(evidence)} belongs to the nested unit ${owner.root}`,
        )
      }
    }
  }

  // excluded: every file below the path is covered by an exclusion with that reason
  for (const want of expected.excluded) {
    const covered = outcome.analysis.exclusions.filter((e) => e.reason === want.reason)
    const under = files.filter((f) => isAtOrBelow(f, want.path))
    const uncovered = under.filter((f) => !covered.some((e) => isAtOrBelow(f, e.path)))
    if (uncovered.length > 0) {
      const near = outcome.analysis.exclusions
        .filter((e) => isAtOrBelow(e.path, want.path) || isAtOrBelow(want.path, e.path))
        .map((e) => `${e.path} (${e.reason}, ${e.source})`)
      problems.excluded.push(
        `${want.path}: ${uncovered.length} of ${under.length} files not excluded as ${want.reason}, e.g. ${list(uncovered.slice(0, 3))}; exclusions there: ${list(near)}`,
      )
    }
  }

  // diagnostics: exact multiset of (path, code) among warnings and errors
  if (expected.diagnostics) {
    const actual = outcome.analysis.diagnostics.filter((d) => d.severity !== 'info')
    const left = [...actual]
    for (const want of expected.diagnostics) {
      const index = left.findIndex(
        (d) => d.code === want.code && (want.path === undefined || d.path === want.path),
      )
      if (index < 0)
        problems.diagnostics.push(
          `missing diagnostic ${want.code}${want.path ? ` on ${want.path}` : ''}`,
        )
      else left.splice(index, 1)
    }
    for (const d of left) {
      problems.diagnostics.push(
        `unexpected ${d.severity} ${d.code}${d.path ? ` on ${d.path}${d.line ? `:${d.line}` : ''}` : ''}: ${d.message}`,
      )
    }
  }

  if (expected.verdict && outcome.verdict.conclusion !== expected.verdict) {
    problems.verdict.push(
      `conclusion is ${outcome.verdict.conclusion}, expected ${expected.verdict} with fail-on ${expected.failOn} (${outcome.verdict.headline})`,
    )
  }
  return problems
}

/** Where in a service each piece of evidence sits, for messages. */
function serviceEvidence(service: Service): [string, Evidence][] {
  return [
    ...service.markers.map((path): [string, Evidence] => ['marker', { path, detail: 'marker' }]),
    ...service.kindEvidence.map((e): [string, Evidence] => ['kind evidence', e]),
    ...service.signals.flatMap((s) =>
      s.evidence.map((e): [string, Evidence] => [`signal ${s.id}`, e]),
    ),
    ...service.frameworks.flatMap((f) =>
      f.evidence.map((e): [string, Evidence] => [`framework ${f.name}`, e]),
    ),
  ]
}

function missingEvidence(
  wanted: readonly EvidenceRef[],
  actual: readonly Evidence[],
): EvidenceRef[] {
  return wanted.filter(
    (ref) =>
      !actual.some((e) => e.path === ref.path && (ref.line === undefined || e.line === ref.line)),
  )
}

function evidenceRef(e: Evidence): string {
  return `${e.path}${e.line ? `:${e.line}` : ''} (${e.detail})`
}

function evidenceText(evidence: readonly Evidence[]): string {
  return list(evidence.map(evidenceRef))
}

function list(items: readonly string[]): string {
  return items.length === 0 ? 'none' : items.join(', ')
}
