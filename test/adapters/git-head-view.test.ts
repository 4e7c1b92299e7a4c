import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createFsRepoView } from '../../src/adapters/fs-repo-view.js'
import { createGitHeadView } from '../../src/adapters/git-head-view.js'
import type { RepoView } from '../../src/core/ports.js'
import { analyze } from '../../src/core/pipeline.js'
import { createHistory, type Changes, type History } from '../delta/git-history.js'
import { BASE_TREE } from '../delta/fixture.js'
import { random } from '../support/random.js'
import { tempDir } from '../support/temp-dir.js'

const histories: History[] = []
afterEach(() => {
  for (const h of histories.splice(0)) h.remove()
})

function history(files: Changes): History {
  const h = createHistory(files)
  histories.push(h)
  return h
}

/** A clean checkout of `h`, as `actions/checkout` leaves one: a fresh clone. */
function cloneOf(h: History): string {
  const dir = join(tempDir('stackfit-head-'), 'checkout')
  execFileSync('git', ['clone', '-q', h.dir, dir], { stdio: 'ignore' })
  return dir
}

function headView(root: string): RepoView {
  const result = createGitHeadView(root)
  if (!result.ok) throw new Error(result.message)
  return result.view
}

/** What a view lists, in one comparable value. */
function listing(view: RepoView): unknown {
  return { files: view.files, pruned: view.pruned, diagnostics: view.diagnostics }
}

/** A tree that exercises every rule the walk applies. */
const RULES_TREE: Changes = {
  '.gitignore': 'build/\n*.log\n!keep.log\n/top-only.txt\ncache/**\n',
  'keep.log': 'kept by a negation\n',
  'top-only.txt': 'ignored at the root only\n',
  'sub/top-only.txt': 'not ignored below the root\n',
  'sub/.gitignore': '*.tmp\n!important.tmp\nlocal/\n',
  'sub/a.tmp': 'ignored by sub/.gitignore\n',
  'sub/important.tmp': 're-included\n',
  'sub/local/x.py': 'print(1)\n',
  'sub/deeper/.gitignore': '!*.tmp\n',
  'sub/deeper/b.tmp': 'the deeper file wins\n',
  'build/out.js': 'ignored directory\n',
  'cache/a/b.txt': 'ignored by a double star\n',
  'node_modules/left-pad/index.js': 'pruned by name\n',
  'services/api/node_modules/x/index.js': 'pruned by name, nested\n',
  'services/api/package.json': '{"name":"api"}\n',
  'services/api/src/index.ts': 'export const a = 1\n',
  'services/api/debug.log': 'ignored by the root file\n',
  'with space/and ünïcode.py': 'x = 1\n',
  'empty.txt': '',
  '.gitattributes': 'gen/** linguist-generated\n',
  'gen/api.pb.go': 'package gen\n',
}

describe('createGitHeadView: the same view as the walk on a clean checkout', () => {
  it('applies .gitignore files, negations, nesting and built-in prunes like the walk', () => {
    const h = history({ 'README.md': 'x\n' })
    h.write(RULES_TREE)
    // Tracked although ignored: committed with --force, as happens in real repositories.
    h.git('add', '-A', '--force')
    h.git('commit', '-q', '-m', 'rules')
    const dir = cloneOf(h)
    const git = headView(dir)
    expect(listing(git)).toEqual(listing(createFsRepoView(dir)))
    // The rules did act (a vacuous comparison would pass on two empty views).
    const paths = git.files.map((f) => f.path)
    expect(paths).toContain('sub/deeper/b.tmp')
    expect(paths).toContain('keep.log')
    expect(paths).not.toContain('sub/a.tmp')
    expect(paths).not.toContain('build/out.js')
    expect(git.pruned.map((p) => p.path)).toEqual(
      expect.arrayContaining(['.git', 'build', 'node_modules', 'services/api/node_modules']),
    )
  })

  it('applies .git/info/exclude of the checkout', () => {
    const h = history({ 'a.py': 'x = 1\n', 'private/b.py': 'y = 2\n' })
    const dir = cloneOf(h)
    writeFileSync(join(dir, '.git/info/exclude'), 'private/\n')
    const git = headView(dir)
    expect(git.files.map((f) => f.path)).toEqual(['a.py'])
    expect(listing(git)).toEqual(listing(createFsRepoView(dir)))
  })

  it('lists symbolic links as pruned, described like the walk, and never follows them', () => {
    const h = history({ 'real/a.py': 'x = 1\n', 'other.txt': 'o\n' })
    symlinkSync('real', join(h.dir, 'link-dir'))
    symlinkSync('other.txt', join(h.dir, 'link-file'))
    symlinkSync('/', join(h.dir, 'outside'))
    symlinkSync('missing', join(h.dir, 'dangling'))
    symlinkSync('..', join(h.dir, 'real/up'))
    h.git('add', '-A')
    h.git('commit', '-q', '-m', 'links')
    const dir = cloneOf(h)
    const git = headView(dir)
    expect(listing(git)).toEqual(listing(createFsRepoView(dir)))
    expect(git.pruned.filter((p) => p.reason === 'symlink').map((p) => p.path)).toEqual([
      'dangling',
      'link-dir',
      'link-file',
      'outside',
      'real/up',
    ])
  })

  it('skips a name that is not valid UTF-8 with the walk’s diagnostic', () => {
    const h = history({ 'ok.py': 'x = 1\n' })
    const bad = Buffer.concat([Buffer.from(join(h.dir, 'bad-')), Buffer.from([0xff, 0xfe])])
    mkdirSync(bad)
    writeFileSync(Buffer.concat([bad, Buffer.from('/inside.py')]), 'y = 2\n')
    h.git('add', '-A')
    h.git('commit', '-q', '-m', 'bad name')
    const dir = cloneOf(h)
    const git = headView(dir)
    expect(git.diagnostics.map((d) => d.code)).toEqual(['not-utf8'])
    expect(git.files.map((f) => f.path)).toEqual(['ok.py'])
    expect(listing(git)).toEqual(listing(createFsRepoView(dir)))
  })

  it('skips a non-UTF-8 name inside an ignored directory as the walk does: no diagnostic', () => {
    const h = history({ '.gitignore': 'vendor/\n', 'ok.py': 'x = 1\n' })
    const bad = Buffer.concat([Buffer.from(join(h.dir, 'vendor/bad-')), Buffer.from([0xff])])
    mkdirSync(join(h.dir, 'vendor'))
    writeFileSync(bad, 'y = 2\n')
    writeFileSync(join(h.dir, 'vendor/z.py'), 'z = 3\n')
    h.git('add', '-A', '--force')
    h.git('commit', '-q', '-m', 'bad name, ignored')
    const dir = cloneOf(h)
    const git = headView(dir)
    expect(git.diagnostics).toEqual([])
    expect(git.pruned.map((p) => p.path)).toEqual(['.git', 'vendor'])
    expect(listing(git)).toEqual(listing(createFsRepoView(dir)))
  })

  it('lists files in UTF-16 order where it differs from git’s byte order', () => {
    // U+FF21 (bytes EF BC A1) sorts before U+1F600 (F0 9F 98 80) in bytes, after it in UTF-16
    // (FF21 > D83D): git lists one order, the view must give the other, as the walk does.
    const h = history({ 'a/\u{1F600}.py': 'x = 1\n', 'a/\uFF21.py': 'y = 2\n', 'a/b.py': 'z\n' })
    const dir = cloneOf(h)
    const byGit = execFileSync('git', ['ls-files', '-z'], { cwd: dir, encoding: 'utf8' })
    expect(byGit.split('\0').filter(Boolean)).toEqual(['a/b.py', 'a/\uFF21.py', 'a/\u{1F600}.py'])
    const git = headView(dir)
    expect(git.files.map((f) => f.path)).toEqual(['a/b.py', 'a/\u{1F600}.py', 'a/\uFF21.py'])
    expect(listing(git)).toEqual(listing(createFsRepoView(dir)))
    // The view finds each file it lists (its lookup is a binary search in that order).
    for (const file of git.files) expect(git.read(file.path)).toMatchObject({ ok: true })
  })

  it('lists a scan root below the top of the work tree with paths relative to it', () => {
    const h = history(BASE_TREE)
    const dir = cloneOf(h)
    const sub = join(dir, 'services')
    const git = headView(sub)
    expect(git.files.length).toBeGreaterThan(0)
    expect(git.files.every((f) => !f.path.startsWith('services/'))).toBe(true)
    expect(listing(git)).toEqual(listing(createFsRepoView(sub)))
  })

  it('gives the example monorepo the same analysis as the walk', () => {
    const h = history(BASE_TREE)
    const dir = cloneOf(h)
    const git = headView(dir)
    for (const file of git.files)
      expect(git.read(file.path)).toEqual(createFsRepoView(dir).read(file.path))
    expect(JSON.stringify(analyze(git))).toBe(JSON.stringify(analyze(createFsRepoView(dir))))
  })
})

describe('createGitHeadView: what it lists and when it declines', () => {
  it('lists the commit: a file written after the checkout is not part of it', () => {
    const h = history({ 'a.py': 'x = 1\n' })
    const dir = cloneOf(h)
    writeFileSync(join(dir, 'generated-later.py'), 'y = 2\n')
    expect(headView(dir).files.map((f) => f.path)).toEqual(['a.py'])
    expect(createFsRepoView(dir).files.map((f) => f.path)).toEqual(['a.py', 'generated-later.py'])
  })

  it('takes sizes from the committed blobs', () => {
    const h = history({ 'a.py': 'x = 1\n', 'b/c.go': 'package c\n' })
    expect(headView(h.dir).files).toEqual([
      { path: 'a.py', size: 6 },
      { path: 'b/c.go', size: 10 },
    ])
  })

  it.each([
    [
      'a directory outside any work tree',
      () => tempDir('stackfit-plain-'),
      /not in a git work tree/,
    ],
    [
      'a repository without a commit',
      () => {
        const dir = tempDir('stackfit-empty-')
        execFileSync('git', ['init', '-q', dir])
        return dir
      },
      /no commit is checked out/,
    ],
    [
      'a path that does not exist',
      () => join(tempDir('stackfit-gone-'), 'nope'),
      /not a directory/,
    ],
  ])('declines %s, with the reason', (_name, make, reason) => {
    const result = createGitHeadView(make())
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(reason)
  })

  it('declines a checkout whose submodule is checked out, and lists one that is not', () => {
    const inner = history({ 'lib.py': 'x = 1\n' })
    const outer = history({ 'main.py': 'y = 2\n' })
    outer.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', inner.dir, 'vendored')
    outer.git('commit', '-q', '-m', 'submodule')
    // The outer repository's own work tree has the submodule checked out.
    const withSub = createGitHeadView(outer.dir)
    expect(withSub.ok).toBe(false)
    if (!withSub.ok) expect(withSub.message).toBe('the submodule vendored is checked out')
    // A plain clone leaves it empty (actions/checkout's default): listed, like the walk.
    const dir = cloneOf(outer)
    const git = headView(dir)
    expect(git.files.map((f) => f.path)).toEqual(['.gitmodules', 'main.py'])
    expect(listing(git)).toEqual(listing(createFsRepoView(dir)))
  })
})

/**
 * A random tree with random ignore files: names drawn from a small set so that rules, negations
 * and nested files collide often, and some files tracked although ignored.
 */
function randomTree(seed: number): { tracked: Changes; forced: Changes } {
  const rng = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T
  const dirs = [
    '',
    'a',
    'a/b',
    'a/b/c',
    'build',
    'a/build',
    'node_modules',
    'a/node_modules/x',
    'logs',
  ]
  const names = ['x.py', 'y.go', 'z.log', 'keep.log', 'data.tmp', 'build', 'main.ts', 'README.md']
  const rules = [
    '*.log',
    '!keep.log',
    'build/',
    '/logs',
    '*.tmp',
    '!a/*.tmp',
    'b/',
    '**/c/*.py',
    'y.go',
    '!y.go',
  ]
  const tracked: Changes = {}
  const forced: Changes = {}
  for (let i = 0; i < 40; i++) {
    const dir = pick(dirs)
    const name = pick(names)
    if (dirs.includes(dir === '' ? name : `${dir}/${name}`)) continue
    const path = dir === '' ? name : `${dir}/${name}`
    ;(rng() < 0.3 ? forced : tracked)[path] = `${path}\n`.repeat(1 + Math.floor(rng() * 3))
  }
  for (const dir of ['', 'a', 'a/b']) {
    if (rng() < 0.3) continue
    const lines = Array.from({ length: 1 + Math.floor(rng() * 4) }, () => pick(rules))
    tracked[dir === '' ? '.gitignore' : `${dir}/.gitignore`] = `${lines.join('\n')}\n`
  }
  return { tracked, forced }
}

/** A clean checkout of randomTree(seed): its tracked files, and its ignored ones added by force. */
function randomCheckout(seed: number): string {
  const { tracked, forced } = randomTree(seed)
  const h = history({ 'root.txt': 'r\n' })
  h.write(tracked)
  h.git('add', '-A')
  h.write(forced)
  h.git('add', '-A', '--force')
  h.git('commit', '-q', '-m', `seed ${seed}`)
  return cloneOf(h)
}

describe('createGitHeadView: randomized trees', () => {
  /** Paths pruned as ignored, per seed. */
  const pruned: number[] = []

  it.each([1, 2, 3, 5, 8, 13, 21, 34])('seed %i: the same listing as the walk', (seed) => {
    const dir = randomCheckout(seed)
    const git = headView(dir)
    expect(listing(git)).toEqual(listing(createFsRepoView(dir)))
    pruned.push(git.pruned.filter((p) => p.reason === 'gitignored').length)
  })

  it('the seeds above did exercise the ignore rules', () => {
    expect(pruned).toHaveLength(8)
    expect(pruned.filter((n) => n > 0).length).toBeGreaterThanOrEqual(6)
  })
})

/** The paths a scope covers: below a subtree, or directly inside a directory (`''`: the root). */
function inScope(scope: { subtrees: string[]; directories: string[] }, path: string): boolean {
  const slash = path.lastIndexOf('/')
  const dir = slash < 0 ? '' : path.slice(0, slash)
  return scope.subtrees.some((s) => path.startsWith(`${s}/`)) || scope.directories.includes(dir)
}

describe('createGitHeadView with a scope: the whole listing, cut to the scope', () => {
  const scopes = [
    { subtrees: ['sub'], directories: [''] },
    { subtrees: ['services/api'], directories: ['', 'services'] },
    { subtrees: ['sub/deeper', 'gen'], directories: ['', 'sub'] },
    { subtrees: ['with space'], directories: [] },
    { subtrees: [], directories: ['', 'sub', 'services/api'] },
    { subtrees: ['build', 'node_modules'], directories: [''] },
  ]
  it.each(scopes)('%j', (scope) => {
    const dir = cloneOf(history(RULES_TREE))
    const whole = headView(dir)
    const part = createGitHeadView(dir, { scope })
    if (!part.ok) throw new Error(part.message)
    expect(part.source).toBe('scope')
    expect(part.view.files).toEqual(whole.files.filter((f) => inScope(scope, f.path)))
    const below = (path: string) => scope.subtrees.some((s) => path.startsWith(`${s}/`))
    expect(part.view.pruned.filter((p) => below(p.path))).toEqual(
      whole.pruned.filter((p) => below(p.path)),
    )
    // Reads give what the whole view's give.
    for (const f of part.view.files) expect(part.view.read(f.path)).toEqual(whole.read(f.path))
  })

  it.each([1, 2, 3, 5, 8, 13])('seed %i: randomized trees and scopes', (seed) => {
    const dir = randomCheckout(seed)
    const whole = headView(dir)
    const rng = random(seed * 7)
    const subtree = ['a', 'a/b', 'a/b/c', 'logs', 'build'][Math.floor(rng() * 5)] as string
    const parts = subtree.split('/')
    const directories = parts.map((_, i) => parts.slice(0, i).join('/'))
    const scope = { subtrees: [subtree], directories }
    const part = createGitHeadView(dir, { scope })
    if (!part.ok) throw new Error(part.message)
    expect(part.view.files).toEqual(whole.files.filter((f) => inScope(scope, f.path)))
  })

  it("takes sizes from the disk (the tree has the blobs' sizes), the files a read gives", () => {
    const dir = cloneOf(history({ 'a/x.py': 'print(1)\n', 'a/empty.py': '' }))
    // A step before stackfit rewrote a file: the blob says 9 bytes, the disk 18.
    writeFileSync(join(dir, 'a/x.py'), 'print(1)\nprint(2)\n')
    const part = createGitHeadView(dir, { scope: { subtrees: ['a'], directories: [''] } })
    if (!part.ok) throw new Error(part.message)
    expect(part.view.files).toEqual([
      { path: 'a/empty.py', size: 0 },
      { path: 'a/x.py', size: 18 },
    ])
  })
})
