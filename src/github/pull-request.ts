/**
 * What the triggering event tells us: the repository, the commit, and the pull request when there
 * is one; and the pull request's changed lines from the API.
 */
import type { ChangedLines } from '../core/5-report/publish/patch.js'
import { parsePatchAddedLines } from '../core/5-report/publish/patch.js'
import type { GitHubClient } from './client.js'

export interface PullRequestRef {
  number: number
  headSha: string
  baseSha: string
  /** True when the head branch lives in another repository: the token is then usually read-only. */
  fromFork: boolean
  /** The payload's `changed_files`, when it has one. */
  changedFiles?: number
}

export interface EventContext {
  eventName: string
  owner: string
  repo: string
  /** The commit the results belong to: the PR head, the merge-group head, or GITHUB_SHA. */
  sha: string
  /** Present for pull_request and pull_request_target only: comments and reviews need it. */
  pullRequest?: PullRequestRef
  /** merge_group: the queue's base and head commits. No pull request, so no comments. */
  mergeGroup?: { baseSha: string; headSha: string }
  /** GITHUB_REF, when set (`refs/heads/main` on a push to main). */
  ref?: string
  /** The repository's default branch, from the payload's `repository.default_branch`. */
  defaultBranch?: string
}

/** Events that carry a pull request stackfit may comment on. */
export const PULL_REQUEST_EVENTS: readonly string[] = ['pull_request', 'pull_request_target']

type Json = Record<string, unknown>

function obj(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : undefined
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

/**
 * Reads the event context from the runner's environment (GITHUB_EVENT_NAME, GITHUB_REPOSITORY,
 * GITHUB_SHA) and the parsed event payload. Pure. Returns a problem string instead when the
 * repository cannot be determined; a payload without a usable pull request simply yields no
 * `pullRequest`.
 */
export function readEventContext(
  env: Readonly<Record<string, string | undefined>>,
  payload: unknown,
): EventContext | { problem: string } {
  const eventName = env['GITHUB_EVENT_NAME'] ?? ''
  const body = obj(payload) ?? {}
  const fullName = str(env['GITHUB_REPOSITORY']) ?? str(obj(body['repository'])?.['full_name'])
  const [owner, repo] = (fullName ?? '').split('/')
  if (!owner || !repo) return { problem: 'GITHUB_REPOSITORY is not set to owner/name' }
  const context: EventContext = { eventName, owner, repo, sha: env['GITHUB_SHA'] ?? '' }
  const ref = str(env['GITHUB_REF'])
  if (ref) context.ref = ref
  const defaultBranch = str(obj(body['repository'])?.['default_branch'])
  if (defaultBranch) context.defaultBranch = defaultBranch
  if (PULL_REQUEST_EVENTS.includes(eventName)) {
    const pr = obj(body['pull_request'])
    const number = pr?.['number'] ?? body['number']
    const head = obj(pr?.['head'])
    const base = obj(pr?.['base'])
    const headSha = str(head?.['sha'])
    if (typeof number === 'number' && Number.isInteger(number) && number > 0 && headSha) {
      const headRepo = str(obj(head?.['repo'])?.['full_name'])
      const baseRepo = str(obj(base?.['repo'])?.['full_name']) ?? fullName
      context.pullRequest = {
        number,
        headSha,
        baseSha: str(base?.['sha']) ?? '',
        fromFork: headRepo !== undefined && headRepo !== baseRepo,
      }
      const changedFiles = pr?.['changed_files']
      if (typeof changedFiles === 'number' && Number.isInteger(changedFiles) && changedFiles >= 0)
        context.pullRequest.changedFiles = changedFiles
      context.sha = headSha
    }
  } else if (eventName === 'merge_group') {
    const group = obj(body['merge_group'])
    const headSha = str(group?.['head_sha'])
    const baseSha = str(group?.['base_sha'])
    if (headSha && baseSha) {
      context.mergeGroup = { baseSha, headSha }
      context.sha = headSha
    }
  }
  return context
}

/** GitHub's pulls/list-files returns at most this many files, 100 per page. */
export const MAX_PR_FILES = 3000

export interface ChangedFiles {
  /** Repo-relative paths of every file the PR touches (removed files excluded), sorted. */
  files: string[]
  /** Added lines per file; files without a patch (binary, too large) have none. */
  lines: ChangedLines
  /** True when the PR has more files than GitHub lists. */
  truncated: boolean
}

/**
 * Lists the files of a pull request with their patches (paginated, up to GitHub's 3,000-file cap)
 * and returns the added lines per file. Throws the API error when listing fails.
 */
export async function listChangedFiles(
  client: GitHubClient,
  context: { owner: string; repo: string; number: number },
): Promise<ChangedFiles> {
  const lines = new Map<string, Set<number>>()
  const files = new Set<string>()
  let count = 0
  const iterator = client.paginate.iterator(client.rest.pulls.listFiles, {
    owner: context.owner,
    repo: context.repo,
    pull_number: context.number,
    per_page: 100,
  })
  for await (const page of iterator) {
    for (const file of page.data) {
      count++
      if (file.status === 'removed') continue
      files.add(file.filename)
      lines.set(
        file.filename,
        typeof file.patch === 'string' ? parsePatchAddedLines(file.patch) : new Set(),
      )
    }
    if (count >= MAX_PR_FILES) break
  }
  return {
    files: [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    lines,
    truncated: count >= MAX_PR_FILES,
  }
}
