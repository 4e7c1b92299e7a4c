import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createFsRepoView } from '../../src/adapters/fs-repo-view.js'
import { createGitHeadView } from '../../src/adapters/git-head-view.js'
import {
  parseGitIndex,
  readGitIndex,
  type IndexEntries,
  type IndexParse,
} from '../../src/adapters/git-index.js'
import { createHistory, type Changes, type History } from '../delta/git-history.js'

const histories: History[] = []
afterEach(() => {
  for (const h of histories.splice(0)) h.remove()
})

function history(files: Changes, init?: (dir: string) => void): History {
  const h = createHistory(files)
  histories.push(h)
  init?.(h.dir)
  return h
}

/** A long path: more than the 4,095 bytes an index entry's name-length field can hold. */
const LONG = Array.from({ length: 18 }, (_, i) => `${String(i).padStart(2, '0')}${'d'.repeat(240)}`)
  .join('/')
  .concat('/deep.py')

const FILES: Changes = {
  'a.py': 'x = 1\n',
  'b/c.go': 'package c\n',
  'b/ünïcode name.ts': 'export {}\n',
  'b/empty.txt': '',
  'big.bin': Buffer.alloc(70_000, 1),
}

/** What git itself says the index holds: `git ls-files --stage` (mode and path) and sizes on disk. */
function gitSays(dir: string): { path: string; mode: number; size: number }[] {
  const out = execFileSync('git', ['ls-files', '--stage', '-z'], { cwd: dir })
  return out
    .toString('utf8')
    .split('\0')
    .filter((r) => r !== '')
    .map((record) => {
      const path = record.slice(record.indexOf('\t') + 1)
      return {
        path,
        mode: parseInt(record.slice(0, 6), 8),
        size: lstatSync(join(dir, path)).size,
      }
    })
}

interface Row {
  path: string
  mode: number
  size: number
  raw?: Buffer
}

/** The parsed index as rows, read both ways: whole (parseGitIndex) and in chunks (readGitIndex). */
function parsed(dir: string, oidBytes: 20 | 32 = 20): Row[] {
  const path = join(dir, '.git/index')
  const whole = parseGitIndex(readFileSync(path), oidBytes)
  const chunked = readGitIndex(path, oidBytes)
  if (!whole.ok) throw new Error(whole.reason)
  const rows = (entries: IndexEntries): Row[] =>
    entries.paths.map((path, i) => {
      const raw = entries.raw.get(i)
      const row = { path, mode: entries.modes[i] ?? -1, size: entries.sizes[i] ?? -1 }
      return raw === undefined ? row : { ...row, raw }
    })
  expect(chunked).toMatchObject({ ok: true })
  if (chunked.ok) expect(rows(chunked.entries)).toEqual(rows(whole.entries))
  return rows(whole.entries)
}

describe('parseGitIndex: what git wrote', () => {
  // Git writes version 3 only for entries with extended flags (skip-worktree, intent-to-add),
  // which the reader refuses: see "what it refuses".
  it.each([2, 4])('index version %i: every entry, its mode and size, as git lists them', (v) => {
    const h = history(FILES)
    symlinkSync('a.py', join(h.dir, 'link'))
    execFileSync('chmod', ['+x', join(h.dir, 'b/c.go')])
    h.git('add', '-A')
    h.git('commit', '-q', '-m', 'more')
    h.git('update-index', '--index-version', String(v))
    expect(readFileSync(join(h.dir, '.git/index')).readUInt32BE(4)).toBe(v)
    const entries = parsed(h.dir)
    const expected = gitSays(h.dir)
    expect(entries.map((e) => [e.path, e.mode])).toEqual(expected.map((e) => [e.path, e.mode]))
    // A size git smudged to 0 ("racily clean") is allowed; callers check those on disk.
    for (const [i, e] of entries.entries()) expect([0, expected[i]?.size]).toContain(e.size)
    expect(entries.filter((e) => e.size > 0).length).toBeGreaterThanOrEqual(entries.length - 2)
    expect(entries.find((e) => e.path === 'link')?.mode).toBe(0o120000)
    expect(entries.find((e) => e.path === 'b/c.go')?.mode).toBe(0o100755)
  })

  it.each([2, 3, 4])('index version %i: a path longer than the name-length field holds', (v) => {
    // Longer than any path the file system takes: entered in the index only, as git allows.
    const h = history({ 'a.py': 'x\n' })
    const blob = h.git('hash-object', '-w', 'a.py')
    h.git('update-index', '--add', '--cacheinfo', `100644,${blob},${LONG}`)
    h.git('update-index', '--add', '--cacheinfo', `100644,${blob},${LONG}2`)
    h.git('update-index', '--index-version', String(v))
    expect(parsed(h.dir).map((e) => e.path)).toEqual([LONG, `${LONG}2`, 'a.py'])
  })

  it('reads a SHA-256 repository', () => {
    const h = history({})
    const dir = join(h.dir, 'sha256')
    execFileSync('git', ['init', '-q', '--object-format=sha256', dir])
    writeFileSync(join(dir, 'a.py'), 'x = 1\n')
    execFileSync('git', ['add', 'a.py'], { cwd: dir })
    expect(parsed(dir, 32)).toEqual([{ path: 'a.py', mode: 0o100644, size: 6 }])
    expect(parseGitIndex(readFileSync(join(dir, '.git/index')), 20).ok).toBe(false)
  })

  it('flags a path that is not valid UTF-8 and keeps its bytes', () => {
    const h = history({ 'ok.py': 'x\n' })
    const name = Buffer.concat([Buffer.from('bad-'), Buffer.from([0xff]), Buffer.from('.py')])
    writeFileSync(Buffer.concat([Buffer.from(`${h.dir}/`), name]), 'y\n')
    h.git('add', '-A')
    const bad = parsed(h.dir).find((e) => e.raw !== undefined)
    expect(bad?.raw).toEqual(name)
  })

  it.each([2, 4])(
    'index version %i larger than one read: entries across chunk boundaries, read in chunks',
    (v) => {
      // Over 512 KB of entries: several chunks, with long names among them so that some names
      // and some name-length searches cross a boundary.
      const h = history({ 'a.py': 'x\n' })
      const blob = h.git('hash-object', '-w', 'a.py')
      const lines: string[] = []
      for (let i = 0; i < 6000; i++) {
        const dir = `services/service-${String(i % 97).padStart(3, '0')}/src/module-${i % 13}`
        const name = i % 500 === 7 ? `${LONG}-${i}` : `file-${i}-${'x'.repeat(i % 40)}.py`
        lines.push(`100644 ${blob}\t${dir}/${name}`)
      }
      execFileSync('git', ['update-index', '--add', '--index-info'], {
        cwd: h.dir,
        input: lines.join('\n') + '\n',
      })
      h.git('update-index', '--index-version', String(v))
      expect(readFileSync(join(h.dir, '.git/index')).length).toBeGreaterThan(
        v === 2 ? 512_000 : 64_000,
      )
      // parsed() also checks that the chunked read equals the whole one.
      const listed = execFileSync('git', ['ls-files', '-z'], { cwd: h.dir, encoding: 'utf8' })
      expect(parsed(h.dir).map((e) => e.path)).toEqual(listed.split('\0').filter(Boolean))
    },
  )

  it('reads an index written with index.skipHash (no checksum)', () => {
    const h = history(FILES)
    h.git('config', 'index.skipHash', 'true')
    h.git('update-index', '--really-refresh')
    writeFileSync(join(h.dir, 'z.py'), 'z\n')
    h.git('add', 'z.py')
    expect(parsed(h.dir).map((e) => e.path)).toEqual(gitSays(h.dir).map((e) => e.path))
  })
})

describe('parseGitIndex: what it refuses', () => {
  const cases: [string, (h: History) => void, RegExp][] = [
    ['a split index', (h) => h.git('update-index', '--split-index'), /split index/],
    [
      'a sparse checkout',
      (h) => {
        h.git('sparse-checkout', 'init', '--no-cone')
        h.git('sparse-checkout', 'set', '--no-cone', '/a.py')
      },
      /sparse/,
    ],
    [
      'a path added with --intent-to-add',
      (h) => {
        writeFileSync(join(h.dir, 'new.py'), 'n\n')
        h.git('add', '-N', 'new.py')
      },
      /intent-to-add/,
    ],
    [
      'a conflicted merge',
      (h) => {
        h.git('checkout', '-q', '-b', 'other')
        h.commit('other', { 'a.py': 'x = 2\n' })
        h.git('checkout', '-q', 'main')
        h.commit('mine', { 'a.py': 'x = 3\n' })
        try {
          h.git('merge', '-q', 'other')
        } catch {
          // the conflict is the point
        }
      },
      /conflicted/,
    ],
  ]
  it.each(cases)('%s', (_name, make, reason) => {
    const h = history(FILES)
    make(h)
    const result = parseGitIndex(readFileSync(join(h.dir, '.git/index')), 20)
    expect(result).toMatchObject({ ok: false })
    if (!result.ok) expect(result.reason).toMatch(reason)
  })

  it.each<[string, (b: Buffer) => Buffer, RegExp]>([
    [
      'a changed byte',
      (b) => Buffer.concat([b.subarray(0, 40), Buffer.from([b[40]! ^ 1]), b.subarray(41)]),
      /checksum/,
    ],
    ['a truncated file', (b) => b.subarray(0, b.length - 30), /checksum|truncated|malformed/],
    [
      'something else',
      () => Buffer.from('not an index at all, but long enough to look'),
      /not an index/,
    ],
    [
      'an unknown version',
      (b) => Buffer.concat([b.subarray(0, 4), Buffer.from([0, 0, 0, 9]), b.subarray(8)]),
      /version 9/,
    ],
  ])('a damaged file: %s', (_name, damage, reason) => {
    const h = history(FILES)
    const result = parseGitIndex(damage(readFileSync(join(h.dir, '.git/index'))), 20)
    expect(result).toMatchObject({ ok: false })
    if (!result.ok) expect(result.reason).toMatch(reason)
  })
})

describe('parseGitIndex: git’s order', () => {
  /** The index of a.py and b.py with `rename` applied to its bytes and its checksum rewritten. */
  function renamed(rename: (data: Buffer, a: number, b: number) => void): IndexParse {
    const h = history({ 'a.py': 'x\n', 'b.py': 'y\n' })
    const data = Buffer.from(readFileSync(join(h.dir, '.git/index')))
    const a = data.indexOf('a.py\0')
    const b = data.indexOf('b.py\0')
    expect(0 < a && a < b).toBe(true)
    rename(data, a, b)
    createHash('sha1')
      .update(data.subarray(0, data.length - 20))
      .digest()
      .copy(data, data.length - 20)
    return parseGitIndex(data, 20)
  }

  it.each<[string, (data: Buffer, a: number, b: number) => void, RegExp | undefined]>([
    ['as git wrote them', () => {}, undefined],
    ['swapped', (data, a, b) => void (data.write('b', a), data.write('a', b)), /out of order/],
    ['the same path twice', (data, _a, b) => void data.write('a', b), /out of order/],
  ])('entries %s', (_name, rename, reason) => {
    const result = renamed(rename)
    if (reason === undefined) expect(result).toMatchObject({ ok: true })
    else expect(result).toEqual({ ok: false, reason: expect.stringMatching(reason) })
  })
})

describe('createGitHeadView: the index first, the tree when it is refused', () => {
  it('lists from the index on a plain checkout', () => {
    const h = history(FILES)
    const result = createGitHeadView(h.dir)
    expect(result).toMatchObject({ ok: true, source: 'index' })
  })

  it('falls back to the commit’s tree for a split index, with the same view', () => {
    const h = history(FILES)
    mkdirSync(join(h.dir, 'more'))
    h.git('update-index', '--split-index')
    const result = createGitHeadView(h.dir)
    expect(result).toMatchObject({ ok: true, source: 'tree' })
    if (!result.ok) return
    const walk = createFsRepoView(h.dir)
    expect(result.view.files).toEqual(walk.files)
    expect(result.view.pruned).toEqual(walk.pruned)
  })

  it('declines a sparse checkout: the commit names files the work tree does not hold', () => {
    const h = history({ ...FILES, 'other/x.py': 'x\n' })
    h.git('sparse-checkout', 'set', '--no-cone', '/b/')
    const result = createGitHeadView(h.dir)
    expect(result).toEqual({ ok: false, message: 'the index is of a sparse checkout' })
    // The walk sees what is there.
    expect(createFsRepoView(h.dir).files.map((f) => f.path)).not.toContain('other/x.py')
  })

  it('asks the disk for the size of an entry the index records as 0', () => {
    const h = history({ 'a.py': 'x = 1\n', 'empty.py': '' })
    // Rewrite the index so that a.py's recorded size is 0, as git does for racily clean entries.
    const path = join(h.dir, '.git/index')
    h.git('config', 'index.skipHash', 'true')
    h.git('update-index', '--index-version', '2')
    h.git('update-index', '--really-refresh')
    const data = readFileSync(path)
    const first = 12
    expect(data.toString('utf8', first + 62, first + 66)).toBe('a.py')
    data.writeUInt32BE(0, first + 36)
    data.fill(0, data.length - 20)
    writeFileSync(path, data)
    const result = createGitHeadView(h.dir)
    expect(result).toMatchObject({ ok: true, source: 'index' })
    if (result.ok)
      expect(result.view.files).toEqual([
        { path: 'a.py', size: 6 },
        { path: 'empty.py', size: 0 },
      ])
  })
})
