// Runs one command and measures it: wall time, CPU time (user + sys), peak RSS and bytes read.
//
// How, on Linux:
// - CPU and peak RSS come from GNU time (`/usr/bin/time -f`), which reads the child's rusage
//   from wait4(); that includes any processes the child itself waited for.
// - Bytes read come from this process's /proc/self/io: when a child is reaped, the kernel adds its
//   I/O counters (and those of its own reaped children) to the parent's. The harness does no I/O
//   while spawnSync() blocks, so the difference before/after is the child's. `rchar` counts bytes
//   returned by read() calls (page cache included); `read_bytes` counts bytes fetched from storage
//   (near zero on a warm cache).
// - The child's stdout and stderr go to files, not pipes, so that reading them does not count.
// Without GNU time (macOS, BusyBox), CPU falls back to the children's times in /proc/self/stat and
// peak RSS is not measured.
import process from 'node:process'
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

/**
 * @typedef {{ time: string | null, timeout: string | null, procIo: boolean, procStat: boolean, clockTicks: number }} Tools
 * @typedef {{
 *   wallMs: number, cpuMs: number | null, userMs: number | null, sysMs: number | null,
 *   maxRssBytes: number | null, rcharBytes: number | null, storageReadBytes: number | null,
 *   exitCode: number | null, signal: string | null, timedOut: boolean, stdout: string, stderrTail: string
 * }} Measurement
 */

function works(command, args) {
  try {
    return spawnSync(command, args, { stdio: 'ignore', timeout: 10_000 }).status === 0
  } catch {
    return false
  }
}

/**
 * Finds the measuring tools this machine has.
 * @returns {Tools} never throws; missing tools are null or false
 */
export function detectTools() {
  const time =
    ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p) && works(p, ['-f', '%e', 'true'])) ??
    null
  const timeout = works('timeout', ['5', 'true']) ? 'timeout' : null
  const procIo = readProcIo() !== null
  const procStat = readChildTicks() !== null
  let clockTicks = 100
  try {
    const out = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })
    if (out.status === 0 && Number(out.stdout) > 0) clockTicks = Number(out.stdout)
  } catch {
    // keep the Linux default
  }
  return { time, timeout, procIo, procStat, clockTicks }
}

/** @returns {{ rchar: number, readBytes: number } | null} */
function readProcIo() {
  try {
    const text = readFileSync('/proc/self/io', 'utf8')
    const rchar = /^rchar: (\d+)$/m.exec(text)
    const readBytes = /^read_bytes: (\d+)$/m.exec(text)
    if (!rchar || !readBytes) return null
    return { rchar: Number(rchar[1]), readBytes: Number(readBytes[1]) }
  } catch {
    return null
  }
}

/** Children's user and system clock ticks from /proc/self/stat (fields 16 and 17). */
function readChildTicks() {
  try {
    const text = readFileSync('/proc/self/stat', 'utf8')
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
    const user = Number(fields[13])
    const sys = Number(fields[14])
    return Number.isFinite(user) && Number.isFinite(sys) ? { user, sys } : null
  } catch {
    return null
  }
}

/**
 * Parses GNU time's `-f '%e %U %S %M'` output (the last non-empty line; a killed child adds a
 * "Command terminated by signal" line before it).
 * @param {string} text
 * @returns {{ userMs: number, sysMs: number, maxRssBytes: number } | null} null when unparseable
 */
export function parseTimeOutput(text) {
  const lines = text
    .trim()
    .split('\n')
    .filter((l) => l.trim() !== '')
  const last = lines[lines.length - 1]
  if (last === undefined) return null
  const match = /^([\d.]+) ([\d.]+) ([\d.]+) (\d+)$/.exec(last.trim())
  if (!match) return null
  return {
    userMs: Number(match[2]) * 1000,
    sysMs: Number(match[3]) * 1000,
    maxRssBytes: Number(match[4]) * 1024,
  }
}

function tail(path, max = 2000) {
  try {
    const text = readFileSync(path, 'utf8')
    return text.length > max ? text.slice(text.length - max) : text
  } catch {
    return ''
  }
}

/**
 * Runs `command args` once and measures it.
 * @param {{ command: string, args: readonly string[], cwd?: string, timeoutMs: number, scratch: string, tools: Tools, env?: NodeJS.ProcessEnv }} options
 *   `scratch` is a private directory for the child's stdout/stderr and GNU time's report
 * @returns {Measurement} never throws: a command that cannot start has a null exit code and its
 *   error in stderrTail
 */
export function measure({ command, args, cwd, timeoutMs, scratch, tools, env }) {
  const outPath = join(scratch, 'stdout')
  const errPath = join(scratch, 'stderr')
  const timePath = join(scratch, 'time')
  rmSync(timePath, { force: true })
  const outFd = openSync(outPath, 'w')
  const errFd = openSync(errPath, 'w')

  let argv = [command, ...args]
  const seconds = Math.max(1, Math.ceil(timeoutMs / 1000))
  if (tools.timeout)
    argv = [tools.timeout, '--signal=TERM', '--kill-after=5', String(seconds), ...argv]
  if (tools.time) argv = [tools.time, '-f', '%e %U %S %M', '-o', timePath, ...argv]

  const ioBefore = tools.procIo ? readProcIo() : null
  const ticksBefore = tools.procStat ? readChildTicks() : null
  const start = process.hrtime.bigint()
  const result = spawnSync(argv[0], argv.slice(1), {
    cwd,
    env,
    stdio: ['ignore', outFd, errFd],
    // A backstop only: `timeout` ends the command itself, so GNU time still reports on it.
    timeout: timeoutMs + 30_000,
    killSignal: 'SIGKILL',
  })
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6
  const ioAfter = tools.procIo ? readProcIo() : null
  const ticksAfter = tools.procStat ? readChildTicks() : null
  closeSync(outFd)
  closeSync(errFd)

  let userMs = null
  let sysMs = null
  let maxRssBytes = null
  const timed = tools.time ? parseTimeOutput(tail(timePath)) : null
  if (timed) ({ userMs, sysMs, maxRssBytes } = timed)
  else if (ticksBefore && ticksAfter) {
    userMs = ((ticksAfter.user - ticksBefore.user) * 1000) / tools.clockTicks
    sysMs = ((ticksAfter.sys - ticksBefore.sys) * 1000) / tools.clockTicks
  }

  let exitCode = result.status
  const timedOut =
    (tools.timeout !== null && (exitCode === 124 || exitCode === 137)) ||
    result.error?.code === 'ETIMEDOUT'
  let stderrTail = tail(errPath)
  if (result.error && !timedOut) {
    exitCode = null
    stderrTail = `${stderrTail}\n${result.error.message}`.trim()
  }
  return {
    wallMs,
    cpuMs: userMs !== null && sysMs !== null ? userMs + sysMs : null,
    userMs,
    sysMs,
    maxRssBytes,
    rcharBytes: ioBefore && ioAfter ? ioAfter.rchar - ioBefore.rchar : null,
    storageReadBytes: ioBefore && ioAfter ? ioAfter.readBytes - ioBefore.readBytes : null,
    exitCode,
    signal: result.signal ?? null,
    timedOut,
    stdout: tail(outPath, 64_000),
    stderrTail,
  }
}
