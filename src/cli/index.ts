// The CLI's entry. `--version` and `--help` are answered here; the shell and the engine are loaded
// (a separate chunk of the bundle) only for the commands that use them.
import * as nodeModule from 'node:module'
import { quickAnswer } from './quick.js'

const argv = process.argv.slice(2)
const quick = quickAnswer(argv)
if (quick !== undefined) {
  process.stdout.write(quick)
} else {
  enableCompileCache()
  const v8 = await import('node:v8')
  const { main } = await import('./main.js')
  process.exitCode = await main(argv, {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    now: () => performance.now(),
    // V8's own memory-saving mode: a heap grown by small steps and compacted as it goes. Set
    // before the scan allocates anything; on the 274,000-file benchmark tree it halves peak
    // memory for about a third more CPU time (docs/benchmarks.md).
    lowMemory: () => v8.setFlagsFromString('--optimize-for-size'),
  })
}

/**
 * Lets Node keep V8's compiled code of the engine chunk between runs (Node 22.8 and later; on
 * older versions nothing happens). The cache lives where Node puts it by default: the directory
 * named by NODE_COMPILE_CACHE, else `node-compile-cache` in the OS temporary directory; never in
 * the scanned tree. NODE_DISABLE_COMPILE_CACHE=1 turns it off. A cache that cannot be written is
 * ignored by Node, so this never fails a run.
 */
function enableCompileCache(): void {
  const enable = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache
  if (typeof enable !== 'function') return
  try {
    enable()
  } catch {
    // A cache is an optimisation only.
  }
}
