#!/usr/bin/env node
// `npm run bench`: times stackfit against the I/O floor (bench/floor.mjs) and any installed peers
// on real, generated or replicated trees, and prints a Markdown table of medians and ratios.
// A benchmark, not a test: it exits 0 whatever the numbers are, and non-zero only when the
// harness itself cannot run (bad options, a disk error while building a tree).
// Plain Node ESM so it runs without a build, on Node 20 and 24. See docs/benchmarks.md.
import process from 'node:process'
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, availableParallelism, arch, release, tmpdir, totalmem, type } from 'node:os'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { USAGE, expandTemplate, parseBenchArgs, usesPlaceholder } from './lib/args.mjs'
import { detectTools, measure } from './lib/measure.mjs'
import { findPeers } from './lib/peers.mjs'
import { renderMarkdown } from './lib/report.mjs'
import { summarize } from './lib/stats.mjs'
import { pickService, prepareGenerated, prepareReplica } from './lib/trees.mjs'
import { renderPrMode, runPrMode } from './lib/pr-mode.mjs'
import { buildLexers, lexersPath } from './lib/lexers.mjs'

const BENCH_DIR = dirname(fileURLToPath(import.meta.url))
const PROJECT_DIR = dirname(BENCH_DIR)
const TREES_DIR = join(BENCH_DIR, '.trees')
const NODE = process.execPath

const log = (line) => process.stderr.write(`bench: ${line}\n`)

function firstLines(text, n = 3) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(-n)
    .join(' ⏎ ')
    .slice(0, 400)
}

/**
 * A command to time on a tree: where it came from, its argv template, and which exit codes mean
 * it ran to completion (stackfit exits 1 when it reports findings at or above --fail-on).
 */
function commandsFor(options, peers, lexers) {
  const list = [
    {
      id: 'floor',
      label: 'floor',
      template: `{node} ${join(BENCH_DIR, 'floor.mjs')} {tree}`,
      okCodes: [0],
      checkOut: false,
    },
    ...(lexers
      ? [
          {
            id: 'floor-lex',
            label: 'floor + lexing',
            template: `{node} ${join(BENCH_DIR, 'floor.mjs')} {tree} --lex ${lexers}`,
            okCodes: [0],
            checkOut: false,
          },
        ]
      : []),
    {
      id: 'stackfit',
      label: 'stackfit',
      template: options.stackfit,
      okCodes: [0, 1],
      checkOut: usesPlaceholder(options.stackfit, 'out'),
    },
    ...options.commands.map((c) => ({
      id: `command:${c.label}`,
      label: c.label,
      template: c.template,
      okCodes: [0, 1],
      checkOut: false,
    })),
  ]
  for (const { peer, argv, version } of peers) {
    list.push({
      id: `peer:${peer.id}`,
      label: version ? `${peer.label} ${version}` : peer.label,
      argv,
      okCodes: peer.okCodes,
      checkOut: false,
    })
  }
  return list
}

function newRow(cmd) {
  return { id: cmd.id, label: cmd.label, status: 'ok', note: '', samples: [], active: true }
}

/** Runs one command once, records the sample or the failure. */
function runOnce(cmd, row, values, ctx, measured) {
  const argv = cmd.argv
    ? cmd.argv.map((w) => w.replace(/\{(\w+)\}/g, (all, k) => values[k] ?? all))
    : expandTemplate(cmd.template, values)
  if (values.out) rmSync(values.out, { force: true })
  const m = measure({
    command: argv[0],
    args: argv.slice(1),
    cwd: PROJECT_DIR,
    timeoutMs: ctx.timeoutS * 1000,
    scratch: ctx.scratch,
    tools: ctx.tools,
  })
  if (m.timedOut) {
    row.status = 'timed-out'
    row.note = `gave up after ${ctx.timeoutS} s (--timeout)`
    row.active = false
    return null
  }
  if (m.exitCode === null || !cmd.okCodes.includes(m.exitCode)) {
    row.status = 'failed'
    row.note = `exit ${m.exitCode ?? m.signal ?? 'none'}: ${firstLines(m.stderrTail) || 'no output on stderr'} (command: ${argv.map((a) => (basename(a) === a ? a : a.replace(PROJECT_DIR + '/', ''))).join(' ')})`
    row.active = false
    return null
  }
  if (cmd.checkOut && values.out && !(existsSync(values.out) && statSync(values.out).size > 0)) {
    row.status = 'failed'
    row.note = 'exited cleanly but wrote no report to {out}'
    row.active = false
    return null
  }
  if (measured) row.samples.push(m)
  return m
}

function summarizeRow(row) {
  return {
    id: row.id,
    label: row.label,
    status: row.samples.length === 0 && row.status === 'ok' ? 'not-run' : row.status,
    note: row.note,
    wall: summarize(row.samples.map((s) => s.wallMs)),
    cpu: summarize(row.samples.map((s) => s.cpuMs)),
    rss: summarize(row.samples.map((s) => s.maxRssBytes)),
    rchar: summarize(row.samples.map((s) => s.rcharBytes)),
  }
}

/** Warm-up, then `runs` rounds; each round runs every still-working command once, rotating the order. */
function timeCommands(cmds, valuesFor, ctx, rounds, warmup, onRound) {
  const rows = cmds.map(newRow)
  let floorStdout = null
  for (let w = 0; w < warmup; w++) {
    cmds.forEach((cmd, i) => {
      if (!rows[i].active) return
      const m = runOnce(cmd, rows[i], valuesFor(i), ctx, false)
      if (m && cmd.id === 'floor') floorStdout = m.stdout
    })
  }
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < cmds.length; k++) {
      const i = (k + r) % cmds.length
      if (!rows[i].active) continue
      const m = runOnce(cmds[i], rows[i], valuesFor(i), ctx, true)
      if (m && cmds[i].id === 'floor') floorStdout = m.stdout
    }
    onRound(r + 1, rows)
  }
  return { rows: rows.map(summarizeRow), floorStdout }
}

function machine() {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: typeof availableParallelism === 'function' ? availableParallelism() : cpus().length,
    memoryBytes: totalmem(),
    os: `${type()} ${release()} ${arch()}`,
  }
}

function prepareTrees(options) {
  const trees = []
  const byPath = new Map()
  const addGiven = (dir) => {
    const abs = resolve(dir)
    if (byPath.has(abs)) return byPath.get(abs)
    if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new Error(`not a directory: ${dir}`)
    const tree = {
      id: `tree:${abs}`,
      label: basename(abs),
      dir: abs,
      origin: 'given',
      replicaOf: null,
      times: null,
      service: null,
    }
    byPath.set(abs, tree)
    trees.push(tree)
    return tree
  }
  for (const dir of options.trees) addGiven(dir)
  for (const files of options.generate) {
    const g = prepareGenerated(TREES_DIR, { files, seed: options.seed }, log)
    trees.push({
      id: `generated:${g.label}`,
      label: g.label,
      dir: g.dir,
      origin: 'generated',
      replicaOf: null,
      times: null,
      service: g.service,
    })
  }
  for (const dir of options.replicate) {
    const source = addGiven(dir)
    const r = prepareReplica(TREES_DIR, source.dir, options.times, log)
    trees.push({
      id: `replica:${r.label}`,
      label: r.label,
      dir: r.dir,
      origin: 'replicated',
      replicaOf: source.id,
      times: options.times,
      service: null,
    })
  }
  return trees
}

function main() {
  // --pr-mode: only the PR-mode rows (bench/lib/pr-mode.mjs), on --generate's first size.
  const prMode = process.argv.includes('--pr-mode')
  const parsed = parseBenchArgs(process.argv.slice(2).filter((a) => a !== '--pr-mode'))
  if (!parsed.ok) {
    process.stderr.write(`bench: ${parsed.problem}\n\n${USAGE}\n`)
    return 2
  }
  const options = parsed.options
  if (options.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  if (prMode) {
    const results = runPrMode({
      treesDir: TREES_DIR,
      files: options.generate[0] ?? 20000,
      seed: options.seed,
      times: options.times,
      node: NODE,
      cli: join(PROJECT_DIR, 'dist', 'cli.js'),
      action: join(PROJECT_DIR, 'dist', 'index.js'),
      runs: options.runs,
      warmup: options.warmup,
      timeoutS: options.timeoutS,
      log,
    })
    process.stdout.write(renderPrMode(results))
    if (options.json) writeFileSync(resolve(options.json), JSON.stringify(results, null, 2) + '\n')
    return 0
  }
  if (options.runs < 5)
    log(`--runs ${options.runs}: fewer than 5 runs; use the figures as a smoke test only`)

  const tools = detectTools()
  if (!tools.time)
    log('GNU time not found (/usr/bin/time): CPU falls back to /proc, peak RSS is not measured')
  if (!tools.procIo) log('/proc/self/io not readable: bytes read are not measured')
  const peers = options.peers ? findPeers(BENCH_DIR, NODE) : []
  if (options.peers && peers.length === 0)
    log('no peers installed (see docs/benchmarks.md); timing floor and stackfit only')

  const trees = prepareTrees(options)
  const scratch = mkdtempSync(join(tmpdir(), 'stackfit-bench-'))
  const ctx = { scratch, tools, timeoutS: options.timeoutS }
  let lexers = null
  if (options.lexFloor) {
    try {
      lexers = buildLexers(PROJECT_DIR, lexersPath(TREES_DIR))
    } catch (error) {
      log(`floor + lexing not timed: the lexers did not build (${firstLines(String(error), 1)})`)
    }
  }
  const cmds = commandsFor(options, peers, lexers)
  const needsChanged = cmds.some(
    (c) =>
      c.template &&
      (usesPlaceholder(c.template, 'changed') || usesPlaceholder(c.template, 'service')),
  )

  const results = {
    schema: 'stackfit-bench/1',
    date: new Date().toISOString(),
    node: process.version,
    machine: machine(),
    settings: { runs: options.runs, warmup: options.warmup, timeoutS: options.timeoutS },
    tools: { time: tools.time !== null, procIo: tools.procIo },
    trees: [],
    startup: null,
    notes: [],
  }

  try {
    for (const tree of trees) {
      const values = { node: NODE, tree: tree.dir, root: PROJECT_DIR }
      if (needsChanged) {
        const picked = pickService(tree.dir, tree.service)
        const changedPath = join(scratch, 'changed.txt')
        writeFileSync(changedPath, picked ? picked.files.join('\n') + '\n' : '')
        values.changed = changedPath
        values.service = picked?.service ?? '.'
        if (!picked)
          log(`${tree.label}: no service manifest found for {changed}; the list is empty`)
      }
      log(`timing ${tree.label}: ${cmds.map((c) => c.label).join(', ')} × ${options.runs} runs`)
      const { rows, floorStdout } = timeCommands(
        cmds,
        (i) => ({
          ...values,
          out: join(scratch, `out-${i}`),
          // The same file relative to the working directory, for tools that join the two.
          outFromCwd: relative(PROJECT_DIR, join(scratch, `out-${i}`)),
        }),
        ctx,
        options.runs,
        options.warmup,
        (done, live) =>
          log(
            `  ${tree.label}: round ${done}/${options.runs}${
              live.some((r) => !r.active)
                ? ` (stopped: ${live
                    .filter((r) => !r.active)
                    .map((r) => `${r.label} ${r.status}`)
                    .join(', ')})`
                : ''
            }`,
          ),
      )
      let floor = null
      try {
        floor = floorStdout ? JSON.parse(floorStdout.trim().split('\n').pop() ?? '') : null
      } catch {
        floor = null
      }
      results.trees.push({
        id: tree.id,
        label: tree.label,
        origin: tree.origin,
        path: tree.dir.startsWith(PROJECT_DIR + '/')
          ? tree.dir.slice(PROJECT_DIR.length + 1)
          : tree.label,
        files: floor?.statted ?? null,
        otherFiles: floor ? floor.statted - floor.read : null,
        replicaOf: tree.replicaOf,
        times: tree.times,
        rows,
      })
    }

    if (options.startup) {
      const probe = expandTemplate(options.startup, { node: NODE })
      const missing = probe.find((w) => w.endsWith('.js') && !existsSync(resolve(PROJECT_DIR, w)))
      const startupCmds = [
        { id: 'node', label: 'node -e 0', template: '{node} -e 0', okCodes: [0] },
        {
          id: 'stackfit',
          label: options.startup.replace('{node}', 'node'),
          template: options.startup,
          okCodes: [0],
        },
      ]
      if (missing) {
        log(`start-up: ${missing} does not exist (run npm run build); skipped`)
        results.notes.push(`Start-up not timed: ${missing} does not exist (run npm run build).`)
      } else {
        log('timing start-up')
        const rounds = Math.max(10, options.runs)
        const { rows } = timeCommands(
          startupCmds,
          () => ({ node: NODE }),
          ctx,
          rounds,
          Math.max(1, options.warmup),
          () => {},
        )
        results.startup = { rows }
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }

  process.stdout.write(renderMarkdown(results))
  if (options.json) {
    writeFileSync(resolve(options.json), JSON.stringify(results, null, 2) + '\n')
    log(`wrote ${options.json}`)
  }
  return 0
}

try {
  process.exitCode = main()
} catch (error) {
  process.stderr.write(
    `bench: the harness failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  )
  process.exitCode = 1
}
