// Builds or reuses the benchmark's trees under bench/.trees/. A tree is reused when the marker
// file written next to it (after the last file) matches what is asked for; otherwise it is rebuilt.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join, relative, resolve, sep } from 'node:path'
import { fdir } from 'fdir'
import { GENERATOR_VERSION, planTree, treeName, writeTree } from './generate.mjs'

function readMarker(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

function sameMarker(found, wanted) {
  return found !== null && Object.entries(wanted).every(([k, v]) => found[k] === v)
}

/**
 * A generated tree of `files` files, built unless an identical one exists.
 * @param {string} treesDir
 * @param {{ files: number, seed: number }} options
 * @param {(line: string) => void} log
 * @returns {{ dir: string, label: string, service: string | null, reused: boolean }} `service` is
 *   the repo-relative root of one planned service (for PR-mode rows); throws on a disk error
 */
export function prepareGenerated(treesDir, { files, seed }, log) {
  const name = treeName({ files, seed })
  const dir = join(treesDir, name)
  const markerPath = join(treesDir, `${name}.json`)
  const wanted = { kind: 'generated', generator: GENERATOR_VERSION, files, seed }
  const plan = planTree({ files, seed })
  const service = plan.services.find((s) => s.root.startsWith('services/'))?.root ?? null
  if (existsSync(dir) && sameMarker(readMarker(markerPath), wanted)) {
    log(`reusing ${name}`)
    return { dir, label: name, service, reused: true }
  }
  log(`generating ${name} (${files} files, seed ${seed})`)
  rmSync(dir, { recursive: true, force: true })
  rmSync(markerPath, { force: true })
  mkdirSync(dir, { recursive: true })
  const written = writeTree(dir, plan, (done, total) => log(`  ${done}/${total} files`))
  writeFileSync(markerPath, JSON.stringify({ ...wanted, bytes: written.bytes }, null, 2) + '\n')
  return { dir, label: name, service, reused: false }
}

/**
 * `times` copies of `source` (without .git) side by side in one tree, built unless an identical one
 * exists. Copies are real copies, not hard links, so the page cache holds what a real tree would.
 * @param {string} treesDir
 * @param {string} source
 * @param {number} times
 * @param {(line: string) => void} log
 * @returns {{ dir: string, label: string, reused: boolean }} throws on a disk error
 */
export function prepareReplica(treesDir, source, times, log) {
  const from = resolve(source)
  const name = `${basename(from)}-x${times}`
  const dir = join(treesDir, name)
  const markerPath = join(treesDir, `${name}.json`)
  const wanted = { kind: 'replicated', source: from, times }
  if (existsSync(dir) && sameMarker(readMarker(markerPath), wanted)) {
    log(`reusing ${name}`)
    return { dir, label: name, reused: true }
  }
  log(`copying ${basename(from)} ${times} times into ${name}`)
  rmSync(dir, { recursive: true, force: true })
  rmSync(markerPath, { force: true })
  mkdirSync(dir, { recursive: true })
  const width = String(times).length
  for (let i = 1; i <= times; i++) {
    cpSync(from, join(dir, `copy-${String(i).padStart(width, '0')}`), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (path) => basename(path) !== '.git',
    })
    log(`  copy ${i}/${times}`)
  }
  writeFileSync(markerPath, JSON.stringify(wanted, null, 2) + '\n')
  return { dir, label: name, reused: false }
}

const SERVICE_MARKERS = new Set([
  'go.mod',
  'pyproject.toml',
  'package.json',
  'requirements.txt',
  'Cargo.toml',
  'pom.xml',
])

/**
 * One service of a tree, for the PR-mode row: the first directory below the root (byte order)
 * holding a service manifest, and its files.
 * @param {string} tree
 * @param {string | null} known a service root already known (generated trees), or null
 * @returns {{ service: string, files: string[] } | null} repo-relative, forward slashes, sorted;
 *   null when the tree has no manifest below its root; never throws
 */
export function pickService(tree, known) {
  try {
    let service = known
    if (service === null) {
      const manifests = new fdir()
        .withRelativePaths()
        .exclude((name) => name === '.git' || name === 'node_modules')
        .filter((path) => SERVICE_MARKERS.has(basename(path)) && path.includes(sep))
        .crawl(tree)
        .sync()
        .map((p) => p.split(sep).join('/'))
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      const first = manifests[0]
      if (first === undefined) return null
      service = first.slice(0, first.lastIndexOf('/'))
    }
    const files = new fdir()
      .withFullPaths()
      .exclude((name) => name === '.git' || name === 'node_modules')
      .crawl(join(tree, service))
      .sync()
      .map((p) => relative(tree, p).split(sep).join('/'))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    return { service, files }
  } catch {
    return null
  }
}
