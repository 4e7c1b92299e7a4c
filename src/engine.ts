/**
 * One engine, two shells: the CLI and the Action both call runStackfit() and only differ in how
 * they read options and where they put the results.
 */
import { analyze, type AnalyzeOptions } from './core/pipeline.js'
import type { Analysis, FailOn, FailOnScope, Finding, Report, Verdict } from './core/model.js'
import {
  baseIncludeFor,
  compareWithBase,
  type BasePort,
  type IncludeScope,
} from './core/7-delta/compare-with-base.js'
import type { RepoView } from './core/ports.js'
import { evaluateRules, type EvaluateOptions } from './core/4-evaluate/evaluate.js'
import { RULES } from './core/4-evaluate/catalog.js'
import { judgingAnalysedOnly } from './core/7-delta/changed-scope.js'
import { decide } from './core/6-decide/decide.js'
import { buildReport } from './core/5-report/json.js'
import { VERSION } from './version.js'
import {
  createSnapshot,
  headFromSnapshot,
  settingsKey,
  type Snapshot,
} from './core/7-delta/snapshot.js'
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
  /**
   * A snapshot of the base commit (src/core/7-delta/snapshot.ts): with a base in `changed` scope,
   * the head is analysed from it when it is of the base commit, this version and these settings.
   */
  snapshot?: Snapshot
  /** Without a base: also return a snapshot of the whole analysis, as of this commit. */
  snapshotCommit?: string
}

export interface Ports {
  repo: RepoView
  /** The base to compare with (`scan --base`, pull requests); adds `report.delta`. */
  base?: BasePort
  /**
   * Optional: a view of only the given parts of the head, for a run from a snapshot (undefined
   * when it cannot list them). Without it, or when it fails, `repo`'s listing is filtered.
   */
  headIn?: (scope: IncludeScope) => RepoView | undefined
}

export interface RunResult {
  analysis: Analysis
  findings: Finding[]
  verdict: Verdict
  report: Report
  /** With `snapshotCommit`: the snapshot of this run's analysis. */
  snapshot?: Snapshot
  /** With `snapshot`: whether the head was analysed from it, and if not why. */
  snapshotUse?: SnapshotUse
}

/** How a run used the snapshot it was given. */
export type SnapshotUse =
  { used: true; analysed: number; files: number } | { used: false; reason: string }

/**
 * Runs the whole pure pipeline. Never throws on bad input in the tree: that becomes diagnostics.
 * Throws PolicyError (src/config/apply-policy.ts) when the policy file it looks up is invalid; a
 * run never goes ahead with part of a policy. A base port with `prepare` (one that reads over the
 * network) needs runStackfitAsync().
 */
export function runStackfit(given: RunOptions, ports: Ports): RunResult {
  return finishRun(startRun(given, ports), ports)
}

/**
 * runStackfit() for a base port that loads the base asynchronously: the head is analysed first,
 * then `ports.base.prepare` receives exactly the paths the comparison will read, then the run
 * finishes synchronously. Same guarantees as runStackfit().
 */
export async function runStackfitAsync(given: RunOptions, ports: Ports): Promise<RunResult> {
  const head = startRun(given, ports)
  if (ports.base?.prepare) await ports.base.prepare(baseIncludeFor(head, ports.base))
  return finishRun(head, ports)
}

/** The head side of a run: the policy applied, the tree analysed and evaluated. */
interface HeadRun {
  options: RunOptions
  analysis: Analysis
  findings: Finding[]
  /** The snapshot the head was analysed from, if it was. */
  from?: Snapshot
  snapshotUse?: SnapshotUse
}

/**
 * With a base in `changed` scope, the head is analysed with `focus` (the changed paths): the
 * touched services in full, the others only counted and never judged (src/core/7-delta/
 * changed-scope.ts says why their findings cannot be missed). `scope: all` analyses everything.
 */
function startRun(given: RunOptions, ports: Ports): HeadRun {
  const options = withPolicy(given, ports.repo)
  const focus =
    ports.base && (options.scope ?? 'changed') === 'changed' ? ports.base.changedPaths : undefined
  if (focus && options.snapshot) {
    const why = unusable(options.snapshot, options, ports.base?.commit)
    const fromSnapshot = why
      ? ({ ok: false, reason: why } as const)
      : headFromSnapshot(
          options.snapshot,
          ports.repo,
          focus,
          options.analyze ?? {},
          [],
          ports.headIn,
        )
    if (fromSnapshot.ok)
      return {
        options,
        analysis: fromSnapshot.analysis,
        findings: evaluate(fromSnapshot.analysis, options, true),
        from: options.snapshot,
        snapshotUse: {
          used: true,
          analysed: fromSnapshot.analysed.length,
          files: fromSnapshot.files,
        },
      }
    return {
      options,
      ...analyseHead(ports.repo, options, focus),
      snapshotUse: { used: false, reason: fromSnapshot.reason },
    }
  }
  const footprint = !ports.base && options.snapshotCommit !== undefined
  return { options, ...analyseHead(ports.repo, options, focus, footprint) }
}

/** Why `snapshot` cannot stand in for this run's base; undefined when it can. */
function unusable(
  snapshot: Snapshot,
  options: RunOptions,
  commit: string | undefined,
): string | undefined {
  if (snapshot.tool !== VERSION) return `it was written by stackfit ${snapshot.tool}`
  if (commit === undefined || snapshot.commit !== commit)
    return `it is of commit ${snapshot.commit}, not of the base`
  if (snapshot.settings !== settingsKey(options.analyze ?? {}))
    return 'it was made with other settings'
  return undefined
}

function analyseHead(
  repo: RepoView,
  options: RunOptions,
  focus: readonly string[] | undefined,
  footprint = false,
): { analysis: Analysis; findings: Finding[] } {
  const analysis = analyze(repo, {
    ...options.analyze,
    ...(focus ? { focus } : {}),
    ...(footprint ? { footprint } : {}),
  })
  return { analysis, findings: evaluate(analysis, options, focus !== undefined) }
}

function evaluate(analysis: Analysis, options: RunOptions, changedScope: boolean): Finding[] {
  const rules = changedScope ? judgingAnalysedOnly(RULES) : RULES
  return evaluateRules(analysis, options.evaluate ?? {}, rules)
}

function finishRun(head: HeadRun, ports: Ports): RunResult {
  const { options } = head
  let { analysis, findings } = head
  const base = ports.base
  const scope = options.scope ?? 'changed'
  const compared = base
    ? compareWithBase({ analysis, findings }, base, {
        ...(options.analyze ? { analyze: options.analyze } : {}),
        ...(options.evaluate ? { evaluate: options.evaluate } : {}),
        scope,
        ...(scope === 'changed'
          ? {
              reanalyse: (roots: readonly string[]) => {
                if (head.from) {
                  const again = headFromSnapshot(
                    head.from,
                    ports.repo,
                    base.changedPaths,
                    options.analyze ?? {},
                    roots,
                    ports.headIn,
                  )
                  if (again.ok)
                    return {
                      analysis: again.analysis,
                      findings: evaluate(again.analysis, options, true),
                    }
                }
                return analyseHead(ports.repo, options, [...base.changedPaths, ...roots])
              },
            }
          : {}),
      })
    : undefined
  if (compared) {
    analysis = compared.head.analysis
    findings = compared.findings
  }
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
  const snapshot =
    !base && options.snapshotCommit !== undefined
      ? createSnapshot(analysis, {
          tool: VERSION,
          settings: settingsKey(options.analyze ?? {}),
          commit: options.snapshotCommit,
        })
      : undefined
  return {
    analysis,
    findings,
    verdict,
    report,
    ...(snapshot ? { snapshot } : {}),
    ...(head.snapshotUse ? { snapshotUse: head.snapshotUse } : {}),
  }
}
