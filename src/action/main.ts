/**
 * The Action shell: inputs → engine → files and outputs → pull-request publishing → annotations →
 * verdict. The job summary is written in `finally`, so it exists also when the scan fails.
 * Publishing is best effort; the verdict is always applied.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, relative, resolve, sep } from 'node:path'
import * as core from '@actions/core'
import { RULES, ruleDocsUrl } from '../core/4-evaluate/catalog.js'
import { planAnnotations } from '../core/5-report/publish/annotations.js'
import { rebaseFindings } from '../core/5-report/publish/markers.js'
import type { RuleNotes } from '../core/5-report/publish/review-comments.js'
import { planFailureSummary, planJobSummary } from '../core/5-report/publish/summary.js'
import { renderJson } from '../core/5-report/json.js'
import { renderSarif } from '../core/5-report/sarif.js'
import { runStackfitAsync, type RunResult } from '../engine.js'
import { emitAnnotations } from '../github/annotations.js'
import { createGitHubClient } from '../github/client.js'
import { writeJobSummary } from '../github/job-summary.js'
import { publishToPullRequest, type PublishMessage } from '../github/publish.js'
import { readEventContext, type EventContext } from '../github/pull-request.js'
import { readInputs } from './inputs.js'
import { loadRunPolicy } from './policy.js'
import { contentsReader } from './trusted-policy.js'
import { chooseActionBase, defaultFailOnScope } from './base.js'
import { openActionHead } from './head.js'
import type { BasePort } from '../core/7-delta/compare-with-base.js'
import type { Snapshot } from '../core/7-delta/snapshot.js'
import { actionsCacheStore, type SnapshotStore } from '../github/snapshot-cache.js'
import {
  cleanCheckout,
  describeSnapshotUse,
  restoreSnapshot,
  saveSnapshot,
  snapshotKey,
  writesSnapshot,
} from './snapshot.js'

class InputError extends Error {}

/**
 * Runs the Action once. Never throws: input problems and unexpected failures end in
 * core.setFailed with a one-line reason; the job summary is always written.
 */
export async function main(): Promise<void> {
  const notes: string[] = []
  let summary: string | undefined
  let failure: string | undefined
  try {
    const parsed = readInputs()
    if (!parsed.ok) throw new InputError(parsed.problems.join(' '))
    const inputs = parsed.inputs
    for (const [name, value] of Object.entries(inputs))
      if (name !== 'token') core.debug(`input ${name}: ${String(value)}`)
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()
    const event = readEvent(process.env)

    const scanRoot = resolve(workspace, inputs.path)
    if (!isDirectory(scanRoot))
      throw new InputError(
        `Input "path" must name a directory in the workspace (got "${inputs.path}").`,
      )
    const head = openActionHead(scanRoot)
    const repo = head.repo
    const pr = event.pullRequest
    const policy = await loadRunPolicy({
      workspace,
      config: inputs.config,
      repo,
      scanRoot,
      trustPrPolicy: inputs.trustPrPolicy,
      ...(pr ? { base: { owner: event.owner, repo: event.repo, sha: pr.baseSha } } : {}),
      ...(pr && inputs.token !== ''
        ? {
            readAtBase: contentsReader(
              createGitHubClient(inputs.token, {
                baseUrl: process.env['GITHUB_API_URL'] || 'https://api.github.com',
                log: (m) => core.info(m),
              }),
              { owner: event.owner, repo: event.repo, ref: pr.baseSha },
            ),
          }
        : {}),
    })
    if (!policy.ok) throw new InputError(policy.problem)
    for (const layer of policy.policy.layers) core.info(`stackfit: policy ${layer}`)
    for (const message of policy.messages) {
      if (message.level === 'info') {
        core.info(`stackfit: ${message.text}`)
        continue
      }
      core.warning(message.text)
      notes.push(message.text)
    }
    const base = await openEventBase(event, scanRoot, workspace, inputs.token, notes)
    const prefix = relative(workspace, scanRoot).split(sep).join('/')

    // Snapshots (src/action/snapshot.ts): read the base's on a pull request in changed scope;
    // write this commit's on a push to the default branch from a clean checkout.
    let store: SnapshotStore | undefined
    const cache = (): SnapshotStore =>
      (store ??= actionsCacheStore({
        tempDir: process.env['RUNNER_TEMP'] || tmpdir(),
        log: (line) => core.info(`stackfit: ${line}`),
      }))
    let snapshot: Snapshot | undefined
    if (inputs.cache && base?.commit && (inputs.scope ?? 'changed') === 'changed')
      snapshot = await restoreSnapshot(cache(), snapshotKey(base.commit, prefix), (line) =>
        core.info(line),
      )
    const snapshotCommit =
      inputs.cache && !base && writesSnapshot(event) && cleanCheckout(scanRoot)
        ? head.commit()
        : undefined

    const result = await core.group('stackfit: scan', async () =>
      runStackfitAsync(
        {
          // An explicit fail-on input wins over the policy file's fail-on.
          failOn: inputs.failOnGiven ? inputs.failOn : (policy.policy.failOn ?? inputs.failOn),
          policy: policy.policy,
          now: new Date(),
          rootLabel: inputs.path,
          failOnScope: inputs.failOnScope ?? defaultFailOnScope(event.eventName),
          ...(inputs.scope ? { scope: inputs.scope } : {}),
          ...(snapshot ? { snapshot } : {}),
          ...(snapshotCommit ? { snapshotCommit } : {}),
        },
        { repo, headIn: (scope) => head.headIn(scope), ...(base ? { base } : {}) },
      ),
    )
    const listing = head.listing()
    if (listing) core.info(`stackfit: files listed by ${listing}`)
    const { report, verdict } = result
    if (result.snapshotUse) core.info(describeSnapshotUse(result.snapshotUse))
    const findings = rebaseFindings(report.findings, prefix)

    const jsonFile = inputs.jsonFile
      ? resolve(workspace, inputs.jsonFile)
      : resolve(process.env['RUNNER_TEMP'] || tmpdir(), `stackfit-${inputs.reportKey}.json`)
    writeFile(jsonFile, renderJson(report))
    let sarifFile: string | undefined
    if (inputs.sarifFile) {
      sarifFile = resolve(workspace, inputs.sarifFile)
      writeFile(sarifFile, renderSarif({ ...report, findings }, { category: inputs.reportKey }))
    }
    setOutputs(result, jsonFile, sarifFile)

    const messages: PublishMessage[] = []
    let changedFiles: ReadonlySet<string> = new Set()
    if (event.pullRequest && (inputs.comment !== 'never' || inputs.reviewComments)) {
      if (inputs.token === '') {
        messages.push({
          level: 'warning',
          text: 'stackfit has no token (input `token` is empty), so it cannot comment on the pull request.',
        })
      } else {
        try {
          const outcome = await publishToPullRequest({
            client: createGitHubClient(inputs.token, {
              baseUrl: process.env['GITHUB_API_URL'] || 'https://api.github.com',
              log: (m) => core.info(m),
            }),
            event,
            settings: {
              reportKey: inputs.reportKey,
              comment: inputs.comment,
              reviewComments: inputs.reviewComments,
              maxReviewComments: inputs.maxReviewComments,
            },
            report,
            findings,
            rules: ruleNotes(),
            notes,
          })
          changedFiles = outcome.changedFiles
          messages.push(...outcome.messages)
          for (const line of outcome.log) core.info(line)
          notes.push(...outcome.log)
        } catch (error) {
          messages.push({
            level: 'warning',
            text: `stackfit could not publish to the pull request: ${errorMessage(error)}`,
          })
        }
      }
    }

    if (inputs.annotations) {
      const reserved = { warning: count(messages, 'warning'), notice: count(messages, 'notice') }
      emitAnnotations(planAnnotations(findings, { changedFiles, reserved }).annotations)
    }
    for (const message of messages) {
      if (message.level === 'warning') core.warning(message.text)
      else core.notice(message.text)
      notes.push(message.text)
    }

    if (result.snapshot && snapshotCommit)
      await saveSnapshot(cache(), snapshotKey(snapshotCommit, prefix), result.snapshot, (line) =>
        core.info(line),
      )

    summary = planJobSummary(report, { notes })
    if (verdict.conclusion === 'fail') core.setFailed(verdict.headline)
    else core.info(verdict.headline)
  } catch (error) {
    failure =
      error instanceof InputError
        ? error.message
        : `stackfit failed unexpectedly: ${errorMessage(error)}`
    core.setFailed(failure)
  } finally {
    await writeJobSummary(
      summary ??
        planFailureSummary(failure ?? 'stackfit stopped before finishing the scan.', notes),
    )
  }
}

function readEvent(env: NodeJS.ProcessEnv): EventContext {
  let payload: unknown = {}
  const path = env['GITHUB_EVENT_PATH']
  if (path && existsSync(path)) {
    try {
      payload = JSON.parse(readFileSync(path, 'utf8'))
    } catch (error) {
      core.warning(`stackfit could not read the event payload: ${errorMessage(error)}`)
    }
  }
  const context = readEventContext(env, payload)
  if ('problem' in context)
    throw new InputError(`stackfit must run in GitHub Actions: ${context.problem}.`)
  return context
}

/**
 * The base to compare with on pull requests and merge groups (see src/action/base.ts): from git,
 * else through the GitHub API with a notice saying why; undefined elsewhere. When neither can
 * read it, a notice says why and the run reports the whole head without a delta (every finding
 * then counts as new).
 */
async function openEventBase(
  event: EventContext,
  scanRoot: string,
  workspace: string,
  token: string,
  notes: string[],
): Promise<BasePort | undefined> {
  const chosen = await chooseActionBase({
    event,
    scanRoot,
    workspace,
    ...(token !== ''
      ? {
          client: () =>
            createGitHubClient(token, {
              baseUrl: process.env['GITHUB_API_URL'] || 'https://api.github.com',
              log: (m) => core.info(m),
            }),
        }
      : {}),
    warn: (line) => {
      core.warning(line)
      notes.push(line)
    },
    info: (line) => core.info(line),
  })
  if (chosen.log) core.info(chosen.log)
  if (chosen.notice) {
    core.notice(chosen.notice)
    notes.push(chosen.notice)
  }
  return chosen.port
}

function ruleNotes(): Map<string, RuleNotes> {
  return new Map(
    RULES.map((rule) => [rule.id, { rationale: rule.rationale, docsUrl: ruleDocsUrl(rule.id) }]),
  )
}

function setOutputs(result: RunResult, jsonFile: string, sarifFile: string | undefined): void {
  const { counts, conclusion } = result.verdict
  core.setOutput('errors', counts.error)
  core.setOutput('warnings', counts.warning)
  core.setOutput('notices', counts.notice)
  core.setOutput('findings', result.report.findings.length)
  core.setOutput('conclusion', conclusion)
  core.setOutput('services', result.report.services.filter((s) => s.kind === 'service').length)
  core.setOutput('json-file', jsonFile)
  core.setOutput('sarif-file', sarifFile ?? '')
}

function writeFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

function count(messages: readonly PublishMessage[], level: PublishMessage['level']): number {
  return messages.filter((m) => m.level === level).length
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
