/**
 * The base of a change read through the GitHub API (src/github/base-api.ts), against the fake of
 * test/support/github-server.ts, which checks every request and these responses against GitHub's
 * OpenAPI description.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createFsRepoView } from '../../src/adapters/fs-repo-view.js'
import { baseInclude } from '../../src/core/7-delta/compare-with-base.js'
import { MAX_SOURCE_BYTES } from '../../src/core/context.js'
import { analyze } from '../../src/core/pipeline.js'
import type { RepoView } from '../../src/core/ports.js'
import { openApiBase, type ApiBaseOptions, type ApiBasePort } from '../../src/github/base-api.js'
import { createGitHubClient } from '../../src/github/client.js'
import {
  startFakeGitHub,
  type FakeGitHub,
  type FakePullFile,
  type FakeState,
  type FakeTreeFile,
} from '../support/github-server.js'
import { tempDir } from '../support/temp-dir.js'

const TOKEN = 'ghs_baseApiTokenForTests'
const BASE = '1'.repeat(40)
const HEAD = '2'.repeat(40)
const everything = (): boolean => true

let gh: FakeGitHub | undefined
afterEach(async () => {
  const server = gh
  gh = undefined
  if (!server) return
  await server.close()
  expect(server.invalid).toEqual([])
})

async function serve(state: Partial<FakeState>): Promise<FakeGitHub> {
  gh = await startFakeGitHub({ token: TOKEN, state })
  return gh
}

function options(server: FakeGitHub, more: Partial<ApiBaseOptions> = {}): ApiBaseOptions {
  return {
    client: createGitHubClient(TOKEN, { baseUrl: server.url }),
    owner: 'acme',
    repo: 'platform',
    base: BASE,
    pullRequest: { number: 42 },
    ...more,
  }
}

async function open(server: FakeGitHub, more: Partial<ApiBaseOptions> = {}): Promise<ApiBasePort> {
  const opened = await openApiBase(options(server, more))
  if (!opened.ok) throw new Error(opened.message)
  return opened.port
}

const modified = (filename: string): FakePullFile => ({ filename, status: 'modified' })

/** Every file below `dir`, by repo-relative path, as bytes. */
function treeOf(dir: string): Record<string, FakeTreeFile> {
  const out: Record<string, FakeTreeFile> = {}
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name)
      if (entry.isDirectory()) walk(full)
      else out[relative(dir, full).split('\\').join('/')] = readFileSync(full)
    }
  }
  walk(dir)
  return out
}

/** The paths of the blobs the fake served, by looking their ids up in the commit. */
function fetchedPaths(
  server: FakeGitHub,
  tree: Record<string, FakeTreeFile>,
  view: RepoView,
): string[] {
  const ids = new Set(server.calls('git/get-blob').map((r) => r.path.split('/').pop()))
  return view.files
    .map((f) => f.path)
    .filter((p) => {
      const file = tree[p]
      if (file === undefined) return false
      const bytes = typeof file === 'string' ? Buffer.from(file) : (file as Uint8Array)
      return ids.has(gitBlobId(bytes))
    })
}

/** The id git (and the fake) gives a blob. */
function gitBlobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex')
}

describe('the paths a change touches', () => {
  it('pages through pulls/list-files and names both sides of a rename', async () => {
    const files: FakePullFile[] = Array.from({ length: 230 }, (_, i) =>
      modified(`services/s${String(i).padStart(3, '0')}/main.go`),
    )
    files.push({
      filename: 'services/new/app.py',
      status: 'renamed',
      previous_filename: 'services/old/app.py',
    })
    files.push({ filename: 'services/gone/go.mod', status: 'removed' })
    const server = await serve({ files, commits: { [BASE]: { 'go.work': 'go 1.22\n' } } })
    const port = await open(server)
    expect(server.calls('pulls/list-files').map((r) => r.query['page'] ?? '1')).toEqual([
      '1',
      '2',
      '3',
    ])
    expect(port.changedPaths).toHaveLength(233)
    expect(port.changedPaths).toContain('services/new/app.py')
    expect(port.changedPaths).toContain('services/old/app.py')
    expect(port.changedPaths).toContain('services/gone/go.mod')
    expect([...port.changedPaths]).toEqual([...port.changedPaths].sort())
  })

  it('keeps only the paths below a scanned sub-directory, relative to it', async () => {
    const server = await serve({
      files: [modified('platform/services/a/main.go'), modified('docs/index.md')],
      commits: { [BASE]: { 'platform/services/a/main.go': 'package main\n' } },
    })
    const port = await open(server, { prefix: 'platform' })
    expect(port.changedPaths).toEqual(['services/a/main.go'])
    await port.prepare(everything)
    expect(port.view(everything).files.map((f) => f.path)).toEqual(['services/a/main.go'])
  })

  it.each<[string, number, number | undefined, RegExp]>([
    ['3,000 listed, the count unknown', 3001, undefined, /at least 3000 files.*at most 3000/],
    ['the payload counts more than were listed', 120, 121, /changes 121 files/],
  ])('gives a reason instead of a port: %s', async (_, listed, changedFiles, reason) => {
    const files = Array.from({ length: listed }, (_, i) => modified(`f/${i}.go`))
    const server = await serve({ files, commits: { [BASE]: {} } })
    const opened = await openApiBase(
      options(server, {
        pullRequest: { number: 42, ...(changedFiles !== undefined ? { changedFiles } : {}) },
      }),
    )
    expect(opened).toMatchObject({ ok: false, message: expect.stringMatching(reason) })
  })

  it.each<[string, number, boolean]>([
    ['a merge group within the comparison limit', 299, true],
    ['a merge group at the 300-file limit', 300, false],
  ])('compares base...head for %s', async (_, count, ok) => {
    const files = Array.from({ length: count }, (_, i) => modified(`f/${i}.go`))
    files[0] = { filename: 'f/new.go', status: 'renamed', previous_filename: 'f/old.go' }
    const server = await serve({
      commits: { [BASE]: {} },
      comparisons: { [`${BASE}...${HEAD}`]: files },
    })
    const opened = await openApiBase(options(server, { pullRequest: undefined, head: HEAD }))
    expect(opened.ok).toBe(ok)
    if (opened.ok) {
      expect(opened.port.changedPaths).toContain('f/old.go')
      expect(opened.port.changedPaths).toHaveLength(count + 1)
    } else {
      expect(opened.message).toMatch(/lists 300 files, GitHub's limit/)
    }
    expect(server.calls('repos/compare-commits-with-basehead').map((r) => r.query)).toEqual([
      { per_page: '1' },
    ])
    expect(server.calls('pulls/list-files')).toEqual([])
  })

  it('gives a reason when the base commit is not on GitHub, before listing anything', async () => {
    const server = await serve({ files: [modified('a.go')], commits: {} })
    const opened = await openApiBase(options(server))
    expect(opened).toEqual({
      ok: false,
      message: `the GitHub API has no base commit ${BASE.slice(0, 12)} in acme/platform (404)`,
    })
    expect(server.calls('pulls/list-files')).toEqual([])
  })
})

const TREE: Record<string, FakeTreeFile> = {
  'go.work': 'go 1.22\nuse ./services/a\n',
  'README.md': '# platform\n',
  '.gitattributes': 'gen/** linguist-generated\n',
  'services/a/go.mod': 'module a\n\ngo 1.22\n',
  'services/a/main.go': 'package main\n\nfunc main() {}\n',
  'services/a/Dockerfile': 'FROM golang:1.22\n',
  'services/a/deploy/k8s.yaml': 'apiVersion: apps/v1\nkind: Deployment\n',
  'services/a/model.onnx': new Uint8Array([8, 0, 1, 2, 3]),
  'services/a/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]),
  'services/a/data/train.csv': 'x,y\n1,2\n',
  'services/a/README.md': 'service a\n',
  'services/a/current': { symlink: '../b' },
  'services/a/vendor-sub': { submodule: '3'.repeat(40) },
  'services/a/node_modules/x/index.js': 'module.exports = 1\n',
  'services/b/go.mod': 'module b\n',
  'services/b/main.go': 'package main\n',
  'services/b/deep/er/x.go': 'package er\n',
}

describe('prepare: the blobs of the files the analysis reads, and no others', () => {
  it('fetches the touched service’s manifests, sources and deployment files, never binaries or data', async () => {
    const server = await serve({
      files: [modified('services/a/main.go')],
      commits: { [BASE]: TREE },
    })
    const port = await open(server)
    const include = baseInclude(port.changedPaths, ['services/a'])
    await port.prepare(include)
    const view = port.view(include)
    expect(fetchedPaths(server, TREE, view).sort()).toEqual([
      '.gitattributes',
      'go.work',
      'services/a/Dockerfile',
      'services/a/deploy/k8s.yaml',
      'services/a/go.mod',
      'services/a/main.go',
    ])
    expect(server.calls('git/get-blob')).toHaveLength(6)
    expect(view.files.map((f) => f.path)).not.toContain('services/b/main.go')
    expect(view.files.map((f) => f.path)).toContain('services/a/model.onnx')
    expect(view.read('services/a/model.onnx')).toMatchObject({ ok: false, reason: 'unreadable' })
    expect(view.read('services/a/main.go')).toEqual({
      ok: true,
      text: 'package main\n\nfunc main() {}\n',
      truncated: false,
    })
    expect(view.read('services/b/main.go')).toMatchObject({ ok: false, reason: 'missing' })
    // Symbolic links are listed as not followed, submodules and node_modules are not files.
    expect(view.pruned.map((p) => `${p.path} ${p.reason}`)).toEqual([
      'services/a/current symlink',
      'services/a/node_modules node_modules',
    ])
    expect(view.files.map((f) => f.path)).not.toContain('services/a/vendor-sub')
    expect(port.problems).toEqual([])
  })

  it('reads the same as the disk view: BOM, not UTF-8, NUL bytes, a cut source file', async () => {
    const big = `import os\n${'x = 1\n'.repeat(MAX_SOURCE_BYTES / 6 + 10)}`
    const files: Record<string, FakeTreeFile> = {
      'bom.py': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('import sys\n')]),
      'latin1.py': Buffer.from([0x23, 0x20, 0xe9, 0x0a]),
      'nul.py': Buffer.from('import x\n\0\n'),
      'big.py': big,
      'pyproject.toml': '[project]\nname = "x"\n',
    }
    const dir = tempDir('stackfit-base-api-')
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), content as Uint8Array | string)
    }
    const disk = createFsRepoView(dir)
    const server = await serve({ files: [modified('bom.py')], commits: { [BASE]: files } })
    const port = await open(server)
    await port.prepare(everything)
    const view = port.view(everything)
    for (const path of Object.keys(files))
      for (const max of [undefined, MAX_SOURCE_BYTES, 4]) {
        if (path === 'big.py' && max === undefined) continue
        expect({ path, max, read: view.read(path, max) }).toEqual({
          path,
          max,
          read: disk.read(path, max),
        })
      }
    // More of a cut file than was fetched cannot be answered: it says so.
    expect(view.read('big.py')).toMatchObject({ ok: false, reason: 'unreadable' })
  })

  it('gives the analysis exactly what the disk gives it (the example monorepo)', async () => {
    const root = join(import.meta.dirname, '../../examples/monorepo')
    const tree = treeOf(root)
    const touched = ['services/recommender', 'services/checkout']
    const changed = ['services/recommender/requirements.txt', 'services/checkout/main.go']
    const include = baseInclude(changed, touched)
    const server = await serve({ files: changed.map(modified), commits: { [BASE]: tree } })
    const port = await open(server)
    await port.prepare(include)
    const disk = createFsRepoView(root)
    const onDisk: RepoView = { ...disk, files: disk.files.filter((f) => include(f.path)) }
    const viaApi = analyze(port.view(include))
    const fromDisk = analyze(onDisk)
    expect(viaApi.services).toEqual(fromDisk.services)
    expect(viaApi.diagnostics).toEqual(fromDisk.diagnostics)
    expect(port.problems).toEqual([])
    expect(server.calls('git/get-blob').length).toBeLessThan(Object.keys(tree).length / 2)
  })
})

describe('view without prepare', () => {
  it('lists the base tree but reads nothing, and says why', async () => {
    const server = await serve({
      files: [modified('services/a/main.go')],
      commits: { [BASE]: TREE },
    })
    const port = await open(server)
    const view = port.view(everything)
    expect(view.files.map((f) => f.path)).toContain('services/b/main.go')
    expect(view.read('services/a/go.mod')).toMatchObject({
      ok: false,
      reason: 'unreadable',
      message: expect.stringMatching(/prepare was not called/),
    })
    expect(server.calls('git/get-blob')).toEqual([])
  })
})

describe('prepare: a tree too large for one listing', () => {
  it('lists only the directories on the way to the touched service, then that service whole', async () => {
    const server = await serve({
      files: [modified('services/a/main.go')],
      commits: { [BASE]: TREE },
      treeLimit: 5,
    })
    const port = await open(server)
    const include = baseInclude(port.changedPaths, ['services/a'])
    await port.prepare(include)
    const listed = server.calls('git/get-tree').map((r) => {
      const sha = r.path.split('/').pop() as string
      return `${sha === BASE ? 'commit' : 'tree'} ${r.query['recursive'] ? 'recursive' : 'flat'}`
    })
    // The truncated recursive listing, the root, `services`, then `services/a` whole, which is
    // too large again: `services/a` flat, then its directories `data` and `deploy` whole (never
    // `services/b`, never `node_modules`).
    expect(listed.sort()).toEqual([
      'commit flat',
      'commit recursive',
      'tree flat',
      'tree flat',
      'tree recursive',
      'tree recursive',
      'tree recursive',
    ])
    const complete = await serve({
      files: [modified('services/a/main.go')],
      commits: { [BASE]: TREE },
    })
    const reference = await open(complete)
    await reference.prepare(include)
    expect(port.view(include).files).toEqual(reference.view(include).files)
    expect(port.view(include).pruned).toEqual(reference.view(include).pruned)
    expect(port.problems).toEqual([])
    await complete.close()
    expect(complete.invalid).toEqual([])
  })

  it('says the base is incomplete when the listing limit is reached', async () => {
    const server = await serve({
      files: [modified('services/a/main.go')],
      commits: { [BASE]: TREE },
      treeLimit: 5,
    })
    const port = await open(server, { limits: { trees: 2 } })
    await port.prepare(baseInclude(port.changedPaths, ['services/a']))
    expect(port.problems.join('\n')).toMatch(/directories were not listed \(limit: 2 listings\)/)
  })
})

describe('prepare: limits and failures', () => {
  it.each<[string, Partial<{ blobs: number; bytes: number }>, number]>([
    ['the file limit', { blobs: 2 }, 2],
    // .gitattributes (26 bytes) fits, go.work (25) does not; the Dockerfile (17) would, but the
    // files after the first that does not fit are left out too.
    ['the byte limit', { bytes: 45 }, 1],
  ])('stops at %s and says the base is incomplete', async (_, limits, fetched) => {
    const server = await serve({
      files: [modified('services/a/main.go')],
      commits: { [BASE]: TREE },
    })
    const port = await open(server, { limits })
    const include = baseInclude(port.changedPaths, ['services/a'])
    await port.prepare(include)
    expect(server.calls('git/get-blob')).toHaveLength(fetched)
    expect(port.problems).toEqual([
      expect.stringMatching(new RegExp(`^the base is incomplete: ${6 - fetched} of the 6 files`)),
    ])
    const view = port.view(include)
    expect(view.diagnostics.map((d) => d.code)).toEqual(['base-incomplete'])
    // Discovery's files come first; a source left out reads as unreadable, never as absent.
    expect(view.read('.gitattributes').ok).toBe(true)
    expect(view.read('services/a/main.go')).toMatchObject({
      ok: false,
      reason: 'unreadable',
      message: expect.stringMatching(/base read stops at/),
    })
  })

  it('retries a server error on a blob and a tree', async () => {
    const server = await serve({
      files: [modified('services/a/main.go')],
      commits: { [BASE]: TREE },
    })
    server.fault({ operationId: 'git/get-tree', status: 502, times: 1 })
    server.fault({ operationId: 'git/get-blob', status: 503, times: 1 })
    const port = await open(server)
    await port.prepare(baseInclude(port.changedPaths, ['services/a']))
    expect(server.calls('git/get-tree').map((r) => r.status)).toEqual([502, 200])
    expect(server.calls('git/get-blob').filter((r) => r.status === 503)).toHaveLength(1)
    expect(server.calls('git/get-blob').filter((r) => r.status === 200)).toHaveLength(6)
    expect(port.problems).toEqual([])
  })

  it('reports a blob that keeps failing, and reads it as unreadable', async () => {
    const server = await serve({
      files: [modified('services/a/main.go')],
      commits: { [BASE]: TREE },
    })
    server.fault({ operationId: 'git/get-blob', status: 404 })
    const port = await open(server)
    const include = baseInclude(port.changedPaths, ['services/a'])
    await port.prepare(include)
    expect(port.problems).toHaveLength(6)
    expect(port.problems[0]).toMatch(/could not be fetched from the GitHub API: 404/)
    expect(port.view(include).read('services/a/go.mod')).toMatchObject({ reason: 'unreadable' })
  })
})
