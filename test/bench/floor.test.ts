import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildLexers } from '../../bench/lib/lexers.mjs'

const FLOOR = join(import.meta.dirname, '../../bench/floor.mjs')

describe('bench/floor.mjs', () => {
  const root = mkdtempSync(join(tmpdir(), 'stackfit-floor-test-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const files: Record<string, string | Buffer> = {
    'services/api/go.mod': 'module example.com/api\n\ngo 1.22\n',
    'services/api/main.go': 'package main\n\nfunc main() {}\n',
    'services/ml/pyproject.toml': '[project]\nname = "ml"\ndependencies = ["torch>=2.2"]\n',
    'services/ml/app.py': 'import torch\n',
    'services/ml/model.onnx': Buffer.alloc(50_000, 0),
    'web/app/package.json': '{"name":"app"}\n',
    'web/app/node_modules/react/index.js': 'module.exports = {}\n',
    'web/app/logo.png': Buffer.alloc(2_000, 1),
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.git/objects/ab/cdef': 'x',
  }
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }

  it('walks all but .git and node_modules, and reads only manifests and sources', () => {
    const run = spawnSync(process.execPath, [FLOOR, root], { encoding: 'utf8' })
    expect(run.status).toBe(0)
    const counts = JSON.parse(run.stdout) as {
      files: number
      statted: number
      read: number
      bytes: number
    }
    expect(counts.files).toBe(7)
    expect(counts.statted).toBe(7)
    expect(counts.read).toBe(5)
    const manifestAndSourceBytes = [
      'services/api/go.mod',
      'services/api/main.go',
      'services/ml/pyproject.toml',
      'services/ml/app.py',
      'web/app/package.json',
    ]
      .map((p) => Buffer.byteLength(files[p] as string))
      .reduce((a, b) => a + b, 0)
    expect(counts.bytes).toBe(manifestAndSourceBytes)
  })

  it("with --lex, also decodes and lexes each source file with stackfit's own lexers", () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'stackfit-floor-lexers-'))
    const bundle = buildLexers(join(import.meta.dirname, '../..'), join(elsewhere, 'lexers.mjs'))
    const plain = spawnSync(process.execPath, [FLOOR, root], { encoding: 'utf8' })
    const lexed = spawnSync(process.execPath, [FLOOR, root, '--lex', bundle], { encoding: 'utf8' })
    expect(lexed.status).toBe(0)
    const counts = JSON.parse(lexed.stdout) as Record<string, number>
    // The same walk and reads, plus the two source files lexed and the one import they hold.
    expect({ ...counts, lexed: undefined, imports: undefined }).toEqual({
      ...(JSON.parse(plain.stdout) as object),
      lexed: undefined,
      imports: undefined,
    })
    expect(counts.lexed).toBe(2)
    expect(counts.imports).toBe(1)
    rmSync(elsewhere, { recursive: true, force: true })
  })

  it.each([[[]], [['--lex']], [['--lexx', 'm.mjs']]])(
    'exits 2 with a usage line for %j after the directory',
    (extra) => {
      const run = spawnSync(process.execPath, [FLOOR, ...(extra.length ? [root] : []), ...extra], {
        encoding: 'utf8',
      })
      expect(run.status).toBe(2)
      expect(run.stderr).toContain('usage: node bench/floor.mjs <dir>')
    },
  )
})
