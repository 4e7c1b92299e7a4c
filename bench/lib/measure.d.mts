export interface Tools {
  time: string | null
  timeout: string | null
  procIo: boolean
  procStat: boolean
  clockTicks: number
}
export interface Measurement {
  wallMs: number
  cpuMs: number | null
  userMs: number | null
  sysMs: number | null
  maxRssBytes: number | null
  rcharBytes: number | null
  storageReadBytes: number | null
  exitCode: number | null
  signal: string | null
  timedOut: boolean
  stdout: string
  stderrTail: string
}
export function detectTools(): Tools
export function parseTimeOutput(
  text: string,
): { userMs: number; sysMs: number; maxRssBytes: number } | null
export function measure(options: {
  command: string
  args: readonly string[]
  cwd?: string
  timeoutMs: number
  scratch: string
  tools: Tools
  env?: NodeJS.ProcessEnv
}): Measurement
