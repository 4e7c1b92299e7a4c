/**
 * End to end on a real git history: the bundled Action runs on a `pull_request` and on a
 * `merge_group` event in a shallow clone of the head (as the default actions/checkout leaves it),
 * fetches the base commit itself, and marks findings new or existing. Payloads are the real ones
 * from @octokit/webhooks-examples, edited; GitHub is the fake of test/support/github-server.ts.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { readFingerprintMarker } from '../../src/core/5-report/publish/markers.js'
import type { Report } from '../../src/core/model.js'
import { mergeGroupPayload, pullRequestPayload } from '../support/github-events.js'
import { startFakeGitHub, type FakeGitHub, type FakePullFile } from '../support/github-server.js'
import { git, runBundledAction } from '../support/action-runner.js'

const fixture = join(import.meta.dirname, '__fixtures__/monorepo')
const TOKEN = 'ghs_deltaTokenThatMustNeverBePrinted'

const scratch = mkdtempSync(join(tmpdir(), 'stackfit-delta-e2e-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
let counter = 0

/** The chat service's evidence line, edited by the change: the signal (flask_socketio) stays. */
const CHAT_EDIT = [
  'services/chat/app.py',
  (text: string) =>
    text.replace(
      'from flask_socketio import SocketIO, emit',
      'from flask_socketio import SocketIO, emit, send',
    ),
] as const

interface Checkout {
  /** The shallow clone of the head: the Action's workspace. */
  dir: string
  base: string
  head: string
  /** The change as GitHub's pulls/list-files lists it, from `git diff` of the two commits. */
  files: FakePullFile[]
}

/**
 * An origin repository with two commits — the base, then the head (`change` applied to it) — and
 * a depth-1 clone of the head. At the base the chat service (a finding: SF301) already exists;
 * `addGateway` makes the head add the Go llm-gateway with an LLM client (a new finding: SF101).
 */
function makeCheckout(addGateway: boolean): Checkout {
  const origin = join(scratch, `origin-${++counter}`)
  cpSync(fixture, origin, { recursive: true })
  const gateway = join(scratch, `gateway-${counter}`)
  cpSync(join(origin, 'services/llm-gateway'), gateway, { recursive: true })
  rmSync(join(origin, 'services/llm-gateway'), { recursive: true })
  git(origin, 'init', '-q', '-b', 'main')
  git(origin, 'add', '-A')
  git(origin, 'commit', '-q', '-m', 'base')
  const base = git(origin, 'rev-parse', 'HEAD')
  if (addGateway) cpSync(gateway, join(origin, 'services/llm-gateway'), { recursive: true })
  const chat = join(origin, CHAT_EDIT[0])
  writeFileSync(chat, CHAT_EDIT[1](readFileSync(chat, 'utf8')))
  git(origin, 'add', '-A')
  git(origin, 'commit', '-q', '-m', 'head')
  const head = git(origin, 'rev-parse', 'HEAD')
  const dir = join(scratch, `checkout-${counter}`)
  git(scratch, 'clone', '-q', '--depth', '1', `file://${origin}`, dir)
  const files: FakePullFile[] = []
  for (const line of git(origin, 'diff', '--name-status', '--no-renames', base, head).split('\n')) {
    const [status, filename] = line.split('\t') as [string, string]
    const diff = git(origin, 'diff', '-U0', base, head, '--', filename)
    files.push({
      filename,
      status: status === 'A' ? 'added' : status === 'D' ? 'removed' : 'modified',
      patch: diff.slice(diff.indexOf('@@')),
    })
  }
  return { dir, base, head, files }
}

function pullRequestEvent(c: Checkout): string {
  return writeEvent(pullRequestPayload({ head: c.head, base: c.base }))
}

function mergeGroupEvent(c: Checkout): string {
  return writeEvent(mergeGroupPayload({ head: c.head, base: c.base }))
}

function writeEvent(payload: unknown): string {
  const path = join(scratch, `event-${++counter}.json`)
  writeFileSync(path, JSON.stringify(payload))
  return path
}

interface RunResult {
  code: number | null
  stdout: string
  stderr: string
  report: Report
}

async function runAction(
  gh: FakeGitHub,
  c: Checkout,
  eventName: string,
  event: string,
  inputs: Record<string, string>,
): Promise<RunResult> {
  const jsonFile = join(scratch, `report-${++counter}.json`)
  const run = await runBundledAction({
    dir: c.dir,
    scratch,
    eventName,
    eventPath: event,
    sha: c.head,
    apiUrl: gh.url,
    token: TOKEN,
    inputs: { ...inputs, 'json-file': jsonFile },
  })
  const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as Report
  return { code: run.code, stdout: run.stdout, stderr: run.stderr, report }
}

const statusOf = (report: Report): string[] =>
  report.findings.map((f) => `${f.ruleId} ${f.service} ${f.status ?? 'unmarked'}`).sort()

let gh: FakeGitHub | undefined
afterEach(async () => {
  const server = gh
  gh = undefined
  if (!server) return
  await server.close()
  expect(server.invalid).toEqual([])
})

describe('the Action against the base of a shallow checkout', () => {
  it('pull_request: fetches the base, fails on the new finding only, reviews only the new one', async () => {
    const c = makeCheckout(true)
    // Precondition: the clone really is shallow and lacks the base commit.
    expect(() => git(c.dir, 'cat-file', '-e', `${c.base}^{commit}`)).toThrow()
    gh = await startFakeGitHub({ token: TOKEN, state: { files: c.files } })
    const result = await runAction(gh, c, 'pull_request', pullRequestEvent(c), {
      'fail-on': 'warning',
    })
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain(`base ${c.base.slice(0, 12)} (pull_request.base.sha), fetched`)
    // The head is the commit checked out, listed by git rather than walked.
    expect(result.stdout).toContain(`stackfit: files listed by git ${c.head.slice(0, 12)} (index)`)
    expect(statusOf(result.report)).toEqual([
      'SF101 services/llm-gateway new',
      'SF301 services/chat existing',
    ])
    expect(result.report.delta?.services.map((s) => s.root)).toContain('services/llm-gateway')
    expect(result.code).toBe(1)
    expect(result.report.verdict.failOnScope).toBe('new')
    // The comment leads with the delta; the chat finding's edited line gets no inline comment.
    const body = gh.state.issueComments[0]!.body
    expect(body.indexOf('What this PR changes')).toBeGreaterThan(-1)
    expect(body.indexOf('What this PR changes')).toBeLessThan(body.indexOf('New findings'))
    const reviewed = gh.state.reviewComments.map((r) => readFingerprintMarker(r.body, 'default'))
    const fresh = result.report.findings.find((f) => f.status === 'new')!
    expect(reviewed.map((m) => m?.fingerprint)).toEqual([fresh.fingerprint])
    expect(c.files.some((f) => f.filename === CHAT_EDIT[0])).toBe(true)
  })

  it('pull_request: fail-on-scope all fails on the existing finding too', async () => {
    const c = makeCheckout(false)
    gh = await startFakeGitHub({ token: TOKEN, state: { files: c.files } })
    const scoped = await runAction(gh, c, 'pull_request', pullRequestEvent(c), {
      'fail-on': 'warning',
    })
    expect(statusOf(scoped.report)).toEqual(['SF301 services/chat existing'])
    expect(scoped.code).toBe(0)
    expect(gh.calls('pulls/list-files').map((r) => r.status)).toEqual([200])
    expect(gh.state.issueComments).toHaveLength(1)
    expect(gh.state.reviewComments).toEqual([])
    const all = await runAction(gh, c, 'pull_request', pullRequestEvent(c), {
      'fail-on': 'warning',
      'fail-on-scope': 'all',
    })
    expect(all.code).toBe(1)
  })

  it.each<{
    addGateway: boolean
    inputs: Record<string, string>
    code: number
    statuses: string[]
  }>([
    {
      addGateway: true,
      inputs: {},
      code: 1,
      statuses: ['SF101 services/llm-gateway new', 'SF301 services/chat existing'],
    },
    { addGateway: false, inputs: {}, code: 0, statuses: ['SF301 services/chat existing'] },
    {
      addGateway: false,
      inputs: { 'fail-on-scope': 'all' },
      code: 1,
      statuses: ['SF301 services/chat existing'],
    },
  ])(
    'merge_group (gateway added: $addGateway, $inputs): exits $code',
    async ({ addGateway, inputs, code, statuses }) => {
      const c = makeCheckout(addGateway)
      gh = await startFakeGitHub({ token: TOKEN, state: { files: c.files } })
      const result = await runAction(gh, c, 'merge_group', mergeGroupEvent(c), {
        'fail-on': 'warning',
        ...inputs,
      })
      expect(result.stderr).toBe('')
      expect(result.stdout).toContain('(merge_group.base_sha), fetched')
      expect(statusOf(result.report)).toEqual(statuses)
      expect(result.code).toBe(code)
      // No pull request on a merge group: nothing is posted.
      expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([])
    },
  )

  it('without a reachable base: a notice, no delta, every finding counts', async () => {
    const c = makeCheckout(true)
    git(c.dir, 'remote', 'remove', 'origin')
    gh = await startFakeGitHub({ token: TOKEN, state: { files: c.files } })
    const result = await runAction(gh, c, 'pull_request', pullRequestEvent(c), {
      'fail-on': 'warning',
    })
    expect(result.stdout).toMatch(/^::notice::stackfit compares with no base: .*fetch-depth: 0/m)
    expect(result.report.delta).toBeUndefined()
    expect(result.code).toBe(1)
  })
})
