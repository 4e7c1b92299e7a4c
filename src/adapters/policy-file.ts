/**
 * Reading the policy file from disk, shared by the CLI and the Action: a named file (relative to
 * `base`) with everything it extends, else the `.stackfit.yml`/`.stackfit.yaml` in `repo`, else the
 * built-in defaults. The shells only phrase the problems. Never throws.
 */
import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { loadPolicy, MAX_CONFIG_BYTES } from '../config/load-policy.js'
import type { ResolvedPolicy } from '../config/resolve-policy.js'
import { formatConfigError } from '../config/types.js'
import type { RepoView } from '../core/ports.js'

export { MAX_CONFIG_BYTES }

export type PolicyFileResult =
  | { ok: true; policy: ResolvedPolicy }
  /** The named file is missing, unreadable or larger than MAX_CONFIG_BYTES. */
  | { ok: false; missing: true }
  /** Every error of every policy file, formatted `file:line:column: message`. */
  | { ok: false; missing: false; errors: string[] }

/** Reads a file of at most MAX_CONFIG_BYTES, or undefined. */
export function readSmallFile(path: string): string | undefined {
  try {
    if (statSync(path).size > MAX_CONFIG_BYTES) return undefined
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

/**
 * Loads the policy of a scan. `config` is the named file relative to `base` (`label` is how error
 * messages name it, defaulting to `config`).
 */
export function loadPolicyFile(
  repo: RepoView,
  base: string,
  config?: { path: string; label?: string },
): PolicyFileResult {
  let loaded
  if (config !== undefined) {
    const text = readSmallFile(resolve(base, config.path))
    if (text === undefined) return { ok: false, missing: true }
    loaded = loadPolicy(repo, { path: config.label ?? config.path, text }, (path) =>
      readSmallFile(resolve(base, path)),
    )
  } else {
    loaded = loadPolicy(repo)
  }
  if (loaded.ok) return { ok: true, policy: loaded.policy }
  return { ok: false, missing: false, errors: loaded.errors.map(formatConfigError) }
}
