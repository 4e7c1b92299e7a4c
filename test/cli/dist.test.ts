import { execFileSync, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const cli = join(root, 'dist', 'cli.js')

function runDist(
  node: string[],
  args: string[],
): { status: number | null; stdout: string; stderr: string } {
  const [cmd, ...pre] = node
  // The suite itself may run under `npx -p node@24`: drop npm's own variables so a nested npx starts clean.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)))
  const r = spawnSync(cmd as string, [...pre, cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...env, NO_COLOR: '1' },
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('the bundled CLI', () => {
  it('runs on this Node and matches the exit-code contract', () => {
    const ok = runDist([process.execPath], ['scan', 'examples/monorepo', '--format', 'json', '-q'])
    expect(ok.status).toBe(0)
    expect(JSON.parse(ok.stdout).tool.name).toBe('stackfit')
    const usage = runDist([process.execPath], ['scan', '--format', 'nope'])
    expect(usage.status).toBe(2)
  })

  it('gives the same report with --low-memory (V8 set to optimize for size)', () => {
    const args = ['scan', 'examples/monorepo', '--format', 'json', '-q']
    const plain = runDist([process.execPath], args)
    const low = runDist([process.execPath], [...args, '--low-memory'])
    expect(low.stderr).toBe('')
    expect(low.status).toBe(plain.status)
    expect(low.stdout).toBe(plain.stdout)
  })

  it('runs on Node 20 with the same report', () => {
    const npx = execFileSync('bash', ['-c', 'command -v npx'], { encoding: 'utf8' }).trim()
    const on20 = runDist(
      [npx, '-y', '-p', 'node@20', '--', 'node'],
      ['scan', 'examples/monorepo', '--format', 'json', '-q'],
    )
    expect(on20.stderr).toBe('')
    const on24 = runDist(
      [process.execPath],
      ['scan', 'examples/monorepo', '--format', 'json', '-q'],
    )
    expect(on20.status).toBe(0)
    expect(on20.stdout).toBe(on24.stdout)
  }, 180_000)
})
