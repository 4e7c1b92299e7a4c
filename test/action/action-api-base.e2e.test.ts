/**
 * End to end: the bundled Action on a `pull_request` and a `merge_group` event whose checkout has
 * no usable git base (a copy of the tree without `.git`; a shallow clone whose origin points
 * nowhere), so it reads the base through the GitHub API: the fake of
 * test/support/github-server.ts, which checks every request and the git-data responses against
 * GitHub's OpenAPI description and logs what was fetched.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import type { Report } from '../../src/core/model.js'
import { mergeGroupPayload, pullRequestPayload } from '../support/github-events.js'
import {
  startFakeGitHub,
  type FakeGitHub,
  type FakePullFile,
  type FakeTreeFile,
} from '../support/github-server.js'
import { git, runBundledAction } from '../support/action-runner.js'

const fixture = join(import.meta.dirname, '__fixtures__/monorepo')
const TOKEN = 'ghs_apiBaseTokenThatMustNeverBePrinted'

const scratch = mkdtempSync(join(tmpdir(), 'stackfit-api-base-e2e-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
let counter = 0

/** Files of the chat service the analysis never reads: they must never be fetched. */
const UNREAD: Record<string, Buffer> = {
  'services/chat/static/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]),
  'services/chat/data/sample.csv': Buffer.from('user,message\n1,hello\n'),
  'services/chat/models/intent.onnx': Buffer.from([8, 7, 0, 0, 1]),
}

interface Change {
  base: string
  head: string
  /** The base commit's files, as the fake serves them. */
  tree: Record<string, FakeTreeFile>
  /** The change as GitHub lists it. */
  files: FakePullFile[]
  /** A depth-1 clone of the head. */
  clone: string
}

/**
 * An origin with two commits. At the base, the chat service (SF301) with a few files nobody
 * reads; the head adds the Go llm-gateway with an LLM client (SF101) and edits chat's app.py.
 */
function makeChange(): Change {
  const origin = join(scratch, `origin-${++counter}`)
  cpSync(fixture, origin, { recursive: true })
  const gateway = join(scratch, `gateway-${counter}`)
  cpSync(join(origin, 'services/llm-gateway'), gateway, { recursive: true })
  rmSync(join(origin, 'services/llm-gateway'), { recursive: true })
  for (const [path, bytes] of Object.entries(UNREAD)) {
    mkdirSync(dirname(join(origin, path)), { recursive: true })
    writeFileSync(join(origin, path), bytes)
  }
  git(origin, 'init', '-q', '-b', 'main')
  git(origin, 'add', '-A')
  git(origin, 'commit', '-q', '-m', 'base')
  const base = git(origin, 'rev-parse', 'HEAD')
  const tree: Record<string, FakeTreeFile> = {}
  for (const path of git(origin, 'ls-files').split('\n'))
    tree[path] = readFileSync(join(origin, path))
  cpSync(gateway, join(origin, 'services/llm-gateway'), { recursive: true })
  const chat = join(origin, 'services/chat/app.py')
  writeFileSync(
    chat,
    readFileSync(chat, 'utf8').replace(
      'from flask_socketio import SocketIO, emit',
      'from flask_socketio import SocketIO, emit, send',
    ),
  )
  git(origin, 'add', '-A')
  git(origin, 'commit', '-q', '-m', 'head')
  const head = git(origin, 'rev-parse', 'HEAD')
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
  const clone = join(scratch, `clone-${counter}`)
  git(scratch, 'clone', '-q', '--depth', '1', `file://${origin}`, clone)
  return { base, head, tree, files, clone }
}

/** The workspace without git at all: the head's files copied, `.git` left behind. */
function copyWithoutGit(c: Change): string {
  const dir = join(scratch, `copy-${++counter}`)
  cpSync(c.clone, dir, { recursive: true, filter: (src) => !src.split(/[\\/]/).includes('.git') })
  return dir
}

/** The shallow clone, its origin pointing at a repository that does not exist. */
function cloneWithDeadOrigin(c: Change): string {
  git(c.clone, 'remote', 'set-url', 'origin', `file://${join(scratch, 'nowhere')}`)
  return c.clone
}

function writeEvent(payload: unknown): string {
  const path = join(scratch, `event-${++counter}.json`)
  writeFileSync(path, JSON.stringify(payload))
  return path
}

function pullRequestEvent(c: Change): string {
  const payload = pullRequestPayload({ head: c.head, base: c.base }) as unknown as {
    pull_request: { changed_files: number }
  }
  payload.pull_request.changed_files = c.files.length
  return writeEvent(payload)
}

function mergeGroupEvent(c: Change): string {
  return writeEvent(mergeGroupPayload({ head: c.head, base: c.base }))
}

interface RunResult {
  code: number | null
  stdout: string
  stderr: string
  report: Report
}

async function runAction(
  dir: string,
  c: Change,
  eventName: string,
  event: string,
  inputs: Record<string, string>,
): Promise<RunResult> {
  const jsonFile = join(scratch, `report-${++counter}.json`)
  const run = await runBundledAction({
    dir,
    scratch,
    eventName,
    eventPath: event,
    sha: c.head,
    apiUrl: gh?.url ?? '',
    token: TOKEN,
    inputs: { ...inputs, 'json-file': jsonFile },
  })
  if (!existsSync(jsonFile))
    throw new Error(`no report; the Action printed:\n${run.stdout}${run.stderr}`)
  const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as Report
  return { code: run.code, stdout: run.stdout, stderr: run.stderr, report }
}

const statusOf = (report: Report): string[] =>
  report.findings.map((f) => `${f.ruleId} ${f.service} ${f.status ?? 'unmarked'}`).sort()

/** The base paths whose blobs the fake served, from its request log. */
function fetched(server: FakeGitHub, tree: Record<string, FakeTreeFile>): string[] {
  const byId = new Map<string, string>()
  for (const [path, file] of Object.entries(tree)) {
    const bytes = file as Buffer
    const id = createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex')
    byId.set(id, path)
  }
  return server
    .calls('git/get-blob')
    .map((r) => byId.get(r.path.split('/').pop() as string) ?? `unknown ${r.path}`)
    .sort()
}

let gh: FakeGitHub | undefined
afterEach(async () => {
  const server = gh
  gh = undefined
  if (!server) return
  await server.close()
  expect(server.invalid).toEqual([])
})

describe('the Action reads the base through the GitHub API when git cannot', () => {
  it.each<{ event: 'pull_request' | 'merge_group'; checkout: string; gitReason: RegExp }>([
    {
      event: 'pull_request',
      checkout: 'a copy without .git',
      gitReason: /not a git repository/,
    },
    {
      event: 'merge_group',
      checkout: 'a clone whose origin is gone',
      gitReason: /could not be fetched/,
    },
  ])(
    '$event, $checkout: the new finding fails the build; only the touched service’s files are fetched',
    async ({ event, checkout, gitReason }) => {
      const c = makeChange()
      const dir = checkout.includes('copy') ? copyWithoutGit(c) : cloneWithDeadOrigin(c)
      gh = await startFakeGitHub({
        token: TOKEN,
        state: {
          files: c.files,
          commits: { [c.base]: c.tree },
          comparisons: { [`${c.base}...${c.head}`]: c.files },
        },
      })
      const payload = event === 'pull_request' ? pullRequestEvent(c) : mergeGroupEvent(c)
      const result = await runAction(dir, c, event, payload, { 'fail-on': 'warning' })
      expect(result.stderr).toBe('')
      const printed = result.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'))
      expect(printed.join('\n')).not.toContain(TOKEN)
      expect(statusOf(result.report)).toEqual([
        'SF101 services/llm-gateway new',
        'SF301 services/chat existing',
        // The model file counts by its path and size at both sides; it is never fetched.
        'SF501 services/chat existing',
      ])
      expect(result.report.delta?.services.map((s) => s.root)).toContain('services/llm-gateway')
      expect(result.report.verdict.failOnScope).toBe('new')
      expect(result.code).toBe(1)
      // Where the base came from, and one notice saying why.
      expect(result.stdout).toContain(`base ${c.base.slice(0, 12)}`)
      // The head: listed by git in the clone, walked in the copy git cannot list.
      expect(result.stdout).toContain(
        checkout.includes('copy')
          ? 'stackfit: files listed by walk ('
          : `stackfit: files listed by git ${c.head.slice(0, 12)} (index)`,
      )
      expect(result.stdout).toMatch(/from the GitHub API; \d+ changed paths/)
      const notices = result.stdout
        .split('\n')
        .filter((l) => l.startsWith('::notice::stackfit reads the base'))
      expect(notices).toHaveLength(1)
      expect(notices[0]).toMatch(gitReason)
      expect(notices[0]).toContain('fetch-depth: 0')
      // Only chat's manifest and source at the base: never the other services, binaries or data.
      expect(fetched(gh, c.tree)).toEqual([
        'services/chat/app.py',
        'services/chat/requirements.txt',
      ])
      expect(gh.calls('git/get-tree').map((r) => r.status)).toEqual([200])
      if (event === 'merge_group') {
        expect(gh.calls('pulls/list-files')).toEqual([])
        expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([])
      }
    },
  )

  it.each<{
    name: string
    inputs: Record<string, string>
    state: 'no-token' | 'no-commit'
    reason: RegExp
  }>([
    {
      name: 'without a token',
      // Without a token the base branch's policy cannot be read either: trust the PR's own.
      inputs: { token: '', 'trust-pr-policy': 'true' },
      state: 'no-token',
      reason: /there is no token to read it through the GitHub API/,
    },
    {
      name: 'when GitHub does not have the base commit',
      inputs: {},
      state: 'no-commit',
      reason:
        /through the GitHub API: the GitHub API has no base commit [0-9a-f]{12} in acme\/platform \(404\)/,
    },
  ])(
    '$name: one notice with both reasons, no delta, every finding counts',
    async ({ inputs, state, reason }) => {
      const c = makeChange()
      const dir = copyWithoutGit(c)
      gh = await startFakeGitHub({
        token: TOKEN,
        state: { files: c.files, commits: state === 'no-commit' ? {} : { [c.base]: c.tree } },
      })
      const result = await runAction(dir, c, 'pull_request', pullRequestEvent(c), {
        'fail-on': 'warning',
        comment: 'never',
        ...inputs,
      })
      const notices = result.stdout
        .split('\n')
        .filter((l) => l.startsWith('::notice::stackfit compares with no base'))
      expect(notices).toHaveLength(1)
      expect(notices[0]).toMatch(/not a git repository/)
      expect(notices[0]).toMatch(reason)
      expect(result.report.delta).toBeUndefined()
      expect(result.code).toBe(1)
      expect(gh.calls('git/get-blob')).toEqual([])
    },
  )
})
