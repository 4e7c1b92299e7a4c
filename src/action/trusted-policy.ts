/**
 * Trusted policy: on a pull request the policy that judges the change is the one on the BASE
 * branch, read through the contents API at the base commit, with every file it `extends:` read
 * from the base too. The pull request's own policy file is compared with the base's and any change
 * is reported but not applied, so a pull request cannot weaken the rules that judge it.
 */
import { posix } from 'node:path'
import { CONFIG_FILE_NAMES, defaultPolicy, resolvePolicy } from '../config/resolve-policy.js'
import type { ResolvedPolicy } from '../config/resolve-policy.js'
import { formatConfigError } from '../config/types.js'
import { apiFailure, type GitHubClient } from '../github/client.js'

/** The text of a repository file at the base commit; undefined when it does not exist there. */
export type ReadAtBase = (repoPath: string) => Promise<string | undefined>

/**
 * A line about where the policy came from: `warning` for a change the PR makes to the policy (job
 * summary and a workflow warning), `info` for the log only (no policy at the base, none in the PR).
 */
export interface PolicyMessage {
  level: 'warning' | 'info'
  text: string
}

export type TrustedPolicy =
  { ok: true; policy: ResolvedPolicy; messages: PolicyMessage[] } | { ok: false; problem: string }

export interface TrustedPolicyRequest {
  /** The `config` input (workspace-relative), or undefined to look for `.stackfit.yml`/`.yaml`. */
  config?: string
  /** The scanned directory relative to the repository root (`.` for the root). */
  scanDir: string
  readAtBase: ReadAtBase
  /** The pull request's version of a repository file (the checkout), or undefined. */
  readHead: (repoPath: string) => string | undefined
}

/** Files `extends:` can chain through before the run gives up (a longer chain is a mistake). */
const MAX_EXTENDS_DEPTH = 16

function repoPath(scanDir: string, label: string): string {
  return posix.normalize(posix.join(scanDir, label))
}

/**
 * The base branch's policy, resolved with everything it extends (also read at the base), plus a
 * warning for each policy file the pull request changes, adds or deletes, and a message when the
 * base has no policy file (the built-in defaults then judge). Errors in the base policy are a
 * problem listing all of them. Throws only what `readAtBase` throws (an API failure).
 */
export async function loadTrustedPolicy(request: TrustedPolicyRequest): Promise<TrustedPolicy> {
  const { scanDir, readAtBase, readHead } = request
  // Labels as the policy code sees them: relative to the workspace for `config`, else to scanDir.
  const labelDir = request.config !== undefined ? '.' : scanDir
  const labels = request.config !== undefined ? [request.config] : [...CONFIG_FILE_NAMES]
  const base = new Map<string, string | undefined>()
  const fetchLabel = async (label: string): Promise<string | undefined> => {
    if (!base.has(label)) base.set(label, await readAtBase(repoPath(labelDir, label)))
    return base.get(label)
  }
  const messages: PolicyMessage[] = []
  const edited = (label: string, baseText: string | undefined): void => {
    const head = readHead(repoPath(labelDir, label))
    if (head === baseText) return
    const what = baseText === undefined ? 'adds' : head === undefined ? 'deletes' : 'edits'
    messages.push({
      level: 'warning',
      text: `This PR ${what} ${label}; the policy from the base branch judged it. The change takes effect after merge.`,
    })
  }

  let entry: { path: string; text: string } | undefined
  for (const label of labels) {
    const text = await fetchLabel(label)
    if (text !== undefined) {
      entry = { path: label, text }
      break
    }
  }
  if (!entry) {
    for (const label of labels) edited(label, undefined)
    const none = `The base branch has no ${labels.join(' or ')}; the built-in default policy judged this PR.`
    // Said in the log always; in the summary too when the PR brings a policy that is not applied.
    messages.unshift({ level: messages.length > 0 ? 'warning' : 'info', text: none })
    return { ok: true, policy: defaultPolicy(), messages }
  }

  for (let round = 0; round <= MAX_EXTENDS_DEPTH; round++) {
    const missing = new Set<string>()
    const result = resolvePolicy(entry, (path) => {
      if (base.has(path)) return base.get(path)
      missing.add(path)
      return undefined
    })
    if (missing.size === 0) {
      if (!result.ok) {
        const n = result.errors.length
        return {
          ok: false,
          problem: `The base branch's policy has ${n} error${n === 1 ? '' : 's'}; nothing was scanned:\n${result.errors.map(formatConfigError).join('\n')}`,
        }
      }
      for (const [label, text] of base) if (text !== undefined) edited(label, text)
      for (const label of labels) if (!base.has(label)) edited(label, undefined)
      return { ok: true, policy: result.policy, messages }
    }
    for (const path of missing) await fetchLabel(path)
  }
  return {
    ok: false,
    problem: `The base branch's policy extends more than ${MAX_EXTENDS_DEPTH} files; nothing was scanned.`,
  }
}

/**
 * Reads repository files at `ref` through `GET /repos/{owner}/{repo}/contents/{path}` (base64
 * decoded). 404 and directories are "no such file"; other failures throw with the status.
 */
export function contentsReader(
  client: GitHubClient,
  target: { owner: string; repo: string; ref: string },
): ReadAtBase {
  return async (path) => {
    try {
      const response = await client.rest.repos.getContent({
        owner: target.owner,
        repo: target.repo,
        path,
        ref: target.ref,
      })
      const data = response.data as { type?: string; content?: string; encoding?: string }
      if (Array.isArray(response.data) || data.type !== 'file' || data.content === undefined)
        return undefined
      return Buffer.from(data.content, 'base64').toString('utf8')
    } catch (error) {
      const failure = apiFailure(error)
      if (failure.status === 404) return undefined
      throw new Error(
        `could not read ${path} at the base commit (HTTP ${failure.status}: ${failure.message})`,
        { cause: error },
      )
    }
  }
}
