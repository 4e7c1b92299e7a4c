// The PR-mode rows of the benchmark: does a pull request cost what the change touches, or what
// the repository holds? Two git histories are built from the same generated tree, one with the
// tree once and one with it copied `times` times (copy-01/ … copy-NN/). Each history has a `main`
// commit and two pull-request branches: `pr-small` edits the smallest service of copy-01,
// `pr-large` the largest. On each history the benchmark times both shells (PR_CASES): the CLI
// (a full scan, and `scan --base main` on both branches: the working tree against `main`) and the
// bundled Action as a runner starts it (a `push` full scan, and a `pull_request` on both branches:
// the two commits), and reports medians, ratios to each shell's full scan, and how each case
// grows from the small history to the large one.
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
import { actionEnv, checkReport, pullRequestEvent, pushEvent } from './action-run.mjs'
import { startCacheService } from './cache-service.mjs'
import { formatBytes, formatCount, formatMs, formatRatio, median, ratio } from './stats.mjs'
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
 * The cases timed on each history, in the order the table shows them. `shell` is what runs:
 * `cli` is `node dist/cli.js scan` in the checkout (with `--base main` when a service is touched:
 * the working tree against `main`); `action` is `node dist/index.js` as a runner starts it, on a
 * `push` event (a full scan) or a `pull_request` event whose base is `main` and head the branch
 * (the two commits, as GitHub sends them). `touched` names the service the branch edits, or null
 * for a full scan. Every case runs with the history checked out at `branch`. `snapshot` says what
 * the Action does with the local Actions cache service (bench/lib/cache-service.mjs): `save` (a
 * push to the default branch, `main`, saving the snapshot of `main`; each run starts with an empty
 * cache), `use` (a pull request restoring it; the run must say it analysed from it), or `off`
 * (input `cache: false`). The cases run branch by branch: `main` first, so the pull requests find
 * the snapshot its last run saved.
 * @type {ReadonlyArray<{ id: string, shell: 'cli' | 'action', label: string, branch: 'main' | 'pr-small' | 'pr-large', touched: 'small' | 'large' | null, snapshot?: 'save' | 'use' | 'off' }>}
 */
export const PR_CASES = [
  { id: 'full', shell: 'cli', label: 'CLI full scan', branch: 'pr-small', touched: null },
  {
    id: 'pr-small',
    shell: 'cli',
    label: 'CLI `--base main`, small service',
    branch: 'pr-small',
    touched: 'small',
  },
  {
    id: 'pr-large',
    shell: 'cli',
    label: 'CLI `--base main`, large service',
    branch: 'pr-large',
    touched: 'large',
  },
  {
    id: 'action-full',
    shell: 'action',
    label: 'Action `push` (full scan)',
    branch: 'pr-small',
    touched: null,
    snapshot: 'off',
  },
  {
    id: 'action-push-main',
    shell: 'action',
    label: 'Action `push` to the default branch (full scan, saves the snapshot)',
    branch: 'main',
    touched: null,
    snapshot: 'save',
  },
  {
    id: 'action-pr-small',
    shell: 'action',
    label: 'Action `pull_request`, small service',
    branch: 'pr-small',
    touched: 'small',
    snapshot: 'off',
  },
  {
    id: 'action-pr-large',
    shell: 'action',
    label: 'Action `pull_request`, large service',
    branch: 'pr-large',
    touched: 'large',
    snapshot: 'off',
  },
  {
    id: 'action-pr-small-snapshot',
    shell: 'action',
    label: 'Action `pull_request` from the snapshot, small service',
    branch: 'pr-small',
    touched: 'small',
    snapshot: 'use',
  },
  {
    id: 'action-pr-large-snapshot',
    shell: 'action',
    label: 'Action `pull_request` from the snapshot, large service',
    branch: 'pr-large',
    touched: 'large',
    snapshot: 'use',
  },
]

/** What a case's log must say, by its `snapshot`: proof that the run did what the row claims. */
const SNAPSHOT_LOG = {
  save: /saved the snapshot of this commit/,
  use: /analysed from the base's snapshot/,
}

/** The id of the full-scan case each shell's rows are compared with. */
const FULL_OF = { cli: 'full', action: 'action-full' }

function readOrNull(path) {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}

/**
 * The command, environment and report check of one case on one history.
 * @returns {{ args: string[], env: Record<string, string> | undefined, okCodes: number[], report: string, touched: string | null, before: () => void, log: RegExp | undefined }}
 */
function planCase(c, h, commits, { cli, action, scratch, cache }) {
  const report = join(scratch, `${c.id}.json`)
  const touched = c.touched === null ? null : h[c.touched].root
  if (c.shell === 'cli') {
    const args = [cli, 'scan', '.', '-q', '-f', 'json', '-o', report]
    if (touched !== null) args.push('--base', 'main')
    // The CLI exits 1 when findings reach --fail-on: a completed run all the same.
    return {
      args,
      env: undefined,
      okCodes: [0, 1],
      report,
      touched,
      before: () => {},
      log: undefined,
    }
  }
  const head = commits[c.branch]
  const eventName = touched === null ? 'push' : 'pull_request'
  const eventPath = join(scratch, `${c.id}-event.json`)
  const payload =
    eventName === 'push'
      ? pushEvent({ before: commits.main, after: head, ref: c.branch })
      : pullRequestEvent({ base: commits.main, head, headRef: c.branch })
  writeFileSync(eventPath, JSON.stringify(payload, null, 2) + '\n')
  const outputFile = join(scratch, 'github-output')
  const summaryFile = join(scratch, 'step-summary.md')
  const env = actionEnv({
    workspace: h.dir,
    scratch,
    eventName,
    eventPath,
    sha: head,
    ref: eventName === 'push' ? `refs/heads/${c.branch}` : 'refs/pull/1/merge',
    outputFile,
    summaryFile,
    inputs: { 'json-file': report, ...(c.snapshot === 'off' ? { cache: 'false' } : {}) },
    ...(c.snapshot && c.snapshot !== 'off' ? { extra: cache.env() } : {}),
    path: process.env.PATH ?? '',
    home: process.env.HOME ?? scratch,
  })
  const before = () => {
    // A runner gives each step fresh files; the Action appends to them.
    writeFileSync(outputFile, '')
    writeFileSync(summaryFile, '')
    // Each save starts with an empty cache: an entry cannot be written twice.
    if (c.snapshot === 'save') {
      cache.restart()
      Object.assign(env, cache.env())
    }
  }
  const log = c.snapshot && c.snapshot !== 'off' ? SNAPSHOT_LOG[c.snapshot] : undefined
  // fail-on: never (ACTION_INPUTS), so only a failed run exits non-zero.
  return { args: [action], env, okCodes: [0], report, touched, before, log }
}

/**
 * Times, on each history, every case of PR_CASES: `warmup` unmeasured runs, then `runs` measured
 * ones; a run that times out, exits with an unexpected code or writes a wrong report (no report,
 * no delta on a pull request, a delta that does not name the touched service) fails the case,
 * and a failed case has no figures. Each history is checked out at the cases' branches and left
 * on `main`, also when a run throws.
 * @param {{ histories: ReturnType<typeof prepareHistory>[], node: string, cli: string, action: string, runs: number, warmup: number, timeoutS: number, log: (line: string) => void }} options
 * @returns {{ label: string, files: number | null, small: object, large: object, rows: { id: string, shell: string, label: string, wall: number | null, cpu: number | null, rss: number | null, n: number, failed: string | null }[] }[]}
 *   rows in PR_CASES order
 */
export function timePrMode({ histories, node, cli, action, runs, warmup, timeoutS, log }) {
  const tools = detectTools()
  const scratch = mkdtempSync(join(tmpdir(), 'stackfit-pr-bench-'))
  const cache = startCacheService(scratch)
  const out = []
  try {
    for (const h of histories) {
      const commits = {
        main: git(h.dir, 'rev-parse', 'main'),
        'pr-small': git(h.dir, 'rev-parse', 'pr-small'),
        'pr-large': git(h.dir, 'rev-parse', 'pr-large'),
      }
      let files = null
      try {
        files = git(h.dir, 'ls-tree', '-r', '--name-only', 'main').split('\n').length
      } catch {
        files = null
      }
      const byId = new Map()
      try {
        for (const branch of ['main', 'pr-small', 'pr-large']) {
          git(h.dir, 'checkout', '-q', branch)
          for (const c of PR_CASES.filter((x) => x.branch === branch)) {
            const plan = planCase(c, h, commits, { cli, action, scratch, cache })
            const samples = []
            let failed = null
            for (let r = 0; r < warmup + runs && failed === null; r++) {
              if (git(h.dir, 'rev-parse', 'HEAD') !== commits[branch])
                git(h.dir, 'checkout', '-q', branch)
              plan.before()
              rmSync(plan.report, { force: true })
              const m = measure({
                command: node,
                args: plan.args,
                cwd: h.dir,
                env: plan.env,
                timeoutMs: timeoutS * 1000,
                scratch,
                tools,
              })
              // Others may use the cached histories too: a run during which the checkout moved
              // timed something else.
              const at = git(h.dir, 'rev-parse', 'HEAD')
              if (at !== commits[branch])
                failed = `the history was moved to ${at.slice(0, 12)} during the run`
              else if (m.timedOut) failed = 'timed out'
              else if (m.exitCode === null || !plan.okCodes.includes(m.exitCode))
                failed = `exit ${m.exitCode ?? m.signal ?? 'none'}: ${lastLine(m.stderrTail || m.stdout)}`
              else failed = checkReport(readOrNull(plan.report), plan.touched)
              if (failed === null && plan.log && !plan.log.test(m.stdout))
                failed = `the log does not say ${plan.log.source}: ${lastLine(m.stdout)}`
              if (failed === null && r >= warmup) samples.push(m)
            }
            log(`  ${h.label}: ${c.label}: ${failed ?? `${samples.length} runs`}`)
            byId.set(c.id, {
              id: c.id,
              shell: c.shell,
              label: c.label,
              // A failed case has no figures, also when some runs succeeded before it failed.
              wall: failed ? null : median(samples.map((s) => s.wallMs)),
              cpu: failed ? null : median(samples.map((s) => s.cpuMs)),
              rss: failed ? null : median(samples.map((s) => s.maxRssBytes)),
              n: failed ? 0 : samples.length,
              failed,
            })
          }
        }
      } finally {
        git(h.dir, 'checkout', '-q', 'main')
      }
      const rows = PR_CASES.map((c) => byId.get(c.id))
      out.push({ label: h.label, files, small: h.small, large: h.large, rows })
    }
  } finally {
    cache.stop()
    rmSync(scratch, { recursive: true, force: true })
  }
  return out
}

function lastLine(text) {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  return (lines[lines.length - 1] ?? 'no output').slice(0, 200)
}

/** A table cell: no pipes or line breaks from a failure message. */
function cell(text) {
  return String(text).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|')
}

/**
 * What one file costs in each shell, in CPU microseconds, from the medians of two histories that
 * differ only in size (the same touched services): `untouched`, what a file the change does not
 * touch adds (the growth of each pull-request case over the files the bigger history adds);
 * `touched`, what a file of the touched service adds (large case minus small case over the
 * difference of their files, per history); `full`, a full scan's CPU over the history's files.
 * A figure whose inputs are missing or failed is null.
 * @param {ReturnType<typeof timePrMode>} results two histories or more; the first and the last
 *   are compared
 * @returns {{ shell: 'cli' | 'action' | 'action-snapshot', untouched: { small: number | null, large: number | null }, touched: { first: number | null, last: number | null }, full: { first: number | null, last: number | null } }[]}
 */
export function prCostModel(results) {
  const first = results[0]
  const last = results[results.length - 1]
  const cpu = (h, id) => h?.rows.find((r) => r.id === id)?.cpu ?? null
  const per = (us, n) => (us === null || n === null || n === undefined || n <= 0 ? null : us / n)
  const diff = (a, b) => (a === null || b === null ? null : (a - b) * 1000)
  return ['cli', 'action', 'action-snapshot'].map((shell) => {
    const id = (c) =>
      shell === 'cli' ? c : shell === 'action' ? `action-${c}` : `action-${c}-snapshot`
    const full = shell === 'cli' ? 'full' : 'action-full'
    const added = first && last && first !== last && first.files !== null && last.files !== null
    const untouched = (c) =>
      added ? per(diff(cpu(last, id(c)), cpu(first, id(c))), last.files - first.files) : null
    const touched = (h) =>
      h
        ? per(diff(cpu(h, id('pr-large')), cpu(h, id('pr-small'))), h.large.files - h.small.files)
        : null
    const fullPer = (h) => (h ? per(diff(cpu(h, full), 0), h.files) : null)
    return {
      shell,
      untouched: { small: untouched('pr-small'), large: untouched('pr-large') },
      touched: { first: touched(first), last: touched(last) },
      full: { first: fullPer(first), last: fullPer(last) },
    }
  })
}

/** The cost model's shells as the table names them. */
const SHELL_LABEL = { cli: 'CLI', action: 'Action', 'action-snapshot': 'Action, from the snapshot' }

/** Microseconds, or a dash. */
function formatUs(us) {
  return us === null ? '–' : `${Math.abs(us) < 10 ? us.toFixed(1) : Math.round(us)} µs`
}

/**
 * The PR-mode tables in Markdown. First, per history, each case's medians and its ratio to the
 * full scan of the same shell (the CLI's full scan for CLI rows, the Action's `push` for Action
 * rows); a failed case shows why in the wall column and dashes elsewhere. Then, when there are
 * two histories or more, per case the ratio of the last history's figures to the first's: how
 * the cost grows with the repository while the touched service stays the same.
 * @param {ReturnType<typeof timePrMode>} results
 * @returns {string} ends with a newline
 */
export function renderPrMode(results) {
  const lines = [
    '### PR mode: cost against the change',
    '',
    '| history | case | wall | CPU | peak RSS | wall vs full | CPU vs full |',
    '| --- | --- | --: | --: | --: | --: | --: |',
  ]
  for (const h of results) {
    let first = true
    for (const r of h.rows) {
      const full = h.rows.find((x) => x.id === FULL_OF[r.shell ?? 'cli'])
      const c = PR_CASES.find((x) => x.id === r.id)
      const touched = c?.touched ? h[c.touched] : null
      const what = touched
        ? `${r.label} (${touched.root}, ${formatCount(touched.files)} files, ${formatBytes(touched.bytes)})`
        : r.label
      const history =
        first && typeof h.files === 'number'
          ? `${h.label} (${formatCount(h.files)} files)`
          : h.label
      first = false
      const isFull = r.id === full?.id
      const vs = (a, b) => (r.failed ? '–' : isFull ? '1.00×' : formatRatio(ratio(a, b)))
      lines.push(
        `| ${history} | ${cell(what)} | ${r.failed ? cell(`failed: ${r.failed}`) : formatMs(r.wall)} | ${formatMs(r.cpu)} | ${formatBytes(r.rss)} | ${vs(r.wall, full?.wall)} | ${vs(r.cpu, full?.cpu)} |`,
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
      '| case | wall × | CPU × | peak RSS × |',
      '| --- | --: | --: | --: |',
    )
    for (const r of last.rows) {
      const before = first.rows.find((x) => x.id === r.id)
      lines.push(
        `| ${cell(r.label)} | ${formatRatio(ratio(r.wall, before?.wall))} | ${formatRatio(ratio(r.cpu, before?.cpu))} | ${formatRatio(ratio(r.rss, before?.rss))} |`,
      )
    }
    lines.push(
      '',
      `CPU per file: what a file the pull request does not touch adds (from ${first.label} to ${last.label}), what a file of the touched service adds (large case minus small case), and a file of a full scan:`,
      '',
      `| shell | untouched file (small case) | untouched file (large case) | touched file (${first.label}) | touched file (${last.label}) | full-scan file (${last.label}) |`,
      '| --- | --: | --: | --: | --: | --: |',
    )
    for (const m of prCostModel(results)) {
      lines.push(
        `| ${SHELL_LABEL[m.shell]} | ${formatUs(m.untouched.small)} | ${formatUs(m.untouched.large)} | ${formatUs(m.touched.first)} | ${formatUs(m.touched.last)} | ${formatUs(m.full.last)} |`,
      )
    }
  }
  return lines.join('\n') + '\n'
}

/**
 * Builds (or reuses) the histories of a generated tree of `files` files, once and `times` times,
 * and times them.
 * @param {{ treesDir: string, files: number, seed: number, times: number, node: string, cli: string, action: string, runs: number, warmup: number, timeoutS: number, log: (line: string) => void }} options
 *   `cli` and `action` are the bundles to time (dist/cli.js, dist/index.js)
 * @returns {ReturnType<typeof timePrMode>}
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
    action: join(dirname(benchDir), 'dist', 'index.js'),
    runs: arg('runs', 5),
    warmup: arg('warmup', 1),
    timeoutS: arg('timeout', 900),
    log: (line) => process.stderr.write(`bench: ${line}\n`),
  })
  process.stdout.write(renderPrMode(results))
}
