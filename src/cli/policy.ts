/**
 * The CLI's side of the policy file: `--config FILE` (read from disk, relative to the working
 * directory) or the `.stackfit.yml`/`.stackfit.yaml` at the scan root, resolved with everything it
 * extends. Problems come back as lines for stderr; the caller exits 2.
 */
import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { loadPolicy } from '../config/load-policy.js'
import { MAX_CONFIG_BYTES } from '../config/load-policy.js'
import type { ResolvedPolicy } from '../config/resolve-policy.js'
import { formatConfigError } from '../config/types.js'
import type { RepoView } from '../core/ports.js'

export type CliPolicy = { ok: true; policy: ResolvedPolicy } | { ok: false; lines: string[] }

function readSmallFile(path: string): string | undefined {
  try {
    if (statSync(path).size > MAX_CONFIG_BYTES) return undefined
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

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
  let loaded
  if (config !== undefined) {
    const text = readSmallFile(resolve(cwd, config))
    if (text === undefined)
      return {
        ok: false,
        lines: [
          `stackfit: --config ${config}: no such file, or larger than ${MAX_CONFIG_BYTES} bytes`,
        ],
      }
    loaded = loadPolicy(repo, { path: config, text }, (path) => readSmallFile(resolve(cwd, path)))
  } else {
    loaded = loadPolicy(repo)
  }
  if (loaded.ok) return { ok: true, policy: loaded.policy }
  const n = loaded.errors.length
  return {
    ok: false,
    lines: [
      `stackfit: the policy has ${n} error${n === 1 ? '' : 's'}; nothing was scanned:`,
      ...loaded.errors.map(formatConfigError),
    ],
  }
}
