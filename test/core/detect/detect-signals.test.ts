import { describe, expect, it } from 'vitest'
import { MAX_EVIDENCE, isTestPath } from '../../../src/core/3-detect/detect-signals.js'
import { dep, detect, evidenceOf, manifest, source, strengths } from './support.js'

const REQ = 'svc/requirements.txt'

describe('manifest dependencies', () => {
  it('turns a realistic requirements file into signals with the declaration as evidence', () => {
    const result = detect({
      manifests: [
        manifest(REQ, 'requirements.txt', [
          dep('pypi', 'fastapi', REQ, 1, { text: 'fastapi==0.111.0' }),
          dep('pypi', 'openai', REQ, 2, { text: 'openai>=1.30' }),
          dep('pypi', 'torch', REQ, 3, { text: 'torch==2.3.1' }),
          dep('pypi', 'numpy', REQ, 4, { text: 'numpy<2' }),
          dep('pypi', 'requests', REQ, 5, { text: 'requests' }),
        ]),
      ],
    })
    expect(strengths(result)).toEqual({
      'ai-ml.llm-client': 'strong',
      'ai-ml.training': 'strong',
      'data.scientific': 'weak',
    })
    expect(evidenceOf(result, 'ai-ml.llm-client')).toEqual([
      { path: REQ, line: 2, detail: 'openai>=1.30' },
    ])
    expect(result.frameworks).toEqual([
      {
        name: 'fastapi',
        role: 'web',
        model: 'async',
        evidence: [{ path: REQ, line: 1, detail: 'fastapi==0.111.0' }],
      },
    ])
  })

  it('ignores development dependencies entirely, signals and frameworks alike', () => {
    const path = 'svc/pyproject.toml'
    const result = detect({
      manifests: [
        manifest(path, 'pyproject.toml', [
          dep('pypi', 'pandas', path, 12, { dev: true, text: 'pandas = "^2.2"' }),
          dep('pypi', 'flask', path, 13, { dev: true, text: 'flask = "^3"' }),
          dep('pypi', 'jupyterlab', path, 14, { dev: true }),
        ]),
      ],
    })
    expect(result.signals).toEqual([])
    expect(result.frameworks).toEqual([])
  })

  it('makes no signal and no framework from indirect dependencies alone', () => {
    const path = 'svc/go.mod'
    const result = detect({
      language: 'go',
      manifests: [
        manifest(path, 'go.mod', [
          dep('go', 'github.com/sashabaranov/go-openai', path, 6, {
            indirect: true,
            text: 'github.com/sashabaranov/go-openai v1.20.0 // indirect',
          }),
          dep('go', 'github.com/json-iterator/go', path, 8, { indirect: true }),
          dep('go', 'github.com/gin-gonic/gin', path, 7, { indirect: true }),
        ]),
      ],
    })
    expect(result.signals).toEqual([])
    expect(result.frameworks).toEqual([])
  })

  it('attaches an indirect dependency to a signal direct evidence proves, without strengthening it', () => {
    const path = 'svc/go.mod'
    const result = detect({
      language: 'go',
      manifests: [
        manifest(path, 'go.mod', [
          dep('go', 'github.com/goccy/go-json', path, 5),
          dep('go', 'github.com/valyala/fasthttp', path, 9, { indirect: true }),
        ]),
      ],
    })
    expect(strengths(result)).toEqual({ 'latency.low-latency': 'weak' })
    expect(evidenceOf(result, 'latency.low-latency').map((e) => e.line)).toEqual([5, 9])
  })

  it('takes the strongest source: a direct dependency beats an indirect one', () => {
    const path = 'svc/go.mod'
    const result = detect({
      language: 'go',
      manifests: [
        manifest(path, 'go.mod', [
          dep('go', 'github.com/segmentio/kafka-go', path, 5),
          dep('go', 'github.com/IBM/sarama', path, 20, { indirect: true }),
        ]),
      ],
    })
    expect(strengths(result)).toEqual({ 'concurrency.message-broker': 'strong' })
    expect(evidenceOf(result, 'concurrency.message-broker').map((e) => e.line)).toEqual([5, 20])
  })

  it('matches PyPI names however they are spelled', () => {
    const result = detect({
      manifests: [
        manifest(REQ, 'requirements.txt', [
          dep('pypi', 'Sentence_Transformers', REQ, 1),
          dep('pypi', 'scikit_learn', REQ, 2),
        ]),
      ],
    })
    expect(strengths(result)).toEqual({ 'ai-ml.inference': 'strong', 'ai-ml.training': 'strong' })
  })

  it('matches NuGet ids case-insensitively', () => {
    const path = 'svc/Api.csproj'
    const result = detect({
      language: 'c#',
      manifests: [manifest(path, 'csproj', [dep('nuget', 'microsoft.semantickernel', path, 9)])],
    })
    expect(strengths(result)).toEqual({ 'ai-ml.llm-orchestration': 'strong' })
  })
})

describe('source imports', () => {
  it('reads imports of non-test source files and skips generated ones', () => {
    const result = detect({
      sources: [
        source('svc/app/model.py', 'python', [['torch', 1, 'import torch']]),
        source('svc/app/pb/model_pb2_grpc.py', 'python', [['grpc', 2, 'import grpc']], [], {
          generated: true,
        }),
        source('svc/tests/test_model.py', 'python', [['pandas', 1, 'import pandas as pd']]),
        source('svc/app/test_helpers_test.py', 'python', [['polars', 1, 'import polars']]),
      ],
    })
    expect(strengths(result)).toEqual({ 'ai-ml.training': 'strong' })
  })

  it('counts an import found only in code (no manifest) at the entry strength', () => {
    const result = detect({
      language: 'go',
      sources: [
        source('svc/main.go', 'go', [
          ['github.com/gorilla/websocket', 5, '"github.com/gorilla/websocket"'],
        ]),
      ],
    })
    expect(evidenceOf(result, 'concurrency.realtime')).toEqual([
      { path: 'svc/main.go', line: 5, detail: '"github.com/gorilla/websocket"' },
    ])
    expect(strengths(result)).toEqual({ 'concurrency.realtime': 'strong' })
  })

  it('ignores first-party Python packages that share a catalog name', () => {
    const path = 'svc/pyproject.toml'
    const result = detect({
      manifests: [manifest(path, 'pyproject.toml', [], { name: 'langchain' })],
      sources: [
        source('svc/langchain/__init__.py', 'python'),
        source('svc/langchain/chains/base.py', 'python', [
          ['langchain.schema', 3, 'from langchain.schema import BaseMemory'],
        ]),
      ],
    })
    expect(result.signals).toEqual([])
  })

  it('ignores first-party Python modules under src/', () => {
    const result = detect({
      sources: [
        source('svc/src/ray/__init__.py', 'python'),
        source('svc/src/ray/worker.py', 'python', [['ray.util', 1, 'from ray.util import x']]),
      ],
    })
    expect(result.signals).toEqual([])
  })

  it("ignores Go imports under the unit's own module path", () => {
    const path = 'svc/go.mod'
    const result = detect({
      language: 'go',
      manifests: [manifest(path, 'go.mod', [], { name: 'github.com/ollama/ollama' })],
      sources: [
        source('svc/server/routes.go', 'go', [
          ['github.com/ollama/ollama/api', 12, '"github.com/ollama/ollama/api"'],
        ]),
      ],
    })
    expect(result.signals).toEqual([])
  })

  it("ignores imports of the unit's own npm package", () => {
    const path = 'svc/package.json'
    const result = detect({
      language: 'typescript',
      manifests: [manifest(path, 'package.json', [], { name: 'openai' })],
      sources: [
        source('svc/src/index.ts', 'typescript', [
          ['openai/resources', 1, "import { Chat } from 'openai/resources'"],
        ]),
      ],
    })
    expect(result.signals).toEqual([])
  })

  it('asks the context for each file at most once', () => {
    const { ctx } = detect({
      sources: [
        source('svc/a.py', 'python', [['torch', 1, 'import torch']]),
        source('svc/b.py', 'python'),
      ],
      files: { 'svc/README.md': '# svc' },
    })
    expect(new Set(ctx.sourceCalls).size).toBe(ctx.sourceCalls.length)
  })
})

describe('code hints', () => {
  it('counts websocket handlers and streaming responses as strong realtime', () => {
    const result = detect({
      sources: [
        source(
          'svc/app/ws.py',
          'python',
          [],
          [['py.websocket-handler', 14, '@app.websocket("/ws")']],
        ),
        source(
          'svc/app/chat.py',
          'python',
          [],
          [
            [
              'py.streaming-response',
              30,
              'return StreamingResponse(gen(), media_type="text/event-stream")',
            ],
          ],
        ),
      ],
    })
    expect(strengths(result)).toEqual({ 'concurrency.realtime': 'strong' })
    expect(evidenceOf(result, 'concurrency.realtime').map((e) => `${e.path}:${e.line}`)).toEqual([
      'svc/app/chat.py:30',
      'svc/app/ws.py:14',
    ])
  })

  it.each([
    ['a lone background thread', [], 'threading.Thread(target=heartbeat, daemon=True).start()', {}],
    [
      'a thread pool',
      [],
      'pool = ThreadPoolExecutor(max_workers=16)',
      { 'concurrency.threads': 'weak' },
    ],
    [
      'threads in a service using Pillow',
      [['PIL', 1, 'from PIL import Image']],
      'threading.Thread(target=resize, args=(path,)).start()',
      { 'concurrency.threads': 'weak', 'resource.cpu-bound': 'strong' },
    ],
  ] as const)('py.threading: %s', (_, imports, text, expected) => {
    const result = detect({
      sources: [
        source(
          'svc/worker.py',
          'python',
          imports.map((i) => [...i]) as [string, number, string][],
          [['py.threading', 8, text]],
        ),
      ],
    })
    expect(strengths(result)).toEqual(expected)
  })

  it('does not treat goroutines or asyncio as signals by themselves', () => {
    const result = detect({
      language: 'go',
      sources: [
        source(
          'svc/main.go',
          'go',
          [],
          [
            ['go.goroutine', 20, 'go worker(ch)'],
            ['go.func-main', 10, 'func main() {'],
          ],
        ),
      ],
    })
    expect(result.signals).toEqual([])
  })

  it('counts node worker threads as weak thread use', () => {
    const result = detect({
      language: 'typescript',
      sources: [
        source(
          'svc/src/pool.ts',
          'typescript',
          [],
          [['js.worker-threads', 7, "const w = new Worker('./resize.js')"]],
        ),
      ],
    })
    expect(strengths(result)).toEqual({ 'concurrency.threads': 'weak' })
  })
})

describe('gRPC: serving, not calling', () => {
  const GO_MOD = 'svc/go.mod'
  const grpcRequire = dep('go', 'google.golang.org/grpc', GO_MOD, 7, {
    text: 'google.golang.org/grpc v1.64.0',
  })

  it.each([
    [
      'Go: only the codes and status error helpers',
      'go',
      [
        source('svc/adapters/repo.go', 'go', [
          ['google.golang.org/grpc/codes', 13, '"google.golang.org/grpc/codes"'],
          ['google.golang.org/grpc/status', 14, '"google.golang.org/grpc/status"'],
        ]),
      ],
    ],
    [
      'Go: a client that dials another service',
      'go',
      [
        source(
          'svc/main.go',
          'go',
          [
            ['google.golang.org/grpc', 54, '"google.golang.org/grpc"'],
            [
              'google.golang.org/grpc/credentials/insecure',
              55,
              '"google.golang.org/grpc/credentials/insecure"',
            ],
          ],
          [],
        ),
      ],
    ],
    ['Python: grpcio declared, never imported (an exporter needs it)', 'python', []],
    [
      'Python: a client stub',
      'python',
      [source('svc/client.py', 'python', [['grpc', 1, 'import grpc']])],
    ],
  ] as const)('%s is no gRPC signal and no framework', (_, language, sources) => {
    const manifests =
      language === 'go'
        ? [manifest(GO_MOD, 'go.mod', [grpcRequire])]
        : [manifest(REQ, 'requirements.txt', [dep('pypi', 'grpcio', REQ, 3)])]
    const result = detect({ language, manifests, sources: [...sources] })
    expect(result.signals).toEqual([])
    expect(result.frameworks).toEqual([])
  })

  it('Go: grpc.NewServer makes the signal and the framework, with the module as support', () => {
    const result = detect({
      language: 'go',
      manifests: [manifest(GO_MOD, 'go.mod', [grpcRequire])],
      sources: [
        source(
          'svc/main.go',
          'go',
          [['google.golang.org/grpc', 26, '"google.golang.org/grpc"']],
          [['go.grpc-server', 47, 'srv := grpc.NewServer()']],
        ),
      ],
    })
    expect(strengths(result)).toEqual({ 'concurrency.grpc-streaming': 'weak' })
    expect(
      evidenceOf(result, 'concurrency.grpc-streaming').map((e) => `${e.path}:${e.line}`),
    ).toEqual(['svc/go.mod:7', 'svc/main.go:26', 'svc/main.go:47'])
    expect(result.frameworks.map((f) => f.name)).toEqual(['grpc-go'])
  })

  it('Python: grpc.server(...) makes the signal; its own thread pool is not thread use', () => {
    const line = 'server = grpc.server(futures.ThreadPoolExecutor(max_workers=10))'
    const result = detect({
      manifests: [
        manifest(REQ, 'requirements.txt', [
          dep('pypi', 'grpcio', REQ, 1),
          dep('pypi', 'scipy', REQ, 3),
        ]),
      ],
      sources: [
        source(
          'svc/main.py',
          'python',
          [['grpc', 1, 'import grpc']],
          [
            ['py.grpc-server', 29, line],
            ['py.threading', 29, line],
          ],
        ),
      ],
    })
    expect(strengths(result)).toEqual({
      'data.scientific': 'strong',
      'concurrency.grpc-streaming': 'weak',
    })
  })

  it('Python: a separate CPU pool in a gRPC service is still thread use', () => {
    const result = detect({
      manifests: [manifest(REQ, 'requirements.txt', [dep('pypi', 'numpy', REQ, 3)])],
      sources: [
        source(
          'svc/main.py',
          'python',
          [],
          [
            ['py.grpc-server', 29, 'server = grpc.server(futures.ThreadPoolExecutor(4))'],
            ['py.threading', 40, 'pool = ThreadPoolExecutor(max_workers=8)'],
          ],
        ),
      ],
    })
    expect(strengths(result)['concurrency.threads']).toBe('weak')
  })
})

describe('frameworks', () => {
  it('counts net/http only when the unit listens, with the import and listen lines as evidence', () => {
    const imports: [string, number, string][] = [['net/http', 4, '"net/http"']]
    const client = detect({ language: 'go', sources: [source('svc/client.go', 'go', imports)] })
    expect(client.frameworks).toEqual([])
    const server = detect({
      language: 'go',
      sources: [
        source('svc/main.go', 'go', imports, [
          ['go.listen', 31, 'log.Fatal(http.ListenAndServe(":8080", mux))'],
        ]),
      ],
    })
    expect(server.frameworks).toEqual([
      {
        name: 'net/http',
        role: 'web',
        model: 'goroutines',
        evidence: [
          { path: 'svc/main.go', line: 4, detail: '"net/http"' },
          { path: 'svc/main.go', line: 31, detail: 'log.Fatal(http.ListenAndServe(":8080", mux))' },
        ],
      },
    ])
  })

  it('merges a framework seen in the manifest and in imports, sorted by name', () => {
    const result = detect({
      manifests: [
        manifest(REQ, 'requirements.txt', [
          dep('pypi', 'flask', REQ, 1, { text: 'Flask==3.0.3' }),
          dep('pypi', 'celery', REQ, 2, { text: 'celery[redis]==5.4.0' }),
        ]),
      ],
      sources: [source('svc/app.py', 'python', [['flask', 1, 'from flask import Flask']])],
    })
    expect(result.frameworks.map((f) => [f.name, f.model, f.evidence.length])).toEqual([
      ['celery', 'threads', 1],
      ['flask', 'sync', 2],
    ])
  })
})

describe('files', () => {
  it('reports model artefacts by extension without reading them', () => {
    const result = detect({
      sizes: {
        'svc/models/encoder.onnx': 90_000_000,
        'svc/models/scaler.pkl': 2_000,
        'svc/models/classifier.pkl': 5_000_000,
        'svc/tests/fixtures/tiny.onnx': 1_000,
      },
    })
    expect(strengths(result)).toEqual({ 'ai-ml.model-artifact': 'strong' })
    expect(evidenceOf(result, 'ai-ml.model-artifact')).toEqual([
      { path: 'svc/models/classifier.pkl', detail: 'pkl file, 4.8 MiB' },
      { path: 'svc/models/encoder.onnx', detail: 'onnx file, 85.8 MiB' },
      { path: 'svc/models/scaler.pkl', detail: 'pkl file, 2.0 KiB' },
    ])
    expect(result.ctx.sourceCalls).not.toContain('svc/models/encoder.onnx')
  })

  it('keeps a small pickle weak', () => {
    expect(strengths(detect({ sizes: { 'svc/cache/lookup.pkl': 4_096 } }))).toEqual({
      'ai-ml.model-artifact': 'weak',
    })
  })

  it.each([
    [1, 'weak'],
    [2, 'weak'],
    [3, 'strong'],
  ])('%i notebook(s) → prototype.notebook %s', (count, strength) => {
    const sizes = Object.fromEntries(
      Array.from({ length: count }, (_, i) => [`svc/notebooks/explore-${i}.ipynb`, 10_000]),
    )
    expect(strengths(detect({ sizes }))).toEqual({ 'prototype.notebook': strength })
  })
})

describe('evidence', () => {
  it('is sorted by path then line and deduplicated', () => {
    const result = detect({
      manifests: [
        manifest('svc/requirements.txt', 'requirements.txt', [
          dep('pypi', 'tensorflow', 'svc/requirements.txt', 3, { text: 'tensorflow==2.16.1' }),
        ]),
        manifest('svc/Dockerfile', 'Dockerfile', [
          dep('pypi', 'torch', 'svc/Dockerfile', 7, { text: 'RUN pip install torch torchvision' }),
          dep('pypi', 'torchvision', 'svc/Dockerfile', 7, {
            text: 'RUN pip install torch torchvision',
          }),
        ]),
      ],
      sources: [
        source('svc/train.py', 'python', [['tensorflow', 2, 'import tensorflow as tf']]),
        source('svc/app/infer.py', 'python', [['tensorflow', 1, 'import tensorflow as tf']]),
      ],
    })
    expect(evidenceOf(result, 'ai-ml.training')).toEqual([
      { path: 'svc/Dockerfile', line: 7, detail: 'RUN pip install torch torchvision' },
      { path: 'svc/app/infer.py', line: 1, detail: 'import tensorflow as tf' },
      { path: 'svc/requirements.txt', line: 3, detail: 'tensorflow==2.16.1' },
      { path: 'svc/train.py', line: 2, detail: 'import tensorflow as tf' },
    ])
  })

  it(`is capped at ${MAX_EVIDENCE} per signal, keeping strong evidence`, () => {
    const weak = Array.from({ length: 30 }, (_, i) =>
      source(`svc/a/m${String(i).padStart(2, '0')}.py`, 'python', [
        ['numpy', 1, 'import numpy as np'],
      ]),
    )
    const result = detect({
      sources: [
        ...weak,
        source('svc/z/solver.py', 'python', [
          ['scipy.optimize', 2, 'from scipy.optimize import minimize'],
        ]),
      ],
    })
    const evidence = evidenceOf(result, 'data.scientific')
    expect(evidence).toHaveLength(MAX_EVIDENCE)
    expect(evidence.at(-1)).toEqual({
      path: 'svc/z/solver.py',
      line: 2,
      detail: 'from scipy.optimize import minimize',
    })
    expect(strengths(result)['data.scientific']).toBe('strong')
  })

  it('orders signals by category, then id', () => {
    const result = detect({
      manifests: [
        manifest(REQ, 'requirements.txt', [
          dep('pypi', 'streamlit', REQ, 1),
          dep('pypi', 'uvloop', REQ, 2),
          dep('pypi', 'websockets', REQ, 3),
          dep('pypi', 'pandas', REQ, 4),
          dep('pypi', 'openai', REQ, 5),
          dep('pypi', 'anthropic', REQ, 6),
          dep('pypi', 'langchain', REQ, 7),
        ]),
      ],
    })
    expect(result.signals.map((s) => s.id)).toEqual([
      'ai-ml.llm-client',
      'ai-ml.llm-orchestration',
      'data.dataframe',
      'concurrency.realtime',
      'latency.low-latency',
      'prototype.rapid-ui',
    ])
  })
})

describe('custom signals', () => {
  it('adds a team mapping to the built-in catalog, from manifests and imports', () => {
    const result = detect(
      {
        manifests: [
          manifest(REQ, 'requirements.txt', [
            dep('pypi', 'acme-inference-client', REQ, 4, { text: 'acme-inference-client==3.1' }),
          ]),
        ],
        sources: [
          source('svc/app.py', 'python', [['acme_rt.hub', 2, 'from acme_rt.hub import Hub']]),
        ],
      },
      {
        customSignals: [
          {
            ecosystem: 'pypi',
            signal: 'ai-ml.inference',
            strength: 'strong',
            packages: ['acme-inference-client'],
          },
          {
            ecosystem: 'pypi',
            signal: 'concurrency.acme-hub',
            strength: 'weak',
            packages: ['acme-realtime'],
            imports: ['acme_rt'],
          },
        ],
      },
    )
    expect(result.signals.map((s) => [s.id, s.category, s.strength])).toEqual([
      ['ai-ml.inference', 'ai-ml', 'strong'],
      ['concurrency.acme-hub', 'concurrency', 'weak'],
    ])
    expect(result.diagnostics).toEqual([])
  })

  it('turns invalid entries into diagnostics and keeps going', () => {
    const result = detect(
      { manifests: [manifest(REQ, 'requirements.txt', [dep('pypi', 'torch', REQ, 1)])] },
      {
        customSignals: [
          { ecosystem: 'pypi', signal: 'gpu', strength: 'strong', packages: ['x'] },
          {
            ecosystem: 'conda' as never,
            signal: 'ai-ml.training',
            strength: 'strong',
            packages: ['x'],
          },
          {
            ecosystem: 'pypi',
            signal: 'ai-ml.training',
            strength: 'huge' as never,
            packages: ['x'],
          },
          {
            ecosystem: 'pypi',
            signal: 'ai-ml.training',
            strength: 'weak',
            packages: 'torch' as never,
          },
        ],
      },
    )
    expect(strengths(result)).toEqual({ 'ai-ml.training': 'strong' })
    expect(result.diagnostics.map((d) => [d.code, d.message.slice(0, 16)])).toEqual([
      ['config', 'customSignals[0]'],
      ['config', 'customSignals[1]'],
      ['config', 'customSignals[2]'],
      ['config', 'customSignals[3]'],
    ])
  })
})

describe('isTestPath', () => {
  it.each([
    ['tests/test_api.py', true],
    ['app/conftest.py', true],
    ['pkg/server_test.go', true],
    ['src/__tests__/a.ts', true],
    ['src/api.spec.ts', true],
    ['app/testing_utils.py', false],
    ['app/latest.py', false],
    ['internal/contest/main.go', false],
  ])('%s → %s', (path, expected) => {
    expect(isTestPath(path)).toBe(expected)
  })
})
