import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { INPUTS, parseInputs, renderInputsTable } from '../../src/action/inputs.js'

const root = join(import.meta.dirname, '../..')
const actionYml = readFileSync(join(root, 'action.yml'), 'utf8')

function from(values: Record<string, string>): (name: string) => string {
  return (name) => values[name] ?? ''
}

describe('parseInputs', () => {
  it('applies the code defaults when every input is empty', () => {
    expect(parseInputs(from({ token: 'ghs_x' }))).toEqual({
      ok: true,
      inputs: {
        path: '.',
        failOn: 'error',
        comment: 'on-findings',
        reviewComments: true,
        maxReviewComments: 20,
        annotations: true,
        reportKey: 'default',
        cache: true,
        token: 'ghs_x',
        trustPrPolicy: false,
      },
    })
  })

  it('reads every input', () => {
    const result = parseInputs(
      from({
        path: 'services',
        config: 'policy/stackfit.yml',
        'fail-on': 'Warning',
        comment: 'always',
        'review-comments': 'off',
        'max-review-comments': '5',
        annotations: 'false',
        'sarif-file': 'out/stackfit.sarif',
        'json-file': 'out/stackfit.json',
        'report-key': 'backend.v2',
        cache: 'false',
        token: 't',
        'trust-pr-policy': 'true',
      }),
    )
    expect(result).toEqual({
      ok: true,
      inputs: {
        path: 'services',
        config: 'policy/stackfit.yml',
        failOn: 'warning',
        failOnGiven: true,
        comment: 'always',
        reviewComments: false,
        maxReviewComments: 5,
        annotations: false,
        sarifFile: 'out/stackfit.sarif',
        jsonFile: 'out/stackfit.json',
        reportKey: 'backend.v2',
        cache: false,
        token: 't',
        trustPrPolicy: true,
      },
    })
  })

  it.each([
    [
      'fail-on',
      'errors',
      'Input "fail-on" must be one of error, warning, notice, never (got "errors").',
    ],
    [
      'comment',
      'sometimes',
      'Input "comment" must be one of always, on-findings, never (got "sometimes").',
    ],
    ['review-comments', 'maybe', 'Input "review-comments" must be true or false (got "maybe").'],
    ['annotations', '1', 'Input "annotations" must be true or false (got "1").'],
    [
      'max-review-comments',
      '-3',
      'Input "max-review-comments" must be a whole number from 0 to 100 (got "-3").',
    ],
    [
      'max-review-comments',
      '500',
      'Input "max-review-comments" must be a whole number from 0 to 100 (got "500").',
    ],
    [
      'report-key',
      'a b',
      'Input "report-key" must be 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit (got "a b").',
    ],
  ])(
    'rejects %s=%s with one line naming the input and the accepted values',
    (name, value, message) => {
      expect(parseInputs(from({ [name]: value }))).toEqual({ ok: false, problems: [message] })
    },
  )

  it('collects every problem in one round trip', () => {
    const result = parseInputs(from({ 'fail-on': 'x', comment: 'y' }))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems).toHaveLength(2)
  })
})

describe('action.yml and the inputs table', () => {
  const yml = parse(actionYml) as {
    runs: { using: string; main: string }
    inputs: Record<string, { default?: string; description: string }>
    outputs: Record<string, unknown>
  }

  it('runs the bundled action on node24', () => {
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('declares exactly the inputs of the code table, with no default except the token', () => {
    expect(Object.keys(yml.inputs).sort()).toEqual(INPUTS.map((i) => i.name).sort())
    const withDefault = Object.entries(yml.inputs)
      .filter(([, v]) => v.default !== undefined)
      .map(([k]) => k)
    expect(withDefault).toEqual(['token'])
  })

  it('declares the outputs main.ts sets', () => {
    const mainSource = readFileSync(join(root, 'src/action/main.ts'), 'utf8')
    const set = [...mainSource.matchAll(/core\.setOutput\('([a-z-]+)'/g)].map((m) => m[1]).sort()
    expect(Object.keys(yml.outputs).sort()).toEqual(set)
  })

  it('renders a README table row per input with its code default', () => {
    const table = renderInputsTable(actionYml)
    for (const input of INPUTS) expect(table).toContain(`| \`${input.name}\` |`)
    expect(table).toMatch(/\| `fail-on` \| .*`never`.* \| `error` \|/)
    expect(table).toContain('| `conclusion` |')
    expect(table).not.toContain('Out of sync')
  })

  it('flags drift between action.yml and the code table', () => {
    const drifted = actionYml.replace('  report-key:', '  report-name:')
    expect(renderInputsTable(drifted)).toContain(
      '> **Out of sync:** in action.yml but not in src/action/inputs.ts: report-name',
    )
  })
})
