/**
 * The CLI's progress line: one line on stderr, rewritten in place with `\r`, for scans that take
 * longer than a second — the files walked, then the files read while the engine analyses them. It
 * is drawn only when the caller enables it (stderr is a terminal and `--quiet` is off; the Action
 * never does) and is cleared when the scan ends, so what follows starts on a clean line. With
 * colour off (NO_COLOR) it writes no escape sequence: it clears by overwriting with spaces.
 */
import type { RepoView } from '../core/ports.js'

/** How the progress line is drawn. The clock is injected so tests need no real time. */
export interface ProgressOptions {
  /** False draws nothing at all. */
  enabled: boolean
  /** Writes to stderr. */
  write(text: string): void
  /** Monotonic milliseconds. */
  now(): number
  /** True allows ANSI escapes (erase line, dim); false uses plain text and spaces. */
  color: boolean
  /** Nothing is drawn before the scan has run this long. */
  delayMs?: number
  /** The line is redrawn at most this often. */
  intervalMs?: number
}

/** A scan's progress. Every method is cheap when nothing is drawn. */
export interface Progress {
  /** The walk has found `files` files so far. */
  walked(files: number): void
  /** The walk is over: `files` files are listed; analysis starts. */
  walkDone(files: number): void
  /** One more file was read. */
  read(): void
  /** Clears the line (when one was drawn). Call it before printing anything else. */
  done(): void
}

/** Default delay before the first draw: a scan faster than this shows nothing. */
export const PROGRESS_DELAY_MS = 1000
/** Default interval between redraws. */
export const PROGRESS_INTERVAL_MS = 100

const formatCount = (n: number): string => n.toLocaleString('en-US')

/** A progress line as described at the top of this module. */
export function createProgress(options: ProgressOptions): Progress {
  if (!options.enabled) {
    const nothing = (): void => undefined
    return { walked: nothing, walkDone: nothing, read: nothing, done: nothing }
  }
  const delay = options.delayMs ?? PROGRESS_DELAY_MS
  const interval = options.intervalMs ?? PROGRESS_INTERVAL_MS
  const started = options.now()
  let lastDraw = -Infinity
  let drawnWidth = 0
  let walked = 0
  let walking = true
  let reads = 0

  const text = (): string =>
    walking
      ? `stackfit: walking… ${formatCount(walked)} files`
      : `stackfit: ${formatCount(walked)} files walked · ${formatCount(reads)} read · analysing…`

  const draw = (force: boolean): void => {
    const now = options.now()
    if (now - started < delay) return
    if (!force && now - lastDraw < interval) return
    lastDraw = now
    const line = text()
    if (options.color) {
      options.write(`\r\u001b[2K\u001b[2m${line}\u001b[22m`)
    } else {
      options.write(`\r${line}${' '.repeat(Math.max(0, drawnWidth - line.length))}`)
    }
    drawnWidth = Math.max(drawnWidth, line.length)
  }

  return {
    walked(files) {
      walked = files
      draw(false)
    },
    walkDone(files) {
      walked = files
      walking = false
      draw(true)
    },
    read() {
      reads++
      draw(false)
    },
    done() {
      if (drawnWidth === 0) return
      options.write(options.color ? '\r\u001b[2K' : `\r${' '.repeat(drawnWidth)}\r`)
      drawnWidth = 0
    },
  }
}

/** `view` with every read reported to `progress` (same files, same answers). */
export function withReadProgress(view: RepoView, progress: Progress): RepoView {
  const readBytes = view.readBytes?.bind(view)
  return {
    ...view,
    read(path, maxBytes) {
      progress.read()
      return view.read(path, maxBytes)
    },
    ...(readBytes
      ? {
          readBytes(path: string, maxBytes?: number) {
            progress.read()
            return readBytes(path, maxBytes)
          },
        }
      : {}),
  }
}
