/**
 * The Action's side of the policy file: the `config` input (relative to the workspace) or the
 * `.stackfit.yml`/`.stackfit.yaml` at the scanned directory, resolved with everything it extends;
 * on pull requests, by default, the base branch's version of it (trusted-policy.ts).
 */
import { relative, resolve, sep } from 'node:path'
import { loadPolicyFile, MAX_CONFIG_BYTES, readSmallFile } from '../adapters/policy-file.js'
import type { ResolvedPolicy } from '../config/resolve-policy.js'
import type { RepoView } from '../core/ports.js'
import { loadTrustedPolicy, type PolicyMessage, type ReadAtBase } from './trusted-policy.js'

export type ActionPolicy = { ok: true; policy: ResolvedPolicy } | { ok: false; problem: string }

/**
 * The policy for this run. A named file that is missing, and any error in any policy file, is a
 * problem listing every error (the caller fails the step; nothing is half applied). Never throws.
 */
export function loadActionPolicy(
  workspace: string,
  config: string | undefined,
  repo: RepoView,
): ActionPolicy {
  const label =
    config !== undefined ? relative(workspace, resolve(workspace, config)).split(sep).join('/') : ''
  const loaded = loadPolicyFile(
    repo,
    workspace,
    config !== undefined ? { path: config, label } : undefined,
  )
  if (loaded.ok) return { ok: true, policy: loaded.policy }
  if (loaded.missing)
    return {
      ok: false,
      problem: `Input "config" must name an existing policy file of at most ${MAX_CONFIG_BYTES} bytes (got "${config}").`,
    }
  const n = loaded.errors.length
  return {
    ok: false,
    problem: `The policy has ${n} error${n === 1 ? '' : 's'}; nothing was scanned:\n${loaded.errors.join('\n')}`,
  }
}

/** Where a pull request's base policy is read: the repository and the base commit. */
export interface BaseRef {
  owner: string
  repo: string
  sha: string
}

export type RunPolicy =
  { ok: true; policy: ResolvedPolicy; messages: PolicyMessage[] } | { ok: false; problem: string }

/**
 * The policy that judges this run. On a pull request (`base` given) without `trust-pr-policy`, the
 * base branch's policy read through the API (see trusted-policy.ts), with a message for each change
 * the PR makes to it; otherwise the checkout's policy (loadActionPolicy). A failed API read is a
 * problem, never a silent fallback to the PR's own policy. Never throws.
 */
export async function loadRunPolicy(request: {
  workspace: string
  config: string | undefined
  repo: RepoView
  scanRoot: string
  base?: BaseRef
  trustPrPolicy: boolean
  readAtBase?: ReadAtBase
}): Promise<RunPolicy> {
  const { workspace, config, repo, base } = request
  if (!base || request.trustPrPolicy) {
    const local = loadActionPolicy(workspace, config, repo)
    return local.ok ? { ...local, messages: [] } : local
  }
  if (!request.readAtBase)
    return {
      ok: false,
      problem:
        "stackfit reads the policy from the pull request's base branch and needs a token for it (input `token` is empty). Set `token`, or `trust-pr-policy: true` to use the pull request's own policy.",
    }
  const scanDir = relative(workspace, request.scanRoot).split(sep).join('/') || '.'
  try {
    return await loadTrustedPolicy({
      ...(config !== undefined ? { config } : {}),
      scanDir,
      readAtBase: request.readAtBase,
      readHead: (path) => readSmallFile(resolve(workspace, path)),
    })
  } catch (error) {
    return {
      ok: false,
      problem: `stackfit reads the policy from the pull request's base branch (${base.sha.slice(0, 12)}) and ${error instanceof Error ? error.message : String(error)}. Give the token \`contents: read\`, or set \`trust-pr-policy: true\` to use the pull request's own policy.`,
    }
  }
}
