/**
 * The two ways a base comparison lists what changed (src/adapters/git-changes.ts): the working
 * tree against the base (a developer's `scan --base`), and the commits only (the Action, whose
 * checkout holds HEAD and nothing else).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { changedPaths, committedPaths, resolveBase } from '../../src/adapters/git-changes.js'
import { createGitBase } from '../../src/adapters/git-base.js'
import { createHistory, type History } from './git-history.js'

const BASE = {
  '.gitignore': 'build/\n*.log\n',
  'services/api/go.mod': 'module example.com/api\n\ngo 1.22\n',
  'services/api/main.go': 'package main\n\nfunc main() {}\n',
  'services/worker/pyproject.toml': '[project]\nname = "worker"\n',
  'services/worker/app.py': 'print("hello")\n',
  'README.md': '# repo\n',
}

let history: History | undefined
afterEach(() => {
  history?.remove()
  history = undefined
})

/** A `pr` branch with one commit, then uncommitted edits, an untracked and an ignored file. */
function dirtyPullRequest(): History {
  history = createHistory(BASE)
  const h = history
  h.git('checkout', '-q', '-b', 'pr')
  h.commit('edit', { 'services/api/main.go': 'package main\n\nfunc main() { }\n' })
  h.write({
    'services/worker/app.py': 'print("HELLO")\n',
    'untracked.txt': 'x',
    'build/out.log': 'ignored',
  })
  return h
}

describe('listing a change', () => {
  it('committedPaths lists the commits only, not the working tree', () => {
    const h = dirtyPullRequest()
    const base = resolveBase(h.dir, 'main')
    if (!base.ok) throw new Error(base.message)
    expect(committedPaths(h.dir, base.commit)).toEqual({
      ok: true,
      paths: ['services/api/main.go'],
    })
  })

  it('changedPaths adds working-tree edits and untracked files, never ignored ones', () => {
    const h = dirtyPullRequest()
    const base = resolveBase(h.dir, 'main')
    if (!base.ok) throw new Error(base.message)
    expect(changedPaths(h.dir, base.commit)).toEqual({
      ok: true,
      paths: ['services/api/main.go', 'services/worker/app.py', 'untracked.txt'],
    })
  })

  it.each([
    ['git', ['services/api/main.go', 'services/worker/app.py', 'untracked.txt']],
    ['commits', ['services/api/main.go']],
  ] as const)('createGitBase(%s) lists with that source', (source, expected) => {
    const h = dirtyPullRequest()
    const base = createGitBase(h.dir, 'main', source)
    if (!base.ok) throw new Error(base.message)
    expect(base.port.changedPaths).toEqual(expected)
  })
})
