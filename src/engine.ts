/**
 * One engine, two shells: the CLI and the Action both call runStackfit() and only differ in how
 * they read options and where they put the results.
 */
import { analyze, type AnalyzeOptions } from './core/pipeline.js'
import type { Analysis, FailOn, FailOnScope, Finding, Report, Verdict } from './core/model.js'
import { compareWithBase, type BasePort } from './core/7-delta/compare-with-base.js'
import type { RepoView } from './core/ports.js'
import { evaluateRules, type EvaluateOptions } from './core/4-evaluate/evaluate.js'
import { decide } from './core/6-decide/decide.js'
import { buildReport } from './core/5-report/json.js'
import { VERSION } from './version.js'
import { withPolicy } from './config/apply-policy.js'
import type { ResolvedPolicy } from './config/resolve-policy.js'

export interface RunOptions {
  failOn: FailOn
  analyze?: AnalyzeOptions
  evaluate?: EvaluateOptions
  /** Shown in the report as the scanned root (display only). */
  rootLabel?: string
  /**
   * The team's policy (src/config). Absent: `.stackfit.yml`/`.stackfit.yaml` at the root of the
   * repository view, if any; `none`: the built-in defaults. Explicit `analyze`/`evaluate` win.
   */
  policy?: ResolvedPolicy | 'none'
  /** The moment of the scan, for waiver expiry; without it no waiver expires. */
  now?: Date
  /** Which findings can fail the run; default `new` with a base port, `all` without. */
  failOnScope?: FailOnScope
  /** With a base port: `changed` (default) reports the touched services' findings, `all` every one. */
  scope?: 'changed' | 'all'
}

export interface Ports {
  repo: RepoView
  /** The base to compare with (`scan --base`, pull requests); adds `report.delta`. */
  base?: BasePort
}

export interface RunResult {
  analysis: Analysis
  findings: Finding[]
  verdict: Verdict
  report: Report
}

/**
 * Runs the whole pure pipeline. Never throws on bad input in the tree: that becomes diagnostics.
 * Throws PolicyError (src/config/apply-policy.ts) when the policy file it looks up is invalid; a
 * run never goes ahead with part of a policy.
 */
export function runStackfit(given: RunOptions, ports: Ports): RunResult {
  const options = withPolicy(given, ports.repo)
  const analysis = analyze(ports.repo, options.analyze ?? {})
  let findings = evaluateRules(analysis, options.evaluate ?? {})
  const compared = ports.base
    ? compareWithBase({ analysis, findings }, ports.base, {
        ...(options.analyze ? { analyze: options.analyze } : {}),
        ...(options.evaluate ? { evaluate: options.evaluate } : {}),
        scope: options.scope ?? 'changed',
      })
    : undefined
  if (compared) findings = compared.findings
  const verdict = decide(
    findings,
    options.failOn,
    options.failOnScope ?? (compared ? 'new' : 'all'),
  )
  const report = buildReport(analysis, findings, verdict, {
    version: VERSION,
    root: options.rootLabel ?? '.',
  })
  if (compared) report.delta = compared.delta
  return { analysis, findings, verdict, report }
}
