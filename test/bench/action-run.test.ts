import { createRequire } from 'node:module'
import * as core from '@actions/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  ACTION_INPUTS,
  NO_API_URL,
  actionEnv,
  checkReport,
  inputVariable,
  pullRequestEvent,
  pushEvent,
} from '../../bench/lib/action-run.mjs'
import { eventBase } from '../../src/action/base.js'
import { parseInputs } from '../../src/action/inputs.js'
import { readEventContext } from '../../src/github/pull-request.js'

const require = createRequire(import.meta.url)
type Example = { name: string; examples: Record<string, unknown>[] }
const EXAMPLES = require('@octokit/webhooks-examples') as Example[]

const BASE = 'a'.repeat(40)
const HEAD = 'b'.repeat(40)

/** Every leaf of a JSON value as [path, typeof], arrays as their own type. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k))
  return [[path, Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value]]
}

function at(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
      value,
    )
}

function example(name: string, action?: string): Record<string, unknown> {
  const found = EXAMPLES.find((e) => e.name === name)?.examples.find(
    (e) => action === undefined || e['action'] === action,
  )
  if (!found) throw new Error(`no ${name} example`)
  return found
}

describe('event payloads', () => {
  it.each([
    {
      name: 'pull_request',
      payload: pullRequestEvent({ base: BASE, head: HEAD, headRef: 'pr-small' }),
      real: example('pull_request', 'synchronize'),
    },
    {
      name: 'push',
      payload: pushEvent({ before: BASE, after: HEAD, ref: 'pr-small' }),
      real: example('push'),
    },
  ])(
    'every field of the $name payload is in the real example, with its type',
    ({ payload, real }) => {
      for (const [path, type] of leaves(payload)) {
        const value = at(real, path)
        expect({ path, type: Array.isArray(value) ? 'array' : typeof value }).toEqual({
          path,
          type,
        })
      }
    },
  )

  it.each([
    {
      eventName: 'pull_request' as const,
      payload: pullRequestEvent({ base: BASE, head: HEAD, headRef: 'pr-large' }),
      expected: { sha: HEAD, base: BASE, pr: true },
    },
    {
      eventName: 'push' as const,
      payload: pushEvent({ before: BASE, after: HEAD, ref: 'pr-large' }),
      expected: { sha: HEAD, base: undefined, pr: false },
    },
  ])('the Action reads the $eventName event as meant', ({ eventName, payload, expected }) => {
    const env = actionEnv({
      workspace: 'w',
      scratch: 's',
      eventName,
      eventPath: 's/event.json',
      sha: HEAD,
      ref: 'refs/heads/pr-large',
      outputFile: 's/out',
      summaryFile: 's/summary',
    })
    const context = readEventContext(env, JSON.parse(JSON.stringify(payload)))
    if ('problem' in context) throw new Error(context.problem)
    expect(context.sha).toBe(expected.sha)
    expect(context.pullRequest !== undefined).toBe(expected.pr)
    expect(context.pullRequest?.fromFork ?? false).toBe(false)
    expect(eventBase(context)?.sha).toBe(expected.base)
  })
})

describe('inputVariable', () => {
  it.each([
    ['token', 'INPUT_TOKEN'],
    ['json-file', 'INPUT_JSON-FILE'],
    ['review-comments', 'INPUT_REVIEW-COMMENTS'],
    ['my input', 'INPUT_MY_INPUT'],
  ])('%s → %s', (name, variable) => expect(inputVariable(name)).toBe(variable))
})

describe('actionEnv', () => {
  afterEach(() => vi.unstubAllEnvs())

  const env = actionEnv({
    workspace: 'history',
    scratch: 'scratch',
    eventName: 'pull_request',
    eventPath: 'scratch/event.json',
    sha: HEAD,
    ref: 'refs/pull/1/merge',
    outputFile: 'scratch/output',
    summaryFile: 'scratch/summary.md',
    inputs: { 'json-file': 'scratch/report.json' },
    path: '/bin',
    home: 'home',
  })

  it('gives the Action the inputs of the benchmark, read as @actions/core reads them', () => {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value)
    const parsed = parseInputs((name) => core.getInput(name))
    if (!parsed.ok) throw new Error(parsed.problems.join(' '))
    expect(parsed.inputs).toMatchObject({
      token: '',
      comment: 'never',
      reviewComments: false,
      trustPrPolicy: true,
      failOn: 'never',
      failOnGiven: true,
      jsonFile: 'scratch/report.json',
      path: '.',
    })
    expect(ACTION_INPUTS.every((i) => i.why.length > 0)).toBe(true)
  })

  it('points the API at a closed loopback port and passes on nothing else of the environment', () => {
    expect(env['GITHUB_API_URL']).toBe(NO_API_URL)
    expect(new URL(NO_API_URL).hostname).toBe('127.0.0.1')
    expect(env['GITHUB_WORKSPACE']).toBe('history')
    expect(env['RUNNER_TEMP']).toBe('scratch')
    expect(env['GITHUB_OUTPUT']).toBe('scratch/output')
    expect(env['GITHUB_STEP_SUMMARY']).toBe('scratch/summary.md')
    const foreign = Object.keys(env).filter(
      (k) => !/^(GITHUB_|INPUT_|RUNNER_TEMP$|GIT_CONFIG_|CI$|PATH$|HOME$)/.test(k),
    )
    expect(foreign).toEqual([])
  })
})

describe('checkReport', () => {
  const report = (delta?: unknown) => JSON.stringify({ services: [], findings: [], delta })
  it.each([
    { text: null, touched: null, problem: 'wrote no JSON report' },
    { text: '{"services": [', touched: null, problem: 'the JSON report does not parse' },
    { text: report(), touched: null, problem: null },
    {
      text: report({ touched: ['copy-01/services/a'] }),
      touched: null,
      problem: 'a full scan reported a delta against a base',
    },
    {
      text: report(),
      touched: 'copy-01/services/a',
      problem: 'the report has no delta: no base was read',
    },
    {
      text: report({ touched: ['copy-01/services/b'] }),
      touched: 'copy-01/services/a',
      problem: 'the delta does not name copy-01/services/a (touched: copy-01/services/b)',
    },
    {
      text: report({ touched: [] }),
      touched: 'copy-01/services/a',
      problem: 'the delta does not name copy-01/services/a (touched: none)',
    },
    {
      text: report({ touched: ['copy-01/services/a', 'copy-01/services/b'] }),
      touched: 'copy-01/services/a',
      problem: null,
    },
  ])('$problem', ({ text, touched, problem }) => {
    expect(checkReport(text, touched)).toBe(problem)
  })
})
