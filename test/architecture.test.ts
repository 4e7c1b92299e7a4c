import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')

function filesUnder(dir: string): string[] {
  const out: string[] = []
  if (!existsSync(dir)) return out
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...filesUnder(path))
    else if (name.endsWith('.ts')) out.push(path)
  }
  return out
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(IMPORT)].map((m) => (m[1] ?? m[2]) as string)
}

const FORBIDDEN_IN_PURE = [
  /^node:fs/,
  /^fs$/,
  /^node:child_process/,
  /^child_process$/,
  /^node:process/,
  /^@actions\//,
  /^@octokit\//,
  /^node:os/,
  /^node:net/,
  /^node:http/,
]

describe('architecture', () => {
  const pure = [...filesUnder(join(root, 'src/core')), ...filesUnder(join(root, 'src/config'))]

  it('finds the pure core to check', () => {
    expect(pure.length).toBeGreaterThan(10)
  })

  it.each(pure.map((f) => [relative(root, f), f]))('%s imports nothing impure', (_, file) => {
    const bad = importsOf(file).filter((spec) => FORBIDDEN_IN_PURE.some((re) => re.test(spec)))
    expect(bad).toEqual([])
    expect(readFileSync(file, 'utf8')).not.toMatch(/\bprocess\.(env|cwd|exit|argv|stdout|stderr)\b/)
  })

  it('keeps GitHub I/O out of the CLI and the adapters', () => {
    const files = [...filesUnder(join(root, 'src/cli')), ...filesUnder(join(root, 'src/adapters'))]
    const bad = files.flatMap((f) =>
      importsOf(f)
        .filter((s) => /^@actions\/|^@octokit\/|\/github\/|\/action\//.test(s))
        .map((s) => `${relative(root, f)} imports ${s}`),
    )
    expect(bad).toEqual([])
  })

  it('detects a forbidden import (the check itself can fail)', () => {
    const sample = "import { readFileSync } from 'node:fs'\nexport const x = 1\n"
    const specs = [...sample.matchAll(IMPORT)].map((m) => m[1] ?? m[2])
    expect(specs).toEqual(['node:fs'])
  })
})
