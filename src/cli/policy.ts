/**
 * The CLI's side of the policy file: `--config FILE` (read from disk, relative to the working
 * directory) or the `.stackfit.yml`/`.stackfit.yaml` at the scan root, resolved with everything it
 * extends. Problems come back as lines for stderr; the caller exits 2.
 */
import type { ResolvedPolicy } from '../config/resolve-policy.js'
import type { RepoView } from '../core/ports.js'
import { loadPolicyFile, MAX_CONFIG_BYTES } from '../adapters/policy-file.js'

export type CliPolicy = { ok: true; policy: ResolvedPolicy } | { ok: false; lines: string[] }

/** True when argv sets the long option `name` (`--name value` or `--name=value`). */
export function optionGiven(argv: readonly string[], name: string): boolean {
  const end = argv.indexOf('--')
  const options = end < 0 ? argv : argv.slice(0, end)
  return options.some((a) => a === `--${name}` || a.startsWith(`--${name}=`))
}

/**
 * The resolved policy of a scan. With `config`, that file (a missing or unreadable file is a
 * problem, not a silent fallback); without, the policy file in `repo`, else the built-in defaults.
 * Never throws.
 */
export function loadCliPolicy(config: string | undefined, repo: RepoView, cwd: string): CliPolicy {
  const loaded = loadPolicyFile(repo, cwd, config !== undefined ? { path: config } : undefined)
  if (loaded.ok) return { ok: true, policy: loaded.policy }
  if (loaded.missing)
    return {
      ok: false,
      lines: [
        `stackfit: --config ${config}: no such file, or larger than ${MAX_CONFIG_BYTES} bytes`,
      ],
    }
  const n = loaded.errors.length
  return {
    ok: false,
    lines: [
      `stackfit: the policy has ${n} error${n === 1 ? '' : 's'}; nothing was scanned:`,
      ...loaded.errors,
    ],
  }
}
