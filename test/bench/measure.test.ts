import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { detectTools, measure, parseTimeOutput } from '../../bench/lib/measure.mjs'

describe('parseTimeOutput', () => {
  it.each([
    {
      text: '2.11 1.56 0.30 94200\n',
      expected: { userMs: 1560, sysMs: 300, maxRssBytes: 94200 * 1024 },
    },
    {
      text: 'Command exited with non-zero status 1\n0.52 0.40 0.08 51200\n',
      expected: { userMs: 400, sysMs: 80, maxRssBytes: 51200 * 1024 },
    },
    {
      text: 'Command terminated by signal 9\n10.00 9.50 0.20 812000\n',
      expected: { userMs: 9500, sysMs: 200, maxRssBytes: 812000 * 1024 },
    },
    { text: '', expected: null },
    { text: 'time: cannot run foo: No such file or directory\n', expected: null },
  ])('$text', ({ text, expected }) => {
    const parsed = parseTimeOutput(text)
    if (expected === null) expect(parsed).toBeNull()
    else {
      expect(parsed!.userMs).toBeCloseTo(expected.userMs, 6)
      expect(parsed!.sysMs).toBeCloseTo(expected.sysMs, 6)
      expect(parsed!.maxRssBytes).toBe(expected.maxRssBytes)
    }
  })
})

// These run real child processes; they assert what was counted, never how long it took.
describe('measure', () => {
  const tools = detectTools()
  const scratch = mkdtempSync(join(tmpdir(), 'stackfit-measure-test-'))
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  it.runIf(tools.procIo)('counts the bytes the child reads', () => {
    const data = join(scratch, 'data.bin')
    writeFileSync(data, Buffer.alloc(3 * 2 ** 20, 7))
    const m = measure({
      command: process.execPath,
      args: ['-e', `require('fs').readFileSync(${JSON.stringify(data)})`],
      timeoutMs: 30_000,
      scratch,
      tools,
    })
    expect(m.exitCode).toBe(0)
    expect(m.rcharBytes).toBeGreaterThanOrEqual(3 * 2 ** 20)
    expect(m.rcharBytes).toBeLessThan(3 * 2 ** 20 + 8 * 2 ** 20)
  })

  it.runIf(tools.time !== null)('reports the peak RSS of the child, not of the harness', () => {
    const m = measure({
      command: process.execPath,
      args: ['-e', 'const b = Buffer.alloc(200 * 2 ** 20, 1); console.log(b[5])'],
      timeoutMs: 30_000,
      scratch,
      tools,
    })
    expect(m.exitCode).toBe(0)
    expect(m.stdout.trim()).toBe('1')
    expect(m.maxRssBytes).toBeGreaterThan(200 * 2 ** 20)
    expect(m.cpuMs).not.toBeNull()
  })

  it('reports a failing command with its exit code and stderr', () => {
    const m = measure({
      command: process.execPath,
      args: ['-e', 'console.error("broken manifest parser"); process.exit(3)'],
      timeoutMs: 30_000,
      scratch,
      tools,
    })
    expect(m.exitCode).toBe(3)
    expect(m.timedOut).toBe(false)
    expect(m.stderrTail).toContain('broken manifest parser')
  })

  it.runIf(tools.timeout !== null)('stops a command at the timeout and says so', () => {
    const m = measure({
      command: process.execPath,
      args: ['-e', 'setTimeout(() => {}, 60000)'],
      timeoutMs: 1_000,
      scratch,
      tools,
    })
    expect(m.timedOut).toBe(true)
  })

  it('does not throw for a command that does not exist', () => {
    const m = measure({
      command: join(scratch, 'no-such-binary'),
      args: [],
      timeoutMs: 5_000,
      scratch,
      tools,
    })
    expect(m.exitCode === null || m.exitCode === 127).toBe(true)
    expect(existsSync(join(scratch, 'stderr'))).toBe(true)
  })
})
