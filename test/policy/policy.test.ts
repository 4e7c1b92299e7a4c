import { describe, expect, it } from 'vitest'
import { PolicyError } from '../../src/config/apply-policy.js'
import { runStackfit, type RunOptions } from '../../src/engine.js'
import { repoWith } from './tree.js'

function findings(
  policy: string | undefined,
  options: Partial<RunOptions> = {},
  extra = {},
): string[] {
  const result = runStackfit({ failOn: 'error', ...options }, { repo: repoWith(policy, extra) })
  return result.findings.map(
    (f) => `${f.severity} ${f.ruleId} ${f.service}${f.waived ? ' waived' : ''}`,
  )
}

describe('rule settings and team policy', () => {
  it.each([
    ['no policy file', undefined, ['notice SF101 services/gateway']],
    ['an empty policy file', '', ['notice SF101 services/gateway']],
    ['a rule turned off by id', 'rules: { SF101: off }', []],
    [
      'a severity by name',
      'rules: { ai-ml-outside-python: error }',
      ['error SF101 services/gateway'],
    ],
    ['the strict preset', 'extends: strict', ['error SF101 services/gateway']],
    [
      'the file over its preset',
      'extends: strict\nrules: { SF101: notice }',
      ['notice SF101 services/gateway'],
    ],
    [
      'an override on the service',
      'overrides:\n  - services: [services/gateway]\n    rules: { SF101: off }',
      [],
    ],
    [
      'an override by glob',
      'overrides:\n  - services: ["services/*"]\n    rules: { SF101: warning }',
      ['warning SF101 services/gateway'],
    ],
    [
      'an override on another service',
      'overrides:\n  - services: [services/ranker]\n    rules: { SF101: off }',
      ['notice SF101 services/gateway'],
    ],
    [
      'later overrides win',
      'overrides:\n  - services: ["**"]\n    rules: { SF101: off }\n  - services: [services/gateway]\n    rules: { SF101: warning }',
      ['warning SF101 services/gateway'],
    ],
    [
      'allowed languages without Go',
      'policy:\n  languages: [python]',
      ['error SF001 services/gateway', 'notice SF101 services/gateway'],
    ],
    [
      'allowed languages by alias',
      'policy:\n  languages: [golang, python3]',
      ['notice SF101 services/gateway'],
    ],
    [
      'ai-ml placed in Python',
      'policy:\n  placement:\n    ai-ml: { languages: [python] }',
      ['error SF002 services/gateway', 'notice SF101 services/gateway'],
    ],
    [
      'ai-ml placed in Go',
      'policy:\n  placement:\n    ai-ml: { languages: [go] }',
      ['error SF002 services/ranker', 'notice SF101 services/gateway'],
    ],
    [
      'a category without evidence',
      'policy:\n  placement:\n    concurrency: { languages: [go] }',
      ['notice SF101 services/gateway'],
    ],
    [
      'a policy rule lowered',
      'policy:\n  languages: [python]\nrules: { language-not-allowed: warning }',
      ['warning SF001 services/gateway', 'notice SF101 services/gateway'],
    ],
    [
      'split required, nothing mixed',
      'policy:\n  split-mixed-workloads: true',
      ['notice SF101 services/gateway'],
    ],
    ['a unit excluded', 'discovery:\n  exclude: [services/gateway]', []],
    ['a directory skipped', 'discovery:\n  skip: [services]', []],
    ['only some units included', 'discovery:\n  include: [services/ranker]', []],
  ])('%s', (_, policy, expected) => {
    expect(findings(policy)).toEqual(expected)
  })

  it('lets an explicit caller setting win over the file', () => {
    expect(
      findings('rules: { SF101: off }', {
        evaluate: { rules: { SF101: { severity: 'warning' } } },
      }),
    ).toEqual(['warning SF101 services/gateway'])
  })

  it('ignores the file when told to', () => {
    expect(findings('rules: { SF101: off }', { policy: 'none' })).toEqual([
      'notice SF101 services/gateway',
    ])
  })

  it('applies a file named by extends, relative to the extending file', () => {
    const extra = { 'policy/base.yml': 'extends: strict\nrules: { SF101: warning }\n' }
    expect(findings('extends: ./policy/base.yml', {}, extra)).toEqual([
      'warning SF101 services/gateway',
    ])
  })

  it.each([
    [
      'a missing file',
      'extends: ./nowhere.yml\n',
      {},
      '.stackfit.yml:1:1: extends "./nowhere.yml": no such file (looked for nowhere.yml)',
    ],
    [
      'a cycle',
      'extends: ./a.yml\n',
      { 'a.yml': 'extends: ./.stackfit.yml\n' },
      'a.yml:1:1: extends "./.stackfit.yml" makes a cycle: .stackfit.yml → a.yml → .stackfit.yml',
    ],
    [
      'an error in the extended file',
      'extends: ./a.yml\n',
      { 'a.yml': 'rules: { SF101: loud }\n' },
      'a.yml:1:17: rules.SF101 must be one of error, warning, notice or off, or a mapping with "severity" (got "loud")',
    ],
  ])('stops on %s in extends, applying nothing', (_, policy, extra, message) => {
    let error: unknown
    try {
      findings(policy, {}, extra)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(PolicyError)
    expect((error as PolicyError).message.split('\n').slice(1)).toEqual([message])
  })
})

describe('declared requirements and custom signals', () => {
  function signals(policy: string, root: string): string[] {
    const result = runStackfit({ failOn: 'never' }, { repo: repoWith(policy) })
    const service = result.analysis.services.find((s) => s.root === root)
    return (service?.signals ?? []).map(
      (s) =>
        `${s.id}:${s.strength}:${s.evidence.map((e) => `${e.path}:${e.line ?? ''}`).join(',')}`,
    )
  }

  it.each([
    ['latency-budget-ms: 50', ['latency.low-latency:strong:.stackfit.yml:3']],
    ['latency-budget-ms: 500', []],
    ['requests-per-second: 2000', ['concurrency.high-throughput:strong:.stackfit.yml:3']],
    ['requests-per-second: 20', []],
    ['memory-budget-mb: 256', ['resource.tight-limits:strong:.stackfit.yml:3']],
    ['memory-budget-mb: 1024', []],
    ['single-binary: true', ['deployment.single-binary:strong:.stackfit.yml:3']],
    ['single-binary: false', []],
  ])('turns %s into a strong signal with the line that declares it', (line, expected) => {
    const all = signals(`requirements:\n  services/ranker:\n    ${line}\n`, 'services/ranker')
    expect(all.filter((s) => !s.startsWith('ai-ml.'))).toEqual(expected)
  })

  it('lets a declared latency budget bring in the rule that judges it', () => {
    expect(findings('requirements:\n  services/ranker: { latency-budget-ms: 20 }\n')).toContain(
      'notice SF401 services/ranker',
    )
  })

  it('counts a custom dependency as the signal it names', () => {
    const policy =
      'signals:\n  - ecosystem: go\n    signal: concurrency.realtime\n    packages: [example.com/acme-rt]\n'
    expect(signals(policy, 'services/gateway')).toContain(
      'concurrency.realtime:strong:services/gateway/go.mod:7',
    )
    expect(signals('', 'services/gateway').some((s) => s.startsWith('concurrency.'))).toBe(false)
  })
})

describe('waivers', () => {
  const waiver = (extra: string): string =>
    `waivers:\n  - rule: SF101\n    service: services/gateway\n    reason: thin client\n${extra}`
  const day = (iso: string): Date => new Date(`${iso}T12:00:00Z`)

  it.each([
    ['applies', waiver(''), undefined, ['notice SF101 services/gateway waived']],
    [
      'applies by rule name and glob',
      'waivers:\n  - rule: ai-ml-outside-python\n    service: "services/*"\n    reason: r\n',
      undefined,
      ['notice SF101 services/gateway waived'],
    ],
    [
      'applies on its last day',
      waiver('    expires: 2030-01-31\n'),
      day('2030-01-31'),
      ['notice SF101 services/gateway waived'],
    ],
    [
      'never expires without a date of scan',
      waiver('    expires: 2020-01-31\n'),
      undefined,
      ['notice SF101 services/gateway waived'],
    ],
    [
      'stops waiving and is reported once expired',
      waiver('    expires: 2030-01-31\n'),
      day('2030-02-01'),
      ['warning SF010 services/gateway', 'notice SF101 services/gateway'],
    ],
    [
      'is reported when it matches nothing',
      'waivers:\n  - rule: SF101\n    service: services/ranker\n    reason: r\n',
      undefined,
      ['warning SF011 services/ranker', 'notice SF101 services/gateway'],
    ],
    [
      'is unused when its rule is off',
      `rules: { SF101: off }\n${waiver('')}`,
      undefined,
      ['warning SF011 services/gateway'],
    ],
    [
      'reports can be turned off',
      `rules: { waiver-unused: off }\nwaivers:\n  - rule: SF201\n    reason: r\n`,
      undefined,
      ['notice SF101 services/gateway'],
    ],
  ])('%s', (_, policy, now, expected) => {
    expect(findings(policy, now ? { now } : {})).toEqual(expected)
  })

  it('keeps a waived finding in the report but out of the verdict', () => {
    const result = runStackfit(
      { failOn: 'notice', now: day('2029-01-01') },
      { repo: repoWith(waiver('    owner: "@platform"\n    expires: 2030-01-31\n')) },
    )
    expect(result.verdict.conclusion).toBe('pass')
    expect(result.findings[0]?.waived).toEqual({
      reason: 'thin client',
      owner: '@platform',
      expires: '2030-01-31',
      source: '.stackfit.yml:2',
    })
  })

  it('points the expiry report at the waiver and names its owner', () => {
    const result = runStackfit(
      { failOn: 'warning', now: day('2031-01-01') },
      { repo: repoWith(waiver('    owner: "@platform"\n    expires: 2030-01-31\n')) },
    )
    const expired = result.findings.find((f) => f.ruleId === 'SF010')
    expect(expired?.evidence).toEqual([
      { path: '.stackfit.yml', line: 2, detail: 'waiver for SF101 in services/gateway' },
    ])
    expect(expired?.message).toBe(
      'The waiver for SF101 in services/gateway (.stackfit.yml:2, owner @platform) expired on 2030-01-31; the findings it covered count again. Its reason was: thin client',
    )
    expect(result.verdict.conclusion).toBe('fail')
  })
})
