/**
 * Applies the planned publications to a pull request: the sticky comment, one review, and resolved
 * marks on stale review comments. Best effort: every failure becomes a message naming the missing
 * permission and the fix; nothing here can change the verdict.
 */
import { planComment, type CommentMode } from '../core/5-report/publish/comment.js'
import {
  planReviewComments,
  planStaleReviewComments,
  postedFingerprints,
  type RuleNotes,
} from '../core/5-report/publish/review-comments.js'
import type { ExistingReviewComment } from '../core/5-report/publish/review-comments.js'
import type { Finding, Report } from '../core/model.js'
import { apiFailure, type GitHubClient } from './client.js'
import { listChangedFiles, type EventContext } from './pull-request.js'
import { listOwnReviewComments, markResolved, postReview } from './review.js'
import { resolveAuthor, upsertStickyComment, type PullRequestTarget } from './sticky-comment.js'

export interface PublishSettings {
  reportKey: string
  comment: CommentMode
  reviewComments: boolean
  maxReviewComments: number
}

export interface PublishMessage {
  level: 'warning' | 'notice'
  text: string
}

export interface PublishOutcome {
  /** Files the pull request changes (empty outside pull requests or when they could not be listed). */
  changedFiles: ReadonlySet<string>
  /** Problems and skips to show as annotations and in the job summary, at most one per cause. */
  messages: PublishMessage[]
  /** What happened, one line each, for the log and the job summary. */
  log: string[]
}

/** The actions that need the token, with the permission each one needs. */
const NEEDS = {
  'list the pull request files': 'pull-requests: read',
  'read the existing review comments': 'pull-requests: read',
  comment: 'pull-requests: write',
  'post review comments': 'pull-requests: write',
  'mark resolved review comments': 'pull-requests: write',
} as const
type Action = keyof typeof NEEDS

/**
 * Returns the one-line message for a failed API call: what stackfit could not do, the permission it
 * needs or what else went wrong, and where the results are instead. The token never appears.
 */
export function explainFailure(error: unknown, action: Action, fromFork: boolean): PublishMessage {
  const { status, message } = apiFailure(error)
  const elsewhere = 'results are in the job summary and annotations'
  if (status === 403 && !/rate limit/i.test(message)) {
    const fork = fromFork
      ? 'this pull request comes from a fork, and on fork pull requests the token is read-only'
      : 'add a `permissions:` block to the job granting it'
    return {
      level: fromFork ? 'notice' : 'warning',
      text: `stackfit needs \`${NEEDS[action]}\` to ${action}; ${fork} — ${elsewhere}. (GitHub said: ${message})`,
    }
  }
  if (status === 401) {
    return {
      level: 'warning',
      text: `stackfit could not ${action}: GitHub rejected the token (401). Check the \`token\` input — ${elsewhere}.`,
    }
  }
  if (status === 404) {
    return {
      level: 'warning',
      text: `stackfit could not ${action}: GitHub answered 404, so the token cannot see this pull request (it needs \`${NEEDS[action]}\`) — ${elsewhere}.`,
    }
  }
  if (status >= 500 || status === 0) {
    return {
      level: 'warning',
      text: `stackfit could not ${action}: the GitHub API failed after retries (${status || 'network error'}: ${message}) — ${elsewhere}.`,
    }
  }
  return {
    level: 'warning',
    text: `stackfit could not ${action}: GitHub answered ${status} (${message}) — ${elsewhere}.`,
  }
}

export interface PublishRequest {
  client: GitHubClient
  event: EventContext
  settings: PublishSettings
  report: Report
  /** The report's findings with repository-relative evidence paths. */
  findings: readonly Finding[]
  rules?: ReadonlyMap<string, RuleNotes>
  /** Warnings shown at the top of the sticky comment (a PR that edits the policy file). */
  notes?: readonly string[]
}

/**
 * Publishes to the event's pull request (does nothing without one). After the first 403 on a write
 * no further writes are attempted, so a read-only token yields exactly one message. Never throws.
 */
export async function publishToPullRequest(request: PublishRequest): Promise<PublishOutcome> {
  const { client, event, settings, report } = request
  const outcome: PublishOutcome = { changedFiles: new Set(), messages: [], log: [] }
  const pr = event.pullRequest
  if (!pr) {
    outcome.log.push(
      `No pull request for the ${event.eventName || 'current'} event: no comment or review.`,
    )
    return outcome
  }
  const target: PullRequestTarget = { owner: event.owner, repo: event.repo, number: pr.number }
  let readOnly = false
  const fail = (error: unknown, action: Action): void => {
    const message = explainFailure(error, action, pr.fromFork)
    if (apiFailure(error).status === 403) {
      if (readOnly) return
      readOnly = true
    }
    outcome.messages.push(message)
  }

  let lines: ReadonlyMap<string, ReadonlySet<number>> = new Map()
  try {
    const changed = await listChangedFiles(client, target)
    outcome.changedFiles = new Set(changed.files)
    lines = changed.lines
    if (changed.truncated)
      outcome.log.push(
        'The pull request has more files than GitHub lists (3,000); review comments cover the listed ones.',
      )
  } catch (error) {
    fail(error, 'list the pull request files')
  }

  const author = await resolveAuthor(client)
  let existing: ExistingReviewComment[] = []
  let existingKnown = false
  if (settings.reviewComments) {
    try {
      existing = await listOwnReviewComments(client, target, author)
      existingKnown = true
    } catch (error) {
      fail(error, 'read the existing review comments')
    }
  }
  const key = settings.reportKey
  const reviewPlan = existingKnown
    ? // Inline comments only for what this change brought in: findings its base already had
      // (status `existing`) stay in the sticky comment.
      planReviewComments(
        request.findings.filter((f) => f.status !== 'existing'),
        lines,
        {
          max: settings.maxReviewComments,
          key,
          posted: new Set(postedFingerprints(existing, key)),
          ...(request.rules ? { rules: request.rules } : {}),
        },
      )
    : undefined

  const commentPlan = planComment(report, key, {
    mode: settings.comment,
    reviewOverflow: reviewPlan?.overflow ?? 0,
    reviewCap: settings.maxReviewComments,
    ...(request.notes && request.notes.length > 0 ? { notes: request.notes } : {}),
  })
  if (commentPlan && !readOnly) {
    try {
      const result = await upsertStickyComment(client, target, key, commentPlan, author)
      outcome.log.push(
        result.action === 'skipped'
          ? 'Sticky comment: not created (no findings).'
          : `Sticky comment ${result.id}: ${result.action}.`,
      )
    } catch (error) {
      fail(error, 'comment')
    }
  }

  if (reviewPlan && !readOnly) {
    try {
      const summary = `stackfit: ${reviewPlan.comments.length} new ${reviewPlan.comments.length === 1 ? 'finding' : 'findings'} on lines this pull request adds.`
      const result = await postReview(client, target, pr.headSha, reviewPlan.comments, summary)
      if (result.mode !== 'none')
        outcome.log.push(
          `Review comments: ${result.posted} posted (${result.mode}), ${reviewPlan.alreadyPosted} already posted earlier.`,
        )
      if (result.rejected.length > 0) {
        outcome.messages.push({
          level: 'warning',
          text: `GitHub refused ${result.rejected.length} review ${result.rejected.length === 1 ? 'comment' : 'comments'} (${result.rejected
            .map((r) => `${r.path}:${r.line}`)
            .join(', ')}); the other comments were posted and every finding is in the job summary.`,
        })
      }
    } catch (error) {
      fail(error, 'post review comments')
    }
  }

  if (existingKnown && !readOnly) {
    const stale = planStaleReviewComments(existing, request.findings, key, pr.headSha)
    if (stale.length > 0) {
      try {
        const count = await markResolved(client, target, stale)
        outcome.log.push(`Review comments marked resolved: ${count}.`)
      } catch (error) {
        fail(error, 'mark resolved review comments')
      }
    }
  }
  return outcome
}
