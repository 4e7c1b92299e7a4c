export interface FakeActionsCache {
  /** The service's base URL (ACTIONS_RESULTS_URL). */
  url: string
  /** The variables a runner sets for a job that may use the cache. */
  env: Record<string, string>
  /** Every request received, with the Twirp body when it was JSON. */
  requests: { method: string; path: string; body: Record<string, unknown> | null }[]
  /** Keys of the finalized entries. */
  keys(): string[]
  /** From now on, answer every Twirp call with this status or a dropped connection; null: serve. */
  fail(mode: number | 'hang-up' | null): void
  close(): Promise<void>
}
export function startFakeActionsCache(): Promise<FakeActionsCache>
