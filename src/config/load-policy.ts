/**
 * Finding the policy file of a scan: the file the user named, else `.stackfit.yml` or
 * `.stackfit.yaml` at the scan root, else the built-in defaults.
 */
import type { RepoView } from '../core/ports.js'
import type { ConfigError } from './types.js'
import {
  CONFIG_FILE_NAMES,
  defaultPolicy,
  resolvePolicy,
  type PolicyText,
  type ResolveResult,
} from './resolve-policy.js'

/** Largest policy file read; a bigger one is an error, not a silent truncation. */
export const MAX_CONFIG_BYTES = 256 * 1024

/** Reads a repository file for `extends:`; undefined when it is missing, binary or too large. */
export function viewReader(view: RepoView): (path: string) => string | undefined {
  return (path) => {
    const result = view.read(path, MAX_CONFIG_BYTES + 1)
    return result.ok && !result.truncated ? result.text : undefined
  }
}

/**
 * The policy file at the root of `view` (`.stackfit.yml`, then `.stackfit.yaml`), or undefined.
 * Both present is an error: which one applies would be a guess.
 */
export function findPolicyFile(
  view: RepoView,
): { ok: true; file?: PolicyText } | { ok: false; errors: ConfigError[] } {
  const read = viewReader(view)
  const found: PolicyText[] = []
  for (const path of CONFIG_FILE_NAMES) {
    const text = read(path)
    if (text !== undefined) found.push({ path, text })
  }
  if (found.length > 1)
    return {
      ok: false,
      errors: [
        {
          file: found[1]?.path ?? '',
          line: 1,
          column: 1,
          message: `both ${CONFIG_FILE_NAMES.join(' and ')} exist; keep one`,
        },
      ],
    }
  return found[0] ? { ok: true, file: found[0] } : { ok: true }
}

/**
 * The resolved policy for a scan of `view`: `file` when given (its `extends:` read through
 * `read`, by default from the view), else the policy file at the root of the view, else the
 * built-in defaults. Never throws; errors list every problem of every file.
 */
export function loadPolicy(
  view: RepoView,
  file?: PolicyText,
  read: (path: string) => string | undefined = viewReader(view),
): ResolveResult {
  if (file) return resolvePolicy(file, read)
  const found = findPolicyFile(view)
  if (!found.ok) return found
  if (!found.file) return { ok: true, policy: defaultPolicy() }
  return resolvePolicy(found.file, read)
}
