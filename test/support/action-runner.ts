/**
 * Runs the bundled Action (dist/index.js, or src/action/index.ts through tsx when
 * STACKFIT_E2E_SOURCE=1) the way a runner does: a child process with the GITHUB_* environment,
 * inputs as INPUT_* variables, and fresh GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
 */
import { execFileSync, spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '../..')

/** Node arguments that start the Action. */
export const ACTION_ENTRY: readonly string[] =
  process.env['STACKFIT_E2E_SOURCE'] === '1'
    ? ['--import', 'tsx', join(root, 'src/action/index.ts')]
    : [join(root, 'dist/index.js')]

/** Git with a fixed identity and no system or user configuration. */
export const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'stackfit test',
  GIT_AUTHOR_EMAIL: 'test@stackfit.invalid',
  GIT_COMMITTER_NAME: 'stackfit test',
  GIT_COMMITTER_EMAIL: 'test@stackfit.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
}

/** Runs git in `cwd` and returns its trimmed standard output; throws when git fails. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: GIT_ENV,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim()
}

export interface ActionRun {
  /** The workspace (GITHUB_WORKSPACE and the working directory). */
  dir: string
  /** Where output, summary and temporary files go. */
  scratch: string
  eventName: string
  eventPath: string
  sha: string
  /** The fake GitHub's base URL; empty when the run has none. */
  apiUrl: string
  token: string
  inputs?: Record<string, string>
  /** More environment variables (GITHUB_REF, the cache service's). */
  env?: Record<string, string>
}

export interface ActionOutcome {
  code: number | null
  stdout: string
  stderr: string
  /** The raw GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files the run wrote. */
  outputFile: string
  summary: string
}

let counter = 0

/** Starts the Action once and waits for it to exit. */
export async function runBundledAction(run: ActionRun): Promise<ActionOutcome> {
  const n = ++counter
  const outputFile = join(run.scratch, `output-${n}.txt`)
  const summaryFile = join(run.scratch, `summary-${n}.md`)
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? run.scratch,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: run.eventName,
    GITHUB_EVENT_PATH: run.eventPath,
    GITHUB_REPOSITORY: 'acme/platform',
    GITHUB_SHA: run.sha,
    GITHUB_WORKSPACE: run.dir,
    GITHUB_API_URL: run.apiUrl,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: run.scratch,
    INPUT_TOKEN: run.token,
  }
  Object.assign(env, run.env ?? {})
  for (const [name, value] of Object.entries(run.inputs ?? {}))
    env[`INPUT_${name.toUpperCase()}`] = value
  const child = spawn(process.execPath, ACTION_ENTRY, {
    cwd: run.dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { code, stdout, stderr, outputFile, summary: readFileSync(summaryFile, 'utf8') }
}
