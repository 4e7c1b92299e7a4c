/**
 * Folds a resolved policy into the engine's run options. Explicit options (flags, inputs, callers)
 * win over the policy file, which wins over its presets, which win over the built-in defaults.
 */
import type { EvaluateOptions } from '../core/4-evaluate/evaluate.js'
import type { RepoView } from '../core/ports.js'
import type { AnalyzeOptions } from '../core/pipeline.js'
import { loadPolicy } from './load-policy.js'
import type { ResolvedPolicy } from './resolve-policy.js'
import { formatConfigError, type ConfigError } from './types.js'

/** A policy that cannot be applied: every error of every file, never a partial policy. */
export class PolicyError extends Error {
  readonly errors: readonly ConfigError[]
  constructor(errors: readonly ConfigError[]) {
    super(
      `the policy file has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${errors.map(formatConfigError).join('\n')}`,
    )
    this.name = 'PolicyError'
    this.errors = errors
  }
}

/** The run options this module reads and fills in. */
export interface PolicyRunOptions {
  analyze?: AnalyzeOptions
  evaluate?: EvaluateOptions
  /** A resolved policy; `none` for the built-in defaults; absent to look up the file in the view. */
  policy?: ResolvedPolicy | 'none'
  /** The moment of the scan, for waiver expiry. The shells pass it; without it no waiver expires. */
  now?: Date
}

/** `YYYY-MM-DD` of the moment, in UTC. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10)
}

/**
 * The options with the policy folded in: `policy` as given, or the policy file at the root of
 * `view`. Explicit `analyze`/`evaluate` fields win over the policy's, rule by rule for `rules`.
 * Sets `evaluate.today` from `now` unless given (the clock is never read here). Throws PolicyError when the file looked up is
 * invalid (callers that want no exception resolve the policy first and pass it).
 */
export function withPolicy<T extends PolicyRunOptions>(options: T, view: RepoView): T {
  let policy: ResolvedPolicy | undefined
  if (options.policy === 'none') policy = undefined
  else if (options.policy) policy = options.policy
  else {
    const loaded = loadPolicy(view)
    if (!loaded.ok) throw new PolicyError(loaded.errors)
    policy = loaded.policy
  }
  const analyze: AnalyzeOptions = { ...policy?.analyze, ...options.analyze }
  const rules = { ...policy?.evaluate.rules, ...options.evaluate?.rules }
  const evaluate: EvaluateOptions = {
    ...policy?.evaluate,
    ...options.evaluate,
    ...(Object.keys(rules).length > 0 ? { rules } : {}),
  }
  if (evaluate.today === undefined && options.now) evaluate.today = utcDay(options.now)
  return { ...options, analyze, evaluate }
}
