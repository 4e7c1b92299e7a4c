/**
 * The Action's inputs: one table of names, defaults and accepted values, the only code that calls
 * core.getInput, and the README table generated from action.yml plus that table.
 */
import * as core from '@actions/core'
import { parse } from 'yaml'
import type { FailOn, FailOnScope } from '../core/model.js'
import { COMMENT_MODES, type CommentMode } from '../core/5-report/publish/comment.js'
import { REPORT_KEY_PATTERN } from '../core/5-report/publish/markers.js'
import { DEFAULT_MAX_REVIEW_COMMENTS } from '../core/5-report/publish/review-comments.js'

const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const
const BOOLEAN = ['true', 'false'] as const
const FAIL_ON_SCOPE = ['new', 'all'] as const
const SCOPE = ['changed', 'all'] as const

/** One Action input: its code-side default and what it accepts. Descriptions live in action.yml. */
export interface InputSpec {
  name: string
  /** Default applied in code when the input is empty; undefined means "not set". */
  default?: string
  /** Accepted values, when the input is an enumeration. */
  accepted?: readonly string[]
  /** Shown instead of `default` in the README when the default is computed. */
  defaultNote?: string
}

/** Every input of action.yml, in the order of the README table. */
export const INPUTS: readonly InputSpec[] = [
  { name: 'path', default: '.' },
  { name: 'config', defaultNote: '`.stackfit.yml` when it exists' },
  { name: 'trust-pr-policy', default: 'false', accepted: BOOLEAN },
  { name: 'fail-on', default: 'error', accepted: FAIL_ON },
  {
    name: 'fail-on-scope',
    accepted: FAIL_ON_SCOPE,
    defaultNote: '`new` on pull requests and merge groups, `all` elsewhere',
  },
  { name: 'scope', accepted: SCOPE, defaultNote: '`changed` on pull requests and merge groups' },
  { name: 'comment', default: 'on-findings', accepted: COMMENT_MODES },
  { name: 'review-comments', default: 'true', accepted: BOOLEAN },
  { name: 'max-review-comments', default: String(DEFAULT_MAX_REVIEW_COMMENTS) },
  { name: 'annotations', default: 'true', accepted: BOOLEAN },
  { name: 'sarif-file' },
  { name: 'json-file', defaultNote: 'a file in `$RUNNER_TEMP`' },
  { name: 'report-key', default: 'default' },
  { name: 'cache', default: 'true', accepted: BOOLEAN },
  { name: 'token', defaultNote: '`${{ github.token }}`' },
]

/** The Action's settings after parsing and validation. */
export interface ActionInputs {
  path: string
  config?: string
  /** Pull requests: judge with the PR's own policy file instead of the base branch's. */
  trustPrPolicy: boolean
  failOn: FailOn
  /** True when the `fail-on` input was set: it then wins over the policy file's `fail-on`. */
  failOnGiven?: true
  /** Which findings can fail the step; unset means the event decides (`new` on PRs, else `all`). */
  failOnScope?: FailOnScope
  /** With a base: the touched services' findings (`changed`) or all of them; unset = `changed`. */
  scope?: 'changed' | 'all'
  comment: CommentMode
  reviewComments: boolean
  maxReviewComments: number
  annotations: boolean
  sarifFile?: string
  jsonFile?: string
  reportKey: string
  /** Keep the default branch's analysis in the Actions cache for pull requests (snapshots). */
  cache: boolean
  /** Empty when no token was given; GitHub calls are then skipped. */
  token: string
}

export type InputsResult = { ok: true; inputs: ActionInputs } | { ok: false; problems: string[] }

function spec(name: string): InputSpec {
  const found = INPUTS.find((i) => i.name === name)
  if (!found) throw new Error(`unknown input ${name}`)
  return found
}

/**
 * Parses raw input values (empty string = not set) into ActionInputs. Collects every problem
 * before failing; each problem is one line naming the input, what it got and what it accepts.
 * Pure: `get` is the only source of values. Never throws.
 */
export function parseInputs(get: (name: string) => string): InputsResult {
  const problems: string[] = []
  const value = (name: string): string | undefined => {
    const raw = get(name).trim()
    return raw === '' ? spec(name).default : raw
  }
  const oneOf = <T extends string>(name: string, accepted: readonly T[]): T => {
    const raw = value(name) ?? ''
    const normal = raw.toLowerCase()
    if ((accepted as readonly string[]).includes(normal)) return normal as T
    problems.push(`Input "${name}" must be one of ${accepted.join(', ')} (got "${raw}").`)
    return (spec(name).default ?? accepted[0]) as T
  }
  const flag = (name: string): boolean => {
    const raw = value(name) ?? ''
    const normal = raw.toLowerCase()
    if (['true', 'on', 'yes'].includes(normal)) return true
    if (['false', 'off', 'no'].includes(normal)) return false
    problems.push(`Input "${name}" must be true or false (got "${raw}").`)
    return spec(name).default === 'true'
  }

  const failOn = oneOf('fail-on', FAIL_ON)
  const failOnScope =
    get('fail-on-scope').trim() === '' ? undefined : oneOf('fail-on-scope', FAIL_ON_SCOPE)
  const scope = get('scope').trim() === '' ? undefined : oneOf('scope', SCOPE)
  const comment = oneOf('comment', COMMENT_MODES)
  const reviewComments = flag('review-comments')
  const annotations = flag('annotations')
  const trustPrPolicy = flag('trust-pr-policy')
  const cache = flag('cache')
  const maxRaw = value('max-review-comments') ?? ''
  let maxReviewComments = DEFAULT_MAX_REVIEW_COMMENTS
  if (/^\d+$/.test(maxRaw) && Number(maxRaw) <= 100) maxReviewComments = Number(maxRaw)
  else
    problems.push(
      `Input "max-review-comments" must be a whole number from 0 to 100 (got "${maxRaw}").`,
    )
  const reportKey = value('report-key') ?? 'default'
  if (!REPORT_KEY_PATTERN.test(reportKey)) {
    problems.push(
      `Input "report-key" must be 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit (got "${reportKey}").`,
    )
  }
  const path = value('path') ?? '.'
  const config = value('config')
  const sarifFile = value('sarif-file')
  const jsonFile = value('json-file')
  const token = get('token').trim()
  if (problems.length > 0) return { ok: false, problems }
  const inputs: ActionInputs = {
    path,
    failOn,
    comment,
    reviewComments,
    maxReviewComments,
    annotations,
    reportKey,
    cache,
    token,
    trustPrPolicy,
  }
  if (config !== undefined) inputs.config = config
  if (get('fail-on').trim() !== '') inputs.failOnGiven = true
  if (sarifFile !== undefined) inputs.sarifFile = sarifFile
  if (failOnScope !== undefined) inputs.failOnScope = failOnScope
  if (scope !== undefined) inputs.scope = scope
  if (jsonFile !== undefined) inputs.jsonFile = jsonFile
  return { ok: true, inputs }
}

/**
 * Reads the inputs of the running step through @actions/core and masks the token. The only place
 * in the repository that calls core.getInput.
 */
export function readInputs(): InputsResult {
  const result = parseInputs((name) => core.getInput(name))
  if (result.ok && result.inputs.token !== '') core.setSecret(result.inputs.token)
  return result
}

interface ActionYml {
  inputs?: Record<string, { description?: string; default?: string; required?: boolean }>
  outputs?: Record<string, { description?: string }>
}

/**
 * Renders the README's Action section tables (inputs, then outputs) from action.yml text and the
 * INPUTS table: name, description, default and accepted values. Inputs of action.yml missing from
 * INPUTS (or the reverse) are listed in a warning line so the drift is visible. Deterministic.
 */
export function renderInputsTable(actionYmlText: string): string {
  const yml = (parse(actionYmlText) ?? {}) as ActionYml
  const declared = yml.inputs ?? {}
  const rows = ['| input | description | default |', '|---|---|---|']
  for (const input of INPUTS) {
    const entry = declared[input.name]
    const description = cell(entry?.description ?? '')
    const mentionsAll = (input.accepted ?? []).every((a) => description.includes(`\`${a}\``))
    const accepted = mentionsAll
      ? ''
      : ` One of ${(input.accepted ?? []).map((a) => `\`${a}\``).join(', ')}.`
    const fallback =
      input.defaultNote ?? (input.default !== undefined ? `\`${input.default}\`` : 'not set')
    rows.push(`| \`${input.name}\` | ${description}${accepted} | ${fallback} |`)
  }
  const missing = Object.keys(declared).filter((name) => !INPUTS.some((i) => i.name === name))
  const undeclared = INPUTS.filter((i) => !(i.name in declared)).map((i) => i.name)
  const drift: string[] = []
  if (missing.length > 0)
    drift.push(`in action.yml but not in src/action/inputs.ts: ${missing.join(', ')}`)
  if (undeclared.length > 0)
    drift.push(`in src/action/inputs.ts but not in action.yml: ${undeclared.join(', ')}`)
  const outputs = Object.entries(yml.outputs ?? {})
  const outRows = [
    '| output | description |',
    '|---|---|',
    ...outputs.map(([name, o]) => `| \`${name}\` | ${cell(o.description ?? '')} |`),
  ]
  return [
    '### Inputs',
    '',
    ...rows,
    ...(drift.length > 0 ? ['', `> **Out of sync:** ${drift.join('; ')}.`] : []),
    '',
    '### Outputs',
    '',
    ...outRows,
    '',
  ].join('\n')
}

function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim()
}
