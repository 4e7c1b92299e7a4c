/**
 * The Action's side of snapshots: which runs write one, the cache key, the clean-checkout check on
 * real git repositories, and reading back what a store holds, whole or damaged.
 */
import { createRequire } from 'node:module'
import { afterEach, describe, expect, it } from 'vitest'
import {
  cleanCheckout,
  describeSnapshotUse,
  restoreSnapshot,
  saveSnapshot,
  snapshotKey,
  writesSnapshot,
} from '../../src/action/snapshot.js'
import { createSnapshot } from '../../src/core/7-delta/snapshot.js'
import type { SnapshotStore } from '../../src/github/snapshot-cache.js'
import { readEventContext, type EventContext } from '../../src/github/pull-request.js'
import { VERSION } from '../../src/version.js'
import { createHistory, type History } from '../delta/git-history.js'

const require = createRequire(import.meta.url)
const examples = require('@octokit/webhooks-examples') as {
  name: string
  examples: Record<string, unknown>[]
}[]

function context(event: string, ref: string, action?: string): EventContext {
  const list = examples.find((e) => e.name === event)?.examples ?? []
  const payload = structuredClone(list.find((e) => !action || e['action'] === action))
  const read = readEventContext(
    { GITHUB_EVENT_NAME: event, GITHUB_REPOSITORY: 'acme/platform', GITHUB_REF: ref },
    payload,
  )
  if ('problem' in read) throw new Error(read.problem)
  return read
}

describe('writesSnapshot', () => {
  it('on real payloads: only a push to the default branch writes one', () => {
    // The example repository's default branch is `master`.
    const push = context('push', 'refs/heads/master')
    expect(push.defaultBranch).toBe('master')
    expect(writesSnapshot(push)).toBe(true)
    expect(writesSnapshot(context('push', 'refs/heads/main'))).toBe(false)
    expect(writesSnapshot(context('push', 'refs/heads/feature'))).toBe(false)
    expect(writesSnapshot(context('push', 'refs/tags/v1.0.0'))).toBe(false)
    expect(writesSnapshot(context('pull_request', 'refs/pull/1/merge', 'opened'))).toBe(false)
    expect(writesSnapshot({ ...push, defaultBranch: undefined } as EventContext)).toBe(false)
  })
})

describe('snapshotKey', () => {
  it('names the version, the scanned directory and the commit', () => {
    const commit = 'a'.repeat(40)
    const key = snapshotKey(commit, '')
    expect(key).toMatch(
      new RegExp(`^stackfit-snapshot-${VERSION.replace(/\./g, '\\.')}-[0-9a-f]{12}-${commit}$`),
    )
    expect(snapshotKey(commit, 'services')).not.toBe(key)
    expect(snapshotKey('b'.repeat(40), '')).not.toBe(key)
    expect(snapshotKey(commit, '')).toBe(key)
  })
})

describe('cleanCheckout', () => {
  let history: History | undefined
  afterEach(() => {
    history?.remove()
    history = undefined
  })
  it('is true for a checkout of its commit, also with untracked files', () => {
    history = createHistory({ 'a/main.go': 'package main\n' })
    expect(cleanCheckout(history.dir)).toBe(true)
    history.write({ 'b/new.go': 'package b\n' })
    expect(cleanCheckout(history.dir)).toBe(true)
  })
  it('is false with a modified, deleted or staged tracked file', () => {
    history = createHistory({ 'a/main.go': 'package main\n', 'a/b.go': 'package main\n' })
    history.write({ 'a/main.go': 'package main // edited\n' })
    expect(cleanCheckout(history.dir)).toBe(false)
    history.git('checkout', '--', 'a/main.go')
    history.write({ 'a/b.go': null })
    expect(cleanCheckout(history.dir)).toBe(false)
    history.git('checkout', '--', 'a/b.go')
    history.write({ 'c.go': 'package c\n' })
    history.git('add', 'c.go')
    expect(cleanCheckout(history.dir)).toBe(false)
  })
  it('is false outside a git repository', () => {
    history = createHistory({ 'a.txt': 'x\n' })
    history.git('init', '-q', '--bare', 'bare.git')
    expect(cleanCheckout(`${history.dir}/bare.git`)).toBe(false)
  })
})

/** A store over a map, recording calls. */
function memoryStore(
  initial: Record<string, string> = {},
): SnapshotStore & { saved: Map<string, string> } {
  const saved = new Map(Object.entries(initial))
  return {
    saved,
    restore: async (key) => saved.get(key),
    save: async (key, text) => {
      if (saved.has(key)) return false
      saved.set(key, text)
      return true
    },
  }
}

const SNAPSHOT = createSnapshot(
  {
    services: [],
    exclusions: [],
    diagnostics: [],
    fileCount: 0,
    footprint: {},
  },
  { tool: VERSION, settings: '{}', commit: 'c'.repeat(40) },
)

describe('restoreSnapshot and saveSnapshot', () => {
  it('round-trip a snapshot through a store, and do not overwrite one', async () => {
    const store = memoryStore()
    const lines: string[] = []
    await saveSnapshot(store, 'k', SNAPSHOT, (l) => lines.push(l))
    expect(await restoreSnapshot(store, 'k', (l) => lines.push(l))).toEqual(SNAPSHOT)
    await saveSnapshot(store, 'k', { ...SNAPSHOT, commit: 'd'.repeat(40) }, (l) => lines.push(l))
    expect(JSON.parse(store.saved.get('k') as string).commit).toBe('c'.repeat(40))
    expect(lines).toEqual([
      expect.stringMatching(
        /^stackfit: saved the snapshot of this commit for pull requests \(k, 1 KiB\)$/,
      ),
      'stackfit: did not save the snapshot of this commit (k)',
    ])
  })
  it.each([
    ['a missing key', {}, /no snapshot of the base in the cache \(k\)/],
    ['a truncated text', { k: JSON.stringify(SNAPSHOT).slice(0, 30) }, /unreadable \(not JSON/],
    [
      'another format',
      { k: JSON.stringify({ ...SNAPSHOT, format: 9 }) },
      /unreadable \(format 9, expected 1\)/,
    ],
  ])('give nothing for %s, and say why', async (_, held, line) => {
    const lines: string[] = []
    expect(await restoreSnapshot(memoryStore(held), 'k', (l) => lines.push(l))).toBeUndefined()
    expect(lines).toEqual([expect.stringMatching(line)])
  })
})

describe('describeSnapshotUse', () => {
  it.each([
    [
      { used: true, analysed: 1, files: 17 } as const,
      "stackfit: analysed from the base's snapshot: 1 touched unit, 17 files listed",
    ],
    [
      { used: true, analysed: 3, files: 9 } as const,
      "stackfit: analysed from the base's snapshot: 3 touched units, 9 files listed",
    ],
    [
      { used: false, reason: 'x changed' } as const,
      "stackfit: the base's snapshot was not used: x changed; analysed the whole head",
    ],
  ])('%j', (use, line) => {
    expect(describeSnapshotUse(use)).toBe(line)
  })
})
