/**
 * End to end: the bundled Action (dist/index.js) runs in a child process the way the runner starts
 * it — INPUT_* variables, a real pull_request payload from @octokit/webhooks-examples, the step
 * summary and output files — against the fake GitHub of test/support/github-server.ts, which checks
 * every request against GitHub's OpenAPI description.
 *
 * Set STACKFIT_E2E_SOURCE=1 to run src/action/index.ts through tsx instead of the bundle.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createFsRepoView } from '../../src/adapters/fs-repo-view.js'
import {
  anchorOf,
  commentMarker,
  readFingerprintMarker,
} from '../../src/core/5-report/publish/markers.js'
import { parsePatchAddedLines } from '../../src/core/5-report/publish/patch.js'
import type { Finding } from '../../src/core/model.js'
import { runStackfit } from '../../src/engine.js'
import { pullRequestPayload } from '../support/github-events.js'
import {
  ACTIONS_BOT,
  HUMAN,
  startFakeGitHub,
  type FakeGitHub,
  type FakePullFile,
} from '../support/github-server.js'
import { ACTION_ENTRY, runBundledAction } from '../support/action-runner.js'

const root = join(import.meta.dirname, '../..')
const fixture = join(import.meta.dirname, '__fixtures__/monorepo')
const TOKEN = 'ghs_e2eTokenThatMustNeverBePrinted'
const HEAD_1 = '1111111111111111111111111111111111111111'
const HEAD_2 = '2222222222222222222222222222222222222222'
const BASE = '0000000000000000000000000000000000000000'
/** Services the pull request adds; everything else is already on the base branch. */
const ADDED_SERVICES = ['services/llm-gateway/', 'services/chat/']

const scratch = mkdtempSync(join(tmpdir(), 'stackfit-e2e-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

beforeAll(() => {
  if (ACTION_ENTRY[0] !== '--import' && !existsSync(join(root, 'dist/index.js'))) {
    throw new Error(
      'dist/index.js is missing: run `npm run build` first (or set STACKFIT_E2E_SOURCE=1)',
    )
  }
})

let counter = 0
function workspace(): string {
  const dir = join(scratch, `ws-${++counter}`)
  cpSync(fixture, dir, { recursive: true })
  return dir
}

/** The pull request "fixes" its findings: the gateway drops its AI dependencies, the chat service goes. */
function applyFix(dir: string): void {
  writeFileSync(
    join(dir, 'services/llm-gateway/go.mod'),
    'module example.com/platform/llm-gateway\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.9.1\n',
  )
  writeFileSync(
    join(dir, 'services/llm-gateway/main.go'),
    'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/gin-gonic/gin"\n)\n\nfunc main() {\n\tr := gin.Default()\n\tr.POST("/v1/complete", func(c *gin.Context) { c.Status(http.StatusNotImplemented) })\n\t_ = r.Run(":8080")\n}\n',
  )
  writeFileSync(
    join(dir, 'services/llm-gateway/Dockerfile'),
    'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/gateway .\n\nFROM gcr.io/distroless/static\nCOPY --from=build /out/gateway /gateway\nENTRYPOINT ["/gateway"]\n',
  )
  rmSync(join(dir, 'services/chat'), { recursive: true })
}

/** The PR's files as GitHub lists them: the added services are new files (every line added). */
function pullFiles(dir: string): FakePullFile[] {
  const files: FakePullFile[] = []
  for (const file of createFsRepoView(dir).files) {
    if (!ADDED_SERVICES.some((p) => file.path.startsWith(p))) continue
    const lines = readFileSync(join(dir, file.path), 'utf8').replace(/\n$/, '').split('\n')
    files.push({
      filename: file.path,
      status: 'added',
      patch: `@@ -0,0 +1,${lines.length} @@\n` + lines.map((l) => `+${l}`).join('\n'),
    })
  }
  // One modified file whose change does not touch any finding's line.
  files.push({
    filename: 'services/api/main.go',
    status: 'modified',
    patch: '@@ -19,1 +19,2 @@\n func audit(id string) {}\n+// audit is a no-op for now.',
  })
  return files
}

function findingsOf(dir: string): Finding[] {
  return runStackfit({ failOn: 'error' }, { repo: createFsRepoView(dir) }).findings
}

function addedLines(files: readonly FakePullFile[]): Set<string> {
  const out = new Set<string>()
  for (const f of files)
    for (const line of parsePatchAddedLines(f.patch ?? '')) out.add(`${f.filename}:${line}`)
  return out
}

interface PayloadOptions {
  head: string
  fork?: boolean
}

/** A real pull_request payload from @octokit/webhooks-examples, pointed at the fake repository. */
function eventFile(options: PayloadOptions): string {
  const payload = pullRequestPayload({ base: BASE, ...options })
  const path = join(scratch, `event-${++counter}.json`)
  writeFileSync(path, JSON.stringify(payload))
  return path
}

interface RunResult {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

async function runAction(
  gh: FakeGitHub,
  dir: string,
  event: string,
  inputs: Record<string, string> = {},
): Promise<RunResult> {
  const run = await runBundledAction({
    dir,
    scratch,
    eventName: 'pull_request',
    eventPath: event,
    sha: 'ffffffffffffffffffffffffffffffffffffffff',
    apiUrl: gh.url,
    token: TOKEN,
    inputs,
  })
  return {
    code: run.code,
    stdout: run.stdout,
    stderr: run.stderr,
    outputs: parseOutputs(readFileSync(run.outputFile, 'utf8')),
    summary: run.summary,
  }
}

/** Reads GITHUB_OUTPUT's `name<<DELIMITER ... DELIMITER` records. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!m) continue
    const value: string[] = []
    while (++i < lines.length && lines[i] !== m[2]) value.push(lines[i] ?? '')
    out[m[1] as string] = value.join('\n')
  }
  return out
}

/** Workflow commands of one kind without file properties: messages, not finding annotations. */
function plainCommands(stdout: string, kind: 'warning' | 'notice' | 'error'): string[] {
  return stdout.split('\n').filter((l) => l.startsWith(`::${kind}::`))
}

function neverPrintsToken(result: RunResult): void {
  const lines = (result.stdout + result.stderr)
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
  expect(lines.filter((l) => l.includes(TOKEN))).toEqual([])
}

let gh: FakeGitHub | undefined
afterEach(async () => {
  const server = gh
  gh = undefined
  if (!server) return
  await server.close()
  expect(server.invalid).toEqual([])
})

describe('the Action on a pull request', () => {
  it('comments once, reviews only added lines, updates in place, never duplicates, and resolves fixed findings', async () => {
    const dir = workspace()
    const files = pullFiles(dir)
    const expected = findingsOf(dir).filter((f) => {
      const a = anchorOf(f)
      return a?.line !== undefined && addedLines(files).has(`${a.path}:${a.line}`)
    })
    // Precondition: the fixture must give findings on the lines the PR adds.
    expect(expected.length).toBeGreaterThanOrEqual(2)
    gh = await startFakeGitHub({ token: TOKEN, state: { files } })

    // Run 1: one sticky comment, one review, comments only on added lines.
    const first = await runAction(gh, dir, eventFile({ head: HEAD_1 }))
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    expect(gh.state.issueComments).toHaveLength(1)
    const sticky = gh.state.issueComments[0]!
    expect(sticky.user).toEqual(ACTIONS_BOT)
    expect(sticky.body.startsWith(commentMarker('default'))).toBe(true)
    expect(sticky.body.length).toBeLessThanOrEqual(65_536)
    expect(gh.state.reviews).toHaveLength(1)
    expect(gh.state.reviews[0]).toMatchObject({ event: 'COMMENT', commit_id: HEAD_1 })
    const added = addedLines(files)
    const posted = gh.state.reviewComments.map((c) => `${c.path}:${c.line}`)
    expect(posted.every((p) => added.has(p))).toBe(true)
    expect(
      gh.state.reviewComments
        .map((c) => readFingerprintMarker(c.body, 'default')?.fingerprint)
        .sort(),
    ).toEqual(expected.map((f) => f.fingerprint).sort())
    expect(first.outputs).toMatchObject({ conclusion: 'pass', 'sarif-file': '' })
    expect(Number(first.outputs['findings'])).toBeGreaterThanOrEqual(expected.length)
    expect(JSON.parse(readFileSync(first.outputs['json-file']!, 'utf8'))).toHaveProperty(
      'schemaVersion',
    )
    const report = JSON.parse(readFileSync(first.outputs['json-file']!, 'utf8')) as {
      verdict: { headline: string }
    }
    expect(first.summary).toContain(report.verdict.headline.slice(0, 20))
    neverPrintsToken(first)

    // Run 2, same head, after someone else's edit of the comment: updated in place, no duplicates.
    sticky.body = `${commentMarker('default')}\nan older stackfit body`
    const second = await runAction(gh, dir, eventFile({ head: HEAD_1 }))
    expect(second.code).toBe(0)
    expect(gh.calls('issues/update-comment').map((r) => r.status)).toEqual([200])
    expect(gh.calls('issues/create-comment')).toHaveLength(1)
    expect(gh.state.issueComments).toHaveLength(1)
    expect(gh.state.issueComments[0]!.body).not.toContain('an older stackfit body')
    expect(gh.calls('pulls/create-review')).toHaveLength(1)
    expect(gh.state.reviewComments).toHaveLength(expected.length)

    // Run 3, nothing changed: nothing written at all.
    const writesBefore = gh.requests.filter((r) => r.method !== 'GET').length
    await runAction(gh, dir, eventFile({ head: HEAD_1 }))
    expect(gh.requests.filter((r) => r.method !== 'GET').length).toBe(writesBefore)

    // Run 4, the findings are fixed on a new head: the comment says clean, the inline comments are marked.
    applyFix(dir)
    expect(findingsOf(dir)).toEqual([])
    gh.state.files = pullFiles(dir)
    const fixed = await runAction(gh, dir, eventFile({ head: HEAD_2 }))
    expect(fixed.code).toBe(0)
    expect(gh.state.issueComments).toHaveLength(1)
    expect(gh.state.issueComments[0]!.body).toContain('all clear')
    expect(gh.calls('pulls/create-review')).toHaveLength(1)
    for (const comment of gh.state.reviewComments) {
      expect(comment.body).toContain(`Resolved in ${HEAD_2.slice(0, 12)}`)
      expect(readFingerprintMarker(comment.body, 'default')?.resolved).toBe(true)
    }
  })

  it('finds its sticky comment after more than 100 others, ignoring a look-alike by a human', async () => {
    const dir = workspace()
    gh = await startFakeGitHub({ token: TOKEN, state: { files: pullFiles(dir) } })
    const marker = commentMarker('default')
    for (let i = 1; i <= 140; i++) {
      const user =
        i === 3
          ? HUMAN
          : i % 7 === 0
            ? { login: 'renovate[bot]', id: 2, type: 'Bot' as const }
            : HUMAN
      const body =
        i === 3
          ? `quoting stackfit:\n${marker}`
          : i === 120
            ? `${marker}\nold body`
            : `comment ${i}`
      gh.state.issueComments.push({ id: i, body, user: i === 120 ? ACTIONS_BOT : user })
    }
    const result = await runAction(gh, dir, eventFile({ head: HEAD_1 }))
    expect(result.code).toBe(0)
    expect(gh.calls('issues/list-comments').length).toBeGreaterThanOrEqual(2)
    expect(gh.calls('issues/create-comment')).toEqual([])
    expect(gh.calls('issues/update-comment').map((r) => r.path)).toEqual([
      '/repos/acme/platform/issues/comments/120',
    ])
    expect(gh.state.issueComments.find((c) => c.id === 3)!.body).toBe(
      `quoting stackfit:\n${marker}`,
    )
  })

  it("degrades on a fork's read-only token with one notice, and still applies the verdict", async () => {
    const dir = workspace()
    gh = await startFakeGitHub({ token: TOKEN, state: { files: pullFiles(dir) } })
    for (const operationId of [
      'issues/create-comment',
      'issues/update-comment',
      'pulls/create-review',
      'pulls/create-review-comment',
      'pulls/update-review-comment',
    ]) {
      gh.fault({ operationId, status: 403, message: 'Resource not accessible by integration' })
    }
    const result = await runAction(gh, dir, eventFile({ head: HEAD_1, fork: true }), {
      'fail-on': 'notice',
    })
    expect(result.code).toBe(1)
    const notices = plainCommands(result.stdout, 'notice').filter((l) =>
      l.includes('pull-requests: write'),
    )
    expect(notices).toHaveLength(1)
    expect(notices[0]).toContain('fork')
    expect(plainCommands(result.stdout, 'warning')).toEqual([])
    expect(gh.calls('pulls/create-review')).toEqual([])
    const failure = plainCommands(result.stdout, 'error')
    expect(failure).toHaveLength(1)
    expect(failure[0]).toMatch(/^::error::stackfit: /)
    expect(result.outputs['conclusion']).toBe('fail')
    expect(result.summary).toContain('pull-requests: write')
    expect(result.stdout).toMatch(/^::(warning|notice) .*file=services\//m)
  })

  it('retries server errors and loses nothing', async () => {
    const dir = workspace()
    gh = await startFakeGitHub({ token: TOKEN, state: { files: pullFiles(dir) } })
    gh.fault({ operationId: 'pulls/list-files', status: 502, times: 1 })
    gh.fault({ operationId: 'issues/create-comment', status: 503, times: 1 })
    const result = await runAction(gh, dir, eventFile({ head: HEAD_1 }))
    expect(result.code).toBe(0)
    expect(gh.calls('pulls/list-files').map((r) => r.status)).toEqual([502, 200])
    expect(gh.calls('issues/create-comment').map((r) => r.status)).toEqual([503, 201])
    expect(gh.state.issueComments).toHaveLength(1)
    expect(gh.state.reviewComments.length).toBeGreaterThanOrEqual(2)
    expect(plainCommands(result.stdout, 'warning')).toEqual([])
  })

  it('keeps the other review comments when GitHub refuses one', async () => {
    const dir = workspace()
    const files = pullFiles(dir)
    gh = await startFakeGitHub({ token: TOKEN, state: { files } })
    const anchors = findingsOf(dir)
      .map(anchorOf)
      .filter((a) => a?.line !== undefined && addedLines(files).has(`${a.path}:${a.line}`))
      .map((a) => `${a!.path}:${a!.line}`)
    expect(anchors.length).toBeGreaterThanOrEqual(2)
    gh.state.rejectLines.add(anchors[0]!)
    const result = await runAction(gh, dir, eventFile({ head: HEAD_1 }))
    expect(result.code).toBe(0)
    expect(gh.calls('pulls/create-review').map((r) => r.status)).toEqual([422])
    const posted = gh.state.reviewComments.map((c) => `${c.path}:${c.line}`).sort()
    expect(posted).toEqual(anchors.filter((a) => a !== anchors[0]).sort())
    const warnings = plainCommands(result.stdout, 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(anchors[0])
  })
})

describe('the Action judges a pull request with the base branch policy', () => {
  const STRICT = 'rules:\n  SF101: error\n'
  const WEAKENED = 'rules:\n  SF101: off\n'

  it.each([
    ['by default: the base policy still fails the build', {}, 1, 'fail'],
    ['with trust-pr-policy: the PR policy applies', { 'trust-pr-policy': 'true' }, 0, 'pass'],
  ])('a PR that weakens .stackfit.yml, %s', async (_name, inputs, code, conclusion) => {
    const dir = workspace()
    writeFileSync(join(dir, '.stackfit.yml'), WEAKENED)
    gh = await startFakeGitHub({
      token: TOKEN,
      state: { files: pullFiles(dir), contents: { [BASE]: { '.stackfit.yml': STRICT } } },
    })
    const result = await runAction(gh, dir, eventFile({ head: HEAD_1 }), inputs)
    expect(result.code).toBe(code)
    expect(result.outputs['conclusion']).toBe(conclusion)
    const edited =
      'This PR edits .stackfit.yml; the policy from the base branch judged it. The change takes effect after merge.'
    if (conclusion === 'fail') {
      expect(gh.calls('repos/get-content').map((r) => `${r.status} ${r.query['ref']}`)).toEqual([
        `200 ${BASE}`,
      ])
      expect(plainCommands(result.stdout, 'warning')).toEqual([`::warning::${edited}`])
      expect(result.summary).toContain(edited)
      // The reviewer reads it first, above the findings, in the sticky comment.
      const body = gh.state.issueComments[0]?.body ?? ''
      expect(body).toContain(`> [!WARNING]\n> ${edited}`)
      expect(body.indexOf(edited)).toBeLessThan(body.indexOf('SF101'))
    } else {
      expect(gh.calls('repos/get-content')).toEqual([])
      expect(result.summary).not.toContain(edited)
    }
    neverPrintsToken(result)
  })
})
