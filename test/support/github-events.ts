import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

type Example = { name: string; examples: Record<string, unknown>[] }

export interface PullRequestPayload {
  number: number
  repository: { full_name: string; name: string; owner: { login: string } }
  pull_request: {
    number: number
    head: { sha: string; repo: { full_name: string } }
    base: { sha: string; repo: { full_name: string } }
  }
}

/**
 * A real `pull_request` `synchronize` payload from @octokit/webhooks-examples, pointed at the fake
 * repository `acme/platform`, PR 42, with the given head and base; `fork` makes the head repository
 * someone else's.
 */
export function pullRequestPayload(options: {
  head: string
  base: string
  fork?: boolean
}): PullRequestPayload {
  const examples = require('@octokit/webhooks-examples') as Example[]
  const sample = examples
    .find((e) => e.name === 'pull_request')
    ?.examples.find((e) => e['action'] === 'synchronize')
  const payload = structuredClone(sample) as unknown as PullRequestPayload
  payload.number = 42
  payload.repository.full_name = 'acme/platform'
  payload.repository.name = 'platform'
  payload.repository.owner.login = 'acme'
  payload.pull_request.number = 42
  payload.pull_request.head.sha = options.head
  payload.pull_request.base.sha = options.base
  payload.pull_request.base.repo.full_name = 'acme/platform'
  payload.pull_request.head.repo.full_name = options.fork ? 'contributor/platform' : 'acme/platform'
  return payload
}

/**
 * The real `merge_group` example payload of @octokit/webhooks-examples, with the queue's head and
 * base commits replaced and the repository named `acme/platform`.
 */
export function mergeGroupPayload(options: { head: string; base: string }): unknown {
  const examples = require('@octokit/webhooks-examples') as Example[]
  const sample = examples.find((e) => e.name === 'merge_group')?.examples[0]
  if (!sample) throw new Error('@octokit/webhooks-examples has no merge_group example')
  const payload = structuredClone(sample) as {
    merge_group: { head_sha: string; base_sha: string }
    repository: { full_name: string }
  }
  payload.merge_group.head_sha = options.head
  payload.merge_group.base_sha = options.base
  payload.repository.full_name = 'acme/platform'
  return payload
}
