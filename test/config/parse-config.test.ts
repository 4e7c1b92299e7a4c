import { describe, expect, it } from 'vitest'
import { CONFIG_SCHEMA, parseConfig } from '../../src/config/parse-config.js'
import { formatConfigError } from '../../src/config/types.js'
import { closest } from '../../src/config/did-you-mean.js'

function errorsOf(text: string): string[] {
  const result = parseConfig(text, '.stackfit.yml')
  return result.ok ? [] : result.errors.map(formatConfigError)
}

/** Every key the schema knows, used once: the file a team would write with everything set. */
const FULL = `$schema: ../schema/stackfit.schema.json
extends: strict
fail-on: warning
discovery:
  include: [services/*]
  exclude: [services/legacy-*]
  skip: [sandbox]
  services: [tools/ingest]
  only-listed: false
rules:
  SF101: warning
  lone-language: { severity: off }
overrides:
  - services: [services/batch-*]
    rules: { SF302: notice }
policy:
  languages: [go, python, Golang]
  placement:
    ai-ml: { languages: [python] }
    concurrency: { languages: [go], evidence: any }
  split-mixed-workloads: true
requirements:
  services/edge:
    latency-budget-ms: 50
    requests-per-second: 5000
    memory-budget-mb: 128
    single-binary: true
signals:
  - ecosystem: pypi
    signal: ai-ml.llm-client
    strength: weak
    packages: [acme-llm]
    imports: [acme_llm]
waivers:
  - rule: SF101
    service: services/gateway
    reason: thin client over a hosted model
    owner: "@platform"
    expires: 2030-03-31
`

/** Every property path of the schema (`discovery.include`, `waivers[].owner` …). */
function schemaKeys(
  node: Record<string, unknown>,
  prefix: string,
  defs: Record<string, unknown>,
): string[] {
  const ref = node['$ref']
  if (typeof ref === 'string')
    return schemaKeys(defs[ref.split('/').pop() as string] as Record<string, unknown>, prefix, defs)
  const out: string[] = []
  const props = node['properties'] as Record<string, Record<string, unknown>> | undefined
  for (const [key, child] of Object.entries(props ?? {})) {
    out.push(`${prefix}${key}`)
    out.push(...schemaKeys(child, `${prefix}${key}.`, defs))
  }
  const items = node['items'] as Record<string, unknown> | undefined
  if (items) out.push(...schemaKeys(items, prefix, defs))
  const extra = node['additionalProperties']
  if (typeof extra === 'object' && extra !== null)
    out.push(...schemaKeys(extra as Record<string, unknown>, prefix, defs))
  return out
}

describe('parseConfig', () => {
  it('accepts a file that sets every key of the schema', () => {
    expect(errorsOf(FULL)).toEqual([])
    const keys = schemaKeys(CONFIG_SCHEMA, '', CONFIG_SCHEMA['$defs'] as Record<string, unknown>)
    expect(keys.length).toBeGreaterThan(30)
    for (const key of keys) expect(FULL).toContain(`${key.split('.').pop()}:`)
  })

  it.each([
    ['', []],
    ['# only a comment\n', []],
    ['rules: {}\n', []],
  ])('treats %j as an empty policy', (text, errors) => {
    expect(errorsOf(text)).toEqual(errors)
  })

  it.each([
    [
      'extend: strict\n',
      [
        '.stackfit.yml:1:1: unknown key "extend" in the file (did you mean "extends"?); accepted: extends, fail-on, discovery, rules, overrides, policy, requirements, signals, waivers',
      ],
    ],
    [
      'fail-on: errors\n',
      [
        '.stackfit.yml:1:10: fail-on must be one of error, warning, notice, never (got "errors") (did you mean "error"?)',
      ],
    ],
    [
      'discovery:\n  include: services/*\n',
      ['.stackfit.yml:2:12: discovery.include must be a list (got string)'],
    ],
    [
      'discovery:\n  inclde: [a]\n',
      [
        '.stackfit.yml:2:3: unknown key "inclde" in discovery (did you mean "include"?); accepted: include, exclude, skip, services, only-listed',
      ],
    ],
    [
      'discovery:\n  skip: [/abs]\n',
      ['.stackfit.yml:2:10: discovery.skip[0] is not valid (got "/abs")'],
    ],
    [
      'rules:\n  SF101: fatal\n',
      [
        '.stackfit.yml:2:10: rules.SF101 must be one of error, warning, notice or off, or a mapping with "severity" (got "fatal")',
      ],
    ],
    [
      'rules:\n  SF101: { severity: nope }\n',
      [
        '.stackfit.yml:2:22: rules.SF101.severity must be one of error, warning, notice, off (got "nope")',
      ],
    ],
    [
      'rules:\n  SF101: { sev: error }\n',
      [
        '.stackfit.yml:2:10: rules.SF101 needs "severity"',
        '.stackfit.yml:2:12: unknown key "sev" in rules.SF101; accepted: severity',
      ],
    ],
    [
      'rules:\n  ai-ml-outside-pyton: off\n',
      [
        '.stackfit.yml:2:3: unknown rule "ai-ml-outside-pyton" in rules (did you mean "ai-ml-outside-python"?); rules are named by id (SF101) or name (ai-ml-outside-python)',
      ],
    ],
    [
      'overrides:\n  - rules: { SF101: off }\n',
      ['.stackfit.yml:2:5: overrides[0] needs "services"'],
    ],
    [
      'overrides:\n  - services: [a]\n    rules: { SF777: off }\n',
      [
        '.stackfit.yml:3:14: unknown rule "SF777" in overrides[0].rules; rules are named by id (SF101) or name (ai-ml-outside-python)',
      ],
    ],
    [
      'policy:\n  languages: [go, pythn]\n',
      ['.stackfit.yml:2:19: policy.languages[1] is not a known programming language (got "pythn")'],
    ],
    ['policy:\n  languages: []\n', ['.stackfit.yml:2:14: policy.languages must not be empty']],
    [
      'policy:\n  languages: [go, go]\n',
      ['.stackfit.yml:2:14: policy.languages lists the same entry twice'],
    ],
    [
      'policy:\n  placement:\n    ai_ml: { languages: [python] }\n',
      [
        '.stackfit.yml:3:5: unknown key "ai_ml" in policy.placement (did you mean "ai-ml"?); accepted: ai-ml, data, concurrency, latency, resource, deployment, prototype',
      ],
    ],
    [
      'policy:\n  placement:\n    data: { languages: [python], evidence: some }\n',
      [
        '.stackfit.yml:3:44: policy.placement.data.evidence must be one of strong, any (got "some")',
      ],
    ],
    [
      'policy:\n  split-mixed-workloads: yes\n',
      ['.stackfit.yml:2:26: policy.split-mixed-workloads must be a boolean (got string)'],
    ],
    [
      'requirements:\n  services/a: { latency-budget-ms: -1 }\n',
      [
        '.stackfit.yml:2:36: requirements.services/a.latency-budget-ms must be greater than 0 (got -1)',
      ],
    ],
    [
      'requirements:\n  services/a: {}\n',
      ['.stackfit.yml:2:15: requirements.services/a must not be empty'],
    ],
    [
      'signals:\n  - ecosystem: pip\n    signal: ai-ml.x\n    packages: [a]\n',
      [
        '.stackfit.yml:2:16: signals[0].ecosystem must be one of pypi, go, npm, cargo, maven, nuget, rubygems, packagist, hex (got "pip")',
      ],
    ],
    [
      'signals:\n  - ecosystem: pypi\n    signal: ml.client\n    packages: [a]\n',
      [
        '.stackfit.yml:3:13: signals[0].signal must start with a workload category (ai-ml, data, concurrency, latency, resource, deployment, prototype) (got "ml.client")',
      ],
    ],
    [
      'signals:\n  - ecosystem: pypi\n    signal: ai-ml.x\n    packages: []\n',
      ['.stackfit.yml:4:15: signals[0].packages must not be empty'],
    ],
    ['waivers:\n  - rule: SF101\n', ['.stackfit.yml:2:5: waivers[0] needs "reason"']],
    [
      'waivers:\n  - rule: SF101\n    reason: "  "\n',
      [
        '.stackfit.yml:3:13: waivers[0].reason is not valid (got "  "): Why the finding is accepted.',
      ],
    ],
    [
      'waivers:\n  - rule: SF01\n    reason: r\n',
      [
        '.stackfit.yml:2:11: waivers[0].rule names an unknown rule "SF01" (did you mean "SF001"?); rules are named by id (SF101) or name (ai-ml-outside-python)',
      ],
    ],
    [
      'waivers:\n  - rule: SF101\n    reason: r\n    expires: 2025-02-30\n',
      ['.stackfit.yml:4:14: waivers[0].expires is not a calendar date (got "2025-02-30")'],
    ],
    [
      'waivers:\n  - rule: SF101\n    reason: r\n    expires: 31.03.2025\n',
      [
        '.stackfit.yml:4:14: waivers[0].expires is not valid (got "31.03.2025"): Last day (YYYY-MM-DD, UTC) the waiver applies; after it the finding counts again and SF010 reports the expiry.',
      ],
    ],
    [
      'extends: stict\n',
      [
        '.stackfit.yml:1:10: extends must be recommended or strict, or a .yml/.yaml file in the repository (got "stict") (did you mean "strict"?)',
      ],
    ],
    ['rules: [SF101]\n', ['.stackfit.yml:1:8: rules must be a mapping (got a list)']],
    ['- just\n- a list\n', ['.stackfit.yml:1:1: the file must be a mapping (got a list)']],
    [
      'rules:\n  SF101: off\n  SF101: error\n',
      ['.stackfit.yml:3:3: YAML: Map keys must be unique'],
    ],
    [
      'rules: {SF101: off\n',
      [
        '.stackfit.yml:2:1: YAML: Flow map in block collection must be sufficiently indented and end with a }',
      ],
    ],
  ])('reports %j with file, line and column', (text, expected) => {
    expect(errorsOf(text)).toEqual(expected)
  })

  it('reports every error of the file at once, in file order', () => {
    const text = 'fail-on: sometimes\nrules:\n  SF999: off\nwaivers:\n  - rule: SF101\n'
    expect(errorsOf(text).map((e) => e.split(': ')[0])).toEqual([
      '.stackfit.yml:1:10',
      '.stackfit.yml:3:3',
      '.stackfit.yml:5:5',
    ])
  })
})

describe('closest', () => {
  it.each([
    ['extend', ['extends', 'rules'], 'extends'],
    ['waivers', ['waivers'], 'waivers'],
    ['xyz', ['extends', 'rules'], undefined],
    ['SF1O1', ['SF101', 'SF201'], 'SF101'],
  ])('suggests for %s', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected)
  })
})
