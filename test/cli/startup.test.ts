/**
 * The lazy boundaries of the bundles (scripts/build.mjs): a run loads only what it uses. Each case
 * runs a copy of dist/ with some of its files deleted. A run that never reaches them gives the
 * same output as the whole dist/; a run that does need one fails, which shows the file is really
 * loaded on demand (and that the first kind of case would notice a boundary that broke).
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../support/temp-dir.js'

const root = join(import.meta.dirname, '..', '..')

/** Small trees, each reaching one lazily loaded module or none. */
const TREES: Record<string, Record<string, string>> = {
  'go service': {
    'svc/go.mod': 'module example.com/svc\n\ngo 1.22\n',
    'svc/main.go':
      'package main\n\nimport "net/http"\n\nfunc main() { _ = http.ListenAndServe(":8080", nil) }\n',
  },
  'with a Kubernetes file': {
    'svc/go.mod': 'module example.com/svc\n\ngo 1.22\n',
    'svc/main.go': 'package main\n\nfunc main() {}\n',
    'svc/deploy/deployment.yaml':
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: svc\nspec:\n  template:\n    spec:\n      containers:\n        - name: svc\n          image: svc\n',
  },
  'with a Cargo.toml': {
    'svc/Cargo.toml': '[package]\nname = "svc"\nversion = "0.1.0"\n\n[dependencies]\ntokio = "1"\n',
    'svc/src/main.rs': 'fn main() {}\n',
  },
  'with a policy file': {
    '.stackfit.yml': 'rules:\n  SF999: error\n',
    'svc/go.mod': 'module example.com/svc\n\ngo 1.22\n',
    'svc/main.go': 'package main\n\nfunc main() {}\n',
  },
}

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
}

/** dist/ copied next to a package.json that makes its .js files ESM, minus `remove`. */
function distWithout(remove: readonly string[]): string {
  const dir = tempDir('stackfit-startup-')
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n')
  cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true })
  for (const path of remove) rmSync(join(dir, 'dist', path), { recursive: true, force: true })
  return join(dir, 'dist')
}

function runCli(dist: string, args: string[]): { status: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [join(dist, 'cli.js'), ...args], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', NODE_DISABLE_COMPILE_CACHE: '1' },
  })
  return { status: r.status, stdout: r.stdout }
}

/** A JSON scan of `tree`: the exit code and the report. */
function scanJson(dist: string, tree: string): { status: number | null; stdout: string } {
  return runCli(dist, ['scan', tree, '--format', 'json', '-q'])
}

describe('the CLI loads only what a run uses', () => {
  it('answers --version and --help without its chunks', () => {
    const chunks = readdirSync(join(root, 'dist', 'cli-chunks'))
    const engine = chunks.filter((f) => f.startsWith('main-')).map((f) => `cli-chunks/${f}`)
    expect(engine.length).toBeGreaterThan(0)
    const dist = distWithout([...engine, 'lazy'])
    const version = runCli(dist, ['--version'])
    expect(version.status).toBe(0)
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/)
    expect(runCli(dist, ['--help']).status).toBe(0)
    // The same copy cannot scan: the engine chunk is really separate.
    expect(runCli(dist, ['scan', '.', '-q']).status).not.toBe(0)
  })

  const cases: { tree: string; removed: string; loads: boolean }[] = [
    { tree: 'go service', removed: 'lazy', loads: false },
    { tree: 'with a Kubernetes file', removed: 'lazy/toml.cjs', loads: false },
    { tree: 'with a Kubernetes file', removed: 'lazy/yaml.cjs', loads: true },
    { tree: 'with a Cargo.toml', removed: 'lazy/yaml.cjs', loads: false },
    { tree: 'with a Cargo.toml', removed: 'lazy/toml.cjs', loads: true },
    { tree: 'with a policy file', removed: 'lazy/policy-validator.cjs', loads: true },
  ]
  it.each(cases)('$tree without dist/$removed: loads it: $loads', ({ tree, removed, loads }) => {
    const dir = tempDir('stackfit-startup-tree-')
    writeTree(dir, TREES[tree] ?? {})
    const whole = scanJson(join(root, 'dist'), dir)
    const partial = scanJson(distWithout([removed]), dir)
    // A run that reaches a missing file fails, or (where the engine turns any parse failure into
    // a diagnostic) reports that file in its diagnostics: either way its result differs.
    const same = partial.status === whole.status && partial.stdout === whole.stdout
    expect(same).toBe(!loads)
    if (loads && partial.status === whole.status) expect(partial.stdout).toContain(removed)
  })
})

describe('the Action loads the GitHub client only to talk to GitHub', () => {
  function runAction(dist: string, workspace: string): { status: number | null; output: string } {
    const scratch = tempDir('stackfit-startup-action-')
    const outputFile = join(scratch, 'output.txt')
    const summaryFile = join(scratch, 'summary.md')
    const eventFile = join(scratch, 'event.json')
    writeFileSync(outputFile, '')
    writeFileSync(summaryFile, '')
    writeFileSync(
      eventFile,
      JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'acme/platform' } }),
    )
    const r = spawnSync(process.execPath, [join(dist, 'index.js')], {
      cwd: workspace,
      encoding: 'utf8',
      env: {
        PATH: process.env['PATH'] ?? '',
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: eventFile,
        GITHUB_REPOSITORY: 'acme/platform',
        GITHUB_SHA: '0'.repeat(40),
        GITHUB_WORKSPACE: workspace,
        GITHUB_API_URL: 'http://127.0.0.1:9',
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        RUNNER_TEMP: scratch,
        INPUT_TOKEN: '',
      },
    })
    return { status: r.status, output: r.stdout + readFileSync(outputFile, 'utf8') }
  }

  it('runs a push without a token with no dist/lazy/github.cjs, and the same outputs', () => {
    const workspace = tempDir('stackfit-startup-ws-')
    writeTree(workspace, TREES['go service'] ?? {})
    const whole = runAction(join(root, 'dist'), workspace)
    const partial = runAction(distWithout(['lazy/github.cjs']), workspace)
    expect(whole.status).toBe(0)
    expect(partial.status).toBe(0)
    const outputs = (text: string) =>
      text
        .replace(/\S*stackfit-startup-action-\S*/g, '<scratch>')
        .replace(/ghadelimiter_[0-9a-f-]+/g, '<delimiter>')
    expect(outputs(partial.output)).toBe(outputs(whole.output))
  })

  it('needs dist/lazy/github.cjs once it has a token on a pull request', () => {
    // The bundle must not hold Octokit itself: without the lazy file, creating a client fails.
    const bundle = readFileSync(join(root, 'dist', 'index.js'), 'utf8')
    expect(bundle).toContain('./lazy/github.cjs')
    expect(bundle).not.toMatch(/node_modules\/@octokit\/core\//)
    expect(bundle).not.toMatch(/node_modules\/undici\//)
  })
})
