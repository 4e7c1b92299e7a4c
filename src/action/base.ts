/**
 * The base of a pull request or merge group in the Action: from git first, through the GitHub API
 * when git cannot provide it. The default `actions/checkout` is shallow (the head commit only), so
 * when the base commit is not in the local history it is fetched alone
 * (`git fetch --depth=1 origin <sha>`), bounded in time and never prompting, and read from the
 * object database (src/adapters/git-base.ts): faster, and no API quota. When git is missing, the
 * workspace is not a work tree or the fetch fails, the base is read through the REST API
 * (src/github/base-api.ts). When neither works the run goes on without a delta and says why.
 */
import { spawnSync } from 'node:child_process'
import { relative, sep } from 'node:path'
import type { BasePort } from '../core/7-delta/compare-with-base.js'
import type { EventContext } from '../github/pull-request.js'
import { createGitBase } from '../adapters/git-base.js'
import { openApiBase, type ApiBasePort } from '../github/base-api.js'
import type { GitHubClient } from '../github/client.js'

/** Longest wait for the one-commit fetch of the base; a slow remote must not hold the job. */
export const FETCH_TIMEOUT_MS = 60_000

/** The base commit an event compares with, and which payload field named it. */
export interface EventBase {
  sha: string
  source: 'pull_request.base.sha' | 'merge_group.base_sha'
}

/**
 * Returns the base commit of the event: `pull_request.base.sha` on pull_request and
 * pull_request_target, `merge_group.base_sha` on merge_group; undefined for any other event or
 * when the payload has no base commit. Pure.
 */
export function eventBase(event: EventContext): EventBase | undefined {
  if (event.pullRequest?.baseSha)
    return { sha: event.pullRequest.baseSha, source: 'pull_request.base.sha' }
  if (event.mergeGroup?.baseSha)
    return { sha: event.mergeGroup.baseSha, source: 'merge_group.base_sha' }
  return undefined
}

export type ActionBaseResult =
  { ok: true; port: BasePort; fetched: boolean } | { ok: false; message: string }

/**
 * Opens the base commit `sha` for the scan root `cwd`: uses it when git already has it, otherwise
 * fetches that one commit from `origin` (depth 1, no tags, at most FETCH_TIMEOUT_MS, no prompt).
 * Returns a one-line reason when git is missing, `cwd` is not a git work tree, or the fetch fails.
 * Never throws.
 */
export function openActionBase(cwd: string, sha: string): ActionBaseResult {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha))
    return { ok: false, message: `the base commit "${sha}" is not a commit id` }
  let fetched = false
  if (!hasCommit(cwd, sha)) {
    const fetch = git(
      cwd,
      ['fetch', '--depth=1', '--no-tags', '--quiet', 'origin', sha],
      FETCH_TIMEOUT_MS,
    )
    if (!fetch.ok)
      return {
        ok: false,
        message: `the base commit ${sha.slice(0, 12)} could not be fetched (${fetch.message})`,
      }
    if (!hasCommit(cwd, sha))
      return {
        ok: false,
        message: `the base commit ${sha.slice(0, 12)} is not in the fetched history`,
      }
    fetched = true
  }
  // The checkout holds the head commit and nothing else, so the commits are the whole change: no
  // walk of the working tree by git (a file an earlier step writes is not part of the change).
  const base = createGitBase(cwd, sha, 'commits')
  if (!base.ok) return { ok: false, message: base.message }
  return { ok: true, port: { ...base.port, label: sha.slice(0, 12) }, fetched }
}

function hasCommit(cwd: string, sha: string): boolean {
  return git(cwd, ['cat-file', '-e', `${sha}^{commit}`], 10_000).ok
}

type Outcome = { ok: true } | { ok: false; message: string }

function git(cwd: string, args: readonly string[], timeout: number): Outcome {
  const result = spawnSync('git', ['-c', 'core.fsmonitor=false', ...args], {
    cwd,
    timeout,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    windowsHide: true,
  })
  if (result.error)
    return {
      ok: false,
      message:
        (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT'
          ? `git ${args[0]} took longer than ${timeout / 1000}s`
          : result.error.message,
    }
  if (result.status !== 0) {
    const stderr = result.stderr.toString('utf8').trim().split('\n')[0] ?? ''
    return { ok: false, message: stderr || `git ${args[0]} exited with ${result.status}` }
  }
  return { ok: true }
}

/** Events that compare with a base and so default to `fail-on-scope: new`. */
export const BASE_EVENTS: readonly string[] = ['pull_request', 'pull_request_target', 'merge_group']

/**
 * The `fail-on-scope` that applies when the input is not set: `new` on pull_request,
 * pull_request_target and merge_group, `all` on pushes (to the default branch or any other) and
 * every other event. Pure.
 */
export function defaultFailOnScope(eventName: string): 'new' | 'all' {
  return BASE_EVENTS.includes(eventName) ? 'new' : 'all'
}

export interface BaseChoiceOptions {
  event: EventContext
  /** The scanned directory. */
  scanRoot: string
  /** GITHUB_WORKSPACE: the repository root when git cannot say where it is. */
  workspace: string
  /** A client for the API fallback; absent without a token (then git is the only source). */
  client?: () => GitHubClient
  /** A way the API base turned out incomplete, once prepare has run: one line each. */
  warn: (line: string) => void
  /** What reading the base through the API cost, once prepare has run. */
  info: (line: string) => void
}

/** The base a run compares with, the log line that says where it came from, and a notice. */
export interface BaseChoice {
  port?: BasePort
  log?: string
  /** Set when the API stood in for git (and why), or when there is no base at all (and why). */
  notice?: string
}

/**
 * Chooses the base of the event: git first (openActionBase), then, when git cannot provide it
 * and there is a client, the GitHub API, assuming the workspace is the repository's root (the
 * actions/checkout default). Returns no port on events without a base; returns no port and a
 * notice naming both reasons when neither source works. Never throws.
 */
export async function chooseActionBase(options: BaseChoiceOptions): Promise<BaseChoice> {
  const { event, scanRoot } = options
  const wanted = eventBase(event)
  if (!wanted) return {}
  const short = wanted.sha.slice(0, 12)
  const opened = openActionBase(scanRoot, wanted.sha)
  if (opened.ok)
    return {
      port: opened.port,
      log: `stackfit: base ${short} (${wanted.source})${opened.fetched ? ', fetched' : ''} from git; ${opened.port.changedPaths.length} changed paths`,
    }
  const api = await openThroughApi(options, wanted.sha)
  if (!api.ok) {
    return {
      notice: `stackfit compares with no base: ${opened.message}; ${api.message}. Every finding counts as new; \`fetch-depth: 0\` on actions/checkout makes the base available.`,
    }
  }
  return {
    port: reporting(api.port, options),
    log: `stackfit: base ${short} (${wanted.source}) from the GitHub API; ${api.port.changedPaths.length} changed paths`,
    notice: `stackfit reads the base ${short} through the GitHub API, because git could not provide it: ${opened.message}. \`fetch-depth: 0\` on actions/checkout lets git read it without API requests.`,
  }
}

async function openThroughApi(
  options: BaseChoiceOptions,
  sha: string,
): Promise<{ ok: true; port: ApiBasePort } | { ok: false; message: string }> {
  const { event } = options
  if (!options.client)
    return { ok: false, message: 'there is no token to read it through the GitHub API' }
  const prefix = relative(options.workspace, options.scanRoot).split(sep).join('/')
  if (prefix === '..' || prefix.startsWith('../'))
    return { ok: false, message: 'the scanned directory is outside the workspace' }
  const pr = event.pullRequest
  const opened = await openApiBase({
    client: options.client(),
    owner: event.owner,
    repo: event.repo,
    base: sha,
    prefix,
    ...(pr
      ? {
          pullRequest: {
            number: pr.number,
            ...(pr.changedFiles !== undefined ? { changedFiles: pr.changedFiles } : {}),
          },
        }
      : event.mergeGroup
        ? { head: event.mergeGroup.headSha }
        : {}),
  })
  return opened.ok ? opened : { ok: false, message: `through the GitHub API: ${opened.message}` }
}

/** The port, saying once prepare has run what it cost and where the base is incomplete. */
function reporting(port: ApiBasePort, options: BaseChoiceOptions): BasePort {
  return {
    label: port.label,
    ...(port.commit !== undefined ? { commit: port.commit } : {}),
    changedPaths: port.changedPaths,
    view: (include) => port.view(include),
    async prepare(include) {
      await port.prepare(include)
      const { treeRequests, blobRequests, blobBytes } = port.stats
      options.info(
        `stackfit: read the base through the GitHub API: ${treeRequests} tree and ${blobRequests} blob requests, ${Math.ceil(blobBytes / 1024)} KiB`,
      )
      for (const problem of port.problems) options.warn(`stackfit: ${problem}.`)
    },
  }
}
