import { describe, expect, it } from 'vitest'
import { parseImageRef } from '../../../src/core/3-detect/dockerfile.js'
import type { Evidence } from '../../../src/core/model.js'
import { dep, detect, manifest, strengths } from './support.js'

const PATH = 'svc/Dockerfile'

function dockerfile(
  froms: [number, string][],
  extra: { env?: [number, string][]; language?: string } = {},
) {
  const baseImages: Evidence[] = froms.map(([line, detail]) => ({ path: PATH, line, detail }))
  const env = extra.env?.map(([line, detail]) => ({ path: PATH, line, detail }))
  return detect({
    language: extra.language ?? 'python',
    manifests: [manifest(PATH, 'Dockerfile', [], { baseImages, ...(env ? { env } : {}) })],
  })
}

describe('parseImageRef', () => {
  it.each([
    ['FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04', 'nvidia/cuda', '12.4.1-runtime-ubuntu22.04'],
    ['FROM --platform=linux/amd64 python:3.12-slim AS base', 'python', '3.12-slim'],
    ['docker.io/library/golang:1.22-alpine', 'golang', '1.22-alpine'],
    [
      'FROM registry.example.com:5000/team/api@sha256:abc',
      'registry.example.com:5000/team/api',
      '',
    ],
    ['FROM nvidia/cuda:${CUDA_VERSION}-runtime', 'nvidia/cuda', ''],
    ['FROM scratch', 'scratch', ''],
  ])('%s', (text, repository, tag) => {
    expect(parseImageRef(text)).toEqual({ repository, tag })
  })

  it('gives up on an image built entirely from a build argument', () => {
    expect(parseImageRef('FROM ${BASE_IMAGE}')).toBeUndefined()
    expect(parseImageRef('')).toBeUndefined()
  })
})

describe('Dockerfile base images', () => {
  it.each([
    ['FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04', { 'ai-ml.gpu': 'strong' }],
    [
      'FROM pytorch/pytorch:2.3.1-cuda12.1-cudnn8-runtime',
      { 'ai-ml.gpu': 'strong', 'ai-ml.training': 'weak' },
    ],
    ['FROM tensorflow/tensorflow:2.16.1-gpu', { 'ai-ml.gpu': 'strong', 'ai-ml.training': 'weak' }],
    ['FROM tensorflow/tensorflow:2.16.1', { 'ai-ml.training': 'weak' }],
    ['FROM vllm/vllm-openai:v0.5.0', { 'ai-ml.gpu': 'strong', 'ai-ml.inference': 'strong' }],
    [
      'FROM ghcr.io/huggingface/text-generation-inference:2.0',
      { 'ai-ml.gpu': 'strong', 'ai-ml.inference': 'strong' },
    ],
    [
      'FROM nvcr.io/nvidia/tritonserver:24.05-py3',
      { 'ai-ml.gpu': 'strong', 'ai-ml.inference': 'strong' },
    ],
    ['FROM public.ecr.aws/lambda/python:3.12', { 'deployment.serverless': 'strong' }],
    ['FROM python:3.12-slim', {}],
    ['FROM node:20-alpine', {}],
  ])('%s', (from, expected) => {
    expect(strengths(dockerfile([[1, from]]))).toEqual(expected)
  })

  it('points at the FROM line', () => {
    const result = dockerfile([[3, 'FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04']])
    expect(result.signals[0]?.evidence).toEqual([
      { path: PATH, line: 3, detail: 'FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04' },
    ])
  })

  it('treats FROM scratch after a golang build stage as a single binary', () => {
    const result = dockerfile([
      [1, 'FROM golang:1.22-alpine AS build'],
      [9, 'FROM scratch'],
    ])
    expect(strengths(result)).toEqual({ 'deployment.single-binary': 'strong' })
    expect(result.signals[0]?.evidence).toEqual([{ path: PATH, line: 9, detail: 'FROM scratch' }])
  })

  it('treats a distroless static image in a Go service as a single binary', () => {
    expect(
      strengths(
        dockerfile([[1, 'FROM gcr.io/distroless/static-debian12:nonroot']], { language: 'go' }),
      ),
    ).toEqual({
      'deployment.single-binary': 'strong',
    })
  })

  it('does not call a distroless image a single binary without a Go build', () => {
    expect(
      strengths(dockerfile([[5, 'FROM gcr.io/distroless/base-debian12']], { language: 'python' })),
    ).toEqual({})
  })

  it.each([
    ['ENV CGO_ENABLED=0 GOOS=linux', { 'deployment.single-binary': 'weak' }],
    ['ENV CGO_ENABLED 0', { 'deployment.single-binary': 'weak' }],
    ['RUN CGO_ENABLED=0 go build -o /out/api ./cmd/api', { 'deployment.single-binary': 'weak' }],
    ['ENV CGO_ENABLED=1', {}],
    ['ENV NOT_CGO_ENABLED=0', {}],
  ])('env %s', (line, expected) => {
    expect(strengths(dockerfile([[1, 'FROM golang:1.22']], { env: [[4, line]] }))).toEqual(expected)
  })

  it('matches packages installed by RUN pip install like any dependency', () => {
    const result = detect({
      manifests: [
        manifest(
          PATH,
          'Dockerfile',
          [dep('pypi', 'vllm', PATH, 6, { text: 'RUN pip install --no-cache-dir vllm==0.5.0' })],
          {
            baseImages: [{ path: PATH, line: 1, detail: 'FROM python:3.11-slim' }],
          },
        ),
      ],
    })
    expect(strengths(result)).toEqual({ 'ai-ml.inference': 'strong' })
  })
})
