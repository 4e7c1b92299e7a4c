// The PR-mode row of the benchmark: does `stackfit scan --base` cost what the change touches, or
// what the repository holds? Two git histories are built from the same generated tree, one with
// the tree once and one with it copied `times` times (copy-01/ … copy-NN/). Each history has a
// `main` commit and two pull-request branches: `pr-small` edits the smallest service of copy-01,
// `pr-large` the largest. On each history the benchmark times a full scan and
// `scan --base main` on both branches, and reports medians and ratios.
//
// Run it with `npm run bench -- --pr-mode` (or `node bench/lib/pr-mode.mjs`); see
// docs/benchmarks.md. Histories are cached in bench/.trees/pr-<tree>-x<N>/ (ignored by git).
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { detectTools, measure } from './measure.mjs'
import { formatBytes, formatMs, formatRatio, median, ratio } from './stats.mjs'
import { prepareGenerated } from './trees.mjs'

/** Bump when the history layout or the edits change, so cached histories are rebuilt. */
export const HISTORY_VERSION = 1

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'stackfit bench',
  GIT_AUTHOR_EMAIL: 'bench@stackfit.invalid',
  GIT_COMMITTER_NAME: 'stackfit bench',
  GIT_COMMITTER_EMAIL: 'bench@stackfit.invalid',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
}

/** Extensions of the source file each pull request edits (a comment line is appended). */
const EDITABLE = [
  ['.go', '// edited by the pull request\n'],
  ['.py', '# edited by the pull request\n'],
  ['.ts', '// edited by the pull request\n'],
  ['.java', '// edited by the pull request\n'],
  ['.rs', '// edited by the pull request\n'],
]

/**
 * The services below `services/` of a tree with their file counts and bytes.
 * @param {string} tree
 * @returns {{ root: string, files: number, bytes: number }[]} sorted by root; throws on a disk error
 */
export function servicesOf(tree) {
  const out = []
  const base = join(tree, 'services')
  for (const name of readdirSync(base).sort()) {
    let files = 0
    let bytes = 0
    const walk = (dir) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name)
        if (entry.isDirectory()) walk(full)
        else if (entry.isFile()) {
          files += 1
          bytes += statSync(full).size
        }
      }
    }
    walk(join(base, name))
    out.push({ root: `services/${name}`, files, bytes })
  }
  return out
}

/**
 * The smallest and the largest service (by bytes) that have a source file to edit.
 * @param {string} tree
 * @returns {{ small: { root: string, files: number, bytes: number, edit: string }, large: { root: string, files: number, bytes: number, edit: string } }}
 */
export function pickServices(tree) {
  const editable = servicesOf(tree)
    .map((s) => ({ ...s, edit: firstSource(join(tree, s.root)) }))
    .filter((s) => s.edit !== null)
    .map((s) => ({ ...s, edit: `${s.root}/${s.edit}` }))
    .sort((a, b) => a.bytes - b.bytes || (a.root < b.root ? -1 : 1))
  if (editable.length < 2) throw new Error(`${tree}: fewer than two services to edit`)
  return { small: editable[0], large: editable[editable.length - 1] }
}

function firstSource(dir) {
  const stack = ['']
  while (stack.length > 0) {
    const rel = stack.shift()
    const entries = readdirSync(join(dir, rel), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )
    for (const e of entries) {
      const path = rel === '' ? e.name : `${rel}/${e.name}`
      if (e.isFile() && EDITABLE.some(([ext]) => e.name.endsWith(ext))) return path
    }
    for (const e of entries)
      if (e.isDirectory()) stack.push(rel === '' ? e.name : `${rel}/${e.name}`)
  }
  return null
}

function git(cwd, ...args) {
  return execFileSync('git', args, {
    cwd,
    env: { ...process.env, ...GIT_ENV },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim()
}

function appendComment(file) {
  const comment = EDITABLE.find(([ext]) => file.endsWith(ext))?.[1] ?? '# edited\n'
  writeFileSync(file, readFileSync(file, 'utf8') + comment)
}

/**
 * A git history of `times` copies of `tree`, built unless an identical one exists: `main`, and
 * the branches `pr-small` and `pr-large`, each one commit editing one source file of the smallest
 * or largest service of copy-01. Left checked out on `main`.
 * @param {string} treesDir
 * @param {{ dir: string, label: string }} tree
 * @param {number} times
 * @param {(line: string) => void} log
 * @returns {{ dir: string, label: string, small: object, large: object }} throws on a disk or git error
 */
export function prepareHistory(treesDir, tree, times, log) {
  const label = `pr-${tree.label}-x${times}`
  const dir = join(treesDir, label)
  const markerPath = join(treesDir, `${label}.json`)
  const picked = pickServices(tree.dir)
  const wanted = { kind: 'pr-history', version: HISTORY_VERSION, source: tree.label, times }
  const prefix = 'copy-01/'
  const result = {
    dir,
    label,
    small: { ...picked.small, root: prefix + picked.small.root, edit: prefix + picked.small.edit },
    large: { ...picked.large, root: prefix + picked.large.root, edit: prefix + picked.large.edit },
  }
  let marker = null
  try {
    marker = JSON.parse(readFileSync(markerPath, 'utf8'))
  } catch {
    marker = null
  }
  if (existsSync(dir) && marker && Object.entries(wanted).every(([k, v]) => marker[k] === v)) {
    log(`reusing ${label}`)
    git(dir, 'checkout', '-q', 'main')
    return result
  }
  log(`building ${label}: ${times} cop${times === 1 ? 'y' : 'ies'} of ${tree.label} in git`)
  rmSync(dir, { recursive: true, force: true })
  rmSync(markerPath, { force: true })
  mkdirSync(dir, { recursive: true })
  const width = 2
  for (let i = 1; i <= times; i++) {
    cpSync(tree.dir, join(dir, `copy-${String(i).padStart(width, '0')}`), {
      recursive: true,
      verbatimSymlinks: true,
    })
  }
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'base')
  for (const [branch, service] of [
    ['pr-small', result.small],
    ['pr-large', result.large],
  ]) {
    git(dir, 'checkout', '-q', '-b', branch, 'main')
    appendComment(join(dir, service.edit))
    git(dir, 'commit', '-q', '-am', `edit ${service.root}`)
  }
  git(dir, 'checkout', '-q', 'main')
  writeFileSync(markerPath, JSON.stringify(wanted, null, 2) + '\n')
  return result
}

/**
 * Times, on each history, a full scan and `scan --base main` on `pr-small` and `pr-large`.
 * @param {{ histories: ReturnType<typeof prepareHistory>[], node: string, cli: string, runs: number, warmup: number, timeoutS: number, log: (line: string) => void }} options
 * @returns {{ label: string, small: object, large: object, rows: { id: string, label: string, wall: number | null, cpu: number | null, rss: number | null, n: number, failed: string | null }[] }[]}
 */
export function timePrMode({ histories, node, cli, runs, warmup, timeoutS, log }) {
  const tools = detectTools()
  const scratch = mkdtempSync(join(tmpdir(), 'stackfit-pr-bench-'))
  const out = []
  try {
    for (const h of histories) {
      const cases = [
        { id: 'full', label: 'full scan', branch: 'pr-small', base: false },
        {
          id: 'pr-small',
          label: `--base main, small service touched`,
          branch: 'pr-small',
          base: true,
        },
        {
          id: 'pr-large',
          label: `--base main, large service touched`,
          branch: 'pr-large',
          base: true,
        },
      ]
      const rows = []
      for (const c of cases) {
        git(h.dir, 'checkout', '-q', c.branch)
        const args = [cli, 'scan', '.', '-q', '-f', 'json', '-o', join(scratch, 'out.json')]
        if (c.base) args.push('--base', 'main')
        const samples = []
        let failed = null
        for (let r = 0; r < warmup + runs && failed === null; r++) {
          const m = measure({
            command: node,
            args,
            cwd: h.dir,
            timeoutMs: timeoutS * 1000,
            scratch,
            tools,
          })
          if (m.timedOut || (m.exitCode !== 0 && m.exitCode !== 1))
            failed = m.timedOut
              ? 'timed out'
              : `exit ${m.exitCode}: ${m.stderrTail.trim().slice(-200)}`
          else if (r >= warmup) samples.push(m)
        }
        log(`  ${h.label}: ${c.label}: ${failed ?? `${samples.length} runs`}`)
        rows.push({
          id: c.id,
          label: c.label,
          wall: median(samples.map((s) => s.wallMs)),
          cpu: median(samples.map((s) => s.cpuMs)),
          rss: median(samples.map((s) => s.maxRssBytes)),
          n: samples.length,
          failed,
        })
      }
      git(h.dir, 'checkout', '-q', 'main')
      out.push({ label: h.label, small: h.small, large: h.large, rows })
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
  return out
}

/**
 * The PR-mode table in Markdown: per history, each case's medians and its ratio to the full scan
 * of the same history; then, per case, the ratio of the largest history to the smallest (how the
 * cost grows with the repository).
 * @param {ReturnType<typeof timePrMode>} results
 * @returns {string}
 */
export function renderPrMode(results) {
  const lines = [
    '### PR mode: cost against the change',
    '',
    '| history | case | wall | CPU | peak RSS | wall vs full | CPU vs full |',
    '| --- | --- | --: | --: | --: | --: | --: |',
  ]
  for (const h of results) {
    const full = h.rows.find((r) => r.id === 'full')
    for (const r of h.rows) {
      const touched = r.id === 'pr-small' ? h.small : r.id === 'pr-large' ? h.large : null
      const what = touched
        ? `${r.label} (${touched.root}, ${touched.files} files, ${formatBytes(touched.bytes)})`
        : r.label
      lines.push(
        `| ${h.label} | ${what} | ${r.failed ? r.failed : formatMs(r.wall)} | ${formatMs(r.cpu)} | ${formatBytes(r.rss)} | ${r.id === 'full' ? '1.00×' : formatRatio(ratio(r.wall, full?.wall))} | ${r.id === 'full' ? '1.00×' : formatRatio(ratio(r.cpu, full?.cpu))} |`,
      )
    }
  }
  if (results.length >= 2) {
    const first = results[0]
    const last = results[results.length - 1]
    lines.push(
      '',
      `Growth from ${first.label} to ${last.label} (same touched service, bigger repository):`,
      '',
    )
    lines.push('| case | wall ×  | CPU × |', '| --- | --: | --: |')
    for (const r of last.rows) {
      const before = first.rows.find((x) => x.id === r.id)
      lines.push(
        `| ${r.label} | ${formatRatio(ratio(r.wall, before?.wall))} | ${formatRatio(ratio(r.cpu, before?.cpu))} |`,
      )
    }
  }
  return lines.join('\n') + '\n'
}

/**
 * Builds (or reuses) the histories of a generated tree of `files` files, once and `times` times,
 * and times them.
 * @param {{ treesDir: string, files: number, seed: number, times: number, node: string, cli: string, runs: number, warmup: number, timeoutS: number, log: (line: string) => void }} options
 */
export function runPrMode(options) {
  const tree = prepareGenerated(
    options.treesDir,
    { files: options.files, seed: options.seed },
    options.log,
  )
  const histories = [1, options.times].map((n) =>
    prepareHistory(options.treesDir, tree, n, options.log),
  )
  return timePrMode({ ...options, histories })
}

// `node bench/lib/pr-mode.mjs [--files N] [--times N] [--runs N]`: the PR-mode row on its own.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`)
    return i > 0 ? Number(process.argv[i + 1]) : fallback
  }
  const benchDir = dirname(dirname(fileURLToPath(import.meta.url)))
  const results = runPrMode({
    treesDir: join(benchDir, '.trees'),
    files: arg('files', 20000),
    seed: arg('seed', 1),
    times: arg('times', 20),
    node: process.execPath,
    cli: join(dirname(benchDir), 'dist', 'cli.js'),
    runs: arg('runs', 5),
    warmup: arg('warmup', 1),
    timeoutS: arg('timeout', 900),
    log: (line) => process.stderr.write(`bench: ${line}\n`),
  })
  process.stdout.write(renderPrMode(results))
}
