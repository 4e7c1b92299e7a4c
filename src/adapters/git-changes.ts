/**
 * What a local change touches, from git: the base commit a branch is compared with, and the paths
 * that differ between that commit and the working tree (untracked files included, ignored ones
 * not). Paths are relative to the scanned directory, like every RepoView path.
 *
 * Two ways to list them:
 * - `changedPaths`: the working tree (`git diff <base>` and `git ls-files --others`); each walks
 *   and stats the whole working tree. What a developer's `scan --base` needs.
 * - `committedPaths`: commits only (`git diff <base> HEAD`, trees only, no working-tree walk).
 *   Enough for a CI checkout, which holds HEAD and nothing else.
 */
import { resolveCommit, revParseWithCommit, runGit, splitNul } from './git.js'

export type BaseResult =
  { ok: true; commit: string; mergeBase: boolean } | { ok: false; message: string }

/**
 * The commit to compare with for `--base REF`: the merge base of REF and HEAD, as a pull request
 * compares, or REF itself when they share no history (a shallow clone, an unrelated ref). Returns
 * `ok: false` with a one-line reason when `cwd` is not in a git work tree or REF is not a commit.
 * Never throws.
 */
export function resolveBase(cwd: string, ref: string): BaseResult {
  // One git process when both hold; separate ones to tell which failed.
  const both = revParseWithCommit(cwd, ['--is-inside-work-tree'], 1, ref)
  const known = both?.answers[0] === 'true'
  if (!known) {
    const inside = runGit(cwd, ['rev-parse', '--is-inside-work-tree'])
    if (!inside.ok || inside.stdout.toString('utf8').trim() !== 'true')
      return { ok: false, message: 'not inside a git work tree' }
  }
  const oid = known ? both.commit : resolveCommit(cwd, ref)
  if (oid === undefined)
    return {
      ok: false,
      message: `${ref} is not a commit here (fetch it first, e.g. git fetch origin ${ref})`,
    }
  const mergeBase = runGit(cwd, ['merge-base', oid, 'HEAD'])
  if (mergeBase.ok) {
    const base = mergeBase.stdout.toString('utf8').trim()
    if (base !== '') return { ok: true, commit: base, mergeBase: true }
  }
  return { ok: true, commit: oid, mergeBase: false }
}

export type ChangedResult = { ok: true; paths: string[] } | { ok: false; message: string }

/**
 * Paths below `cwd` that differ between `commit` and the working tree: modified, added, deleted
 * (a rename is its old and its new path) and untracked-but-not-ignored files. Relative to `cwd`,
 * sorted in byte order, unique. Never throws.
 */
export function changedPaths(cwd: string, commit: string): ChangedResult {
  const diff = runGit(cwd, [
    'diff',
    '--name-only',
    '-z',
    '--no-renames',
    '--no-ext-diff',
    '--no-textconv',
    '--relative',
    commit,
    '--',
  ])
  if (!diff.ok) return { ok: false, message: diff.message }
  const untracked = runGit(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--', '.'])
  if (!untracked.ok) return { ok: false, message: untracked.message }
  const paths = new Set([...splitNul(diff.stdout), ...splitNul(untracked.stdout)])
  return { ok: true, paths: [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) }
}

const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Options shared by the tree-to-tree listings. */
const DIFF_OPTIONS = ['--name-only', '-z', '--no-renames', '--no-ext-diff', '--no-textconv']

/**
 * Paths below `cwd` that differ between the trees of `commit` and HEAD: what the commits since
 * `commit` changed, without looking at the working tree or the index. For a clean checkout (CI)
 * this is the whole change. Sorted, unique. Never throws.
 */
export function committedPaths(cwd: string, commit: string): ChangedResult {
  const diff = runGit(cwd, ['diff', ...DIFF_OPTIONS, '--relative', commit, 'HEAD', '--'])
  if (!diff.ok) return { ok: false, message: diff.message }
  return { ok: true, paths: [...new Set(splitNul(diff.stdout))].sort(byteOrder) }
}
