/**
 * End to end with the Actions cache: the bundled Action's run on a push to the default branch
 * saves the snapshot of that commit; a `pull_request` and a `merge_group` run on a shallow
 * checkout of a change based on it restore it, analyse only the touched service, and report what
 * the same run reports without the cache. The cache service is the local fake of
 * test/support/cache-server.ts, spoken to by the real `@actions/cache` client.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src/core/model.js'
import { renderJson } from '../../src/core/5-report/json.js'
import { mergeGroupPayload, pullRequestPayload } from '../support/github-events.js'
import { startFakeCacheService, type FakeCacheService } from '../support/cache-server.js'
import { git, runBundledAction } from '../support/action-runner.js'

const require = createRequire(import.meta.url)
const fixture = join(import.meta.dirname, '__fixtures__/monorepo')
const scratch = mkdtempSync(join(tmpdir(), 'stackfit-snapshot-e2e-'))
const TOKEN = 'runtime-token-for-the-e2e-tests'
let cache: FakeCacheService
/** What a runner sets for a job that may use the cache. */
let cacheEnv: Record<string, string> = {}
const keys = (): string[] => cache.entries.filter((e) => e.finalized).map((e) => e.key)
let base = ''
let head = ''
let mainCheckout = ''
let headCheckout = ''
let counter = 0

beforeAll(async () => {
  cache = await startFakeCacheService(TOKEN)
  cacheEnv = {
    ACTIONS_CACHE_SERVICE_V2: 'True',
    ACTIONS_RESULTS_URL: cache.url,
    ACTIONS_RUNTIME_TOKEN: TOKEN,
    GITHUB_SERVER_URL: 'https://github.com',
  }
  const origin = join(scratch, 'origin')
  cpSync(fixture, origin, { recursive: true })
  git(origin, 'init', '-q', '-b', 'main')
  git(origin, 'add', '-A')
  git(origin, 'commit', '-q', '-m', 'base')
  base = git(origin, 'rev-parse', 'HEAD')
  mainCheckout = join(scratch, 'main')
  git(scratch, 'clone', '-q', '--depth', '1', `file://${origin}`, mainCheckout)
  // The change: the chat service gains an LLM client.
  const chat = join(origin, 'services/chat/app.py')
  writeFileSync(chat, `import openai\n${readFileSync(chat, 'utf8')}`)
  git(origin, 'commit', '-q', '-am', 'head')
  head = git(origin, 'rev-parse', 'HEAD')
  headCheckout = join(scratch, 'head')
  git(scratch, 'clone', '-q', '--depth', '1', `file://${origin}`, headCheckout)
})

afterAll(async () => {
  await cache.close()
  expect(cache.invalid).toEqual([])
  rmSync(scratch, { recursive: true, force: true })
})

function writeEvent(payload: unknown): string {
  const path = join(scratch, `event-${++counter}.json`)
  writeFileSync(path, JSON.stringify(payload))
  return path
}

function pushPayload(): unknown {
  const examples = require('@octokit/webhooks-examples') as {
    name: string
    examples: Record<string, unknown>[]
  }[]
  const payload = structuredClone(examples.find((e) => e.name === 'push')?.examples[0]) as {
    ref: string
    after: string
    repository: { full_name: string; default_branch: string }
  }
  payload.ref = 'refs/heads/main'
  payload.after = base
  payload.repository.full_name = 'acme/platform'
  payload.repository.default_branch = 'main'
  return payload
}

async function run(
  dir: string,
  eventName: string,
  payload: unknown,
  sha: string,
  ref: string,
  inputs: Record<string, string> = {},
) {
  const jsonFile = join(scratch, `report-${++counter}.json`)
  const outcome = await runBundledAction({
    dir,
    scratch,
    eventName,
    eventPath: writeEvent(payload),
    sha,
    apiUrl: '',
    token: '',
    inputs: {
      comment: 'never',
      'review-comments': 'false',
      // No token here: the policy comes from the checkout.
      'trust-pr-policy': 'true',
      ...inputs,
      'json-file': jsonFile,
    },
    env: { ...cacheEnv, GITHUB_REF: ref },
  })
  expect(outcome.code, outcome.stdout + outcome.stderr).toBe(0)
  return { ...outcome, report: JSON.parse(readFileSync(jsonFile, 'utf8')) as Report }
}

describe('the Action with the Actions cache', () => {
  it('saves the snapshot on a push to the default branch, once', async () => {
    const first = await run(mainCheckout, 'push', pushPayload(), base, 'refs/heads/main')
    expect(first.stdout).toMatch(/saved the snapshot of this commit for pull requests/)
    expect(keys()).toEqual([expect.stringMatching(new RegExp(`^stackfit-snapshot-.*-${base}$`))])
    // A second run of the same commit cannot overwrite it, and says so.
    const again = await run(mainCheckout, 'push', pushPayload(), base, 'refs/heads/main')
    expect(again.stdout).toMatch(/did not save the snapshot of this commit/)
    // A push elsewhere writes none.
    const other = await run(mainCheckout, 'push', pushPayload(), base, 'refs/heads/feature')
    expect(other.stdout).not.toMatch(/save the snapshot|saved the snapshot/)
    expect(keys()).toHaveLength(1)
  }, 60_000)

  it.each([
    ['pull_request', () => pullRequestPayload({ head, base }), 'refs/pull/42/merge'],
    [
      'merge_group',
      () => mergeGroupPayload({ head, base }),
      'refs/heads/gh-readonly-queue/main/pr-42',
    ],
  ])(
    '%s: analyses only the touched service from the snapshot, with the same report',
    async (eventName, payload, ref) => {
      const fast = await run(headCheckout, eventName, payload(), head, ref)
      expect(fast.stdout).toMatch(
        /analysed from the base's snapshot: 1 touched unit, \d+ files listed/,
      )
      const slow = await run(headCheckout, eventName, payload(), head, ref, { cache: 'false' })
      expect(slow.stdout).not.toMatch(/snapshot of the base|base's snapshot/)
      expect(fast.report.delta?.touched).toEqual(['services/chat'])
      expect(renderJson(fast.report)).toBe(renderJson(slow.report))
    },
    60_000,
  )

  it('without a snapshot of the base analyses the whole head, and says why', async () => {
    const other = pullRequestPayload({ head, base: head })
    const result = await run(headCheckout, 'pull_request', other, head, 'refs/pull/42/merge')
    expect(result.stdout).toMatch(/no snapshot of the base in the cache/)
  }, 60_000)
})
