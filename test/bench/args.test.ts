import { describe, expect, it } from 'vitest'
import {
  DEFAULT_GENERATE,
  DEFAULT_STACKFIT,
  DEFAULT_STARTUP,
  expandTemplate,
  parseBenchArgs,
  usesPlaceholder,
} from '../../bench/lib/args.mjs'

function options(argv: string[]) {
  const parsed = parseBenchArgs(argv)
  if (!parsed.ok) throw new Error(parsed.problem)
  return parsed.options
}

describe('parseBenchArgs', () => {
  it('defaults to a generated tree, 5 runs, the built CLI and the peers', () => {
    expect(options([])).toMatchObject({
      trees: [],
      generate: [DEFAULT_GENERATE],
      replicate: [],
      runs: 5,
      warmup: 1,
      times: 20,
      seed: 1,
      timeoutS: 900,
      stackfit: DEFAULT_STACKFIT,
      startup: DEFAULT_STARTUP,
      peers: true,
      lexFloor: true,
      json: null,
    })
  })

  it('takes repeated trees, a replica and extra commands', () => {
    const o = options([
      '--tree',
      '../serverless-patterns',
      '--tree',
      '../other',
      '--replicate',
      '../serverless-patterns',
      '--times',
      '10',
      '--runs',
      '7',
      '--command',
      'stackfit (PR)=node dist/cli.js scan {tree} --changed-files {changed}',
      '--no-peers',
      '--no-lex-floor',
      '--no-startup',
      '--json',
      'bench/results/today.json',
    ])
    expect(o.trees).toEqual(['../serverless-patterns', '../other'])
    expect(o.generate).toEqual([])
    expect(o.replicate).toEqual(['../serverless-patterns'])
    expect(o.times).toBe(10)
    expect(o.runs).toBe(7)
    expect(o.commands).toEqual([
      {
        label: 'stackfit (PR)',
        template: 'node dist/cli.js scan {tree} --changed-files {changed}',
      },
    ])
    expect(o.peers).toBe(false)
    expect(o.lexFloor).toBe(false)
    expect(o.startup).toBeNull()
    expect(o.json).toBe('bench/results/today.json')
  })

  it.each([
    { argv: ['--runs', '0'], problem: /--runs must be an integer ≥ 1/ },
    { argv: ['--runs', 'five'], problem: /--runs/ },
    { argv: ['--generate', '2.5'], problem: /--generate/ },
    { argv: ['--times', '1'], problem: /--times must be an integer ≥ 2/ },
    { argv: ['--command', 'no-equals-sign'], problem: /--command must be <label>=<template>/ },
    { argv: ['--command', '=node x'], problem: /--command/ },
    { argv: ['--frobnicate'], problem: /frobnicate/ },
    { argv: ['stray'], problem: /stray/ },
  ])('rejects $argv', ({ argv, problem }) => {
    const parsed = parseBenchArgs(argv)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.problem).toMatch(problem)
  })
})

describe('expandTemplate', () => {
  const values = {
    node: '/opt/node/bin/node',
    tree: 'bench/.trees/gen-20000-s1',
    out: '/tmp/x/out-1',
  }

  it.each([
    {
      template: DEFAULT_STACKFIT,
      argv: [
        '/opt/node/bin/node',
        'dist/cli.js',
        'scan',
        'bench/.trees/gen-20000-s1',
        '--format',
        'json',
        '-q',
        '-o',
        '/tmp/x/out-1',
      ],
    },
    { template: '  {node}   -e 0 ', argv: ['/opt/node/bin/node', '-e', '0'] },
    {
      template: `{node} -e "console.log('a b')"`,
      argv: ['/opt/node/bin/node', '-e', "console.log('a b')"],
    },
    {
      template: "peer '{tree}/with space' --output={out}",
      argv: ['peer', 'bench/.trees/gen-20000-s1/with space', '--output=/tmp/x/out-1'],
    },
    { template: 'x {unknown} {tree}', argv: ['x', '{unknown}', 'bench/.trees/gen-20000-s1'] },
    { template: "x 'unclosed quote", argv: ['x', 'unclosed quote'] },
    { template: "x '' y", argv: ['x', '', 'y'] },
  ])('$template', ({ template, argv }) => {
    expect(expandTemplate(template, values)).toEqual(argv)
  })

  it('knows which placeholders a template uses', () => {
    expect(usesPlaceholder(DEFAULT_STACKFIT, 'out')).toBe(true)
    expect(usesPlaceholder(DEFAULT_STACKFIT, 'changed')).toBe(false)
  })
})
