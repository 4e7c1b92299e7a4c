import { afterEach, describe, expect, it } from 'vitest'
import { createGitHubClient } from '../../src/github/client.js'
import {
  explainFailure,
  publishToPullRequest,
  type PublishSettings,
} from '../../src/github/publish.js'
import type { EventContext } from '../../src/github/pull-request.js'
import { readFingerprintMarker } from '../../src/core/5-report/publish/markers.js'
import { finding, report } from '../action/fixtures.js'
import { ACTIONS_BOT, startFakeGitHub, type FakeGitHub } from '../support/github-server.js'

const TOKEN = 'ghs_publishTestToken'
const settings: PublishSettings = {
  reportKey: 'default',
  comment: 'on-findings',
  reviewComments: true,
  maxReviewComments: 1,
}
const event = (fromFork = false): EventContext => ({
  eventName: 'pull_request',
  owner: 'acme',
  repo: 'platform',
  sha: 'a'.repeat(40),
  pullRequest: { number: 42, headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40), fromFork },
})
const goMod = finding('SF101', 'warning', {
  path: 'services/llm-gateway/go.mod',
  line: 2,
  detail: 'requires go-openai',
})
const app = finding('SF301', 'notice', {
  path: 'services/chat/app.py',
  line: 1,
  detail: 'import flask_socketio',
})
const files = [
  {
    filename: 'services/llm-gateway/go.mod',
    status: 'added' as const,
    patch: '@@ -0,0 +1,2 @@\n+module gw\n+require github.com/sashabaranov/go-openai v1.20.0',
  },
  {
    filename: 'services/chat/app.py',
    status: 'added' as const,
    patch: '@@ -0,0 +1,1 @@\n+from flask_socketio import SocketIO',
  },
]

let gh: FakeGitHub
afterEach(async () => {
  expect(gh.invalid).toEqual([])
  await gh.close()
})

function publish(findings = [goMod, app], fromFork = false) {
  return publishToPullRequest({
    client: createGitHubClient(TOKEN, { baseUrl: gh.url }),
    event: event(fromFork),
    settings,
    report: report(findings),
    findings,
  })
}

describe('publishToPullRequest', () => {
  it('caps review comments and says so in the sticky comment', async () => {
    gh = await startFakeGitHub({ token: TOKEN, state: { files } })
    const outcome = await publish()
    expect(outcome.messages).toEqual([])
    expect([...outcome.changedFiles]).toEqual([
      'services/chat/app.py',
      'services/llm-gateway/go.mod',
    ])
    expect(
      gh.state.reviewComments.map((c) => readFingerprintMarker(c.body, 'default')?.fingerprint),
    ).toEqual([goMod.fingerprint])
    expect(gh.state.issueComments[0]?.body).toContain(
      '1 more finding on changed lines was not posted',
    )
    expect(gh.state.issueComments[0]?.user).toEqual(ACTIONS_BOT)
  })

  it('recognises its comments by login when GET /user answers', async () => {
    gh = await startFakeGitHub({
      token: TOKEN,
      state: { files, canGetUser: true, tokenUser: { login: 'stackfit-ci', id: 7, type: 'User' } },
    })
    await publish()
    await publish()
    expect(gh.state.issueComments).toHaveLength(1)
    expect(gh.calls('pulls/create-review')).toHaveLength(2)
    expect(gh.state.reviewComments).toHaveLength(2)
  })

  it('does nothing but log without a pull request', async () => {
    gh = await startFakeGitHub({ token: TOKEN })
    const push: EventContext = {
      eventName: 'push',
      owner: 'acme',
      repo: 'platform',
      sha: 'a'.repeat(40),
    }
    const outcome = await publishToPullRequest({
      client: createGitHubClient(TOKEN, { baseUrl: gh.url }),
      event: push,
      settings,
      report: report([goMod]),
      findings: [goMod],
    })
    expect(gh.requests).toEqual([])
    expect(outcome.log).toEqual(['No pull request for the push event: no comment or review.'])
  })

  it('turns a 404 on the file list into one warning and still comments', async () => {
    gh = await startFakeGitHub({ token: TOKEN, state: { files } })
    gh.fault({ operationId: 'pulls/list-files', status: 404, message: 'Not Found' })
    const outcome = await publish()
    expect(outcome.messages).toHaveLength(1)
    expect(outcome.messages[0]?.text).toContain('`pull-requests: read`')
    expect(gh.state.issueComments).toHaveLength(1)
    expect(gh.state.reviewComments).toEqual([])
  })
})

describe('explainFailure', () => {
  const forbidden = { status: 403, message: 'Resource not accessible by integration' }
  it.each([
    [
      forbidden,
      'comment',
      true,
      'notice',
      /needs `pull-requests: write` to comment; this pull request comes from a fork/,
    ],
    [forbidden, 'post review comments', false, 'warning', /add a `permissions:` block/],
    [
      { status: 401, message: 'Bad credentials' },
      'comment',
      false,
      'warning',
      /rejected the token \(401\)/,
    ],
    [
      { status: 502, message: 'Bad Gateway' },
      'comment',
      false,
      'warning',
      /failed after retries \(502/,
    ],
    [new Error('socket hang up'), 'comment', false, 'warning', /network error: socket hang up/],
  ] as const)('%o on %s (fork=%s) → %s', (error, action, fork, level, text) => {
    const message = explainFailure(error, action, fork)
    expect(message.level).toBe(level)
    expect(message.text).toMatch(text)
    expect(message.text).toContain('results are in the job summary and annotations')
  })
})
