import { describe, expect, it } from 'vitest'
import { loadTrustedPolicy } from '../../src/action/trusted-policy.js'

const STRICT = 'rules:\n  SF101: error\n'
const WEAK = 'rules:\n  SF101: off\n'

/** Runs loadTrustedPolicy over in-memory base and head trees (repository paths). */
async function load(
  baseFiles: Record<string, string>,
  headFiles: Record<string, string>,
  options: { config?: string; scanDir?: string } = {},
): Promise<{
  sf101?: string
  layers?: string[]
  messages?: string[]
  problem?: string
  read: string[]
}> {
  const read: string[] = []
  const result = await loadTrustedPolicy({
    ...(options.config !== undefined ? { config: options.config } : {}),
    scanDir: options.scanDir ?? '.',
    readAtBase: async (path) => {
      read.push(path)
      return baseFiles[path]
    },
    readHead: (path) => headFiles[path],
  })
  if (!result.ok) return { problem: result.problem, read }
  const setting = result.policy.evaluate.rules?.['SF101']
  return {
    ...(setting !== undefined ? { sf101: JSON.stringify(setting) } : {}),
    layers: result.policy.layers,
    messages: result.messages.map((m) => `${m.level}: ${m.text}`),
    read,
  }
}

describe('the policy on a pull request comes from the base branch', () => {
  it('a PR that weakens the policy is judged by the base policy and told so', async () => {
    const out = await load({ '.stackfit.yml': STRICT }, { '.stackfit.yml': WEAK })
    expect(out.layers).toContain('.stackfit.yml')
    expect(out.sf101).toContain('error')
    expect(out.messages).toEqual([
      'warning: This PR edits .stackfit.yml; the policy from the base branch judged it. The change takes effect after merge.',
    ])
  })

  it.each([
    ['unchanged', { '.stackfit.yml': STRICT }, { '.stackfit.yml': STRICT }, []],
    [
      'deleted by the PR',
      { '.stackfit.yml': STRICT },
      {},
      [
        'warning: This PR deletes .stackfit.yml; the policy from the base branch judged it. The change takes effect after merge.',
      ],
    ],
    [
      'added by the PR (404 at base: built-in default)',
      {},
      { '.stackfit.yml': WEAK },
      [
        'warning: The base branch has no .stackfit.yml or .stackfit.yaml; the built-in default policy judged this PR.',
        'warning: This PR adds .stackfit.yml; the policy from the base branch judged it. The change takes effect after merge.',
      ],
    ],
    [
      'no policy anywhere',
      {},
      {},
      [
        'info: The base branch has no .stackfit.yml or .stackfit.yaml; the built-in default policy judged this PR.',
      ],
    ],
  ])('%s', async (_name, base, head, messages) => {
    expect((await load(base, head)).messages).toEqual(messages)
  })

  it('reads extended files from the base too, and reports a PR edit to them', async () => {
    const out = await load(
      { 'svc/.stackfit.yml': 'extends: ./team.yml\n', 'svc/team.yml': STRICT },
      { 'svc/.stackfit.yml': 'extends: ./team.yml\n', 'svc/team.yml': WEAK },
      { scanDir: 'svc' },
    )
    expect(out.read).toEqual(['svc/.stackfit.yml', 'svc/team.yml'])
    expect(out.sf101).toContain('error')
    expect(out.messages).toEqual([
      'warning: This PR edits team.yml; the policy from the base branch judged it. The change takes effect after merge.',
    ])
  })

  it('reads the config input path at the base', async () => {
    const out = await load(
      { 'ci/policy.yml': STRICT },
      { 'ci/policy.yml': STRICT },
      { config: 'ci/policy.yml', scanDir: 'svc' },
    )
    expect(out.read).toEqual(['ci/policy.yml'])
    expect(out.sf101).toContain('error')
  })

  it.each([
    ['an unknown key', 'rulez: {}\n', /has 1 error;[^]*\.stackfit\.yml:1:1: .*rulez/],
    ['a missing extended file', 'extends: ./missing.yml\n', /has 1 error;[^]*no such file/],
  ])('an invalid base policy is a problem: %s', async (_name, text, expected) => {
    const out = await load({ '.stackfit.yml': text }, {})
    expect(out.problem).toMatch(expected)
  })
})
