/**
 * The sticky pull-request comment: exactly one per pull request and report key, found by its
 * hidden marker and its author, updated in place.
 */
import type { CommentPlan } from '../core/5-report/publish/comment.js'
import { hasCommentMarker } from '../core/5-report/publish/markers.js'
import type { GitHubClient } from './client.js'

/** Who stackfit's own comments are written by. */
export interface Author {
  /** The token's login when GET /user answered (personal tokens, app user tokens). */
  login?: string
  /** Describes the rule used, for logs. */
  description: string
  matches(user: { login?: string; type?: string } | null | undefined): boolean
}

/**
 * Returns who the token acts as. GET /user works for user tokens; the workflow's GITHUB_TOKEN is an
 * installation token for which it answers 403, and then the author is "any bot" (such as
 * `github-actions[bot]`), which together with the key's marker is specific enough. Never throws.
 */
export async function resolveAuthor(client: GitHubClient): Promise<Author> {
  try {
    const { data } = await client.rest.users.getAuthenticated()
    const login = data.login
    return { login, description: `user ${login}`, matches: (user) => user?.login === login }
  } catch {
    return { description: 'a bot account', matches: (user) => user?.type === 'Bot' }
  }
}

export interface PullRequestTarget {
  owner: string
  repo: string
  number: number
}

export type StickyResult =
  | { action: 'created'; id: number }
  | { action: 'updated'; id: number }
  | { action: 'unchanged'; id: number }
  | { action: 'skipped' }

/**
 * Finds stackfit's comment for the plan's key among ALL comments of the pull request (paginated),
 * written by `author`; updates it when the body differs, leaves it alone when it is identical, and
 * creates it when missing and the plan allows. When several match, the oldest is kept current.
 * Throws the API error on failure.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  target: PullRequestTarget,
  key: string,
  plan: CommentPlan,
  author: Author,
): Promise<StickyResult> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    per_page: 100,
  })
  const mine = comments
    .filter((c) => hasCommentMarker(c.body, key) && author.matches(c.user))
    .sort((a, b) => a.id - b.id)[0]
  if (mine) {
    if (mine.body === plan.body) return { action: 'unchanged', id: mine.id }
    await client.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: mine.id,
      body: plan.body,
    })
    return { action: 'updated', id: mine.id }
  }
  if (!plan.create) return { action: 'skipped' }
  const { data } = await client.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    body: plan.body,
  })
  return { action: 'created', id: data.id }
}
