/**
 * The head the Action scans: the commit the workflow checked out. Listed by git (its index, or
 * the commit's tree: src/adapters/git-head-view.ts), which costs a fraction of a walk and stat of
 * every file and sees the same files on a clean checkout; the disk walk when git cannot list it
 * (no git, not a work tree, a submodule checked out, a sparse checkout).
 *
 * The listing is made when first needed, not when the head is opened: a pull request analysed
 * from a snapshot lists only the parts of the tree its change touches (`headIn`), and never the
 * whole of it. Files read before then (the policy file) are read from the disk as the listed view
 * reads them.
 */
import type { IncludeScope } from '../core/7-delta/compare-with-base.js'
import type { Diagnostic } from '../core/model.js'
import type { RepoView } from '../core/ports.js'
import { createFsRepoView, diskView, scanRootSlash } from '../adapters/fs-repo-view.js'
import { createGitHeadView } from '../adapters/git-head-view.js'

/** The head, listed on first use. */
export interface ActionHead {
  /** The whole head: listed when its files, exclusions or problems are first asked for. */
  repo: RepoView
  /** A view of only these parts of the head, listed by git; undefined when git cannot. */
  headIn(scope: IncludeScope): RepoView | undefined
  /** The commit git listed, listing the whole head if it is not yet; undefined for a walk. */
  commit(): string | undefined
  /**
   * How the head was listed, for the log: `git <commit> (index|tree)`, `walk (<why git was not
   * used>)`, `git <commit> (N parts of the tree)`, or undefined when nothing was listed.
   */
  listing(): string | undefined
}

interface Listed {
  repo: RepoView
  listing: string
  commit?: string
}

/** Opens the scan root's head: git's listing of HEAD, or a walk, when first needed. Never throws. */
export function openActionHead(scanRoot: string): ActionHead {
  let whole: Listed | undefined
  let scoped: string | undefined
  const list = (): Listed => (whole ??= listWhole(scanRoot))
  const problems: Diagnostic[] = []
  const reader = diskView(scanRootSlash(scanRoot, problems) ?? '', [], [], [])
  const repo: RepoView = {
    get files() {
      return list().repo.files
    },
    get pruned() {
      return list().repo.pruned
    },
    get diagnostics() {
      return list().repo.diagnostics
    },
    read: (path, max) => (whole ?? { repo: reader }).repo.read(path, max),
    readBytes: (path, max) => {
      const view = (whole ?? { repo: reader }).repo
      return view.readBytes ? view.readBytes(path, max) : reader.readBytes!(path, max)
    },
  }
  return {
    repo,
    headIn(scope) {
      const listed = createGitHeadView(scanRoot, { scope })
      if (!listed.ok) return undefined
      const parts = scope.subtrees.length + scope.directories.length
      scoped = `git ${listed.commit.slice(0, 12)} (${parts} part${parts === 1 ? '' : 's'} of the tree)`
      return listed.view
    },
    commit: () => list().commit,
    listing: () => whole?.listing ?? scoped,
  }
}

function listWhole(scanRoot: string): Listed {
  const listed = createGitHeadView(scanRoot)
  if (listed.ok)
    return {
      repo: listed.view,
      listing: `git ${listed.commit.slice(0, 12)} (${listed.source})`,
      commit: listed.commit,
    }
  return { repo: createFsRepoView(scanRoot), listing: `walk (${listed.message})` }
}
