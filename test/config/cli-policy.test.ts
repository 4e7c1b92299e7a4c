import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main, type CliIO } from '../../src/cli/main.js'
import { TREE } from '../policy/tree.js'
import { tempDir } from '../support/temp-dir.js'

function repo(files: Record<string, string>): string {
  const dir = tempDir('stackfit-policy-')
  for (const [path, text] of Object.entries({ ...TREE, ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

async function cli(
  argv: string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    now: () => 0,
    date: () => new Date('2030-06-01T00:00:00Z'),
  }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

describe('stackfit scan with a policy file', () => {
  it('stops with exit 2 and every error when the policy is invalid, scanning nothing', async () => {
    const dir = repo({ '.stackfit.yml': 'fail-on: sometimes\nrules:\n  SF999: off\n' })
    const run = await cli(['scan', '.'], dir)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'stackfit: the policy has 2 errors; nothing was scanned:',
      '.stackfit.yml:1:10: fail-on must be one of error, warning, notice, never (got "sometimes")',
      '.stackfit.yml:3:3: unknown rule "SF999" in rules; rules are named by id (SF101) or name (ai-ml-outside-python)',
    ])
  })

  it.each([
    // [policy, argv, exit code]: the flag wins over the file, the file over the default
    ['', [], 0],
    ['fail-on: notice\n', [], 1],
    ['fail-on: notice\n', ['--fail-on', 'error'], 0],
    ['fail-on: never\nextends: strict\n', [], 0],
    ['extends: strict\n', [], 1],
    ['extends: strict\n', ['--fail-on=never'], 0],
  ])('judges %j with %j as exit %i', async (policy, flags, code) => {
    const dir = repo({ '.stackfit.yml': policy })
    expect((await cli(['scan', '.', '-q', '-f', 'json', ...flags], dir)).code).toBe(code)
  })

  it('reads --config instead of the file at the root, and .stackfit.yaml when alone', async () => {
    const dir = repo({
      '.stackfit.yml': 'rules: { SF101: error }\n',
      'ci/strict.yml': 'rules: { SF101: off }\n',
    })
    expect((await cli(['scan', '.', '-q', '-f', 'json'], dir)).code).toBe(1)
    expect(
      (await cli(['scan', '.', '-q', '-f', 'json', '--config', 'ci/strict.yml'], dir)).code,
    ).toBe(0)
    const yaml = repo({ '.stackfit.yaml': 'rules: { SF101: error }\n' })
    expect((await cli(['scan', '.', '-q', '-f', 'json'], yaml)).code).toBe(1)
  })

  it.each([
    [
      ['--config', 'missing.yml'],
      'stackfit: --config missing.yml: no such file, or larger than 262144 bytes',
    ],
    [
      [],
      'stackfit: the policy has 1 error; nothing was scanned:\n.stackfit.yaml:1:1: both .stackfit.yml and .stackfit.yaml exist; keep one',
    ],
  ])('refuses %j with a reason', async (flags, message) => {
    const dir = repo({ '.stackfit.yml': '', '.stackfit.yaml': '' })
    const run = await cli(['scan', '.', ...flags], dir)
    expect(run.code).toBe(2)
    expect(run.stderr.trimEnd()).toBe(message)
  })

  it('passes the date of the scan, so an expired waiver is reported', async () => {
    const dir = repo({
      '.stackfit.yml':
        'waivers:\n  - rule: SF101\n    reason: thin client\n    expires: 2030-05-31\n',
    })
    const run = await cli(['scan', '.', '-q', '-f', 'json', '--fail-on', 'never'], dir)
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; waived?: unknown }[] }
    expect(report.findings.map((f) => [f.ruleId, f.waived !== undefined])).toEqual([
      ['SF010', false],
      ['SF101', false],
    ])
  })
})
