/**
 * The base of a local change, from git: `scan --base REF` compares the working tree with the
 * merge base of REF and HEAD, reading the base tree straight from the object database.
 */
import type { BaseInclude, BasePort } from '../core/7-delta/compare-with-base.js'
import type { RepoView } from '../core/ports.js'
import { changedPaths, committedPaths, resolveBase } from './git-changes.js'
import { createGitRepoView } from './git-repo-view.js'

export type GitBaseResult =
  { ok: true; port: BasePort; commit: string; mergeBase: boolean } | { ok: false; message: string }

/**
 * How the working tree enters the change: `git` (default) asks git to compare it with the base
 * (edits and untracked files count); `commits` ignores the working tree and the index: only what
 * the commits since the base changed (a CI checkout, clean by construction).
 */
export type WorktreeSource = 'git' | 'commits'

/**
 * Resolves REF in the repository containing `cwd` and lists what changed since. Returns a
 * one-line reason when `cwd` is not in a git work tree, REF is not a commit, or git fails.
 * Never throws.
 */
export function createGitBase(
  cwd: string,
  ref: string,
  worktree: WorktreeSource = 'git',
): GitBaseResult {
  const base = resolveBase(cwd, ref)
  if (!base.ok) return base
  const changed =
    worktree === 'commits' ? committedPaths(cwd, base.commit) : changedPaths(cwd, base.commit)
  if (!changed.ok) return { ok: false, message: changed.message }
  const empty: RepoView = { files: [], pruned: [], diagnostics: [], read: () => missing }
  const port: BasePort = {
    label: ref,
    commit: base.commit,
    changedPaths: changed.paths,
    view(include: BaseInclude) {
      const scope = include.scope
      const result = createGitRepoView(cwd, base.commit, { include, ...(scope ? { scope } : {}) })
      // The commit resolved a moment ago; if git now fails, compare with an empty base.
      return result.ok ? result.view : empty
    },
  }
  return { ok: true, port, commit: base.commit, mergeBase: base.mergeBase }
}

const missing = { ok: false, reason: 'missing', message: 'no such file' } as const
