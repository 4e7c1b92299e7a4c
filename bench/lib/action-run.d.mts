export const BENCH_REPOSITORY: string
export const NO_API_URL: string
export const ACTION_INPUTS: ReadonlyArray<{ name: string; value: string; why: string }>
export function inputVariable(name: string): string
export interface PullRequestEventPayload {
  action: 'synchronize'
  number: number
  pull_request: {
    number: number
    state: 'open'
    head: { ref: string; sha: string; repo: { full_name: string } }
    base: { ref: string; sha: string; repo: { full_name: string } }
  }
  repository: { full_name: string; name: string; owner: { login: string } }
}
export interface PushEventPayload {
  ref: string
  before: string
  after: string
  repository: { full_name: string; name: string; owner: { login: string } }
}
export function pullRequestEvent(options: {
  base: string
  head: string
  headRef: string
  number?: number
}): PullRequestEventPayload
export function pushEvent(options: { before: string; after: string; ref: string }): PushEventPayload
export function actionEnv(options: {
  workspace: string
  scratch: string
  eventName: 'push' | 'pull_request'
  eventPath: string
  sha: string
  ref: string
  outputFile: string
  summaryFile: string
  inputs?: Record<string, string>
  /** More variables: the cache service's. */
  extra?: Record<string, string>
  path?: string
  home?: string
}): Record<string, string>
export function checkReport(text: string | null, touched: string | null): string | null
