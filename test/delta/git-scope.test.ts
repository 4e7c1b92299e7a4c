/**
 * The base side of a changed-scope comparison lists only what it reads: with the include's
 * `scope`, git lists the touched subtrees and the direct entries of the directories above them,
 * and the view holds exactly the files the include alone would keep from the whole tree.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { createGitRepoView } from '../../src/adapters/git-repo-view.js'
import { baseInclude } from '../../src/core/7-delta/compare-with-base.js'
import { createHistory } from './git-history.js'

const history = createHistory({
  'README.md': '# shop\n',
  'go.work': 'go 1.22\n',
  'services/a/go.mod': 'module a\n',
  'services/a/main.go': 'package main\n',
  'services/a/internal/x.go': 'package internal\n',
  'services/b/requirements.txt': 'flask\n',
  'services/b/app.py': 'print(1)\n',
  'services/b/deep/er/model.py': 'print(2)\n',
  'services/we[ir]d*/go.mod': 'module weird\n',
  'services/we[ir]d*/main.go': 'package main\n',
  'libs/c/pyproject.toml': '[project]\nname = "c"\n',
  'libs/c/c.py': 'x = 1\n',
  'docs/guide/intro.md': '# intro\n',
})
afterAll(() => history.remove())

const listing = (
  cwd: string,
  include: ReturnType<typeof baseInclude>,
  scoped: boolean,
): string[] => {
  const scope = include.scope
  const result = createGitRepoView(cwd, 'HEAD', {
    include,
    ...(scoped && scope ? { scope } : {}),
  })
  if (!result.ok) throw new Error(result.message)
  return result.view.files.map((f) => `${f.path} ${f.size}`)
}

describe('scoped base listing', () => {
  it.each<[string, string[], string[], string]>([
    ['one touched service', ['services/a/main.go'], ['services/a'], ''],
    ['a deep change', ['services/b/deep/er/model.py'], ['services/b'], ''],
    ['a root file, nothing touched', ['README.md'], [], ''],
    ['a docs page outside services', ['docs/guide/intro.md'], [], ''],
    ['a name with pattern characters', ['services/we[ir]d*/main.go'], ['services/we[ir]d*'], ''],
    ['two services', ['services/a/go.mod', 'libs/c/c.py'], ['services/a', 'libs/c'], ''],
    ['scanning a subdirectory', ['b/app.py'], ['b'], 'services'],
  ])('%s', (_, changed, touched, sub) => {
    const cwd = sub === '' ? history.dir : `${history.dir}/${sub}`
    const include = baseInclude(changed, touched)
    expect(include.scope).toBeDefined()
    const scoped = listing(cwd, include, true)
    expect(scoped).toEqual(listing(cwd, include, false))
    expect(scoped.length).toBeGreaterThan(0)
  })

  it('has no scope when the root itself is touched (the whole tree is read)', () => {
    expect(baseInclude(['main.go'], ['.']).scope).toBeUndefined()
  })
})
