// Turns benchmark results into ratios, scaling figures, target checks and a Markdown report.
// Pure: a results object in, plain data or a string out. The harness never fails on a number;
// a missed target is a line in the report, not an exit code.
import { formatBytes, formatCount, formatMs, formatRatio, ratio, slopePerFile } from './stats.mjs'

/**
 * @typedef {{ median: number | null, min: number | null, max: number | null, n: number }} Summary
 * @typedef {{
 *   id: string, label: string, status: 'ok' | 'failed' | 'timed-out' | 'not-run', note: string,
 *   wall: Summary, cpu: Summary, rss: Summary, rchar: Summary
 * }} Row
 * @typedef {{
 *   id: string, label: string, origin: 'given' | 'generated' | 'replicated', files: number | null,
 *   otherFiles: number | null, replicaOf: string | null, times: number | null, rows: Row[]
 * }} TreeResult
 * @typedef {{
 *   schema: string, date: string, node: string,
 *   machine: { cpu: string, cores: number, memoryBytes: number, os: string },
 *   settings: { runs: number, warmup: number, timeoutS: number },
 *   tools: { time: boolean, procIo: boolean },
 *   trees: TreeResult[], startup: { rows: Row[] } | null, notes?: string[]
 * }} Results
 */

/** Bytes of a non-manifest, non-source file that a scan may read to sniff it. */
export const SNIFF_ALLOWANCE_BYTES = 4096

const rowById = (rows, id) => rows.find((r) => r.id === id)

/**
 * Ratios of one row against the tree's floor row.
 * @param {TreeResult} tree
 * @param {Row} row
 * @returns {{ wall: number | null, cpu: number | null, rss: number | null, rchar: number | null }}
 *   all null when the tree has no floor row; never throws
 */
export function ratiosToFloor(tree, row) {
  const floor = rowById(tree.rows, 'floor')
  return {
    wall: ratio(row.wall.median, floor?.wall.median),
    cpu: ratio(row.cpu.median, floor?.cpu.median),
    rss: ratio(row.rss.median, floor?.rss.median),
    rchar: ratio(row.rchar.median, floor?.rchar.median),
  }
}

/**
 * Microseconds of wall time per file.
 * @param {TreeResult} tree
 * @param {Row} row
 * @returns {number | null} null when the file count or the wall time is unknown
 */
export function microsPerFile(tree, row) {
  if (!tree.files || row.wall.median === null) return null
  return (row.wall.median * 1000) / tree.files
}

/**
 * Pairs of trees to compare for scaling: each replicated tree with its source when both were
 * timed; otherwise the smallest and the largest tree.
 * @param {Results} results
 * @returns {Array<{ small: TreeResult, large: TreeResult }>} in the order of results.trees
 */
export function scalingPairs(results) {
  const byId = new Map(results.trees.map((t) => [t.id, t]))
  const pairs = []
  for (const large of results.trees) {
    const small = large.replicaOf ? byId.get(large.replicaOf) : undefined
    if (small) pairs.push({ small, large })
  }
  if (pairs.length > 0) return pairs
  const counted = results.trees.filter((t) => t.files)
  if (counted.length < 2) return []
  const sorted = [...counted].sort((a, b) => a.files - b.files)
  const small = sorted[0]
  const large = sorted[sorted.length - 1]
  return small.files < large.files ? [{ small, large }] : []
}

/**
 * Per-file cost and memory growth of every command between the trees of each scaling pair.
 * @param {Results} results
 * @returns {Array<{ small: string, large: string, row: string, smallUs: number | null, largeUs: number | null, perFileRatio: number | null, rssPerFile: number | null }>}
 *   one entry per pair and per command that ran on both trees; never throws
 */
export function computeScaling(results) {
  const out = []
  for (const { small, large } of scalingPairs(results)) {
    for (const row of large.rows) {
      const before = rowById(small.rows, row.id)
      if (!before) continue
      const smallUs = microsPerFile(small, before)
      const largeUs = microsPerFile(large, row)
      out.push({
        small: small.label,
        large: large.label,
        row: row.label,
        smallUs,
        largeUs,
        perFileRatio: ratio(largeUs, smallUs),
        rssPerFile: slopePerFile(
          { files: small.files ?? 0, value: before.rss.median },
          { files: large.files ?? 0, value: row.rss.median },
        ),
      })
    }
  }
  return out
}

const verdictOf = (value, limit) => (value === null ? 'n/a' : value <= limit ? 'met' : 'missed')

/** Below this many files Node's start-up dominates, so per-file figures say nothing about scaling. */
export const MIN_SCALING_FILES = 5_000

/** A scaling check, or n/a when the smaller tree is too small to say anything. */
function scalingCheck(results, measuredOf, valueOf, limit) {
  const byLabel = new Map(results.trees.map((t) => [t.label, t]))
  return computeScaling(results)
    .filter((s) => s.row === stackfitLabel(results))
    .map((s) => {
      const scope = `${s.small} → ${s.large}`
      const measured = measuredOf(s)
      if ((byLabel.get(s.small)?.files ?? 0) < MIN_SCALING_FILES) {
        return {
          scope,
          measured: `${measured} (under ${MIN_SCALING_FILES} files: start-up dominates)`,
          verdict: 'n/a',
        }
      }
      return { scope, measured, verdict: verdictOf(valueOf(s), limit) }
    })
}

/**
 * The targets of the benchmark issue, as data. Each one checks the results and says, per tree or
 * once, what was measured and whether the target holds. `flat` per-file cost is read as "the 20×
 * tree costs at most 1.25× as much per file as the 1× tree".
 * @type {ReadonlyArray<{ id: string, target: string, check: (results: Results) => Array<{ scope: string, measured: string, verdict: 'met' | 'missed' | 'n/a' }> }>}
 */
export const TARGETS = [
  {
    id: 'wall',
    target: 'full scan wall ≤ 1.5× the floor (never above 2×)',
    check: (results) =>
      perTree(results, (tree, row) => {
        const r = ratiosToFloor(tree, row).wall
        return {
          measured: r !== null && r > 2 ? `${formatRatio(r)} (above 2×)` : formatRatio(r),
          verdict: verdictOf(r, 1.5),
        }
      }),
  },
  {
    id: 'cpu',
    target: "CPU ≤ 1.5× the floor's",
    check: (results) =>
      perTree(results, (tree, row) => ratioCheck(ratiosToFloor(tree, row).cpu, 1.5)),
  },
  {
    id: 'memory',
    target: "peak memory ≤ 2× the floor's peak",
    check: (results) =>
      perTree(results, (tree, row) => ratioCheck(ratiosToFloor(tree, row).rss, 2)),
  },
  {
    id: 'memory-growth',
    target: 'peak memory grows by at most about 1 KiB per file',
    check: (results) =>
      scalingCheck(
        results,
        (s) => (s.rssPerFile === null ? '–' : `${formatBytes(s.rssPerFile)}/file`),
        (s) => s.rssPerFile,
        1024 * 1.1,
      ),
  },
  {
    id: 'per-file-flat',
    target: 'per-file cost flat from 1× to 20× tree size (≤ 1.25× here)',
    check: (results) =>
      scalingCheck(
        results,
        (s) => formatRatio(s.perFileRatio),
        (s) => s.perFileRatio,
        1.25,
      ),
  },
  {
    id: 'startup',
    target: 'start-up ≤ 1.5× `node -e 0`',
    check: (results) => {
      if (!results.startup) return []
      const [node, cli] = results.startup.rows
      if (!node || !cli || cli.status !== 'ok')
        return [{ scope: 'start-up', measured: cli?.status ?? '–', verdict: 'n/a' }]
      return [{ scope: 'start-up', ...ratioCheck(ratio(cli.wall.median, node.wall.median), 1.5) }]
    },
  },
  {
    id: 'bytes-read',
    target: `bytes read ≤ the floor's + ${SNIFF_ALLOWANCE_BYTES / 1024} KiB per other file`,
    check: (results) =>
      perTree(results, (tree, row) => {
        const floor = rowById(tree.rows, 'floor')
        const read = row.rchar.median
        if (!floor || floor.rchar.median === null || read === null)
          return { measured: '–', verdict: 'n/a' }
        const allowance = floor.rchar.median + SNIFF_ALLOWANCE_BYTES * (tree.otherFiles ?? 0)
        return {
          measured: `${formatBytes(read)} (allowed ${formatBytes(allowance)})`,
          verdict: read <= allowance ? 'met' : 'missed',
        }
      }),
  },
  {
    id: 'completes',
    target: 'never gives up on a large tree',
    check: (results) =>
      perTree(
        results,
        (_tree, row) => ({ measured: row.status, verdict: row.status === 'ok' ? 'met' : 'missed' }),
        true,
      ),
  },
]

function ratioCheck(r, limit) {
  return { measured: formatRatio(r), verdict: verdictOf(r, limit) }
}

function stackfitLabel(results) {
  for (const tree of results.trees) {
    const row = rowById(tree.rows, 'stackfit')
    if (row) return row.label
  }
  return 'stackfit'
}

function perTree(results, fn, includeFailed = false) {
  const out = []
  for (const tree of results.trees) {
    const row = rowById(tree.rows, 'stackfit')
    if (!row) continue
    if (row.status !== 'ok' && !includeFailed) {
      out.push({ scope: tree.label, measured: row.status, verdict: 'n/a' })
      continue
    }
    out.push({ scope: tree.label, ...fn(tree, row) })
  }
  return out
}

/**
 * Every target check, flattened.
 * @param {Results} results
 * @returns {Array<{ id: string, target: string, scope: string, measured: string, verdict: 'met' | 'missed' | 'n/a' }>}
 *   in TARGETS order, then tree order; never throws
 */
export function evaluateTargets(results) {
  return TARGETS.flatMap((t) => t.check(results).map((c) => ({ id: t.id, target: t.target, ...c })))
}

const cell = (text) => String(text).replace(/\|/g, '\\|')
/** A Markdown table; the first `left` columns are text (left-aligned), the rest numbers. */
const table = (head, rows, left) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i < left ? '---' : '--:')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n')

function statusCell(row, value) {
  if (row.status === 'ok') return value
  return row.status
}

/**
 * The Markdown report: machine, one table of every tree and command, start-up, scaling, targets,
 * and the failures' messages.
 * @param {Results} results
 * @returns {string} ends with a newline; the same string for the same results
 */
export function renderMarkdown(results) {
  const m = results.machine
  const lines = [
    `## stackfit benchmark — ${results.date.slice(0, 10)}`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${formatBytes(m.memoryBytes)} RAM, ${m.os}. Node ${results.node}. ` +
      `Medians of ${results.settings.runs} alternating runs after ${results.settings.warmup} warm-up run(s) per command.` +
      (results.tools.time ? '' : ' GNU time not found: CPU from /proc, peak RSS not measured.') +
      (results.tools.procIo ? '' : ' /proc/self/io not available: bytes read not measured.'),
    '',
  ]
  const rows = []
  for (const tree of results.trees) {
    for (const row of tree.rows) {
      const r = ratiosToFloor(tree, row)
      const us = microsPerFile(tree, row)
      rows.push([
        tree.label,
        formatCount(tree.files),
        row.label,
        statusCell(row, formatMs(row.wall.median)),
        statusCell(row, formatMs(row.cpu.median)),
        statusCell(row, formatBytes(row.rss.median)),
        statusCell(row, formatBytes(row.rchar.median)),
        row.id === 'floor' ? '1.00×' : formatRatio(r.wall),
        row.id === 'floor' ? '1.00×' : formatRatio(r.cpu),
        row.id === 'floor' ? '1.00×' : formatRatio(r.rss),
        us === null ? '–' : us.toFixed(1),
      ])
    }
  }
  lines.push(
    table(
      [
        'Tree',
        'Files',
        'Command',
        'Wall',
        'CPU',
        'Peak RSS',
        'Read',
        'Wall ÷ floor',
        'CPU ÷ floor',
        'RSS ÷ floor',
        'µs/file',
      ],
      rows,
      3,
    ),
    '',
  )
  const beyondLexing = results.trees.flatMap((tree) => {
    const lexed = rowById(tree.rows, 'floor-lex')
    const scan = rowById(tree.rows, 'stackfit')
    if (!lexed || !scan) return []
    const cpu = formatRatio(ratio(scan.cpu.median, lexed.cpu.median))
    const rss = formatRatio(ratio(scan.rss.median, lexed.rss.median))
    return [`${tree.label}: CPU ${cpu}, peak RSS ${rss}`]
  })
  if (beyondLexing.length > 0)
    lines.push(
      "`floor + lexing` is the floor plus stackfit's decoder and lexers run once on every source " +
        'file it reads: the least work of any scan that reports imports with their lines. ' +
        `stackfit ÷ floor + lexing — ${beyondLexing.join('; ')}.`,
      '',
    )

  if (results.startup) {
    const [node, cli] = results.startup.rows
    lines.push('### Start-up', '')
    lines.push(
      table(
        ['Command', 'Wall', 'CPU', 'Peak RSS', 'Wall ÷ node -e 0'],
        results.startup.rows.map((row) => [
          row.label,
          statusCell(row, formatMs(row.wall.median)),
          statusCell(row, formatMs(row.cpu.median)),
          statusCell(row, formatBytes(row.rss.median)),
          row === node ? '1.00×' : formatRatio(ratio(row.wall.median, node?.wall.median)),
        ]),
        1,
      ),
      '',
    )
    if (cli && cli.status !== 'ok')
      lines.push(`The start-up probe did not run cleanly: ${cli.note}`, '')
  }

  const scaling = computeScaling(results)
  if (scaling.length > 0) {
    lines.push('### Per-file cost and memory growth', '')
    lines.push(
      table(
        [
          'Command',
          'From',
          'To',
          'µs/file before',
          'µs/file after',
          'Per-file ratio',
          'RSS growth/file',
        ],
        scaling.map((s) => [
          s.row,
          s.small,
          s.large,
          s.smallUs === null ? '–' : s.smallUs.toFixed(1),
          s.largeUs === null ? '–' : s.largeUs.toFixed(1),
          formatRatio(s.perFileRatio),
          s.rssPerFile === null ? '–' : formatBytes(s.rssPerFile),
        ]),
        3,
      ),
      '',
    )
  }

  const targets = evaluateTargets(results)
  if (targets.length > 0) {
    lines.push('### Targets', '')
    lines.push(
      table(
        ['Target', 'Scope', 'Measured', 'Verdict'],
        targets.map((t) => [
          t.target,
          t.scope,
          t.measured,
          t.verdict === 'met' ? 'met' : t.verdict === 'missed' ? '**missed**' : 'n/a',
        ]),
        2,
      ),
      '',
    )
  }

  const notes = (results.notes ?? []).map((n) => `- ${n}`)
  for (const tree of results.trees)
    for (const row of tree.rows)
      if (row.note) notes.push(`- ${tree.label} / ${row.label}: ${row.note}`)
  if (results.startup)
    for (const row of results.startup.rows)
      if (row.note) notes.push(`- start-up / ${row.label}: ${row.note}`)
  if (notes.length > 0) lines.push('### Notes', '', ...notes, '')
  return lines.join('\n').replace(/\n*$/, '\n')
}
