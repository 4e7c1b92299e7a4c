import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createFsRepoView } from '../../src/adapters/fs-repo-view.js'
import { createGitBase } from '../../src/adapters/git-base.js'
import { changedPaths, resolveBase } from '../../src/adapters/git-changes.js'
import { createGitRepoView, type GitRepoView } from '../../src/adapters/git-repo-view.js'
import { analyze } from '../../src/core/pipeline.js'
import { createHistory, type History } from '../delta/git-history.js'
import { BASE_TREE } from '../delta/fixture.js'

let history: History | undefined
afterEach(() => history?.remove())

function view(h: History, ref: string, cwd = h.dir, include?: (p: string) => boolean): GitRepoView {
  const result = createGitRepoView(cwd, ref, include ? { include } : {})
  if (!result.ok) throw new Error(result.message)
  return result.view
}

describe('createGitRepoView', () => {
  it('sees a commit exactly as the disk view sees the same checkout', () => {
    history = createHistory(BASE_TREE)
    const git = view(history, 'HEAD')
    const disk = createFsRepoView(history.dir)
    expect(git.files).toEqual(disk.files)
    for (const file of disk.files) expect(git.read(file.path)).toEqual(disk.read(file.path))
    expect(JSON.stringify(analyze(git))).toBe(
      JSON.stringify({ ...analyze(disk), exclusions: analyze(git).exclusions }),
    )
  })

  it('reads an older commit, not the work tree', () => {
    history = createHistory({ 'a.txt': 'one\n' })
    const first = history.git('rev-parse', 'HEAD')
    history.commit('second', { 'a.txt': 'two\n', 'b.txt': 'b\n' })
    history.write({ 'a.txt': 'uncommitted\n' })
    const old = view(history, first)
    expect(old.files.map((f) => f.path)).toEqual(['a.txt'])
    expect(old.read('a.txt')).toEqual({ ok: true, text: 'one\n', truncated: false })
    expect(old.read('b.txt')).toMatchObject({ ok: false, reason: 'missing' })
  })

  it.each([
    ['binary', 'x\u0000y', { ok: false, reason: 'binary' }],
    ['not UTF-8', Buffer.from([0xc3, 0x28]), { ok: false, reason: 'not-utf8' }],
    ['a byte-order mark', '\ufeffhello', { ok: true, text: 'hello', truncated: false }],
  ])('decodes like the disk view: %s', (_name, content, expected) => {
    history = createHistory({ 'f.txt': content })
    expect(view(history, 'HEAD').read('f.txt')).toMatchObject(expected)
    expect(createFsRepoView(history.dir).read('f.txt')).toMatchObject(expected)
  })

  it('caps reads without splitting a character', () => {
    history = createHistory({ 'f.txt': 'aé' })
    expect(view(history, 'HEAD').read('f.txt', 2)).toEqual({ ok: true, text: 'a', truncated: true })
  })

  it('lists symlinks as pruned and never follows them', () => {
    history = createHistory({ 'real.txt': 'secret\n' })
    symlinkSync('/etc/passwd', join(history.dir, 'link'))
    history.commit('link', {})
    const v = view(history, 'HEAD')
    expect(v.files.map((f) => f.path)).toEqual(['real.txt'])
    expect(v.pruned).toEqual([
      { path: 'link', reason: 'symlink', source: 'built-in: symlinks are not followed' },
    ])
    expect(v.read('link')).toMatchObject({ ok: false, reason: 'missing' })
  })

  it('is relative to a subdirectory, keeps only included paths and reads in batches', () => {
    history = createHistory(BASE_TREE)
    const services = view(history, 'HEAD', join(history.dir, 'services'), (p) =>
      p.startsWith('ranker/'),
    )
    expect(services.files.map((f) => f.path)).toEqual([
      'ranker/README.md',
      'ranker/go.mod',
      'ranker/main.go',
    ])
    for (const f of services.files) expect(services.read(f.path).ok).toBe(true)
    expect(services.batches()).toBe(1)
  })

  it('says why when the ref is not a commit', () => {
    history = createHistory(BASE_TREE)
    expect(createGitRepoView(history.dir, 'nope')).toEqual({
      ok: false,
      message: 'nope is not a commit here',
    })
  })
})

describe('git changes', () => {
  it('compares with the merge base and lists changed, deleted and untracked paths', () => {
    history = createHistory(BASE_TREE)
    const fork = history.git('rev-parse', 'HEAD')
    history.git('checkout', '-q', '-b', 'pr')
    history.commit('pr', {
      'services/ranker/README.md': 'changed\n',
      'services/notify/worker.py': null,
    })
    history.git('checkout', '-q', 'main')
    history.commit('main moves on', { 'README.md': '# shop, later\n' })
    history.git('checkout', '-q', 'pr')
    history.write({ 'scratch.txt': 'untracked\n' })
    expect(resolveBase(history.dir, 'main')).toEqual({ ok: true, commit: fork, mergeBase: true })
    expect(changedPaths(history.dir, fork)).toEqual({
      ok: true,
      paths: ['scratch.txt', 'services/notify/worker.py', 'services/ranker/README.md'],
    })
  })

  it('is not fooled outside a work tree', () => {
    history = createHistory(BASE_TREE)
    const result = createGitBase(join(history.dir, '.git'), 'main')
    expect(result).toEqual({ ok: false, message: 'not inside a git work tree' })
  })
})
