import type { Summary } from './stats.mjs'
export interface Row {
  id: string
  label: string
  status: 'ok' | 'failed' | 'timed-out' | 'not-run'
  note: string
  wall: Summary
  cpu: Summary
  rss: Summary
  rchar: Summary
}
export interface TreeResult {
  id: string
  label: string
  origin: 'given' | 'generated' | 'replicated'
  files: number | null
  otherFiles: number | null
  replicaOf: string | null
  times: number | null
  rows: Row[]
}
export interface Results {
  schema: string
  date: string
  node: string
  machine: { cpu: string; cores: number; memoryBytes: number; os: string }
  settings: { runs: number; warmup: number; timeoutS: number }
  tools: { time: boolean; procIo: boolean }
  trees: TreeResult[]
  startup: { rows: Row[] } | null
  notes?: string[]
}
export type Verdict = 'met' | 'missed' | 'n/a'
export const SNIFF_ALLOWANCE_BYTES: number
export function ratiosToFloor(
  tree: TreeResult,
  row: Row,
): { wall: number | null; cpu: number | null; rss: number | null; rchar: number | null }
export function microsPerFile(tree: TreeResult, row: Row): number | null
export function scalingPairs(results: Results): Array<{ small: TreeResult; large: TreeResult }>
export function computeScaling(results: Results): Array<{
  small: string
  large: string
  row: string
  smallUs: number | null
  largeUs: number | null
  perFileRatio: number | null
  rssPerFile: number | null
}>
export const TARGETS: ReadonlyArray<{
  id: string
  target: string
  check: (results: Results) => Array<{ scope: string; measured: string; verdict: Verdict }>
}>
export function evaluateTargets(
  results: Results,
): Array<{ id: string; target: string; scope: string; measured: string; verdict: Verdict }>
export function renderMarkdown(results: Results): string
export const MIN_SCALING_FILES: number
