export const HISTORY_VERSION: number
export interface PrCase {
  id: string
  shell: 'cli' | 'action'
  label: string
  branch: 'main' | 'pr-small' | 'pr-large'
  touched: 'small' | 'large' | null
  /** The Action and the local cache: save the snapshot of main, use it, or input `cache: false`. */
  snapshot?: 'save' | 'use' | 'off'
}
export const PR_CASES: readonly PrCase[]
export interface TouchedService {
  root: string
  files: number
  bytes: number
  edit: string
}
export interface PrRow {
  id: string
  shell: 'cli' | 'action'
  label: string
  wall: number | null
  cpu: number | null
  rss: number | null
  n: number
  failed: string | null
}
export interface PrHistoryResult {
  label: string
  files: number | null
  small: TouchedService
  large: TouchedService
  rows: PrRow[]
}
export interface PrHistory {
  dir: string
  label: string
  small: TouchedService
  large: TouchedService
}
export function servicesOf(tree: string): { root: string; files: number; bytes: number }[]
export function pickServices(tree: string): { small: TouchedService; large: TouchedService }
export function prepareHistory(
  treesDir: string,
  tree: { dir: string; label: string },
  times: number,
  log: (line: string) => void,
): PrHistory
export function timePrMode(options: {
  histories: PrHistory[]
  node: string
  cli: string
  action: string
  runs: number
  warmup: number
  timeoutS: number
  log: (line: string) => void
}): PrHistoryResult[]
export interface PrCostModel {
  shell: 'cli' | 'action' | 'action-snapshot'
  untouched: { small: number | null; large: number | null }
  touched: { first: number | null; last: number | null }
  full: { first: number | null; last: number | null }
}
export function prCostModel(results: readonly PrHistoryResult[]): PrCostModel[]
export function renderPrMode(results: readonly PrHistoryResult[]): string
export function runPrMode(options: {
  treesDir: string
  files: number
  seed: number
  times: number
  node: string
  cli: string
  action: string
  runs: number
  warmup: number
  timeoutS: number
  log: (line: string) => void
}): PrHistoryResult[]
