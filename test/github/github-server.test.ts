import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from '../support/github-server.js'

const TOKEN = 'ghs_fakeTokenForTests'
let gh: FakeGitHub

beforeEach(async () => {
  gh = await startFakeGitHub({ token: TOKEN })
})
afterEach(async () => {
  await gh.close()
})

async function call(
  method: string,
  path: string,
  body?: unknown,
  token = TOKEN,
): Promise<{ status: number; data: unknown; link: string | null }> {
  const res = await fetch(gh.url + path, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  })
  return { status: res.status, data: await res.json(), link: res.headers.get('link') }
}

describe('fake GitHub server', () => {
  it('serves a valid request and records it under its operation id', async () => {
    const res = await call('POST', '/repos/acme/platform/issues/42/comments', { body: 'hello' })
    expect(res.status).toBe(201)
    expect(gh.invalid).toEqual([])
    expect(gh.calls('issues/create-comment')).toHaveLength(1)
    expect(gh.state.issueComments.map((c) => c.body)).toEqual(['hello'])
  })

  it.each([
    [
      'a body missing a required property',
      'POST',
      '/repos/acme/platform/issues/42/comments',
      { text: 'hello' },
      /issues\/create-comment.*body/,
    ],
    [
      'a wrongly typed body property',
      'PATCH',
      '/repos/acme/platform/issues/comments/1',
      { body: 5 },
      /body: data\/body must be string/,
    ],
    [
      'a path parameter of the wrong type',
      'GET',
      '/repos/acme/platform/pulls/forty-two/files',
      undefined,
      /path parameter pull_number/,
    ],
    [
      'an unknown query parameter',
      'GET',
      '/repos/acme/platform/issues/42/comments?perpage=100',
      undefined,
      /unknown query parameter perpage/,
    ],
    [
      'a query parameter outside its enum',
      'GET',
      '/repos/acme/platform/pulls/42/comments?sort=size',
      undefined,
      /query parameter sort/,
    ],
    [
      'a review event GitHub does not know',
      'POST',
      '/repos/acme/platform/pulls/42/reviews',
      { event: 'COMMENTED' },
      /pulls\/create-review.*event/,
    ],
    [
      'a path that is no operation',
      'GET',
      '/repos/acme/platform/not-a-thing',
      undefined,
      /no such operation/,
    ],
  ])('refuses %s with 400/404 and records it', async (_, method, path, body, pattern) => {
    const res = await call(method, path, body)
    expect([400, 404]).toContain(res.status)
    expect(gh.invalid).toHaveLength(1)
    expect(gh.invalid[0]).toMatch(pattern)
  })

  it('refuses a wrong token', async () => {
    const res = await call('GET', '/repos/acme/platform/issues/42/comments', undefined, 'other')
    expect(res.status).toBe(401)
  })

  it('pages lists with Link headers', async () => {
    for (let i = 0; i < 150; i++)
      gh.state.issueComments.push({
        id: i + 1,
        body: `c${i}`,
        user: { login: 'octocat', id: 1, type: 'User' },
      })
    const first = await call('GET', '/repos/acme/platform/issues/42/comments?per_page=100')
    expect((first.data as unknown[]).length).toBe(100)
    expect(first.link).toContain('page=2>; rel="next"')
    const second = await call('GET', '/repos/acme/platform/issues/42/comments?per_page=100&page=2')
    expect((second.data as unknown[]).length).toBe(50)
    expect(second.link).not.toContain('rel="next"')
  })

  it('answers injected faults a given number of times', async () => {
    gh.fault({ operationId: 'pulls/list-files', status: 502, times: 1 })
    expect((await call('GET', '/repos/acme/platform/pulls/42/files')).status).toBe(502)
    expect((await call('GET', '/repos/acme/platform/pulls/42/files')).status).toBe(200)
  })

  it('refuses a review with a comment outside the diff, as GitHub does', async () => {
    gh.state.files = [
      {
        filename: 'a/go.mod',
        status: 'modified',
        patch: '@@ -1,2 +1,3 @@\n module a\n+require x v1\n go 1.22',
      },
    ]
    const outside = await call('POST', '/repos/acme/platform/pulls/42/reviews', {
      event: 'COMMENT',
      body: 'r',
      comments: [
        { path: 'a/go.mod', line: 2, side: 'RIGHT', body: 'ok' },
        { path: 'a/go.mod', line: 9, side: 'RIGHT', body: 'outside' },
      ],
    })
    expect(outside.status).toBe(422)
    expect(gh.state.reviewComments).toEqual([])
    const inside = await call('POST', '/repos/acme/platform/pulls/42/reviews', {
      event: 'COMMENT',
      body: 'r',
      comments: [{ path: 'a/go.mod', line: 2, side: 'RIGHT', body: 'ok' }],
    })
    expect(inside.status).toBe(200)
    expect(gh.state.reviewComments.map((c) => [c.path, c.line])).toEqual([['a/go.mod', 2]])
    expect(gh.invalid).toEqual([])
  })
})
