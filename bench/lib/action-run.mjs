// How the PR-mode benchmark runs the bundled Action (dist/index.js) the way a GitHub runner does,
// on a local git history, with nothing reaching the network: the event payloads, the runner's
// environment, and the check that a run did what it was asked. Pure: values in, values out; the
// spawning and timing are in bench/lib/pr-mode.mjs.

/** The repository the events name. Nothing is looked up: the run has no token and no API. */
export const BENCH_REPOSITORY = 'stackfit-bench/monorepo'

/**
 * Where the API would be: a closed port on the loopback, so a request that should not happen
 * fails at once instead of reaching a network.
 */
export const NO_API_URL = 'http://127.0.0.1:9'

/**
 * The inputs every benchmark run of the Action gets, with the reason for each. Inputs not listed
 * keep the Action's own defaults (annotations on, scope `changed` on pull requests), as on GitHub.
 * @type {ReadonlyArray<{ name: string, value: string, why: string }>}
 */
export const ACTION_INPUTS = [
  { name: 'token', value: '', why: 'no API: the base must come from git, nothing is published' },
  { name: 'comment', value: 'never', why: 'no sticky comment' },
  { name: 'review-comments', value: 'false', why: 'no inline review comments' },
  {
    name: 'trust-pr-policy',
    value: 'true',
    why: 'the policy comes from the checkout: the base branch one needs the API (one request on GitHub)',
  },
  {
    name: 'fail-on',
    value: 'never',
    why: 'findings never fail the step, so any non-zero exit is a failed run',
  },
]

/**
 * The environment variable a runner sets for an input: `INPUT_` and the name upper-cased with
 * spaces as underscores (hyphens stay, as @actions/core reads them).
 * @param {string} name
 * @returns {string}
 */
export function inputVariable(name) {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

function repository() {
  const [owner, name] = BENCH_REPOSITORY.split('/')
  return { full_name: BENCH_REPOSITORY, name, owner: { login: owner }, default_branch: 'main' }
}

/**
 * A minimal `pull_request` (`synchronize`) payload: the fields the Action reads, with the same
 * names and types as GitHub's (test/bench checks them against the real example payload).
 * @param {{ base: string, head: string, headRef: string, number?: number }} options commit ids
 *   of the base (`main`) and the head (the branch), and the head branch's name
 * @returns {object} a fresh object
 */
export function pullRequestEvent({ base, head, headRef, number = 1 }) {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      head: { ref: headRef, sha: head, repo: { full_name: BENCH_REPOSITORY } },
      base: { ref: 'main', sha: base, repo: { full_name: BENCH_REPOSITORY } },
    },
    repository: repository(),
  }
}

/**
 * A minimal `push` payload for the branch `ref` moving from `before` to `after`.
 * @param {{ before: string, after: string, ref: string }} options commit ids and the branch name
 * @returns {object} a fresh object
 */
export function pushEvent({ before, after, ref }) {
  return {
    ref: `refs/heads/${ref}`,
    before,
    after,
    repository: repository(),
  }
}

/**
 * The environment of one Action run, as a runner sets it: the GITHUB_* variables, RUNNER_TEMP,
 * the inputs (ACTION_INPUTS, then `inputs`), and an unreachable API. Nothing of the calling
 * process's environment but PATH and HOME is passed on, and git reads no user or system
 * configuration.
 * @param {{ workspace: string, scratch: string, eventName: 'push' | 'pull_request', eventPath: string, sha: string, ref: string, outputFile: string, summaryFile: string, inputs?: Record<string, string>, extra?: Record<string, string>, path?: string, home?: string }} options
 *   `path` and `home` are PATH and HOME to pass on; `ref` is the branch (push) or the pull
 *   request's merge ref (pull_request); `extra` more variables (the cache service's)
 * @returns {Record<string, string>} a fresh object
 */
export function actionEnv(options) {
  const env = {
    PATH: options.path ?? '',
    HOME: options.home ?? options.scratch,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: options.eventPath,
    GITHUB_REPOSITORY: BENCH_REPOSITORY,
    GITHUB_SHA: options.sha,
    GITHUB_REF: options.ref,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_API_URL: NO_API_URL,
    GITHUB_OUTPUT: options.outputFile,
    GITHUB_STEP_SUMMARY: options.summaryFile,
    RUNNER_TEMP: options.scratch,
  }
  for (const { name, value } of ACTION_INPUTS) env[inputVariable(name)] = value
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[inputVariable(name)] = value
  Object.assign(env, options.extra ?? {})
  return env
}

/**
 * Checks the JSON report of a run: it exists and parses; a run with a base (`touched` given) has a
 * delta whose touched services include `touched`; a run without one has no delta.
 * @param {string | null} text the report file's text, null when the run wrote none
 * @param {string | null} touched the root of the service the change touched, or null for a full scan
 * @returns {string | null} null when the report is right, else why it is not (one line)
 */
export function checkReport(text, touched) {
  if (text === null) return 'wrote no JSON report'
  let report
  try {
    report = JSON.parse(text)
  } catch {
    return 'the JSON report does not parse'
  }
  const delta = report !== null && typeof report === 'object' ? report.delta : undefined
  if (touched === null)
    return delta === undefined ? null : 'a full scan reported a delta against a base'
  if (delta === undefined || delta === null) return 'the report has no delta: no base was read'
  const names = Array.isArray(delta.touched) ? delta.touched : []
  if (!names.includes(touched))
    return `the delta does not name ${touched} (touched: ${names.join(', ') || 'none'})`
  return null
}
