/**
 * Inline review comments: read what stackfit already posted, post the new ones as one review, and
 * mark the ones whose finding is gone as resolved.
 */
import type {
  ExistingReviewComment,
  ReviewCommentSpec,
  StaleReviewComment,
} from '../core/5-report/publish/review-comments.js'
import { apiFailure, type GitHubClient } from './client.js'
import type { Author, PullRequestTarget } from './sticky-comment.js'

/**
 * Returns every review comment on the pull request written by `author` (paginated), as id and
 * body, sorted by id. Throws the API error on failure.
 */
export async function listOwnReviewComments(
  client: GitHubClient,
  target: PullRequestTarget,
  author: Author,
): Promise<ExistingReviewComment[]> {
  const comments = await client.paginate(client.rest.pulls.listReviewComments, {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.number,
    per_page: 100,
  })
  return comments
    .filter((c) => author.matches(c.user))
    .map((c) => ({ id: c.id, body: c.body }))
    .sort((a, b) => a.id - b.id)
}

export interface ReviewOutcome {
  /** Comments GitHub accepted. */
  posted: number
  /** Comments GitHub refused (422: the line is not part of the diff any more, ...), with its reason. */
  rejected: { path: string; line: number; reason: string }[]
  /** How they went: one review, or one by one after the review was refused. */
  mode: 'review' | 'one-by-one' | 'none'
}

/**
 * Posts the comments as ONE review with event COMMENT on `commitId`. When GitHub refuses the
 * review with 422 (usually one comment outside the diff), posts each comment on its own so the
 * others are not lost, and reports the refused ones. Errors other than 422 are thrown.
 */
export async function postReview(
  client: GitHubClient,
  target: PullRequestTarget,
  commitId: string,
  comments: readonly ReviewCommentSpec[],
  summary: string,
): Promise<ReviewOutcome> {
  if (comments.length === 0) return { posted: 0, rejected: [], mode: 'none' }
  try {
    await client.rest.pulls.createReview({
      owner: target.owner,
      repo: target.repo,
      pull_number: target.number,
      commit_id: commitId,
      event: 'COMMENT',
      body: summary,
      comments: comments.map((c) => ({ path: c.path, line: c.line, side: c.side, body: c.body })),
    })
    return { posted: comments.length, rejected: [], mode: 'review' }
  } catch (error) {
    if (apiFailure(error).status !== 422) throw error
  }
  let posted = 0
  const rejected: ReviewOutcome['rejected'] = []
  for (const c of comments) {
    try {
      await client.rest.pulls.createReviewComment({
        owner: target.owner,
        repo: target.repo,
        pull_number: target.number,
        commit_id: commitId,
        path: c.path,
        line: c.line,
        side: c.side,
        body: c.body,
      })
      posted++
    } catch (error) {
      const failure = apiFailure(error)
      if (failure.status !== 422) throw error
      rejected.push({ path: c.path, line: c.line, reason: failure.message })
    }
  }
  return { posted, rejected, mode: 'one-by-one' }
}

/**
 * Rewrites each stale comment's body to say it was resolved (the original text kept folded). The
 * review thread itself stays open for a human to resolve. Returns how many were updated; throws the
 * first API error.
 */
export async function markResolved(
  client: GitHubClient,
  target: PullRequestTarget,
  stale: readonly StaleReviewComment[],
): Promise<number> {
  let updated = 0
  for (const comment of stale) {
    await client.rest.pulls.updateReviewComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: comment.id,
      body: comment.body,
    })
    updated++
  }
  return updated
}
