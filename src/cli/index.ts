// The CLI's entry. `--version` and `--help` are answered here; the shell and the engine are loaded
// (a separate chunk of the bundle) only for the commands that use them.
import { quickAnswer } from './quick.js'

const argv = process.argv.slice(2)
const quick = quickAnswer(argv)
if (quick !== undefined) {
  process.stdout.write(quick)
} else {
  const { main } = await import('./main.js')
  process.exitCode = await main(argv, {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    now: () => performance.now(),
  })
}
