export const DEFAULT_STACKFIT: string
export const DEFAULT_STARTUP: string
export const DEFAULT_GENERATE: number
export const USAGE: string
export interface BenchOptions {
  trees: string[]
  generate: number[]
  seed: number
  replicate: string[]
  times: number
  runs: number
  warmup: number
  timeoutS: number
  stackfit: string
  commands: Array<{ label: string; template: string }>
  startup: string | null
  peers: boolean
  lexFloor: boolean
  json: string | null
  help: boolean
}
export function parseBenchArgs(
  argv: readonly string[],
): { ok: true; options: BenchOptions } | { ok: false; problem: string }
export function expandTemplate(template: string, values: Record<string, string>): string[]
export function usesPlaceholder(template: string, name: string): boolean
