import { describe, expect, it } from 'vitest'
import {
  PR_CASES,
  prCostModel,
  renderPrMode,
  type PrHistoryResult,
  type PrRow,
} from '../../bench/lib/pr-mode.mjs'

const MiB = 2 ** 20
const small = { root: 'copy-01/services/tiny', files: 12, bytes: 22_000, edit: 'x.go' }
const large = { root: 'copy-01/services/big', files: 1158, bytes: 5.5 * MiB, edit: 'y.go' }

/** One history's rows: CPU seconds per case id (wall = 1.5 × CPU, RSS = 100 MiB × CPU). */
function history(
  label: string,
  cpu: Record<string, number | string>,
  files = 1000,
): PrHistoryResult {
  const rows: PrRow[] = PR_CASES.map((c) => {
    const v = cpu[c.id]
    if (typeof v === 'string')
      return {
        id: c.id,
        shell: c.shell,
        label: c.label,
        wall: null,
        cpu: null,
        rss: null,
        n: 0,
        failed: v,
      }
    const s = v ?? 1
    return {
      id: c.id,
      shell: c.shell,
      label: c.label,
      wall: 1500 * s,
      cpu: 1000 * s,
      rss: 100 * MiB * s,
      n: 3,
      failed: null,
    }
  })
  return { label, files, small, large, rows }
}

function row(markdown: string, history: string, caseStart: string): string[] {
  const line = markdown
    .split('\n')
    .find((l) => l.startsWith(`| ${history}`) && l.split(' | ')[1]?.startsWith(caseStart))
  if (!line) throw new Error(`no row ${history} / ${caseStart}`)
  return line.split(' | ').map((c) => c.replace(/^\| |\s*\|$/g, ''))
}

function growth(markdown: string, caseLabel: string): string[] {
  const tail = markdown.slice(markdown.indexOf('Growth from'))
  const line = tail.split('\n').find((l) => l.startsWith(`| ${caseLabel} |`))
  if (!line) throw new Error(`no growth row ${caseLabel}`)
  return line.split(' | ').map((c) => c.replace(/^\| |\s*\|$/g, ''))
}

describe('PR_CASES', () => {
  it('has full scans and, per shell and snapshot mode, a small and a large touched service', () => {
    const cli = PR_CASES.filter((c) => c.shell === 'cli')
    expect(cli.map((c) => c.touched)).toEqual([null, 'small', 'large'])
    const action = PR_CASES.filter((c) => c.shell === 'action')
    // The snapshot a pull request uses is saved by a push to the default branch, timed first.
    expect(action.filter((c) => c.touched === null).map((c) => [c.branch, c.snapshot])).toEqual([
      ['pr-small', 'off'],
      ['main', 'save'],
    ])
    for (const mode of ['off', 'use'] as const)
      expect(action.filter((c) => c.touched && c.snapshot === mode).map((c) => c.touched)).toEqual([
        'small',
        'large',
      ])
    expect(new Set(PR_CASES.map((c) => c.id)).size).toBe(PR_CASES.length)
    for (const c of PR_CASES)
      if (c.touched !== null) expect(c.branch).toBe(c.touched === 'small' ? 'pr-small' : 'pr-large')
  })
})

describe('renderPrMode', () => {
  const x1 = history(
    'h-x1',
    { full: 2, 'pr-small': 1, 'action-full': 4, 'action-pr-small': 1 },
    14_206,
  )
  const x20 = history(
    'h-x20',
    { full: 20, 'pr-small': 10, 'pr-large': 12, 'action-full': 40, 'action-pr-small': 1.5 },
    284_120,
  )
  const md = renderPrMode([x1, x20])

  it.each([
    // [history, case, wall, CPU, RSS, wall vs full, CPU vs full]
    ['h-x1 (14,206 files)', 'CLI full scan', '3.00 s', '2.00 s', '200 MiB', '1.00×', '1.00×'],
    ['h-x1', 'CLI `--base main`, small', '1.50 s', '1.00 s', '100 MiB', '0.50×', '0.50×'],
    ['h-x1', 'Action `push`', '6.00 s', '4.00 s', '400 MiB', '1.00×', '1.00×'],
    // Against the Action's own full scan (4 s), not the CLI's (2 s).
    ['h-x1', 'Action `pull_request`, small', '1.50 s', '1.00 s', '100 MiB', '0.25×', '0.25×'],
    ['h-x20 (284,120 files)', 'CLI full scan', '30.00 s', '20.00 s', '1.95 GiB', '1.00×', '1.00×'],
    ['h-x20', 'Action `pull_request`, large', '1.50 s', '1.00 s', '100 MiB', '0.03×', '0.03×'],
  ])('%s, %s', (h, c, ...figures) => {
    expect(row(md, h, c).slice(2)).toEqual(figures)
  })

  it('names the touched service, its files and bytes', () => {
    expect(row(md, 'h-x1', 'Action `pull_request`, large')[1]).toBe(
      'Action `pull_request`, large service (copy-01/services/big, 1,158 files, 5.50 MiB)',
    )
  })

  it.each([
    // [case, wall ×, CPU ×, RSS ×]: the x20 figure over the x1 figure of the same case
    ['CLI full scan', '10.0×', '10.0×', '10.0×'],
    ['CLI `--base main`, small service', '10.0×', '10.0×', '10.0×'],
    ['CLI `--base main`, large service', '12.0×', '12.0×', '12.0×'],
    ['Action `push` (full scan)', '10.0×', '10.0×', '10.0×'],
    ['Action `pull_request`, small service', '1.50×', '1.50×', '1.50×'],
    ['Action `pull_request`, large service', '1.00×', '1.00×', '1.00×'],
  ])('growth of %s', (c, ...figures) => {
    expect(growth(md, c).slice(1)).toEqual(figures)
  })

  it('shows a failed case as failed, with no figure and no ratio anywhere', () => {
    const failed = history('h-x20', { 'action-pr-small': 'exit 1: no base | git said\nno' })
    const out = renderPrMode([x1, failed])
    const cells = row(out, 'h-x20', 'Action `pull_request`, small')
    expect(cells.slice(2)).toEqual(['failed: exit 1: no base \\| git said no', '–', '–', '–', '–'])
    expect(growth(out, 'Action `pull_request`, small service').slice(1)).toEqual(['–', '–', '–'])
    // Every table line keeps its column count despite the pipe in the message.
    for (const line of out.split('\n').filter((l) => l.startsWith('| h-')))
      expect(line.split(/(?<!\\)\|/).length).toBe(9)
  })

  it('derives what an untouched, a touched and a full-scan file cost', () => {
    // 269,914 files added; the touched services differ by 1,146 files.
    const [cli, action, fromSnapshot] = prCostModel([x1, x20])
    expect(fromSnapshot?.shell).toBe('action-snapshot')
    // Its pull-request cases are absent from these histories (1 s each): no growth, a full scan.
    expect(fromSnapshot?.untouched.small).toBe(0)
    expect(fromSnapshot?.full.first).toBeCloseTo((4 * 1e6) / 14_206, 6)
    expect(cli?.shell).toBe('cli')
    expect(cli?.untouched.small).toBeCloseTo((9 * 1e6) / 269_914, 6)
    expect(cli?.untouched.large).toBeCloseTo((11 * 1e6) / 269_914, 6)
    expect(cli?.touched.first).toBe(0)
    expect(cli?.touched.last).toBeCloseTo((2 * 1e6) / 1146, 6)
    expect(cli?.full.last).toBeCloseTo((20 * 1e6) / 284_120, 6)
    expect(action?.untouched.small).toBeCloseTo((0.5 * 1e6) / 269_914, 6)
    expect(action?.touched.last).toBeCloseTo((-0.5 * 1e6) / 1146, 6)
    expect(action?.full.first).toBeCloseTo((4 * 1e6) / 14_206, 6)
  })

  it.each([
    // [shell, untouched small, untouched large, touched first, touched last, full last]
    ['CLI', '33 µs', '41 µs', '0.0 µs', '1745 µs', '70 µs'],
    ['Action', '1.9 µs', '0.0 µs', '0.0 µs', '-436 µs', '141 µs'],
  ])('renders the cost per file of the %s', (shell, ...figures) => {
    const tail = md.slice(md.indexOf('CPU per file'))
    const line = tail.split('\n').find((l) => l.startsWith(`| ${shell} |`))
    expect(
      line
        ?.split(' | ')
        .slice(1)
        .map((c) => c.replace(/\s*\|$/, '')),
    ).toEqual(figures)
  })

  it('has no cost per file where a figure failed or there is one history', () => {
    const failed = history('h-x20', { 'action-pr-small': 'exit 1' }, 284_120)
    const [, action] = prCostModel([x1, failed])
    expect(action?.untouched.small).toBeNull()
    expect(action?.touched.last).toBeNull()
    expect(action?.untouched.large).not.toBeNull()
    const [single] = prCostModel([x1])
    expect(single?.untouched).toEqual({ small: null, large: null })
    expect(renderPrMode([x1])).not.toContain('CPU per file')
  })

  it('renders no growth table for a single history', () => {
    expect(renderPrMode([x1])).not.toContain('Growth from')
  })
})
