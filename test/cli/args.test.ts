import { describe, expect, it } from 'vitest'
import { parseCliArgs } from '../../src/cli/args.js'

describe('parseCliArgs', () => {
  it.each([
    [['scan'], { name: 'scan', dir: '.', format: 'text', failOn: 'error', quiet: false }],
    [
      ['scan', 'repo', '--format', 'json', '-o', 'out.json', '--fail-on', 'warning', '-q'],
      {
        name: 'scan',
        dir: 'repo',
        format: 'json',
        output: 'out.json',
        failOn: 'warning',
        quiet: true,
      },
    ],
    [
      ['scan', '--no-color'],
      { name: 'scan', dir: '.', format: 'text', failOn: 'error', quiet: false, color: false },
    ],
    [
      ['scan', '--low-memory'],
      { name: 'scan', dir: '.', format: 'text', failOn: 'error', quiet: false, lowMemory: true },
    ],
    [['rules', '-f', 'markdown'], { name: 'rules', format: 'markdown' }],
    [
      ['explain', 'services/a', '--root', 'x'],
      { name: 'explain', service: 'services/a', root: 'x' },
    ],
    [['--version'], { name: 'version' }],
    [[], { name: 'help' }],
  ])('parses %j', (argv, command) => {
    expect(parseCliArgs(argv)).toEqual({ ok: true, command })
  })

  it.each([
    [
      ['scan', '--format', 'yaml'],
      '--format must be one of text, json, markdown, sarif (got "yaml")',
    ],
    [
      ['scan', '--fail-on', 'errors'],
      '--fail-on must be one of error, warning, notice, never (got "errors")',
    ],
    [['scan', 'a', 'b'], 'scan takes one directory (got 2)'],
    [['lint'], 'unknown command "lint" (expected scan, rules or explain)'],
    [['explain'], 'explain takes exactly one service directory'],
    [['rules', '--format', 'sarif'], '--format must be one of text, json, markdown (got "sarif")'],
  ])('rejects %j with one line', (argv, problem) => {
    expect(parseCliArgs(argv)).toEqual({ ok: false, problem })
  })

  it('rejects unknown flags with a one-line reason', () => {
    const parsed = parseCliArgs(['scan', '--frmat', 'json'])
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) {
      expect(parsed.problem).toContain('--frmat')
      expect(parsed.problem).not.toContain('\n')
    }
  })
})
