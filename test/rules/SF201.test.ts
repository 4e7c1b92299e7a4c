import { describe, expect, it } from 'vitest'
import { sf201 } from '../../src/core/4-evaluate/rules/sf201-data-processing-outside-python.js'
import { buildService, type SignalSpec } from '../support/build-service.js'
import { runRule } from './run-rule.js'

const GOTA: SignalSpec = {
  id: 'data.dataframe',
  at: ['services/reports/go.mod:6 github.com/go-gota/gota v0.12.0'],
}
const GONUM: SignalSpec = {
  id: 'data.scientific',
  at: [
    'services/reports/go.mod:8 gonum.org/v1/gonum v0.15.0',
    'services/reports/stats/summary.go:7 "gonum.org/v1/gonum/stat"',
  ],
}

const cases: {
  name: string
  language: string
  signals: SignalSpec[]
  severity?: 'warning' | 'notice'
  says?: string[]
}[] = [
  {
    name: 'one kind of data work in Go is a notice',
    language: 'go',
    signals: [GOTA],
    severity: 'notice',
    says: [
      'services/reports',
      'dataframes in Go',
      'go.mod:6',
      'Python is the default for a reason',
    ],
  },
  {
    name: 'two kinds of data work in Go is a warning',
    language: 'go',
    signals: [GOTA, GONUM],
    severity: 'warning',
    says: ['dataframes and scientific computing', 'stats/summary.go:7'],
  },
  {
    name: 'the same signal twice is still one kind',
    language: 'go',
    signals: [GONUM],
    severity: 'notice',
  },
  {
    name: 'weak data signals are not judged',
    language: 'go',
    signals: [
      { ...GOTA, strength: 'weak' },
      { ...GONUM, strength: 'weak' },
    ],
  },
  {
    name: 'Python is strong at data',
    language: 'python',
    signals: [{ id: 'data.dataframe', at: ['services/reports/pyproject.toml:9 "pandas>=2.2"'] }],
  },
  {
    name: 'Java is strong at data (Spark, Flink are JVM-native)',
    language: 'java',
    signals: [
      {
        id: 'data.stream-processing',
        at: ['services/reports/pom.xml:40 <artifactId>kafka-streams</artifactId>'],
      },
    ],
  },
  {
    name: 'Rust is only adequate, so Polars in Rust is a notice',
    language: 'rust',
    signals: [
      { id: 'data.dataframe', at: ['services/reports/Cargo.toml:9 polars = { version = "0.41" }'] },
    ],
    severity: 'notice',
    says: ["Rust's data ecosystem is rated adequate"],
  },
  { name: 'unknown languages are not judged', language: 'unknown', signals: [GOTA, GONUM] },
]

describe('SF201 data-processing-outside-python', () => {
  it.each(cases)('$name', ({ language, signals, severity, says }) => {
    const findings = runRule(sf201, buildService({ root: 'services/reports', language, signals }))
    if (!severity) return expect(findings).toEqual([])
    expect(findings.map((f) => f.severity)).toEqual([severity])
    for (const text of says ?? []) expect(findings[0]?.message).toContain(text)
  })

  it('anchors on the first data signal and carries every line', () => {
    const [f] = runRule(
      sf201,
      buildService({ root: 'services/reports', language: 'go', signals: [GONUM, GOTA] }),
    )
    expect(f?.evidence.map((e) => `${e.path}:${e.line}`)).toEqual([
      'services/reports/go.mod:6',
      'services/reports/go.mod:8',
      'services/reports/stats/summary.go:7',
    ])
  })

  it('skips libraries', () => {
    expect(
      runRule(
        sf201,
        buildService({
          root: 'libs/stats',
          language: 'go',
          kind: 'library',
          signals: [GOTA, GONUM],
        }),
      ),
    ).toEqual([])
  })
})
