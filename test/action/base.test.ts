import { describe, expect, it } from 'vitest'
import { defaultFailOnScope, eventBase, openActionBase } from '../../src/action/base.js'
import { parseInputs } from '../../src/action/inputs.js'
import type { EventContext } from '../../src/github/pull-request.js'

const SHA = 'a'.repeat(40)
const context: EventContext = { eventName: 'push', owner: 'acme', repo: 'platform', sha: SHA }

describe('the default fail-on-scope per event', () => {
  it.each([
    ['pull_request', 'new'],
    ['pull_request_target', 'new'],
    ['merge_group', 'new'],
    ['push', 'all'],
    ['schedule', 'all'],
    ['workflow_dispatch', 'all'],
  ])('%s → %s', (event, scope) => {
    expect(defaultFailOnScope(event)).toBe(scope)
  })
})

describe('the base commit of an event', () => {
  it.each<[string, EventContext, ReturnType<typeof eventBase>]>([
    ['push', context, undefined],
    [
      'pull_request',
      {
        ...context,
        eventName: 'pull_request',
        pullRequest: { number: 1, headSha: SHA, baseSha: 'b'.repeat(40), fromFork: false },
      },
      { sha: 'b'.repeat(40), source: 'pull_request.base.sha' },
    ],
    [
      'merge_group',
      {
        ...context,
        eventName: 'merge_group',
        mergeGroup: { baseSha: 'c'.repeat(40), headSha: SHA },
      },
      { sha: 'c'.repeat(40), source: 'merge_group.base_sha' },
    ],
  ])('%s', (_name, event, expected) => {
    expect(eventBase(event)).toEqual(expected)
  })

  it.each(['', 'main', '--upload-pack=touch x', 'a'.repeat(39)])(
    'refuses %j as a base before running git',
    (sha) => {
      const result = openActionBase('.', sha)
      expect(result).toEqual({ ok: false, message: expect.stringContaining('not a commit id') })
    },
  )
})

describe('the fail-on-scope and scope inputs', () => {
  const parse = (values: Record<string, string>) => parseInputs((name) => values[name] ?? '')
  it.each([
    [{}, {}],
    [{ 'fail-on-scope': 'new' }, { failOnScope: 'new' }],
    [{ 'fail-on-scope': 'ALL' }, { failOnScope: 'all' }],
    [{ scope: 'all' }, { scope: 'all' }],
    [{ scope: 'changed' }, { scope: 'changed' }],
  ])('%j', (values, expected) => {
    const result = parse(values)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect({
      ...(result.inputs.failOnScope ? { failOnScope: result.inputs.failOnScope } : {}),
      ...(result.inputs.scope ? { scope: result.inputs.scope } : {}),
    }).toEqual(expected)
  })

  it.each([
    [
      { 'fail-on-scope': 'changed' },
      'Input "fail-on-scope" must be one of new, all (got "changed").',
    ],
    [{ scope: 'new' }, 'Input "scope" must be one of changed, all (got "new").'],
  ])('%j is refused', (values, problem) => {
    expect(parse(values)).toEqual({ ok: false, problems: [problem] })
  })
})
