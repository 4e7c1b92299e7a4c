import { describe, expect, it } from 'vitest'
import { createProgress, withReadProgress } from '../../src/cli/progress.js'
import type { RepoView } from '../../src/core/ports.js'
import { main, type CliIO } from '../../src/cli/main.js'
import { join } from 'node:path'

/** A fake stderr and a clock the test moves by hand. */
function fakeTerminal(color = false, enabled = true) {
  let time = 0
  const writes: string[] = []
  const progress = createProgress({
    enabled,
    color,
    write: (text) => void writes.push(text),
    now: () => time,
  })
  return {
    progress,
    writes,
    advance: (ms: number) => void (time += ms),
    /** What the terminal shows: each `\r` returns to the start of the line. */
    screen: () => {
      const cells: string[] = []
      let cursor = 0
      for (const ch of writes.join('')) {
        if (ch === '\r') cursor = 0
        else cells[cursor++] = ch
      }
      return cells.join('')
    },
  }
}

describe('progress line', () => {
  it.each<[string, (t: ReturnType<typeof fakeTerminal>) => void, string[]]>([
    [
      'a scan under the delay draws nothing',
      (t) => {
        t.progress.walked(10)
        t.advance(999)
        t.progress.walkDone(20)
        t.progress.read()
        t.progress.done()
      },
      [],
    ],
    [
      'after the delay the walk count is drawn, then the read count, then cleared',
      (t) => {
        t.progress.walked(10)
        t.advance(1000)
        t.progress.walked(1234)
        t.progress.walkDone(2000)
        t.progress.read()
        t.advance(100)
        t.progress.read()
        t.progress.done()
      },
      [
        '\rstackfit: walking… 1,234 files',
        '\rstackfit: 2,000 files walked · 0 read · analysing…',
        '\rstackfit: 2,000 files walked · 2 read · analysing…',
        `\r${' '.repeat(50)}\r`,
      ],
    ],
    [
      'redraws wait for the interval',
      (t) => {
        t.advance(1500)
        t.progress.walked(1)
        t.advance(50)
        t.progress.walked(2)
        t.advance(50)
        t.progress.walked(3)
      },
      ['\rstackfit: walking… 1 files', '\rstackfit: walking… 3 files'],
    ],
  ])('%s', (_, steps, expected) => {
    const t = fakeTerminal()
    steps(t)
    expect(t.writes).toEqual(expected)
  })

  it('a shorter line overwrites a longer one completely, and the end leaves a blank line', () => {
    const t = fakeTerminal()
    t.advance(2000)
    t.progress.walkDone(123_456)
    t.advance(200)
    t.progress.read()
    expect(t.screen().trimEnd()).toBe('stackfit: 123,456 files walked · 1 read · analysing…')
    t.progress.done()
    expect(t.screen().trim()).toBe('')
  })

  it('with colour it erases with ANSI and dims; without it writes no escape at all', () => {
    const colored = fakeTerminal(true)
    const plain = fakeTerminal(false)
    for (const t of [colored, plain]) {
      t.advance(2000)
      t.progress.walkDone(5)
      t.progress.done()
    }
    expect(colored.writes.join('')).toContain('\u001b[2K')
    expect(plain.writes.join('')).not.toContain('\u001b')
  })

  it('disabled, it never writes', () => {
    const t = fakeTerminal(false, false)
    t.advance(5000)
    t.progress.walked(1)
    t.progress.walkDone(1)
    t.progress.read()
    t.progress.done()
    expect(t.writes).toEqual([])
  })

  it('counts reads through the view without changing what they return', () => {
    const t = fakeTerminal()
    const view: RepoView = {
      files: [{ path: 'a.py', size: 1 }],
      pruned: [],
      diagnostics: [],
      read: (path) => ({ ok: true, text: `text of ${path}`, truncated: false }),
    }
    const counted = withReadProgress(view, t.progress)
    expect(counted.files).toBe(view.files)
    expect(counted.read('a.py')).toEqual(view.read('a.py'))
    t.advance(2000)
    t.progress.walkDone(1)
    expect(t.writes.at(-1)).toContain('1 read')
  })
})

describe('the CLI and the progress line', () => {
  const root = join(import.meta.dirname, '..', '..')
  async function scan(tty: boolean, argv: string[], env: Record<string, string> = {}) {
    let stderr = ''
    let clock = 0
    const io: CliIO = {
      stdout: () => undefined,
      stderr: (t) => void (stderr += t),
      cwd: root,
      env,
      stdoutIsTTY: false,
      stderrIsTTY: tty,
      // Every reading of the clock is a second later: the scan looks slow.
      now: () => (clock += 1000),
    }
    const code = await main(['scan', 'examples/monorepo', '--format', 'json', ...argv], io)
    return { code, stderr }
  }

  it.each<[string, boolean, string[], Record<string, string>, boolean]>([
    ['a slow scan on a terminal shows it', true, [], { NO_COLOR: '1' }, true],
    ['not on a pipe', false, [], {}, false],
    ['not with --quiet', true, ['-q'], {}, false],
  ])('%s', async (_, tty, argv, env, shown) => {
    const r = await scan(tty, argv, env)
    expect(r.code).toBe(0)
    expect(r.stderr.includes('files walked')).toBe(shown)
    // Whatever follows the line starts on a cleared line.
    if (shown) expect(r.stderr).toMatch(/\r {10,}\rstackfit: /)
  })
})
