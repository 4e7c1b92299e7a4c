/**
 * The head the Action scans: the commit the workflow checked out. Listed by git (its index, or
 * the commit's tree: src/adapters/git-head-view.ts), which costs a fraction of a walk and stat of
 * every file and sees the same files on a clean checkout; the disk walk when git cannot list it
 * (no git, not a work tree, a submodule checked out, a sparse checkout).
 */
import type { RepoView } from '../core/ports.js'
import { createFsRepoView } from '../adapters/fs-repo-view.js'
import { createGitHeadView } from '../adapters/git-head-view.js'

/** How the head was listed, for the log. */
export interface ActionHead {
  repo: RepoView
  /** `git <commit> (index|tree)` or `walk (<why git was not used>)`. */
  listing: string
  /** The commit git listed; absent for a walk. */
  commit?: string
}

/** Opens the scan root's view: git's listing of HEAD, or a walk. Never throws. */
export function openActionHead(scanRoot: string): ActionHead {
  const listed = createGitHeadView(scanRoot)
  if (listed.ok)
    return {
      repo: listed.view,
      listing: `git ${listed.commit.slice(0, 12)} (${listed.source})`,
      commit: listed.commit,
    }
  return { repo: createFsRepoView(scanRoot), listing: `walk (${listed.message})` }
}
