/**
 * The single factory for stackfit's GitHub client: the Octokit from @actions/github with the retry
 * and throttling plugins, pointed at GITHUB_API_URL (GitHub Enterprise Server) when set.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface ClientOptions {
  /** API root; defaults to https://api.github.com. */
  baseUrl?: string
  /** Where the plugins report rate limiting; never given the token. */
  log?: (message: string) => void
}

/** Rate-limit waits longer than this are not worth holding the job for. */
const MAX_WAIT_SECONDS = 60

/**
 * Returns a GitHub client that retries server errors (3 times, backing off) and waits out primary
 * and secondary rate limits up to a minute, at most twice per request. Creating the client makes
 * no request. The token is only ever placed in the Authorization header.
 */
export function createGitHubClient(token: string, options: ClientOptions = {}): GitHubClient {
  const log = options.log ?? (() => undefined)
  const shouldWait = (
    kind: string,
    retryAfter: number,
    method: string,
    url: string,
    retryCount: number,
  ): boolean => {
    const wait = retryAfter <= MAX_WAIT_SECONDS && retryCount < 2
    log(
      `GitHub ${kind} rate limit on ${method} ${url}: ${wait ? `retrying in ${retryAfter}s` : 'giving up'}`,
    )
    return wait
  }
  return getOctokit(
    token,
    {
      baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
      throttle: {
        onRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _octokit: unknown,
          retryCount: number,
        ) => shouldWait('primary', retryAfter, request.method, request.url, retryCount),
        onSecondaryRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _octokit: unknown,
          retryCount: number,
        ) => shouldWait('secondary', retryAfter, request.method, request.url, retryCount),
      },
    },
    retry,
    throttling,
  )
}

/** An HTTP failure from the GitHub API, as far as stackfit needs to know. */
export interface ApiFailure {
  status: number
  message: string
}

/** Returns the status and message of an Octokit request error, or status 0 for anything else. */
export function apiFailure(error: unknown): ApiFailure {
  if (typeof error === 'object' && error !== null) {
    const status = (error as { status?: unknown }).status
    const message = (error as { message?: unknown }).message
    return {
      status: typeof status === 'number' ? status : 0,
      message: typeof message === 'string' ? message : String(error),
    }
  }
  return { status: 0, message: String(error) }
}
