/**
 * The Action's side of the policy file: the `config` input (relative to the workspace) or the
 * `.stackfit.yml`/`.stackfit.yaml` at the scanned directory, resolved with everything it extends.
 */
import { readFileSync, statSync } from 'node:fs'
import { relative, resolve, sep } from 'node:path'
import { loadPolicy, MAX_CONFIG_BYTES } from '../config/load-policy.js'
import type { ResolvedPolicy } from '../config/resolve-policy.js'
import { formatConfigError } from '../config/types.js'
import type { RepoView } from '../core/ports.js'

export type ActionPolicy = { ok: true; policy: ResolvedPolicy } | { ok: false; problem: string }

function readSmallFile(path: string): string | undefined {
  try {
    if (statSync(path).size > MAX_CONFIG_BYTES) return undefined
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

/**
 * The policy for this run. A named file that is missing, and any error in any policy file, is a
 * problem listing every error (the caller fails the step; nothing is half applied). Never throws.
 */
export function loadActionPolicy(
  workspace: string,
  config: string | undefined,
  repo: RepoView,
): ActionPolicy {
  let loaded
  if (config !== undefined) {
    const full = resolve(workspace, config)
    const text = readSmallFile(full)
    if (text === undefined)
      return {
        ok: false,
        problem: `Input "config" must name an existing policy file of at most ${MAX_CONFIG_BYTES} bytes (got "${config}").`,
      }
    const label = relative(workspace, full).split(sep).join('/')
    loaded = loadPolicy(repo, { path: label, text }, (path) =>
      readSmallFile(resolve(workspace, path)),
    )
  } else {
    loaded = loadPolicy(repo)
  }
  if (loaded.ok) return { ok: true, policy: loaded.policy }
  const n = loaded.errors.length
  return {
    ok: false,
    problem: `The policy has ${n} error${n === 1 ? '' : 's'}; nothing was scanned:\n${loaded.errors.map(formatConfigError).join('\n')}`,
  }
}
