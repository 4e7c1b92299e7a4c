import { describe, expect, it } from 'vitest'
import { fileKindOf } from '../../bench/lib/file-kinds.mjs'

describe('fileKindOf: what the floor reads in full', () => {
  it.each([
    ['go.mod', 'manifest'],
    ['package.json', 'manifest'],
    ['pyproject.toml', 'manifest'],
    ['requirements.txt', 'manifest'],
    ['requirements-dev.txt', 'manifest'],
    ['requirements.in', 'manifest'],
    ['Dockerfile', 'manifest'],
    ['Dockerfile.gpu', 'manifest'],
    ['api.dockerfile', 'manifest'],
    ['Api.csproj', 'manifest'],
    ['deployment.yaml', 'manifest'],
    ['values.yml', 'manifest'],
    ['.gitignore', 'manifest'],
    ['main.go', 'source'],
    ['server.ts', 'source'],
    ['App.TSX', 'source'],
    ['train.py', 'source'],
    ['explore.ipynb', 'source'],
    ['model.onnx', 'other'],
    ['weights.safetensors', 'other'],
    ['logo.png', 'other'],
    ['README.md', 'other'],
    ['go.sum', 'other'],
    ['.py', 'other'],
    ['Makefile', 'other'],
  ] as const)('%s is %s', (name, kind) => {
    expect(fileKindOf(name)).toBe(kind)
  })
})
