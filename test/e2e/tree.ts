/** Reads the expectation cases and the file lists of their trees from disk (test-only I/O). */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root (two levels above this file). */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Folders whose direct subfolders are scanned when they hold a stackfit.expect.yaml. */
export const CASE_PARENTS = ['examples', 'test/fixtures/repos'] as const

export const EXPECT_FILE = 'stackfit.expect.yaml'

export interface ExpectationCase {
  /** Project-relative directory, e.g. `examples/monorepo`. */
  name: string
  /** Absolute directory to scan. */
  dir: string
  /** The expectation file's text. */
  text: string
}

/** Every `<parent>/<name>/stackfit.expect.yaml`, sorted by project-relative name. */
export function findExpectationCases(root: string = PROJECT_ROOT): ExpectationCase[] {
  const cases: ExpectationCase[] = []
  for (const parent of CASE_PARENTS) {
    const parentDir = join(root, parent)
    if (!existsSync(parentDir)) continue
    for (const entry of readdirSync(parentDir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue
      const file = join(parentDir, entry.name, EXPECT_FILE)
      if (!existsSync(file)) continue
      cases.push({
        name: `${parent}/${entry.name}`,
        dir: join(parentDir, entry.name),
        text: readFileSync(file, 'utf8'),
      })
    }
  }
  return cases.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/** Every regular file below `dir`, repo-relative with forward slashes, sorted. Symlinks are skipped. */
export function listTreeFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (abs: string, rel: string): void => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`
      if (entry.isDirectory()) walk(join(abs, entry.name), childRel)
      else if (entry.isFile()) out.push(childRel)
    }
  }
  walk(dir, '')
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
