/**
 * Real git histories for the delta tests: a temporary repository, commits written from object
 * literals, and branches, driven through the git binary exactly as a developer's checkout is.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** File path → content (text or bytes); `null` deletes the file. */
export type Changes = Record<string, string | Uint8Array | null>

export interface History {
  dir: string
  git(...args: string[]): string
  /** Writes (or deletes) files in the work tree without committing. */
  write(changes: Changes): void
  /** Writes the changes and commits them with `message`; returns the commit id. */
  commit(message: string, changes: Changes): string
  remove(): void
}

/** A new repository on branch `main` with one commit holding `files`. */
export function createHistory(files: Changes): History {
  const dir = mkdtempSync(join(tmpdir(), 'stackfit-delta-'))
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'stackfit test',
    GIT_AUTHOR_EMAIL: 'test@stackfit.invalid',
    GIT_COMMITTER_NAME: 'stackfit test',
    GIT_COMMITTER_EMAIL: 'test@stackfit.invalid',
    GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
    GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  }
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }).trim()
  const write = (changes: Changes): void => {
    for (const [path, content] of Object.entries(changes)) {
      const full = join(dir, path)
      if (content === null) rmSync(full, { force: true })
      else {
        mkdirSync(dirname(full), { recursive: true })
        writeFileSync(full, content)
      }
    }
  }
  const commit = (message: string, changes: Changes): string => {
    write(changes)
    git('add', '-A')
    git('commit', '-q', '--allow-empty', '-m', message)
    return git('rev-parse', 'HEAD')
  }
  git('init', '-q', '-b', 'main')
  commit('initial', files)
  return { dir, git, write, commit, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
