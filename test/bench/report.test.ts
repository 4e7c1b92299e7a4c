import { describe, expect, it } from 'vitest'
import {
  computeScaling,
  evaluateTargets,
  microsPerFile,
  ratiosToFloor,
  renderMarkdown,
  scalingPairs,
  type Results,
  type Row,
  type TreeResult,
} from '../../bench/lib/report.mjs'

const s = (median: number | null) => ({
  median,
  min: median,
  max: median,
  n: median === null ? 0 : 5,
})
const MiB = 2 ** 20

function row(
  id: string,
  wall: number,
  cpu: number,
  rssMiB: number,
  readMiB: number,
  status: Row['status'] = 'ok',
): Row {
  return {
    id,
    label: id,
    status,
    note: status === 'ok' ? '' : 'exit 3: boom',
    wall: s(wall),
    cpu: s(cpu),
    rss: s(rssMiB * MiB),
    rchar: s(readMiB * MiB),
  }
}

function tree(id: string, files: number, rows: Row[], replicaOf: string | null = null): TreeResult {
  return {
    id,
    label: id,
    origin: replicaOf ? 'replicated' : 'given',
    files,
    otherFiles: Math.round(files / 4),
    replicaOf,
    times: replicaOf ? 20 : null,
    rows,
  }
}

function results(trees: TreeResult[], startup: Results['startup'] = null): Results {
  return {
    schema: 'stackfit-bench/1',
    date: '2026-11-27T20:00:00.000Z',
    node: 'v24.21.0',
    machine: { cpu: 'AMD EPYC', cores: 2, memoryBytes: 24 * 2 ** 30, os: 'Linux 6.1 x64' },
    settings: { runs: 5, warmup: 1, timeoutS: 900 },
    tools: { time: true, procIo: true },
    trees,
    startup,
  }
}

// Figures shaped like the issue's: a 13,709-file repository and its 20× copy.
const real = tree('serverless-patterns', 13_709, [
  row('floor', 350, 300, 60, 90),
  row('stackfit', 490, 420, 110, 92),
  row('peer:stack-analyser', 7_500, 7_900, 400, 300),
])
const large = tree(
  'serverless-patterns-x20',
  274_180,
  [
    row('floor', 3_500, 3_200, 150, 1_800),
    row('stackfit', 14_000, 8_000, 700, 1_850),
    row('peer:stack-analyser', 120_000, 121_000, 2_000, 6_000),
  ],
  'serverless-patterns',
)

describe('ratios and per-file cost', () => {
  it('divides each row by the floor of the same tree', () => {
    const r = ratiosToFloor(real, real.rows[1]!)
    expect(r.wall).toBeCloseTo(1.4, 6)
    expect(r.cpu).toBeCloseTo(1.4, 6)
    expect(r.rss).toBeCloseTo(110 / 60, 6)
    expect(r.rchar).toBeCloseTo(92 / 90, 6)
  })
  it('has no ratios without a floor row', () => {
    const noFloor = tree('x', 10, [row('stackfit', 1, 1, 1, 1)])
    expect(ratiosToFloor(noFloor, noFloor.rows[0]!)).toEqual({
      wall: null,
      cpu: null,
      rss: null,
      rchar: null,
    })
  })
  it('gives microseconds per file', () => {
    expect(microsPerFile(real, real.rows[0]!)).toBeCloseTo((350 * 1000) / 13_709, 6)
    expect(microsPerFile({ ...real, files: null }, real.rows[0]!)).toBeNull()
  })
})

describe('scaling', () => {
  it('pairs a replica with its source', () => {
    const pairs = scalingPairs(results([real, large]))
    expect(pairs.map((p) => [p.small.id, p.large.id])).toEqual([
      ['serverless-patterns', 'serverless-patterns-x20'],
    ])
  })
  it('pairs the smallest and largest tree when nothing was replicated', () => {
    const a = tree('gen-20000-s1', 15_000, [row('floor', 400, 300, 60, 80)])
    const b = tree('gen-300000-s1', 225_000, [row('floor', 4_000, 3_000, 150, 1_200)])
    const c = tree('gen-50000-s1', 37_000, [row('floor', 900, 700, 80, 200)])
    expect(scalingPairs(results([a, b, c])).map((p) => [p.small.id, p.large.id])).toEqual([
      ['gen-20000-s1', 'gen-300000-s1'],
    ])
    expect(scalingPairs(results([a]))).toEqual([])
  })
  it('computes the per-file ratio and the memory growth per file of every command', () => {
    const rows = computeScaling(results([real, large]))
    expect(rows.map((r) => r.row)).toEqual(['floor', 'stackfit', 'peer:stack-analyser'])
    const sf = rows[1]!
    expect(sf.perFileRatio).toBeCloseTo(14_000 / 274_180 / (490 / 13_709), 6)
    expect(sf.rssPerFile).toBeCloseTo(((700 - 110) * MiB) / (274_180 - 13_709), 6)
  })
})

describe('targets', () => {
  const byId = (r: Results) => {
    const out: Record<string, string[]> = {}
    for (const t of evaluateTargets(r)) (out[t.id] ??= []).push(`${t.scope}: ${t.verdict}`)
    return out
  }

  it('checks every target of the issue against the measured figures', () => {
    const startup = { rows: [row('node', 40, 35, 40, 0), row('stackfit', 55, 50, 45, 1)] }
    expect(byId(results([real, large], startup))).toEqual({
      wall: ['serverless-patterns: met', 'serverless-patterns-x20: missed'],
      cpu: ['serverless-patterns: met', 'serverless-patterns-x20: missed'],
      memory: ['serverless-patterns: met', 'serverless-patterns-x20: missed'],
      'memory-growth': ['serverless-patterns → serverless-patterns-x20: missed'],
      'per-file-flat': ['serverless-patterns → serverless-patterns-x20: missed'],
      startup: ['start-up: met'],
      'bytes-read': ['serverless-patterns: met', 'serverless-patterns-x20: met'],
      completes: ['serverless-patterns: met', 'serverless-patterns-x20: met'],
    })
  })

  it('reports a failed or timed-out scan as a missed "never gives up" and n/a elsewhere', () => {
    const broken = tree('gen-300000-s1', 225_000, [
      row('floor', 4_000, 3_000, 150, 1_200),
      row('stackfit', 0, 0, 0, 0, 'timed-out'),
    ])
    const verdicts = byId(results([broken]))
    expect(verdicts.completes).toEqual(['gen-300000-s1: missed'])
    expect(verdicts.wall).toEqual(['gen-300000-s1: n/a'])
  })

  it('does not judge scaling from a tree small enough for start-up to dominate', () => {
    const small = tree('examples', 300, [
      row('floor', 150, 140, 44, 1),
      row('stackfit', 200, 180, 45, 1),
    ])
    const copies = tree(
      'examples-x20',
      6_000,
      [row('floor', 400, 380, 60, 9), row('stackfit', 900, 800, 90, 9)],
      'examples',
    )
    const verdicts = byId(results([small, copies]))
    expect(verdicts['memory-growth']).toEqual(['examples → examples-x20: n/a'])
    expect(verdicts['per-file-flat']).toEqual(['examples → examples-x20: n/a'])
  })

  it('flags reading more than the floor plus a sniff of the other files', () => {
    const greedy = tree('t', 10_000, [
      row('floor', 300, 300, 60, 50),
      row('stackfit', 300, 300, 60, 500),
    ])
    expect(byId(results([greedy]))['bytes-read']).toEqual(['t: missed'])
  })
})

describe('renderMarkdown', () => {
  const md = renderMarkdown(
    results([real, large], { rows: [row('node', 40, 35, 40, 0), row('stackfit', 55, 50, 45, 1)] }),
  )

  it('has one table row per tree and command with medians and ratios', () => {
    expect(md).toContain(
      '| serverless-patterns | 13,709 | stackfit | 490 ms | 420 ms | 110 MiB | 92.0 MiB | 1.40× | 1.40× | 1.83× | 35.7 |',
    )
    expect(md).toContain('| serverless-patterns-x20 | 274,180 | peer:stack-analyser | 2 min 00 s |')
  })
  it('names the machine, Node and the number of runs', () => {
    expect(md).toContain(
      'Machine: AMD EPYC, 2 cores, 24.0 GiB RAM, Linux 6.1 x64. Node v24.21.0. Medians of 5 alternating runs',
    )
  })
  it('has the start-up, scaling and targets sections', () => {
    expect(md).toMatch(
      /### Start-up\n\n\| Command \| Wall \| CPU \| Peak RSS \| Wall ÷ node -e 0 \|/,
    )
    expect(md).toContain('| stackfit | 55 ms | 50 ms | 45.0 MiB | 1.38× |')
    expect(md).toContain('### Per-file cost and memory growth')
    expect(md).toContain(
      '| full scan wall ≤ 1.5× the floor (never above 2×) | serverless-patterns-x20 | 4.00× (above 2×) | **missed** |',
    )
  })
  it('shows a failure as its status and explains it in the notes', () => {
    const failed = tree('t', 100, [
      row('floor', 10, 10, 40, 1),
      row('stackfit', 0, 0, 0, 0, 'failed'),
    ])
    const text = renderMarkdown({
      ...results([failed]),
      notes: ['Start-up not timed: dist/cli.js does not exist.'],
    })
    expect(text).toContain('| t | 100 | stackfit | failed | failed | failed | failed |')
    expect(text).toContain('- t / stackfit: exit 3: boom')
    expect(text).toContain('- Start-up not timed: dist/cli.js does not exist.')
    expect(text.endsWith('\n')).toBe(true)
  })
  it('is the same string for the same results', () => {
    expect(renderMarkdown(results([real, large]))).toBe(renderMarkdown(results([real, large])))
  })
})

describe('floor + lexing', () => {
  it('says how far stackfit is above the floor plus its own lexing, per tree', () => {
    const withLexing = tree('serverless-patterns', 13_709, [
      row('floor', 350, 300, 60, 90),
      row('floor-lex', 700, 750, 100, 90),
      row('stackfit', 900, 1_050, 150, 92),
    ])
    const md = renderMarkdown(results([withLexing, large]))
    expect(md).toContain(
      'stackfit ÷ floor + lexing — serverless-patterns: CPU 1.40×, peak RSS 1.50×.',
    )
    // Its own row is divided by the floor like any other.
    expect(ratiosToFloor(withLexing, withLexing.rows[1]!).cpu).toBeCloseTo(2.5, 6)
  })
  it('says nothing without the row', () => {
    expect(renderMarkdown(results([real, large]))).not.toContain('floor + lexing')
  })
})
