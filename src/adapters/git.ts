/**
 * Running git for the adapters: synchronous, argument arrays (no shell), output as bytes, and
 * options that keep git from running anything configured in the repository (external diff
 * drivers, textconv filters, an fsmonitor hook). Nothing here reads the scanned tree's files.
 */
import { spawnSync } from 'node:child_process'

/** Output above this many bytes from one git call is an error rather than an exhausted process. */
const MAX_OUTPUT_BYTES = 512 * 1024 * 1024

/** Settings passed with `-c` to every call: no hook or helper from the repository's config runs. */
const SAFE_CONFIG = ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false']

export type GitResult = { ok: true; stdout: Buffer } | { ok: false; message: string }

/**
 * Runs `git <args>` in `cwd` with `input` on stdin. Returns stdout, or the first line of stderr
 * (or the spawn error) when git fails. Never throws.
 */
export function runGit(cwd: string, args: readonly string[], input?: Buffer | string): GitResult {
  const result = spawnSync('git', [...SAFE_CONFIG, ...args], {
    cwd,
    input,
    maxBuffer: MAX_OUTPUT_BYTES,
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    windowsHide: true,
  })
  if (result.error) return { ok: false, message: result.error.message }
  if (result.status !== 0) {
    const stderr = result.stderr.toString('utf8').trim().split('\n')[0] ?? ''
    return { ok: false, message: stderr || `git ${args[0] ?? ''} exited with ${result.status}` }
  }
  return { ok: true, stdout: result.stdout }
}

/** Splits NUL-terminated output into its records (the empty tail dropped). */
export function splitNul(output: Buffer): string[] {
  const text = output.toString('utf8')
  const parts = text.split('\u0000')
  if (parts[parts.length - 1] === '') parts.pop()
  return parts
}

/** The commit id `ref` names in the repository at `cwd`, or undefined when it names no commit. */
export function resolveCommit(cwd: string, ref: string): string | undefined {
  const commit = runGit(cwd, [
    'rev-parse',
    '--verify',
    '--quiet',
    '--end-of-options',
    `${ref}^{commit}`,
  ])
  return commit.ok ? commit.stdout.toString('utf8').trim() : undefined
}

/** A full object id: SHA-1 (40 hex digits) or SHA-256 (64). */
const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/

/**
 * `git rev-parse <queries> --verify --quiet --end-of-options <ref>^{commit}` in `cwd`: the commit
 * and the queries' answers, one git process for both. `answers` is how many lines the queries
 * print. Undefined when git fails or prints anything else: the caller then asks separately, to
 * tell which part failed. Never throws.
 */
export function revParseWithCommit(
  cwd: string,
  queries: readonly string[],
  answers: number,
  ref: string,
): { answers: string[]; commit: string } | undefined {
  const result = runGit(cwd, [
    'rev-parse',
    ...queries,
    '--verify',
    '--quiet',
    '--end-of-options',
    `${ref}^{commit}`,
  ])
  if (!result.ok) return undefined
  const lines = result.stdout.toString('utf8').split('\n')
  const commit = lines[answers] ?? ''
  if (lines.length !== answers + 2 || lines[answers + 1] !== '' || !OBJECT_ID.test(commit))
    return undefined
  return { answers: lines.slice(0, answers), commit }
}

/**
 * `git ls-tree -l -z --full-tree <oid>` in `cwd`: recursive with `recursive`, and limited to the
 * literal pathspecs `paths` when given (a path with `*` or `[` in it is a name, not a pattern).
 * Never throws.
 */
export function lsTree(
  cwd: string,
  oid: string,
  recursive: boolean,
  paths?: readonly string[],
): GitResult {
  return runGit(cwd, [
    '--literal-pathspecs',
    'ls-tree',
    ...(recursive ? ['-r'] : []),
    '-l',
    '-z',
    '--full-tree',
    oid,
    ...(paths && paths.length > 0 ? ['--', ...paths] : []),
  ])
}
