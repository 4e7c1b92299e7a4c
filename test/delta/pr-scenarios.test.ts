/**
 * The pull requests of issue 5, each a real git history in a temporary repository, scanned with
 * `stackfit scan --base main` from the PR branch exactly as a developer would.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { main, type CliIO } from '../../src/cli/main.js'
import type { Report } from '../../src/core/model.js'
import { createHistory, type Changes, type History } from './git-history.js'
import { BASE_TREE, CHECKOUT_GO_MOD, CHECKOUT_MAIN, RANKER_GO_MOD, RANKER_MAIN } from './fixture.js'

let history: History | undefined
afterEach(() => history?.remove())

/** The base repository, then a `pr` branch with one commit of `changes`. */
function pullRequest(changes: Changes): History {
  history = createHistory(BASE_TREE)
  history.git('checkout', '-q', '-b', 'pr')
  history.commit('the pull request', changes)
  return history
}

async function scan(
  h: History,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: h.dir,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    now: () => 0,
  }
  const code = await main(['scan', ...args], io)
  return { code, stdout, stderr }
}

async function jsonReport(
  h: History,
  ...args: string[]
): Promise<{ code: number; report: Report }> {
  const r = await scan(h, ['--base', 'main', '--format', 'json', '-q', ...args])
  return { code: r.code, report: JSON.parse(r.stdout) as Report }
}

const statuses = (report: Report): string[] =>
  report.findings.map((f) => `${f.status ?? '-'} ${f.ruleId} ${f.service}`)

const ONNX_CHECKOUT: Changes = {
  'services/checkout/go.mod': `${CHECKOUT_GO_MOD}\nrequire github.com/yalue/onnxruntime_go v1.13.0\n`,
  'services/checkout/main.go': CHECKOUT_MAIN.replace(
    '"github.com/gin-gonic/gin"',
    '"github.com/gin-gonic/gin"\n\tort "github.com/yalue/onnxruntime_go"',
  ).replace('func main() {', 'var _ = ort.InitializeEnvironment\n\nfunc main() {'),
}

describe('stackfit scan --base on real pull requests', () => {
  it('a PR adding an ML dependency to a Go service: a new finding that fails with scope new', async () => {
    const h = pullRequest(ONNX_CHECKOUT)
    const { code, report } = await jsonReport(h, '--fail-on', 'warning')
    expect(code).toBe(1)
    expect(statuses(report)).toEqual(['new SF101 services/checkout'])
    expect(report.verdict.headline).toContain('fails on new warning: SF101')
    expect(report.delta?.touched).toEqual(['services/checkout'])
    const checkout = report.delta?.services.find((s) => s.root === 'services/checkout')
    expect(checkout?.toward).toEqual(['ai-ml'])
    expect(
      checkout?.signals.map((s) => [s.change, s.id, s.added.map((e) => `${e.path}:${e.line}`)]),
    ).toEqual([
      ['added', 'ai-ml.inference', ['services/checkout/go.mod:7', 'services/checkout/main.go:7']],
    ])

    const markdown = await scan(h, ['--base', 'main', '--format', 'markdown', '-q'])
    expect(markdown.stdout).toContain(
      '- This PR moves `services/checkout` (Go) toward AI/ML: +`require github.com/yalue/onnxruntime_go v1.13.0` (go.mod:7), +1 import.',
    )
    const lead = markdown.stdout.indexOf('### What this PR changes')
    const fresh = markdown.stdout.indexOf('### New findings (1)')
    const table = markdown.stdout.indexOf('| Service |')
    expect(lead).toBeGreaterThan(0)
    expect(fresh).toBeGreaterThan(lead)
    expect(table).toBeGreaterThan(fresh)
  })

  it('a PR editing only README text in a service with findings: nothing new, passes', async () => {
    const h = pullRequest({ 'services/ranker/README.md': '# ranker\n\nRanks products, fast.\n' })
    const { code, report } = await jsonReport(h, '--fail-on', 'warning')
    expect(code).toBe(0)
    expect(statuses(report)).toEqual(['existing SF101 services/ranker'])
    expect(report.delta?.services).toEqual([])
    expect(report.delta?.counts).toEqual({ new: 0, existing: 1, resolved: 0 })
    // The same change fails when every finding counts.
    const all = await jsonReport(h, '--fail-on', 'warning', '--fail-on-scope', 'all')
    expect(all.code).toBe(1)

    const markdown = await scan(h, ['--base', 'main', '--format', 'markdown', '-q'])
    expect(markdown.stdout).toContain('None: this PR brings in no new mismatch.')
    expect(markdown.stdout).toContain('<summary>Existing findings (1)</summary>')
  })

  it('a PR moving a file within a service: fingerprints stable, nothing new', async () => {
    const h = pullRequest({
      'services/ranker/main.go': null,
      'services/ranker/cmd/ranker/main.go': RANKER_MAIN,
    })
    const { code, report } = await jsonReport(h, '--fail-on', 'warning', '--scope', 'all')
    expect(code).toBe(0)
    expect(report.delta?.counts).toEqual({ new: 0, existing: 2, resolved: 0 })
    expect(report.delta?.services).toEqual([])
    const before = await scan(h, ['--format', 'json', '-q'])
    h.git('checkout', '-q', 'main')
    const after = await scan(h, ['--format', 'json', '-q'])
    const fingerprints = (out: string): string[] =>
      (JSON.parse(out) as Report).findings.map((f) => f.fingerprint)
    expect(fingerprints(after.stdout)).toEqual(fingerprints(before.stdout))
  })

  it('a PR adding a whole new service', async () => {
    const h = pullRequest({
      'services/search/go.mod': RANKER_GO_MOD.replace('ranker', 'search'),
      'services/search/main.go': RANKER_MAIN,
    })
    const { code, report } = await jsonReport(h, '--fail-on', 'warning')
    expect(code).toBe(1)
    expect(report.delta?.services.map((s) => [s.root, s.change])).toEqual([
      ['services/search', 'added'],
    ])
    expect(statuses(report)).toEqual(['new SF101 services/search'])
    const markdown = await scan(h, ['--base', 'main', '--format', 'markdown', '-q'])
    expect(markdown.stdout).toContain('- This PR adds `services/search` (Go) with AI/ML work:')
  })

  it('a PR removing a service: reported as removed, its findings resolved', async () => {
    const h = pullRequest({
      'services/notify/requirements.txt': null,
      'services/notify/worker.py': null,
    })
    const { code, report } = await jsonReport(h)
    expect(code).toBe(0)
    expect(report.delta?.services.map((s) => [s.root, s.change, s.language])).toEqual([
      ['services/notify', 'removed', { base: 'python' }],
    ])
    expect(report.delta?.touched).toEqual(['services/notify'])
    expect(report.delta?.resolved.map((f) => `${f.ruleId} ${f.service}`)).toEqual([
      'SF901 services/notify',
    ])
    const markdown = await scan(h, ['--base', 'main', '--format', 'markdown', '-q'])
    expect(markdown.stdout).toContain('- This PR removes `services/notify` (Python).')
  })

  it('a PR fixing a finding: reported as resolved', async () => {
    const h = pullRequest({
      'services/ranker/go.mod': RANKER_GO_MOD.replace(
        'require github.com/yalue/onnxruntime_go v1.13.0',
        'require github.com/gin-gonic/gin v1.10.0',
      ),
      'services/ranker/main.go': CHECKOUT_MAIN,
    })
    const { code, report } = await jsonReport(h, '--fail-on', 'warning')
    expect(code).toBe(0)
    expect(report.findings.filter((f) => f.service === 'services/ranker')).toEqual([])
    expect(report.delta?.resolved.map((f) => `${f.ruleId} ${f.service} ${f.severity}`)).toEqual([
      'SF101 services/ranker warning',
    ])
    expect(report.delta?.services.find((s) => s.root === 'services/ranker')?.awayFrom).toEqual([
      'ai-ml',
    ])
    const text = await scan(h, ['--base', 'main', '-q'])
    expect(text.stdout).toContain('resolved  SF101 ai-ml-outside-python in services/ranker')
  })

  it('compares the uncommitted working tree too', async () => {
    history = createHistory(BASE_TREE)
    history.git('checkout', '-q', '-b', 'pr')
    history.write(ONNX_CHECKOUT)
    const { code, report } = await jsonReport(history, '--fail-on', 'warning')
    expect(code).toBe(1)
    expect(statuses(report)).toEqual(['new SF101 services/checkout'])
  })

  it.each([
    [
      ['--base', 'no-such-branch'],
      /^stackfit: --base no-such-branch: no-such-branch is not a commit here/,
    ],
    [['--scope', 'all'], /^stackfit: --scope needs --base/],
    [['--base', 'main', '--fail-on-scope', 'some'], /--fail-on-scope must be one of new, all/],
  ])('exits 2 with one line for bad usage: %j', async (args, message) => {
    history = createHistory(BASE_TREE)
    const r = await scan(history, args)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stdout).toBe('')
  })
})
