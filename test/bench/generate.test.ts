import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { parseAllDocuments } from 'yaml'
import { describe, expect, it } from 'vitest'
import {
  createRandom,
  hashString,
  planTree,
  renderFile,
  treeName,
  writeTree,
  type PlannedFile,
} from '../../bench/lib/generate.mjs'

const text = (entry: PlannedFile): string => {
  const out = renderFile(entry)
  if (typeof out !== 'string') throw new Error(`${entry.path} is binary`)
  return out
}
const bytesOf = (entry: PlannedFile): Uint8Array => {
  const out = renderFile(entry)
  return typeof out === 'string' ? new TextEncoder().encode(out) : out
}

describe('seeded randomness', () => {
  it('repeats the same sequence for a seed and differs between seeds', () => {
    const a = createRandom(42)
    const b = createRandom(42)
    const c = createRandom(43)
    const seqA = Array.from({ length: 5 }, a)
    expect(Array.from({ length: 5 }, b)).toEqual(seqA)
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA)
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true)
  })
  it('hashes strings to fixed unsigned 32-bit values', () => {
    expect(hashString('')).toBe(0x811c9dc5)
    expect(hashString('a')).toBe(0xe40c292c)
  })
})

describe('planTree', () => {
  it.each([0, 1, 7, 250, 3_000, 20_000])(
    'plans exactly %i files, unique and sorted by path',
    (files) => {
      const plan = planTree({ files, seed: 1 })
      expect(plan.entries).toHaveLength(files)
      const paths = plan.entries.map((e) => e.path)
      expect(new Set(paths).size).toBe(files)
      expect([...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(paths)
    },
  )

  it('is deterministic: the same plan and the same bytes for the same seed', () => {
    const a = planTree({ files: 3_000, seed: 7 })
    const b = planTree({ files: 3_000, seed: 7 })
    expect(b).toEqual(a)
    for (const i of [0, 17, 555, 1_234, 2_999]) {
      const ea = a.entries[i]!
      const eb = b.entries[i]!
      expect(bytesOf(eb)).toEqual(bytesOf(ea))
    }
  })

  it('gives a different tree for a different seed', () => {
    const a = planTree({ files: 3_000, seed: 1 }).entries.map((e) => e.path)
    const b = planTree({ files: 3_000, seed: 2 }).entries.map((e) => e.path)
    expect(b).not.toEqual(a)
  })

  it('names trees by size and seed', () => {
    expect(treeName({ files: 250_000, seed: 3 })).toBe('gen-250000-s3')
  })

  it('has the shape of a real polyglot monorepo, traps included', () => {
    const { entries, services } = planTree({ files: 20_000, seed: 1 })
    const paths = entries.map((e) => e.path)
    const count = (re: RegExp) => paths.filter((p) => re.test(p)).length
    expect(new Set(services.map((s) => s.language))).toEqual(
      new Set(['python', 'go', 'node', 'frontend', 'java', 'rust', 'docs']),
    )
    for (const re of [
      /(^|\/)go\.mod$/,
      /(^|\/)pyproject\.toml$/,
      /(^|\/)requirements\.txt$/,
      /\/package\.json$/,
      /\/Dockerfile$/,
      /\/deploy\/k8s\/[^/]+\.yaml$/,
      /\/vendor\/.+\.go$/,
      /\/node_modules\/.+\.js$/,
      /\.pb\.go$/,
      /_pb2\.py$/,
      /\/testdata\//,
      /\.ipynb$/,
      /\.(onnx|pt|safetensors)$/,
      /\.(png|jpg)$/,
      /\.parquet$/,
      /^docs\/.+\.md$/,
    ]) {
      expect(count(re), String(re)).toBeGreaterThan(0)
    }
    // Scanned code dominates; the skipped directories are present but not the bulk of the tree.
    const skipped = count(/\/(node_modules|vendor)\//)
    expect(skipped / paths.length).toBeGreaterThan(0.1)
    expect(skipped / paths.length).toBeLessThan(0.5)
  })

  it('lists in go.work and the root workspaces only services whose manifest exists', () => {
    const { entries } = planTree({ files: 5_000, seed: 3 })
    const paths = new Set(entries.map((e) => e.path))
    const goWork = text(entries.find((e) => e.path === 'go.work')!)
    const uses = [...goWork.matchAll(/^\t\.\/(.+)$/gm)].map((m) => m[1]!)
    expect(uses.length).toBeGreaterThan(0)
    for (const dir of uses) expect(paths.has(`${dir}/go.mod`), dir).toBe(true)
    const root = JSON.parse(text(entries.find((e) => e.path === 'package.json')!)) as {
      workspaces: string[]
    }
    expect(root.workspaces.length).toBeGreaterThan(0)
    for (const dir of root.workspaces) expect(paths.has(`${dir}/package.json`), dir).toBe(true)
  })
})

describe('renderFile: real formats', () => {
  const { entries } = planTree({ files: 6_000, seed: 5 })
  const byTemplate = (template: string) =>
    entries.filter((e) => e.template === template).slice(0, 20)

  it('writes package.json, tsconfig and notebooks as valid JSON', () => {
    for (const t of [
      'package.json',
      'dep-package.json',
      'tsconfig',
      'notebook',
      'root-package.json',
    ]) {
      const list = byTemplate(t)
      expect(list.length, t).toBeGreaterThan(0)
      for (const e of list) expect(() => JSON.parse(text(e)), e.path).not.toThrow()
    }
  })

  it('writes pyproject.toml and Cargo.toml as valid TOML with their dependencies', () => {
    for (const e of byTemplate('pyproject')) {
      const doc = parseToml(text(e)) as { project: { name: string; dependencies: string[] } }
      expect(doc.project.dependencies.length, e.path).toBeGreaterThan(0)
    }
    for (const e of byTemplate('Cargo.toml')) {
      const doc = parseToml(text(e)) as { dependencies: Record<string, unknown> }
      expect(Object.keys(doc.dependencies)).toContain('tokio')
    }
  })

  it('writes Kubernetes manifests as valid YAML with resources', () => {
    for (const e of byTemplate('k8s')) {
      const docs = parseAllDocuments(text(e))
      for (const doc of docs) expect(doc.errors, e.path).toEqual([])
      const deployment = docs[0]!.toJS() as { kind: string; spec: { replicas: number } }
      expect(deployment.kind).toBe('Deployment')
      expect(deployment.spec.replicas).toBeGreaterThan(0)
    }
  })

  it('writes go.mod with a module line and a require block', () => {
    for (const e of byTemplate('go.mod')) {
      const body = text(e)
      expect(body).toMatch(/^module github\.com\/acme\/platform\/\S+\n\ngo 1\.22\n/)
      expect(body).toMatch(/^require \(\n(\t\S+ v\d+\.\d+\.\d+\n)+\)/m)
    }
  })

  it('writes source files near their planned size with imports at the top', () => {
    for (const [template, importLine] of [
      ['python', /^(import \w+|from \w+ import \w+)$/m],
      ['go', /^import \(\n\t"[^"]+"/m],
      ['ts', /^import \{ \w+ \} from '[^']+'$/m],
      ['java', /^import [\w.]+;$/m],
    ] as const) {
      for (const e of byTemplate(template).filter((x) => x.size > 1_000)) {
        const body = text(e)
        expect(body, e.path).toMatch(importLine)
        expect(body.length, e.path).toBeGreaterThanOrEqual(e.size - 200)
        expect(body.length, e.path).toBeLessThan(e.size + 1_000)
      }
    }
  })

  it('marks generated code the way generators do', () => {
    for (const e of byTemplate('go-pb'))
      expect(text(e)).toMatch(/^\/\/ Code generated .* DO NOT EDIT\.$/m)
    for (const e of byTemplate('python-pb2')) expect(text(e)).toMatch(/DO NOT EDIT!/)
  })

  it('writes binary files of the planned size with their magic bytes and NUL bytes', () => {
    const binaries = entries.filter((e) => e.template === 'binary')
    expect(binaries.length).toBeGreaterThan(0)
    for (const e of binaries.slice(0, 10)) {
      const bytes = bytesOf(e)
      expect(bytes.byteLength).toBe(e.size)
      expect(bytes.subarray(0, 8192).includes(0)).toBe(true)
      if (e.path.endsWith('.png'))
        expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
      if (e.path.endsWith('.pt'))
        expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
    }
  })
})

describe('writeTree', () => {
  it('writes every planned file with the rendered bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stackfit-gen-test-'))
    try {
      const plan = planTree({ files: 300, seed: 9 })
      const written = writeTree(dir, plan)
      expect(written.files).toBe(300)
      const onDisk = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) =>
        d.isFile(),
      )
      expect(onDisk).toHaveLength(300)
      const sample = plan.entries[150]!
      expect(new Uint8Array(readFileSync(join(dir, sample.path)))).toEqual(bytesOf(sample))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
