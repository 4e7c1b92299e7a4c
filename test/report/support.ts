/**
 * A realistic report, written by hand so the renderers' golden files do not move when detectors
 * or rules change: a Go recommender doing real ML work, a Python inference service, a synchronous
 * Python realtime service, a shared library and a frontend; findings of every severity, one waived;
 * exclusions and diagnostics. Inputs are deliberately given out of order: buildReport sorts them.
 */
import type { Analysis, Finding, Report, Service, Verdict } from '../../src/core/model.js'
import { buildReport } from '../../src/core/5-report/json.js'

const recommender: Service = {
  root: 'services/recommender',
  name: 'github.com/acme/shop/services/recommender',
  kind: 'service',
  kindEvidence: [
    { path: 'services/recommender/cmd/server/main.go', line: 1, detail: 'package main' },
  ],
  markers: ['services/recommender/go.mod', 'services/recommender/Dockerfile'],
  language: {
    id: 'go',
    shares: [
      { id: 'shell', bytes: 1_204, share: 0.0098 },
      { id: 'go', bytes: 121_377, share: 0.9902 },
    ],
    evidence: [{ path: 'services/recommender/go.mod', detail: '99% of code bytes are Go' }],
  },
  signals: [
    {
      id: 'concurrency.high-throughput',
      category: 'concurrency',
      strength: 'weak',
      evidence: [
        { path: 'services/recommender/deploy/hpa.yaml', line: 11, detail: 'maxReplicas: 40' },
      ],
    },
    {
      id: 'ai-ml.inference',
      category: 'ai-ml',
      strength: 'strong',
      evidence: [
        {
          path: 'services/recommender/internal/rank/model.go',
          line: 9,
          detail: 'import ort "github.com/yalue/onnxruntime_go"',
        },
        {
          path: 'services/recommender/go.mod',
          line: 8,
          detail: 'require github.com/yalue/onnxruntime_go v1.13.0',
        },
      ],
    },
    {
      id: 'ai-ml.model-artifact',
      category: 'ai-ml',
      strength: 'strong',
      evidence: [{ path: 'services/recommender/models/ranker.onnx', detail: 'ONNX model, 48 MB' }],
    },
    {
      id: 'ai-ml.llm-client',
      category: 'ai-ml',
      strength: 'strong',
      evidence: [
        {
          path: 'services/recommender/go.mod',
          line: 7,
          detail: 'require github.com/sashabaranov/go-openai v1.32.0',
        },
      ],
    },
  ],
  frameworks: [
    {
      name: 'gin',
      role: 'web',
      model: 'goroutines',
      evidence: [
        {
          path: 'services/recommender/go.mod',
          line: 6,
          detail: 'require github.com/gin-gonic/gin v1.10.0',
        },
      ],
    },
  ],
}

const inference: Service = {
  root: 'services/inference',
  name: 'inference',
  kind: 'service',
  kindEvidence: [
    {
      path: 'services/inference/Dockerfile',
      line: 14,
      detail: 'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]',
    },
  ],
  markers: ['services/inference/Dockerfile', 'services/inference/pyproject.toml'],
  language: {
    id: 'python',
    shares: [{ id: 'python', bytes: 48_310, share: 1 }],
    evidence: [
      { path: 'services/inference/pyproject.toml', detail: '100% of code bytes are Python' },
    ],
  },
  signals: [
    {
      id: 'ai-ml.inference',
      category: 'ai-ml',
      strength: 'strong',
      evidence: [
        { path: 'services/inference/pyproject.toml', line: 9, detail: '"transformers>=4.44"' },
        {
          path: 'services/inference/app/model.py',
          line: 3,
          detail: 'from transformers import pipeline',
        },
      ],
    },
    {
      id: 'ai-ml.gpu',
      category: 'ai-ml',
      strength: 'strong',
      evidence: [
        {
          path: 'services/inference/Dockerfile',
          line: 1,
          detail: 'FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04',
        },
      ],
    },
    {
      id: 'data.scientific',
      category: 'data',
      strength: 'weak',
      evidence: [{ path: 'services/inference/pyproject.toml', line: 11, detail: '"numpy>=1.26"' }],
    },
  ],
  frameworks: [
    {
      name: 'fastapi',
      role: 'web',
      model: 'async',
      evidence: [
        { path: 'services/inference/pyproject.toml', line: 8, detail: '"fastapi>=0.110"' },
      ],
    },
  ],
}

const chat: Service = {
  root: 'services/chat-realtime',
  name: 'chat-realtime',
  kind: 'service',
  kindEvidence: [
    { path: 'services/chat-realtime/app.py', line: 58, detail: "if __name__ == '__main__':" },
  ],
  markers: ['services/chat-realtime/requirements.txt'],
  language: {
    id: 'python',
    shares: [
      { id: 'python', bytes: 9_870, share: 0.8213 },
      { id: 'javascript', bytes: 2_148, share: 0.1787 },
    ],
    evidence: [
      { path: 'services/chat-realtime/requirements.txt', detail: '82% of code bytes are Python' },
    ],
  },
  signals: [
    {
      id: 'resource.tight-limits',
      category: 'resource',
      strength: 'strong',
      evidence: [
        {
          path: 'services/chat-realtime/deploy/deployment.yaml',
          line: 31,
          detail: 'memory: 128Mi',
        },
      ],
    },
    {
      id: 'concurrency.realtime',
      category: 'concurrency',
      strength: 'strong',
      evidence: [
        { path: 'services/chat-realtime/requirements.txt', line: 3, detail: 'flask-sock==0.7.0' },
        { path: 'services/chat-realtime/app.py', line: 4, detail: 'from flask_sock import Sock' },
      ],
    },
    {
      id: 'deployment.single-binary',
      category: 'deployment',
      strength: 'weak',
      evidence: [
        {
          path: 'services/chat-realtime/Dockerfile',
          line: 9,
          detail: 'RUN pyinstaller --onefile app.py',
        },
      ],
    },
  ],
  frameworks: [
    {
      name: 'flask',
      role: 'web',
      model: 'sync',
      evidence: [
        { path: 'services/chat-realtime/requirements.txt', line: 1, detail: 'Flask==3.0.3' },
      ],
    },
  ],
}

const sharedLib: Service = {
  root: 'libs/py-common',
  name: 'acme-common',
  kind: 'library',
  kindEvidence: [
    { path: 'libs/py-common/pyproject.toml', detail: 'no entry point, server or worker' },
  ],
  markers: ['libs/py-common/pyproject.toml'],
  language: {
    id: 'python',
    shares: [{ id: 'python', bytes: 6_402, share: 1 }],
    evidence: [],
  },
  signals: [],
  frameworks: [],
}

const web: Service = {
  root: 'web',
  name: '@acme/web',
  kind: 'frontend',
  kindEvidence: [{ path: 'web/package.json', line: 12, detail: '"next": "14.2.5"' }],
  markers: ['web/package.json'],
  language: {
    id: 'typescript',
    shares: [
      { id: 'typescript', bytes: 88_019, share: 0.9378 },
      { id: 'css', bytes: 5_840, share: 0.0622 },
    ],
    evidence: [],
  },
  signals: [],
  frameworks: [
    {
      name: 'next',
      role: 'ui',
      model: 'event-loop',
      evidence: [{ path: 'web/package.json', line: 12, detail: '"next": "14.2.5"' }],
    },
  ],
}

/** The findings, out of order on purpose. */
export const sampleFindings: Finding[] = [
  {
    ruleId: 'SF401',
    ruleName: 'tight-budget-on-python',
    category: 'resource',
    severity: 'notice',
    service: 'services/chat-realtime',
    message:
      'services/chat-realtime (Python) runs under a 128Mi memory limit (deploy/deployment.yaml:31); a Python process with its interpreter and dependencies leaves little headroom.',
    fix: 'Raise the limit to what the service uses under load, or move the hot path into a Go service.',
    evidence: [
      { path: 'services/chat-realtime/deploy/deployment.yaml', line: 31, detail: 'memory: 128Mi' },
    ],
    fingerprint: '6c1f0a9e2b7d4415',
  },
  {
    ruleId: 'SF301',
    ruleName: 'realtime-load-on-sync-python',
    category: 'concurrency',
    severity: 'warning',
    service: 'services/chat-realtime',
    message:
      'services/chat-realtime (Python) holds WebSocket connections (flask-sock, requirements.txt:3) on Flask, a synchronous stack: each open connection ties up a worker.',
    fix: 'Move the connection handling to an asyncio framework (FastAPI, Starlette, aiohttp) or into a Go service, and keep Python for the rest.',
    evidence: [
      { path: 'services/chat-realtime/requirements.txt', line: 3, detail: 'flask-sock==0.7.0' },
      { path: 'services/chat-realtime/app.py', line: 4, detail: 'from flask_sock import Sock' },
      { path: 'services/chat-realtime/requirements.txt', line: 1, detail: 'Flask==3.0.3' },
    ],
    fingerprint: '0d93b7c4e15a2f88',
  },
  {
    ruleId: 'SF901',
    ruleName: 'lone-language',
    category: 'hygiene',
    severity: 'notice',
    service: 'services/recommender',
    message:
      'services/recommender is the only Go service in a repository whose other services are Python.',
    fix: 'Write the service in the language the team already uses, unless its workload calls for Go.',
    evidence: [
      {
        path: 'services/recommender/go.mod',
        detail: 'module github.com/acme/shop/services/recommender',
      },
    ],
    fingerprint: 'f2a4c8e01b3d5967',
  },
  {
    ruleId: 'SF101',
    ruleName: 'ai-ml-outside-python',
    category: 'ai-ml',
    severity: 'error',
    service: 'services/recommender',
    message:
      'services/recommender (Go) runs models in-process (onnxruntime_go, internal/rank/model.go:9) and ships model weights (models/ranker.onnx); Go’s ML ecosystem is a fraction of Python’s.',
    fix: 'Move the model work into a Python service and call it over HTTP or a queue; keep this service for what its language does well.',
    evidence: [
      {
        path: 'services/recommender/internal/rank/model.go',
        line: 9,
        detail: 'import ort "github.com/yalue/onnxruntime_go"',
      },
      {
        path: 'services/recommender/go.mod',
        line: 8,
        detail: 'require github.com/yalue/onnxruntime_go v1.13.0',
      },
      { path: 'services/recommender/models/ranker.onnx', detail: 'ONNX model, 48 MB' },
    ],
    fingerprint: '9b2e61d07c4a3f10',
  },
  {
    ruleId: 'SF402',
    ruleName: 'single-binary-on-python',
    category: 'deployment',
    severity: 'notice',
    service: 'services/chat-realtime',
    message:
      'services/chat-realtime (Python) is packed into one binary with PyInstaller (Dockerfile:9); Go produces a static binary without a bundler.',
    fix: 'Ship the Python service as a container image, or write it in Go if a single binary is a requirement.',
    evidence: [
      {
        path: 'services/chat-realtime/Dockerfile',
        line: 9,
        detail: 'RUN pyinstaller --onefile app.py',
      },
    ],
    fingerprint: '47e0c2b9a8d16f35',
    waived: {
      reason: 'Edge devices have no container runtime; the binary is what we ship.',
      owner: '@acme/platform',
      expires: '2026-12-31',
      source: '.stackfit.yml:14',
    },
  },
]

/** The analysis, out of order on purpose. */
export const sampleAnalysis: Analysis = {
  services: [web, recommender, sharedLib, chat, inference],
  exclusions: [
    {
      path: 'services/recommender/internal/pb/rank.pb.go',
      reason: 'generated',
      source: 'built-in: *.pb.go',
    },
    { path: 'vendor', reason: 'vendored', source: 'built-in: vendor/' },
    { path: 'docs', reason: 'documentation', source: '.gitattributes:2' },
    {
      path: 'services/recommender/internal/pb/rank_grpc.pb.go',
      reason: 'generated',
      source: 'built-in: *.pb.go',
    },
    { path: 'vendor/github.com/pkg/errors', reason: 'vendored', source: 'built-in: vendor/' },
    { path: 'services/recommender/testdata', reason: 'testdata', source: 'built-in: testdata/' },
    { path: 'web/node_modules', reason: 'node_modules', source: 'built-in: node_modules/' },
  ],
  diagnostics: [
    {
      severity: 'warning',
      code: 'manifest-parse',
      message:
        "libs/py-common/pyproject.toml could not be parsed: invalid TOML at line 12, column 5 (expected '=' after a key)",
      path: 'libs/py-common/pyproject.toml',
      line: 12,
      column: 5,
    },
    {
      severity: 'info',
      code: 'file-too-large',
      message:
        'services/inference/data/embeddings.parquet is 812,443,136 bytes, above the 2,097,152-byte limit; it was not read',
      path: 'services/inference/data/embeddings.parquet',
    },
  ],
  fileCount: 412,
}

/** The verdict for the sample findings with fail-on warning (one error, one warning, one notice counted). */
export const sampleVerdict: Verdict = {
  conclusion: 'fail',
  counts: { error: 1, warning: 1, notice: 2 },
  failOn: 'warning',
  headline:
    'stackfit: 1 error, 1 warning, 2 notices (1 waived) — fails on warning: SF101 ai-ml-outside-python in services/recommender, SF301 realtime-load-on-sync-python in services/chat-realtime',
}

/** The sample report, built through buildReport so that its sorting is exercised. */
export function sampleReport(): Report {
  return buildReport(
    structuredClone(sampleAnalysis),
    structuredClone(sampleFindings),
    sampleVerdict,
    {
      version: '0.1.0',
      root: '.',
    },
  )
}

/** A report with `count` findings spread over the sample's services, for size budgets. */
export function hugeReport(count: number): Report {
  const report = sampleReport()
  const services = report.services.filter((s) => s.kind === 'service')
  const findings: Finding[] = []
  for (let i = 0; i < count; i++) {
    const service = services[i % services.length] as Service
    findings.push({
      ruleId: `SF${101 + (i % 7)}`,
      ruleName: 'ai-ml-outside-python',
      category: 'ai-ml',
      severity: i % 3 === 0 ? 'warning' : 'notice',
      service: service.root,
      message: `${service.root} finding number ${i}: a long explanation of what was found and why the guide disagrees with it, repeated to take some room.`,
      fix: 'Move the model work into a Python service and call it over HTTP or a queue.',
      evidence: [
        {
          path: `${service.root}/pkg/module${i}/file.go`,
          line: 10 + (i % 50),
          detail: `import "github.com/example/ml${i}"`,
        },
        {
          path: `${service.root}/go.mod`,
          line: 5,
          detail: `require github.com/example/ml${i} v1.0.0`,
        },
      ],
      fingerprint: i.toString(16).padStart(16, '0'),
    })
  }
  return { ...report, findings }
}
