import { describe, expect, it } from 'vitest'
import { sf101 } from '../../src/core/4-evaluate/rules/sf101-ai-ml-outside-python.js'
import { buildService, type ServiceSpec } from '../support/build-service.js'
import { runRule } from './run-rule.js'

const ONNX_GO = {
  id: 'ai-ml.inference',
  at: [
    'services/recommender/go.mod:7 github.com/yalue/onnxruntime_go v1.13.0',
    'services/recommender/internal/rank/model.go:9 ort "github.com/yalue/onnxruntime_go"',
  ],
} as const
const ONNX_FILE = {
  id: 'ai-ml.model-artifact',
  at: ['services/recommender/models/ranker.onnx 48 MB model file'],
} as const
const GO_OPENAI = {
  id: 'ai-ml.llm-client',
  at: ['services/recommender/go.mod:5 github.com/sashabaranov/go-openai v1.36.1'],
} as const

const cases: {
  name: string
  spec: Omit<ServiceSpec, 'root'>
  severity?: 'warning' | 'notice'
  says?: string[]
  anchor?: string
}[] = [
  {
    name: 'Go running ONNX models in-process is a warning',
    spec: { language: 'go', signals: [ONNX_GO, ONNX_FILE] },
    severity: 'warning',
    says: [
      'services/recommender',
      'heavy AI/ML work in Go',
      'local model inference',
      "fraction of Python's",
      'at go.mod:7 (github.com/yalue/onnxruntime_go v1.13.0)',
    ],
    anchor: 'services/recommender/go.mod:7',
  },
  {
    name: 'Go training counts as heavy even next to a thin client',
    spec: {
      language: 'go',
      signals: [
        GO_OPENAI,
        {
          id: 'ai-ml.training',
          at: ['services/recommender/go.mod:9 github.com/sjwhitworth/golearn v0.0.0-20221228'],
        },
      ],
    },
    severity: 'warning',
    says: ['model training'],
    anchor: 'services/recommender/go.mod:9',
  },
  {
    name: 'Go with only a hosted-LLM client is a notice that says a thin client is often fine',
    spec: { language: 'go', signals: [GO_OPENAI] },
    severity: 'notice',
    says: [
      'calls AI services from Go',
      'LLM API client',
      'thin API client is often fine',
      'go.mod:5 (github.com/sashabaranov/go-openai v1.36.1)',
    ],
    anchor: 'services/recommender/go.mod:5',
  },
  {
    name: 'a weak heavy signal alone does not make the work heavy',
    spec: { language: 'go', signals: [GO_OPENAI, { ...ONNX_GO, strength: 'weak' }] },
    severity: 'notice',
    anchor: 'services/recommender/go.mod:5',
  },
  {
    name: 'weak signals alone are not judged',
    spec: { language: 'go', signals: [{ ...GO_OPENAI, strength: 'weak' }] },
  },
  {
    name: 'Python is the home of AI work',
    spec: {
      language: 'python',
      signals: [
        { id: 'ai-ml.training', at: ['services/recommender/requirements.txt:3 torch==2.3.1'] },
      ],
    },
  },
  {
    name: 'adequate ecosystems (Node.js) get a notice for heavy work',
    spec: {
      language: 'typescript',
      signals: [
        {
          id: 'ai-ml.inference',
          at: ['services/recommender/package.json:14 "onnxruntime-node": "^1.18.0"'],
        },
      ],
    },
    severity: 'notice',
    says: ['TypeScript/JavaScript (Node.js)', 'rated adequate'],
  },
  {
    name: 'adequate ecosystems are not flagged for a thin client',
    spec: {
      language: 'typescript',
      signals: [
        {
          id: 'ai-ml.llm-client',
          at: ['services/recommender/package.json:12 "openai": "^4.52.0"'],
        },
      ],
    },
  },
  {
    name: 'Rust is rated weak and gets a warning for training',
    spec: {
      language: 'rust',
      signals: [{ id: 'ai-ml.training', at: ['services/recommender/Cargo.toml:11 burn = "0.13"'] }],
    },
    severity: 'warning',
    says: ["Rust's AI/ML ecosystem is rated weak. candle"],
  },
  {
    name: 'a language without a profile gets no judgement',
    spec: {
      language: 'scala',
      signals: [{ id: 'ai-ml.training', at: ['services/recommender/build.sbt:4 spark-mllib'] }],
    },
  },
  {
    name: 'libraries are never judged',
    spec: { language: 'go', kind: 'library', signals: [ONNX_GO] },
  },
  {
    name: 'frontends are never judged',
    spec: {
      language: 'typescript',
      kind: 'frontend',
      signals: [
        {
          id: 'ai-ml.inference',
          at: ['services/recommender/package.json:9 "@xenova/transformers": "^2.17.0"'],
        },
      ],
    },
  },
]

describe('SF101 ai-ml-outside-python', () => {
  it.each(cases)('$name', ({ spec, severity, says, anchor }) => {
    const findings = runRule(sf101, buildService({ root: 'services/recommender', ...spec }))
    if (!severity) {
      expect(findings).toEqual([])
      return
    }
    expect(findings).toHaveLength(1)
    const [f] = findings
    expect(f?.severity).toBe(severity)
    for (const text of says ?? []) expect(f?.message).toContain(text)
    if (anchor) expect(`${f?.evidence[0]?.path}:${f?.evidence[0]?.line}`).toBe(anchor)
  })

  it('points at every line of the heavy evidence and none of the thin', () => {
    const [f] = runRule(
      sf101,
      buildService({
        root: 'services/recommender',
        language: 'go',
        signals: [ONNX_GO, ONNX_FILE, GO_OPENAI],
      }),
    )
    expect(f?.evidence.map((e) => e.path + (e.line ? `:${e.line}` : ''))).toEqual([
      'services/recommender/go.mod:7',
      'services/recommender/internal/rank/model.go:9',
      'services/recommender/models/ranker.onnx',
    ])
    expect(f?.fix).toContain('Python service')
  })
})
