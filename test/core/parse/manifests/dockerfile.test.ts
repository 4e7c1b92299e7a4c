import { describe, expect, it } from 'vitest'
import { manifestTypeOf, parseManifest } from '../../../../src/core/parse/manifests/index.js'

const DOCKERFILE = `# syntax=docker/dockerfile:1.7
ARG CUDA_IMAGE=nvidia/cuda:12.4.1-runtime-ubuntu22.04

FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS build
WORKDIR /src
ENV CGO_ENABLED=0 \\
    GOOS=linux
RUN go build -o /out/server ./cmd/server

FROM \${CUDA_IMAGE} AS runtime
# a comment
RUN apt-get update && apt-get install -y python3-pip \\
 && pip install --no-cache-dir \\
      torch==2.3.0 \\
      "transformers>=4.41" \\
      -r /tmp/requirements.txt \\
      --extra-index-url https://download.pytorch.org/whl/cu121 \\
      vllm
RUN python3 -m pip install -U sentence_transformers
RUN npm install -g pm2 && npm i --save-dev typescript @types/node@20
RUN CGO_ENABLED=1 go build ./...
COPY --from=build /out/server /usr/local/bin/server

FROM build AS test
RUN go test ./...

FROM gcr.io/distroless/static-debian12
CMD ["/usr/local/bin/server", "--port", "8080"]
ENTRYPOINT python3 -m app \\
    --workers 4
`

describe('Dockerfile', () => {
  const { manifest, diagnostics } = parseManifest('svc/api/Dockerfile', DOCKERFILE, 'Dockerfile')

  it('lists base images as written with their line, skipping earlier stage names', () => {
    expect(diagnostics).toEqual([])
    expect(manifest?.baseImages).toEqual([
      { path: 'svc/api/Dockerfile', line: 4, detail: 'golang:1.22-alpine' },
      { path: 'svc/api/Dockerfile', line: 10, detail: '${CUDA_IMAGE}' },
      { path: 'svc/api/Dockerfile', line: 27, detail: 'gcr.io/distroless/static-debian12' },
    ])
  })

  it('records pip and npm installs as dependencies on the line each package is written', () => {
    expect(manifest?.dependencies.map((d) => [d.name, d.ecosystem, d.line, d.text, d.dev])).toEqual(
      [
        ['torch', 'pypi', 14, 'torch==2.3.0', false],
        ['transformers', 'pypi', 15, 'transformers>=4.41', false],
        ['vllm', 'pypi', 18, 'vllm', false],
        ['sentence-transformers', 'pypi', 19, 'sentence_transformers', false],
        ['pm2', 'npm', 20, 'pm2', false],
        ['typescript', 'npm', 20, 'typescript', true],
        ['@types/node', 'npm', 20, '@types/node@20', true],
      ],
    )
  })

  it('lists CMD and ENTRYPOINT, continuation joined, as entry points', () => {
    expect(manifest?.entrypoints).toEqual([
      {
        path: 'svc/api/Dockerfile',
        line: 28,
        detail: 'CMD ["/usr/local/bin/server", "--port", "8080"]',
      },
      { path: 'svc/api/Dockerfile', line: 29, detail: 'ENTRYPOINT python3 -m app --workers 4' },
    ])
  })

  it('records ENV/ARG instructions and RUN VAR=value prefixes', () => {
    expect(manifest?.env).toEqual([
      {
        path: 'svc/api/Dockerfile',
        line: 2,
        detail: 'ARG CUDA_IMAGE=nvidia/cuda:12.4.1-runtime-ubuntu22.04',
      },
      { path: 'svc/api/Dockerfile', line: 6, detail: 'ENV CGO_ENABLED=0 GOOS=linux' },
      { path: 'svc/api/Dockerfile', line: 21, detail: 'CGO_ENABLED=1' },
    ])
  })

  it('honours the escape directive and heredocs', () => {
    const text =
      '# escape=`\nFROM python:3.12-slim\nRUN pip install `\n    fastapi\nRUN <<EOF\npip install uvicorn\nEOF\nCMD ["uvicorn", "app:app"]\n'
    const { manifest: m } = parseManifest('Dockerfile', text, 'Dockerfile')
    expect(m?.dependencies.map((d) => [d.name, d.line])).toEqual([
      ['fastapi', 4],
      ['uvicorn', 6],
    ])
    expect(m?.entrypoints.map((e) => e.line)).toEqual([8])
  })

  it.each([
    ['empty', ''],
    ['garbage', '\u0001\u0002 ))) \\\n\\\n'],
    ['no FROM', 'RUN echo hi\n'],
    ['dangling continuation', 'FROM alpine\nRUN apk add \\\n'],
  ])('%s → no throw, a manifest', (_, text) => {
    const { manifest: m } = parseManifest('Dockerfile', text, 'Dockerfile')
    expect(m?.type).toBe('Dockerfile')
  })

  it.each([
    ['Dockerfile', 'Dockerfile'],
    ['svc/Dockerfile.gpu', 'Dockerfile'],
    ['svc/api.Dockerfile', 'Dockerfile'],
    ['svc/Containerfile', 'Dockerfile'],
    ['svc/dockerfile', 'Dockerfile'],
    ['svc/Dockerfile-notes.md', undefined],
    ['svc/Dockerfile.md', undefined],
    ['svc/.dockerignore', undefined],
  ])('manifestTypeOf(%s) = %s', (path, type) => {
    expect(manifestTypeOf(path)).toBe(type)
  })
})
