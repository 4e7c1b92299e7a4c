/**
 * Command-line parsing: argv in, a typed command or a one-line usage problem out. No I/O.
 */
import { parseArgs } from 'node:util'
import type { FailOn, FailOnScope } from '../core/model.js'

export const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const
export type Format = (typeof FORMATS)[number]
export const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const
export const FAIL_ON_SCOPES = ['new', 'all'] as const
export const SCOPES = ['changed', 'all'] as const

export type Command =
  | {
      name: 'scan'
      dir: string
      format: Format
      output?: string
      failOn: FailOn
      color?: boolean
      quiet: boolean
      /** Compare with this git ref (its merge base with HEAD). */
      base?: string
      /** Which findings can fail: default `new` with --base, `all` without. */
      failOnScope?: FailOnScope
      /** With --base: `changed` (default) or `all` services' findings. */
      scope?: 'changed' | 'all'
      /** The policy file (--config); default `.stackfit.yml`/`.stackfit.yaml` at the scan root. */
      config?: string
      /** --low-memory: V8 keeps its heap small (src/cli/index.ts), for more CPU time. */
      lowMemory?: true
    }
  | { name: 'rules'; format: 'text' | 'json' | 'markdown' }
  | { name: 'explain'; service: string; root: string; color?: boolean }
  | { name: 'help'; topic?: string }
  | { name: 'version' }

export type Parsed = { ok: true; command: Command } | { ok: false; problem: string }

export const USAGE = `Usage: stackfit <command> [options]

Commands:
  scan [dir]              Scan a monorepo (default: the current directory)
  rules                   List the rule catalog
  explain <service-dir>   Show every signal of one service and how each rule reasoned

Options for scan:
  -f, --format <fmt>      text | json | markdown | sarif (default: text)
  -o, --output <file>     Write the report to a file instead of stdout
      --fail-on <level>   error | warning | notice | never (default: the policy file's, else error)
  -c, --config <file>     Policy file (default: .stackfit.yml or .stackfit.yaml in the scanned directory)
      --base <ref>        Compare with a git ref (its merge base with HEAD): what the change did
      --fail-on-scope <s> new | all: which findings can fail (default: new with --base, else all)
      --scope <s>         changed | all: with --base, the touched services' findings or all
      --color, --no-color Force or disable colour (default: on for a TTY, off with NO_COLOR)
  -q, --quiet             No progress or notes on stderr
      --low-memory        Keep peak memory low (V8's optimize-for-size mode), for more CPU time

Options for rules:
  -f, --format <fmt>      text | json | markdown (default: text)

Options for explain:
      --root <dir>        The repository root the service belongs to (default: the current directory)

Exit codes: 0 passed, 1 findings at or above --fail-on, 2 usage error, 3 unexpected failure.`

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
): T | string | undefined {
  if (value === undefined) return undefined
  if ((allowed as readonly string[]).includes(value)) return value as T
  return `${flag} must be one of ${allowed.join(', ')} (got "${value}")`
}

/** Parses argv (without node and the script). Never throws. */
export function parseCliArgs(argv: readonly string[]): Parsed {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        config: { type: 'string', short: 'c' },
        base: { type: 'string' },
        'fail-on-scope': { type: 'string' },
        scope: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        'low-memory': { type: 'boolean' },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, problem: message.split('\n')[0] ?? message }
  }
  const { values, positionals } = parsed
  if (values.version) return { ok: true, command: { name: 'version' } }
  const [name, ...rest] = positionals
  if (values.help || name === undefined || name === 'help') {
    return { ok: true, command: { name: 'help', topic: name === 'help' ? rest[0] : name } }
  }
  const color = values['no-color'] ? false : values.color ? true : undefined

  switch (name) {
    case 'scan': {
      if (rest.length > 1)
        return { ok: false, problem: `scan takes one directory (got ${rest.length})` }
      const format = oneOf(values.format, FORMATS, '--format') ?? 'text'
      if (!FORMATS.includes(format as Format)) return { ok: false, problem: format }
      const failOn = oneOf(values['fail-on'], FAIL_ON, '--fail-on') ?? 'error'
      if (!FAIL_ON.includes(failOn as FailOn)) return { ok: false, problem: failOn }
      if (values.root !== undefined)
        return { ok: false, problem: '--root is an option of explain, not scan' }
      if (values.output === '') return { ok: false, problem: '--output needs a file name' }
      if (values.base === '') return { ok: false, problem: '--base needs a git ref' }
      if (values.config === '') return { ok: false, problem: '--config needs a file name' }
      const failOnScope = oneOf(values['fail-on-scope'], FAIL_ON_SCOPES, '--fail-on-scope')
      if (failOnScope !== undefined && !FAIL_ON_SCOPES.includes(failOnScope as FailOnScope))
        return { ok: false, problem: failOnScope }
      const scope = oneOf(values.scope, SCOPES, '--scope')
      if (scope !== undefined && !(SCOPES as readonly string[]).includes(scope))
        return { ok: false, problem: scope }
      if (scope !== undefined && values.base === undefined)
        return { ok: false, problem: '--scope needs --base (without it every service is scanned)' }
      return {
        ok: true,
        command: {
          name: 'scan',
          dir: rest[0] ?? '.',
          format: format as Format,
          ...(values.output !== undefined ? { output: values.output } : {}),
          failOn: failOn as FailOn,
          ...(color !== undefined ? { color } : {}),
          quiet: values.quiet ?? false,
          ...(values.base !== undefined ? { base: values.base } : {}),
          ...(failOnScope !== undefined ? { failOnScope: failOnScope as FailOnScope } : {}),
          ...(scope !== undefined ? { scope: scope as 'changed' | 'all' } : {}),
          ...(values.config !== undefined ? { config: values.config } : {}),
          ...(values['low-memory'] ? { lowMemory: true as const } : {}),
        },
      }
    }
    case 'rules': {
      if (rest.length > 0)
        return { ok: false, problem: `rules takes no arguments (got "${rest[0]}")` }
      const allowed = ['text', 'json', 'markdown'] as const
      const format = oneOf(values.format, allowed, '--format') ?? 'text'
      if (!(allowed as readonly string[]).includes(format)) return { ok: false, problem: format }
      return {
        ok: true,
        command: { name: 'rules', format: format as 'text' | 'json' | 'markdown' },
      }
    }
    case 'explain': {
      if (rest.length !== 1)
        return { ok: false, problem: 'explain takes exactly one service directory' }
      return {
        ok: true,
        command: {
          name: 'explain',
          service: rest[0] as string,
          root: values.root ?? '.',
          ...(color !== undefined ? { color } : {}),
        },
      }
    }
    default:
      return { ok: false, problem: `unknown command "${name}" (expected scan, rules or explain)` }
  }
}
