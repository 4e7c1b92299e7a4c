/**
 * The CLI shell: argv → engine → one output on stdout (or a file), chatter on stderr, an exit code.
 * All process and file-system access of the CLI goes through CliIO so tests can capture it.
 */
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { createFsRepoView } from '../adapters/fs-repo-view.js'
import { createGitBase } from '../adapters/git-base.js'
import type { BasePort } from '../core/7-delta/compare-with-base.js'
import { RULES } from '../core/4-evaluate/catalog.js'
import { renderRulesTable } from '../core/4-evaluate/rule-doc.js'
import { renderJson } from '../core/5-report/json.js'
import { renderMarkdown } from '../core/5-report/markdown.js'
import { renderSarif } from '../core/5-report/sarif.js'
import { renderText } from '../core/5-report/text.js'
import type { Report } from '../core/model.js'
import { runStackfit } from '../engine.js'
import { parseCliArgs, type Command, type Format } from './args.js'
import { renderExplain } from './explain.js'
import { loadCliPolicy, optionGiven } from './policy.js'
import { createProgress, withReadProgress, type Progress } from './progress.js'
import { quickAnswer } from './quick.js'
import { PolicyError } from '../config/apply-policy.js'

export const ExitCode = { Ok: 0, Findings: 1, Usage: 2, Unexpected: 3 } as const

export interface CliIO {
  stdout(text: string): void
  stderr(text: string): void
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  readonly stdoutIsTTY: boolean
  readonly stderrIsTTY: boolean
  /** Monotonic milliseconds, for the progress line. */
  now(): number
  /** The current date, for waiver expiry; absent means the system clock. */
  date?(): Date
  /**
   * Asks the JavaScript engine to favour memory over speed for the rest of the process
   * (`scan --low-memory`); absent where the host cannot.
   */
  lowMemory?(): void
}

/** Runs one CLI invocation. Never throws: unexpected failures print one line and return 3. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return run(argv, io)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    io.stderr(`stackfit: unexpected failure: ${message}\n`)
    if (io.env['STACKFIT_DEBUG'] && error instanceof Error && error.stack)
      io.stderr(error.stack + '\n')
    return ExitCode.Unexpected
  }
}

class UsageError extends Error {}

function run(argv: readonly string[], io: CliIO): number {
  const parsed = parseCliArgs(argv)
  if (!parsed.ok) {
    io.stderr(`stackfit: ${parsed.problem}\nRun 'stackfit --help' for usage.\n`)
    return ExitCode.Usage
  }
  const command = parsed.command
  try {
    switch (command.name) {
      case 'version':
      case 'help':
        io.stdout(quickAnswer(argv) ?? '')
        return ExitCode.Ok
      case 'rules':
        io.stdout(renderRules(command.format))
        return ExitCode.Ok
      case 'scan':
        return scan(command, io, optionGiven(argv, 'fail-on'))
      case 'explain':
        return explain(command, io)
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`stackfit: ${error.message}\n`)
      return ExitCode.Usage
    }
    if (error instanceof PolicyError) {
      io.stderr(`stackfit: ${error.message}\n`)
      return ExitCode.Usage
    }
    throw error
  }
}

function useColor(io: CliIO, forced: boolean | undefined, tty: boolean): boolean {
  if (forced !== undefined) return forced
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false
  if (io.env['FORCE_COLOR'] !== undefined && io.env['FORCE_COLOR'] !== '0') return true
  return tty
}

function scanRoot(io: CliIO, dir: string): string {
  const root = resolve(io.cwd, dir)
  let stat
  try {
    stat = statSync(root)
  } catch {
    throw new UsageError(`no such directory: ${dir}`)
  }
  if (!stat.isDirectory()) throw new UsageError(`not a directory: ${dir}`)
  return root
}

function scan(command: Extract<Command, { name: 'scan' }>, io: CliIO, failOnGiven = false): number {
  const root = scanRoot(io, command.dir)
  const outputPath = command.output !== undefined ? resolve(io.cwd, command.output) : undefined
  if (outputPath !== undefined && existsSync(outputPath) && statSync(outputPath).isDirectory()) {
    throw new UsageError(`--output is a directory: ${command.output}`)
  }
  if (command.lowMemory) io.lowMemory?.()
  const progress = createProgress({
    enabled: !command.quiet && io.stderrIsTTY,
    write: (text) => io.stderr(text),
    now: () => io.now(),
    color: useColor(io, command.color, io.stderrIsTTY),
  })
  const walk = createFsRepoView(root, { onProgress: (files) => progress.walked(files) })
  progress.walkDone(walk.files.length)
  const repo = withReadProgress(walk, progress)
  let base: BasePort | undefined
  if (command.base !== undefined) {
    const resolved = createGitBase(root, command.base)
    if (!resolved.ok) progress.done()
    if (!resolved.ok) throw new UsageError(`--base ${command.base}: ${resolved.message}`)
    base = resolved.port
  }
  const policy = loadCliPolicy(command.config, repo, io.cwd)
  if (!policy.ok) {
    progress.done()
    io.stderr(policy.lines.join('\n') + '\n')
    return ExitCode.Usage
  }
  const result = runStackfitWith(
    progress,
    {
      // --fail-on wins over the policy file's fail-on, which wins over the default.
      failOn: failOnGiven ? command.failOn : (policy.policy.failOn ?? command.failOn),
      policy: policy.policy,
      now: io.date?.() ?? new Date(),
      rootLabel: command.dir,
      ...(command.failOnScope !== undefined ? { failOnScope: command.failOnScope } : {}),
      ...(command.scope !== undefined ? { scope: command.scope } : {}),
    },
    { repo, ...(base ? { base } : {}) },
  )
  const color = outputPath === undefined && useColor(io, command.color, io.stdoutIsTTY)
  const body = render(result.report, command.format, color)
  if (outputPath !== undefined) {
    writeAtomically(outputPath, body)
    if (!command.quiet) io.stderr(`stackfit: wrote ${command.format} report to ${command.output}\n`)
  } else {
    io.stdout(body)
  }
  if (!command.quiet) {
    const diagnostics = result.report.diagnostics.length
    if (diagnostics > 0 && command.format !== 'text') {
      io.stderr(
        `stackfit: ${diagnostics} file(s) could not be fully read; see diagnostics in the report\n`,
      )
    }
    if (command.format !== 'text' || outputPath !== undefined)
      io.stderr(`${result.verdict.headline}\n`)
  }
  return result.verdict.conclusion === 'fail' ? ExitCode.Findings : ExitCode.Ok
}

/** Runs the engine and clears the progress line however the run ends. */
function runStackfitWith(
  progress: Progress,
  ...args: Parameters<typeof runStackfit>
): ReturnType<typeof runStackfit> {
  try {
    return runStackfit(...args)
  } finally {
    progress.done()
  }
}

function render(report: Report, format: Format, color: boolean): string {
  switch (format) {
    case 'text':
      return renderText(report, { color })
    case 'json':
      return renderJson(report)
    case 'markdown':
      return renderMarkdown(report)
    case 'sarif':
      return renderSarif(report)
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/** Writes through a temporary file and a rename, so a failed write never leaves half a report. */
function writeAtomically(path: string, body: string): void {
  mkdirSync(dirname(path), { recursive: true })
  const temp = `${path}.${process.pid}.tmp`
  writeFileSync(temp, body)
  renameSync(temp, path)
}

function renderRules(format: 'text' | 'json' | 'markdown'): string {
  if (format === 'markdown') return renderRulesTable()
  if (format === 'json') {
    const rules = RULES.map((r) => ({
      id: r.id,
      name: r.name,
      category: r.category,
      defaultSeverity: r.defaultSeverity,
      summary: r.summary,
      rationale: r.rationale,
      fix: r.fix,
    }))
    return JSON.stringify(rules, null, 2) + '\n'
  }
  const idWidth = Math.max(...RULES.map((r) => r.id.length))
  const nameWidth = Math.max(...RULES.map((r) => r.name.length))
  const sevWidth = Math.max(...RULES.map((r) => r.defaultSeverity.length))
  return (
    RULES.map(
      (r) =>
        `${r.id.padEnd(idWidth)}  ${r.name.padEnd(nameWidth)}  ${r.defaultSeverity.padEnd(sevWidth)}  ${r.summary}`,
    ).join('\n') + '\n'
  )
}

function explain(command: { service: string; root: string; color?: boolean }, io: CliIO): number {
  const root = scanRoot(io, command.root)
  // The service is named relative to --root; a path relative to the working directory works too.
  const underRoot = resolve(root, command.service)
  const target = isDirectory(underRoot) ? underRoot : resolve(io.cwd, command.service)
  const rel = relative(root, target)
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new UsageError(
      `${command.service} is outside the repository root ${command.root} (use --root)`,
    )
  }
  const serviceRoot = rel === '' ? '.' : rel.split(sep).join('/')
  const result = runStackfit({ failOn: 'never' }, { repo: createFsRepoView(root) })
  const service = result.report.services.find((s) => s.root === serviceRoot)
  if (!service) {
    const known = result.report.services.map((s) => s.root).join(', ') || 'none'
    throw new UsageError(`no service discovered at ${serviceRoot} (discovered: ${known})`)
  }
  io.stdout(
    renderExplain(service, result.report, { color: useColor(io, command.color, io.stdoutIsTTY) }),
  )
  return ExitCode.Ok
}
