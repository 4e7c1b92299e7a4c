import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main, type CliIO } from '../../src/cli/main.js'
import { RULES } from '../../src/core/4-evaluate/catalog.js'
import { tempDir } from '../support/temp-dir.js'

const root = join(import.meta.dirname, '..', '..')
const example = join(root, 'examples', 'monorepo')

interface Captured {
  code: number
  stdout: string
  stderr: string
}

async function cli(
  argv: string[],
  options: {
    cwd?: string
    env?: Record<string, string>
    tty?: boolean
    lowMemory?: () => void
  } = {},
): Promise<Captured> {
  let stdout = ''
  let stderr = ''
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: options.cwd ?? root,
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: options.tty ?? false,
    now: () => 0,
    ...(options.lowMemory ? { lowMemory: options.lowMemory } : {}),
  }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

describe('stackfit scan', () => {
  it('prints a JSON report of the example and passes at the default fail-on', async () => {
    const r = await cli(['scan', 'examples/monorepo', '--format', 'json'])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout) as {
      schemaVersion: string
      services: { root: string }[]
      findings: unknown[]
    }
    expect(report.schemaVersion).toMatch(/^\d+\.\d+$/)
    expect(report.services.map((s) => s.root)).toContain('services/llm-gateway')
    expect(report.findings.length).toBeGreaterThan(0)
    expect(r.stderr).toMatch(/stackfit: /)
  })

  it('exits 1 when findings reach --fail-on', async () => {
    const r = await cli([
      'scan',
      'examples/monorepo',
      '--format',
      'json',
      '--fail-on',
      'warning',
      '-q',
    ])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
  })

  it('asks the host to favour memory once, before scanning, only with --low-memory', async () => {
    const calls: string[] = []
    const watched = (argv: string[]): Promise<Captured> =>
      cli(argv, {
        lowMemory: () => void calls.push('low-memory'),
      })
    const plain = await watched(['scan', example, '--format', 'json', '-q'])
    expect(calls).toEqual([])
    const low = await watched(['scan', example, '--format', 'json', '-q', '--low-memory'])
    expect(calls).toEqual(['low-memory'])
    expect(low.stdout).toBe(plain.stdout)
    expect(low.code).toBe(plain.code)
  })

  it('is byte-identical across runs', async () => {
    const a = await cli(['scan', example, '--format', 'json', '-q'])
    const b = await cli(['scan', example, '--format', 'json', '-q'])
    expect(a.stdout).toBe(b.stdout)
  })

  it.each([
    [['scan', 'does/not/exist'], 'no such directory: does/not/exist'],
    [['scan', 'package.json'], 'not a directory: package.json'],
    [['scan', '--format', 'xml'], '--format must be one of'],
  ])('exits 2 with a one-line reason for %j', async (argv, reason) => {
    const r = await cli(argv)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr.split('\n')[0]).toContain(reason)
  })

  it('writes --output atomically and leaves stdout empty', async () => {
    const dir = tempDir('stackfit-out-')
    const out = join(dir, 'nested', 'report.sarif')
    const r = await cli(['scan', example, '--format', 'sarif', '-o', out, '-q'])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0')
    expect(readdirSync(join(dir, 'nested'))).toEqual(['report.sarif'])
  })

  it('refuses an --output that is a directory and changes nothing', async () => {
    const dir = tempDir('stackfit-out-')
    writeFileSync(join(dir, 'keep.txt'), 'mine')
    const r = await cli(['scan', example, '-o', dir])
    expect(r.code).toBe(2)
    expect(readdirSync(dir)).toEqual(['keep.txt'])
  })

  it('colours only when asked or on a TTY without NO_COLOR', async () => {
    const plain = await cli(['scan', example, '-q'], { tty: true, env: { NO_COLOR: '1' } })
    expect(plain.stdout).not.toContain('\u001b[')
    const piped = await cli(['scan', example, '-q'], { tty: false })
    expect(piped.stdout).not.toContain('\u001b[')
    const forced = await cli(['scan', example, '-q', '--color'])
    expect(forced.stdout).toContain('\u001b[')
    const tty = await cli(['scan', example, '-q'], { tty: true })
    expect(tty.stdout).toContain('\u001b[')
  })

  it('turns broken input into diagnostics and still writes the report', async () => {
    const dir = tempDir('stackfit-bad-')
    mkdirSync(join(dir, 'svc'))
    writeFileSync(join(dir, 'svc', 'pyproject.toml'), '[project\nname = "svc"\n')
    writeFileSync(
      join(dir, 'svc', 'main.py'),
      'import torch\nif __name__ == "__main__":\n    pass\n',
    )
    writeFileSync(join(dir, 'svc', 'package.json'), '{"name": "x", "dependencies": {')
    writeFileSync(join(dir, 'svc', 'blob.py'), Buffer.from([0x69, 0x6d, 0, 1, 2, 3]))
    symlinkSync('.', join(dir, 'svc', 'loop'))
    const r = await cli(['scan', dir, '--format', 'json', '-q'])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout) as { diagnostics: { path?: string; message: string }[] }
    const paths = report.diagnostics.map((d) => d.path)
    expect(paths).toContain('svc/pyproject.toml')
    expect(paths).toContain('svc/package.json')
  })
})

describe('stackfit rules and explain', () => {
  it('lists the catalog as JSON', async () => {
    const r = await cli(['rules', '--format', 'json'])
    expect(r.code).toBe(0)
    const rules = JSON.parse(r.stdout) as { id: string }[]
    expect(rules.map((x) => x.id)).toEqual(RULES.map((x) => x.id))
  })

  it('explains a service: its signals and every rule', async () => {
    const r = await cli(['explain', 'services/llm-gateway', '--root', 'examples/monorepo'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('ai-ml.llm-client')
    for (const rule of RULES) expect(r.stdout).toContain(rule.id)
    expect(r.stdout).toMatch(/SF101 ai-ml-outside-python: warning/)
  })

  it('exits 2 when the directory is not a discovered service', async () => {
    const r = await cli(['explain', 'notebooks', '--root', 'examples/monorepo'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('no service discovered at notebooks')
  })

  it('says why a library is not judged', async () => {
    const r = await cli([
      'explain',
      'examples/monorepo/libs/pyshared',
      '--root',
      'examples/monorepo',
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('SF101 ai-ml-outside-python: not judged — a library is reported')
  })
})
