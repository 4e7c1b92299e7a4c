import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { readEventContext } from '../../src/github/pull-request.js'

const require = createRequire(import.meta.url)
const examples = require('@octokit/webhooks-examples') as {
  name: string
  examples: Record<string, unknown>[]
}[]

function example(name: string, action?: string): Record<string, unknown> {
  const list = examples.find((e) => e.name === name)?.examples ?? []
  const found = list.find((e) => action === undefined || e['action'] === action)
  if (!found) throw new Error(`no ${name} example`)
  return structuredClone(found)
}

const env = (eventName: string) => ({
  GITHUB_EVENT_NAME: eventName,
  GITHUB_REPOSITORY: 'acme/platform',
  GITHUB_SHA: 'f'.repeat(40),
})

describe('readEventContext', () => {
  it('reads the pull request of a real pull_request payload', () => {
    const payload = example('pull_request', 'opened')
    const pr = payload['pull_request'] as {
      number: number
      head: { sha: string }
      base: { sha: string }
      changed_files: number
    }
    const context = readEventContext(env('pull_request'), payload)
    expect(context).toEqual({
      eventName: 'pull_request',
      owner: 'acme',
      repo: 'platform',
      sha: pr.head.sha,
      defaultBranch: (payload['repository'] as { default_branch: string }).default_branch,
      pullRequest: {
        number: pr.number,
        headSha: pr.head.sha,
        baseSha: pr.base.sha,
        fromFork: false,
        changedFiles: pr.changed_files,
      },
    })
  })

  it('tells a pull request from a fork', () => {
    const payload = example('pull_request', 'synchronize')
    const pr = payload['pull_request'] as {
      head: { repo: { full_name: string } }
      base: { repo: { full_name: string } }
    }
    pr.head.repo.full_name = 'contributor/platform'
    pr.base.repo.full_name = 'acme/platform'
    const context = readEventContext(env('pull_request_target'), payload)
    expect('pullRequest' in context && context.pullRequest?.fromFork).toBe(true)
  })

  it('reads base and head from a merge_group payload, with no pull request', () => {
    const payload = example('merge_group')
    const context = readEventContext(env('merge_group'), payload)
    expect(context).toMatchObject({
      sha: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d',
      mergeGroup: {
        baseSha: '380387fbc80638b734a49e1be1c4dfec1c01b33c',
        headSha: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d',
      },
    })
    expect('pullRequest' in context).toBe(false)
  })

  it.each([
    ['push', example('push')],
    ['workflow_dispatch', example('workflow_dispatch')],
    ['schedule', { schedule: '0 6 * * 1' }],
  ])('has no pull request on %s', (eventName, payload) => {
    const context = readEventContext(env(eventName), payload)
    const repository = (payload as { repository?: { default_branch?: string } }).repository
    expect(context).toEqual({
      eventName,
      owner: 'acme',
      repo: 'platform',
      sha: 'f'.repeat(40),
      ...(repository?.default_branch ? { defaultBranch: repository.default_branch } : {}),
    })
  })

  it('reads GITHUB_REF and the default branch of a real push payload', () => {
    const payload = example('push')
    const context = readEventContext({ ...env('push'), GITHUB_REF: 'refs/heads/master' }, payload)
    expect(context).toMatchObject({ ref: 'refs/heads/master', defaultBranch: 'master' })
  })

  it('ignores a pull_request payload without a usable number', () => {
    const payload = example('pull_request', 'opened')
    delete payload['number']
    ;(payload['pull_request'] as Record<string, unknown>)['number'] = 'seven'
    expect('pullRequest' in readEventContext(env('pull_request'), payload)).toBe(false)
  })

  it('reports a missing repository instead of throwing', () => {
    expect(readEventContext({ GITHUB_EVENT_NAME: 'push' }, null)).toEqual({
      problem: 'GITHUB_REPOSITORY is not set to owner/name',
    })
  })
})
