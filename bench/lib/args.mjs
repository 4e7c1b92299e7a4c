// Command-line options of `npm run bench`. Pure: argv in, options or a one-line problem out.
import { parseArgs } from 'node:util'

/** The stackfit command timed on each tree; placeholders are filled per run (see expandTemplate). */
export const DEFAULT_STACKFIT = '{node} dist/cli.js scan {tree} --format json -q -o {out}'
/** The start-up probe compared with `{node} -e 0`. */
export const DEFAULT_STARTUP = '{node} dist/cli.js --version'
/** The tree built when no tree option is given: small enough for a laptop run in a minute. */
export const DEFAULT_GENERATE = 20_000

export const USAGE = `Usage: npm run bench -- [options]

Trees (repeatable; with none, --generate ${DEFAULT_GENERATE}):
  --tree <dir>             A real repository you checked out
  --generate <N>           A synthetic monorepo of N files under bench/.trees/ (reused when it exists)
  --seed <n>               Seed of the generated trees (default 1)
  --replicate <dir>        Copy <dir> (without .git) --times times under bench/.trees/; times both
  --times <n>              Copies for --replicate (default 20)

Runs:
  --runs <n>               Measured runs per command and tree, alternating (default 5)
  --warmup <n>             Unmeasured runs first, to warm the cache (default 1)
  --timeout <seconds>      Per run; a command that times out is reported and skipped (default 900)
  --stackfit <template>    The scan to time (default: ${DEFAULT_STACKFIT})
  --command <label=template>  An extra row per tree, e.g. the PR mode (repeatable)
  --startup <template>     The start-up probe (default: ${DEFAULT_STARTUP}); --no-startup skips it
  --no-peers               Do not time the peers even when installed in bench/.peers/
  --no-lex-floor           Do not time "floor + lexing" (the floor plus stackfit's lexers on
                           every source file: the least work of a scan that reports imports)
  --json <file>            Also write every measurement as JSON
  --pr-mode                Time pull requests instead: the CLI's --base and the Action's push and
                           pull_request runs, on git histories of --generate's tree once and
                           --times times (docs/benchmarks.md, "PR mode")

Placeholders: {node} this Node binary, {tree} the tree, {out} a scratch output file
({outFromCwd} the same file relative to the working directory), {changed} a file listing one
service's files (one path per line), {service} that service's directory.`

/**
 * @typedef {{
 *   trees: string[], generate: number[], seed: number, replicate: string[], times: number,
 *   runs: number, warmup: number, timeoutS: number, stackfit: string,
 *   commands: Array<{ label: string, template: string }>, startup: string | null, peers: boolean,
 *   lexFloor: boolean, json: string | null, help: boolean
 * }} BenchOptions
 */

function positiveInt(value, flag, min = 1) {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < min) return `${flag} must be an integer ≥ ${min} (got "${value}")`
  return n
}

/**
 * Parses the benchmark's argv (without node and the script).
 * @param {readonly string[]} argv
 * @returns {{ ok: true, options: BenchOptions } | { ok: false, problem: string }} never throws
 */
export function parseBenchArgs(argv) {
  let values
  try {
    ;({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        tree: { type: 'string', multiple: true },
        generate: { type: 'string', multiple: true },
        seed: { type: 'string' },
        replicate: { type: 'string', multiple: true },
        times: { type: 'string' },
        runs: { type: 'string' },
        warmup: { type: 'string' },
        timeout: { type: 'string' },
        stackfit: { type: 'string' },
        command: { type: 'string', multiple: true },
        startup: { type: 'string' },
        'no-peers': { type: 'boolean' },
        'no-lex-floor': { type: 'boolean' },
        'no-startup': { type: 'boolean' },
        json: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }))
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) }
  }

  const numbers = {
    seed: positiveInt(values.seed, '--seed', 0) ?? 1,
    times: positiveInt(values.times, '--times', 2) ?? 20,
    runs: positiveInt(values.runs, '--runs') ?? 5,
    warmup: positiveInt(values.warmup, '--warmup', 0) ?? 1,
    timeoutS: positiveInt(values.timeout, '--timeout') ?? 900,
  }
  for (const value of Object.values(numbers))
    if (typeof value === 'string') return { ok: false, problem: value }
  const generate = []
  for (const raw of values.generate ?? []) {
    const n = positiveInt(raw, '--generate')
    if (typeof n === 'string') return { ok: false, problem: n }
    generate.push(n)
  }
  const commands = []
  for (const raw of values.command ?? []) {
    const eq = raw.indexOf('=')
    if (eq <= 0 || eq === raw.length - 1)
      return { ok: false, problem: `--command must be <label>=<template> (got "${raw}")` }
    commands.push({ label: raw.slice(0, eq).trim(), template: raw.slice(eq + 1).trim() })
  }
  const trees = values.tree ?? []
  const replicate = values.replicate ?? []
  if (trees.length === 0 && replicate.length === 0 && generate.length === 0)
    generate.push(DEFAULT_GENERATE)

  return {
    ok: true,
    options: {
      trees,
      generate,
      replicate,
      seed: numbers.seed,
      times: numbers.times,
      runs: numbers.runs,
      warmup: numbers.warmup,
      timeoutS: numbers.timeoutS,
      stackfit: values.stackfit ?? DEFAULT_STACKFIT,
      commands,
      startup: values['no-startup'] ? null : (values.startup ?? DEFAULT_STARTUP),
      peers: !values['no-peers'],
      lexFloor: !values['no-lex-floor'],
      json: values.json ?? null,
      help: values.help ?? false,
    },
  }
}

/**
 * Splits a command template into words and fills its placeholders. Words are separated by spaces;
 * single or double quotes keep spaces inside one word. Unknown placeholders are left as written.
 * @param {string} template e.g. `{node} dist/cli.js scan {tree} -o {out}`
 * @param {Record<string, string>} values e.g. `{ node: '/usr/bin/node', tree: 'bench/.trees/x' }`
 * @returns {string[]} the argv; never throws (an unclosed quote runs to the end)
 */
export function expandTemplate(template, values) {
  const words = []
  let word = ''
  let inWord = false
  let quote = null
  for (const ch of template) {
    if (quote) {
      if (ch === quote) quote = null
      else word += ch
    } else if (ch === '"' || ch === "'") {
      quote = ch
      inWord = true
    } else if (ch === ' ' || ch === '\t' || ch === '\n') {
      if (inWord) words.push(word)
      word = ''
      inWord = false
    } else {
      word += ch
      inWord = true
    }
  }
  if (inWord) words.push(word)
  return words.map((w) =>
    w.replace(/\{(\w+)\}/g, (all, name) => (Object.hasOwn(values, name) ? values[name] : all)),
  )
}

/**
 * Whether a template uses a placeholder.
 * @param {string} template
 * @param {string} name without braces
 * @returns {boolean}
 */
export function usesPlaceholder(template, name) {
  return template.includes(`{${name}}`)
}
