import { describe, expect, it } from 'vitest'
import {
  quadrantPoints,
  quadrantWeights,
  renderQuadrantChart,
  sanitiseLabel,
} from '../../src/core/5-report/mermaid.js'
import type { Category, Service, Signal, Strength } from '../../src/core/model.js'
import { parseMermaid } from '../support/mermaid.js'
import { sampleReport } from './support.js'

function service(root: string, signals: [Category, Strength][] = [], language = 'go'): Service {
  return {
    root,
    name: root,
    kind: 'service',
    kindEvidence: [],
    markers: [`${root}/go.mod`],
    language: { id: language, shares: [{ id: language, bytes: 100, share: 1 }], evidence: [] },
    signals: signals.map(([category, strength], i): Signal => ({
      id: `${category}.s${i}`,
      category,
      strength,
      evidence: [{ path: `${root}/main.go`, line: i + 1, detail: 'x' }],
    })),
    frameworks: [],
  }
}

describe('quadrantWeights', () => {
  it.each([
    ['no signals', [], 0, 0],
    ['one strong ai-ml signal', [['ai-ml', 'strong']], 0.63, 0],
    ['one weak data signal', [['data', 'weak']], 0.33, 0],
    [
      'ai-ml and data add up',
      [
        ['ai-ml', 'strong'],
        ['data', 'strong'],
      ],
      0.86,
      0,
    ],
    ['one strong realtime signal', [['concurrency', 'strong']], 0, 0.63],
    ['latency counts on y', [['latency', 'weak']], 0, 0.33],
    [
      'resource, deployment and prototype count on neither axis',
      [
        ['resource', 'strong'],
        ['deployment', 'strong'],
        ['prototype', 'strong'],
      ],
      0,
      0,
    ],
    ['many strong signals cap at 1', Array.from({ length: 9 }, () => ['ai-ml', 'strong']), 1, 0],
    [
      'both axes at once',
      [
        ['ai-ml', 'strong'],
        ['ai-ml', 'strong'],
        ['ai-ml', 'strong'],
        ['concurrency', 'strong'],
      ],
      0.95,
      0.63,
    ],
  ] as [string, [Category, Strength][], number, number][])('%s', (_, signals, x, y) => {
    expect(quadrantWeights(service('s', signals))).toEqual({ x, y })
  })
})

describe('quadrantPoints', () => {
  it('places only services of kind service, sorted by root', () => {
    const report = sampleReport()
    expect(quadrantPoints(report.services).map((p) => p.root)).toEqual([
      'services/chat-realtime',
      'services/inference',
      'services/recommender',
    ])
  })

  it('nudges services that would share a spot apart, deterministically and inside 0..1', () => {
    const same = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'].map((r) => service(r))
    const points = quadrantPoints(same)
    const spots = points.map((p) => `${p.x},${p.y}`)
    expect(new Set(spots).size).toBe(points.length)
    for (const p of points) {
      expect(p.x).toBeGreaterThanOrEqual(0)
      expect(p.x).toBeLessThanOrEqual(1)
      expect(p.y).toBeGreaterThanOrEqual(0)
      expect(p.y).toBeLessThanOrEqual(1)
    }
    expect(quadrantPoints([...same].reverse())).toEqual(points)
  })

  it('leaves a lone service exactly at its weights', () => {
    const [p] = quadrantPoints([service('a', [['ai-ml', 'strong']])])
    expect(p).toMatchObject({ x: 0.63, y: 0 })
  })
})

describe('renderQuadrantChart', () => {
  it('names the homes so a service in the wrong one stands out', () => {
    const chart = renderQuadrantChart(sampleReport().services)
    expect(chart).toContain('quadrant-4 "Python\'s home: AI/data-heavy"')
    expect(chart).toContain('quadrant-2 "Go\'s home: concurrency/latency-heavy"')
    // The ML-heavy Go service sits right of the middle, in Python's home.
    expect(chart).toMatch(/"services\/recommender \(go\)": \[(1|0\.[5-9]\d), 0\.[0-4]\d\]/)
    // The synchronous realtime Python service sits above the middle, in Go's home.
    expect(chart).toMatch(/"services\/chat-realtime \(python\)": \[0, 0\.[5-9]\d\]/)
  })

  it('parses with mermaid for the sample report', async () => {
    await expect(
      parseMermaid(renderQuadrantChart(sampleReport().services)),
    ).resolves.toBeUndefined()
  })

  it.each([
    ['double quotes', 'services/"quoted"'],
    ['colons', 'services/api:v2'],
    ['brackets', 'services/[id]/handler'],
    ['unicode', 'services/日本語-サービス/é'],
    ['percent comment', 'services/a%%b'],
    ['backticks', '`services`/x'],
    ['html', 'services/<b>bold</b>'],
    ['semicolons and hashes', 'svc;#1'],
    ['newlines and tabs', 'svc\nquadrant-1 "pwned"\tx'],
    ['a very long name', 'services/' + 'x'.repeat(200)],
    ['an empty root', ''],
    ['emoji', 'services/🚀rocket'],
  ])('parses with mermaid when a service name has %s', async (_, root) => {
    const chart = renderQuadrantChart([
      service(root, [['ai-ml', 'strong']]),
      service('other', [['concurrency', 'strong']]),
    ])
    expect(chart.split('\n').filter((l) => l.includes('": [')).length).toBe(2)
    await expect(parseMermaid(chart)).resolves.toBeUndefined()
  })

  it('parses with mermaid when there is no judged service', async () => {
    await expect(parseMermaid(renderQuadrantChart([]))).resolves.toBeUndefined()
  })

  it('writes coordinates only in the forms the grammar accepts', () => {
    const chart = renderQuadrantChart([
      service(
        'full',
        Array.from({ length: 9 }, () => ['ai-ml', 'strong'] as [Category, Strength]),
      ),
      service('none'),
    ])
    expect(chart).toContain('"full (go)": [1, 0]')
    expect(chart).toContain('"none (go)": [0, 0]')
    for (const m of chart.matchAll(/\[([^\]]+)\]$/gm)) {
      for (const n of m[1]!.split(', ')) expect(n).toMatch(/^(1|0|0\.\d\d)$/)
    }
  })

  // Negative controls: the parse helper must reject what GitHub would show as an error box.
  it.each([
    ['an unquoted point name with a double quote', 'quadrantChart\n  "a"b": [0.1, 0.2]\n'],
    ['a coordinate above 1', 'quadrantChart\n  "a": [0.1, 1.5]\n'],
    ['a coordinate written 1.0', 'quadrantChart\n  "a": [1.0, 0.5]\n'],
    ['parentheses in unquoted axis text', 'quadrantChart\n  x-axis (low) --> high\n'],
    ['a misspelt keyword', 'quadrantChart\n  quadrant-5 "x"\n'],
  ])('rejects a broken chart: %s', async (_, text) => {
    await expect(parseMermaid(text)).rejects.toThrow()
  })
})

describe('sanitiseLabel', () => {
  it.each([
    ['a"b', "a'b"],
    ['a`b', "a'b"],
    ['a<b>c', 'a b c'],
    ['a\nb', 'a b'],
    ['  ', 'service'],
    ['x'.repeat(70), 'x'.repeat(59) + '…'],
    ['日本', '日本'],
  ])('%j → %j', (raw, clean) => {
    expect(sanitiseLabel(raw)).toBe(clean)
  })
})
