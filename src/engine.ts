/**
 * One engine, two shells: the CLI and the Action both call runStackfit() and only differ in how
 * they read options and where they put the results.
 */
import { analyze, type AnalyzeOptions } from './core/pipeline.js'
import type { Analysis, FailOn, Finding, Report, Verdict } from './core/model.js'
import type { RepoView } from './core/ports.js'
import { evaluateRules, type EvaluateOptions } from './core/4-evaluate/evaluate.js'
import { decide } from './core/6-decide/decide.js'
import { buildReport } from './core/5-report/json.js'
import { VERSION } from './version.js'

export interface RunOptions {
  failOn: FailOn
  analyze?: AnalyzeOptions
  evaluate?: EvaluateOptions
  /** Shown in the report as the scanned root (display only). */
  rootLabel?: string
}

export interface Ports {
  repo: RepoView
}

export interface RunResult {
  analysis: Analysis
  findings: Finding[]
  verdict: Verdict
  report: Report
}

/** Runs the whole pure pipeline. Never throws on bad input in the tree: that becomes diagnostics. */
export function runStackfit(options: RunOptions, ports: Ports): RunResult {
  const analysis = analyze(ports.repo, options.analyze ?? {})
  const findings = evaluateRules(analysis, options.evaluate ?? {})
  const verdict = decide(findings, options.failOn)
  const report = buildReport(analysis, findings, verdict, {
    version: VERSION,
    root: options.rootLabel ?? '.',
  })
  return { analysis, findings, verdict, report }
}
