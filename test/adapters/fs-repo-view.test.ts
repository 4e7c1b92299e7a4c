import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createFsRepoView } from '../../src/adapters/fs-repo-view.js'

const roots: string[] = []

/** A real directory tree: string → file, Buffer → file bytes. */
function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'stackfit-view-'))
  roots.push(root)
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  return root
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

describe('createFsRepoView: the walk', () => {
  it('lists files repo-relative and sorted by byte order, with their sizes', () => {
    const root = tree({ 'b.go': 'package b\n', 'a/Z.py': 'x = 1\n', 'a/a.py': '', 'B.md': '# B\n' })
    const view = createFsRepoView(root)
    expect(view.files).toEqual([
      { path: 'B.md', size: 4 },
      { path: 'a/Z.py', size: 6 },
      { path: 'a/a.py', size: 0 },
      { path: 'b.go', size: 10 },
    ])
    expect(view.diagnostics).toEqual([])
  })

  it('prunes .git and node_modules at the top-most directory only', () => {
    const root = tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.git/objects/ab/cdef': 'x',
      'web/node_modules/react/index.js': 'x',
      'web/node_modules/react/node_modules/x/y.js': 'x',
      'web/src/index.js': 'x',
      'sub/.git': 'gitdir: ../.git/modules/sub\n',
    })
    const view = createFsRepoView(root)
    expect(view.files.map((f) => f.path)).toEqual(['web/src/index.js'])
    expect(view.pruned).toEqual([
      { path: '.git', reason: 'git', source: 'built-in: .git' },
      { path: 'sub/.git', reason: 'git', source: 'built-in: .git' },
      { path: 'web/node_modules', reason: 'node_modules', source: 'built-in: node_modules/' },
    ])
  })

  it('applies root and nested .gitignore files, each relative to its own directory, and .git/info/exclude', () => {
    const root = tree({
      '.git/info/exclude': '# local\nscratch/\n',
      '.gitignore': '# build output\n*.log\nbuild/\n/secrets.env\n!keep.log\n',
      'app.log': 'x',
      'keep.log': 'x',
      'secrets.env': 'x',
      'build/out.js': 'x',
      'scratch/notes.txt': 'x',
      'svc/.gitignore': 'generated/\n!debug.log\n/local.py\n',
      'svc/main.py': 'x',
      'svc/debug.log': 'x',
      'svc/trace.log': 'x',
      'svc/local.py': 'x',
      'svc/pkg/local.py': 'x',
      'svc/secrets.env': 'x',
      'svc/generated/a.py': 'x',
      'svc/pkg/build/x.py': 'x',
    })
    const view = createFsRepoView(root)
    expect(view.files.map((f) => f.path)).toEqual([
      '.gitignore',
      'keep.log',
      'svc/.gitignore',
      'svc/debug.log',
      'svc/main.py',
      'svc/pkg/local.py',
      'svc/secrets.env',
    ])
    expect(view.pruned).toEqual([
      { path: '.git', reason: 'git', source: 'built-in: .git' },
      { path: 'app.log', reason: 'gitignored', source: '.gitignore:2' },
      { path: 'build', reason: 'gitignored', source: '.gitignore:3' },
      { path: 'scratch', reason: 'gitignored', source: '.git/info/exclude:2' },
      { path: 'secrets.env', reason: 'gitignored', source: '.gitignore:4' },
      { path: 'svc/generated', reason: 'gitignored', source: 'svc/.gitignore:1' },
      { path: 'svc/local.py', reason: 'gitignored', source: 'svc/.gitignore:3' },
      { path: 'svc/pkg/build', reason: 'gitignored', source: '.gitignore:3' },
      { path: 'svc/trace.log', reason: 'gitignored', source: '.gitignore:2' },
    ])
  })

  it('never follows symlinks: loops and escapes become diagnostics and the scan goes on', () => {
    const outside = tree({ 'secret.txt': 'top secret\n', 'dir/x.py': 'x' })
    const root = tree({ 'svc/main.py': 'print(1)\n', 'shared/config.yaml': 'a: 1\n' })
    symlinkSync(join(root, 'svc'), join(root, 'svc', 'loop'))
    symlinkSync('self', join(root, 'self'))
    symlinkSync(join(outside, 'secret.txt'), join(root, 'svc', 'leak.txt'))
    symlinkSync(join(outside, 'dir'), join(root, 'escape'))
    symlinkSync('../shared/config.yaml', join(root, 'svc', 'config.yaml'))
    symlinkSync('missing.txt', join(root, 'dangling'))
    const view = createFsRepoView(root)
    expect(view.files.map((f) => f.path)).toEqual(['shared/config.yaml', 'svc/main.py'])
    expect(view.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['symlink-outside-root', 'escape'],
      ['symlink-loop', 'self'],
      ['symlink-outside-root', 'svc/leak.txt'],
      ['symlink-loop', 'svc/loop'],
    ])
    expect(view.pruned).toEqual([
      { path: 'dangling', reason: 'symlink', source: 'dangling symlink' },
      { path: 'escape', reason: 'symlink', source: 'points outside the scanned root' },
      { path: 'self', reason: 'symlink', source: 'symlink loop' },
      {
        path: 'svc/config.yaml',
        reason: 'symlink',
        source: 'symlink to shared/config.yaml (scanned where it lives)',
      },
      { path: 'svc/leak.txt', reason: 'symlink', source: 'points outside the scanned root' },
      { path: 'svc/loop', reason: 'symlink', source: 'symlink loop' },
    ])
    const leak = view.read('svc/leak.txt')
    expect(leak).toEqual({
      ok: false,
      reason: 'unreadable',
      message: 'resolves outside the scanned root',
    })
  })

  it('skips a file name that is not valid UTF-8 with a diagnostic', () => {
    const root = tree({ 'ok.py': 'x' })
    writeFileSync(
      Buffer.concat([Buffer.from(`${root}/bad-`), Buffer.from([0xff, 0xfe]), Buffer.from('.py')]),
      'x',
    )
    const view = createFsRepoView(root)
    expect(view.files.map((f) => f.path)).toEqual(['ok.py'])
    expect(view.diagnostics).toEqual([
      expect.objectContaining({ code: 'not-utf8', severity: 'warning' }),
    ])
  })

  it('returns an empty view with an error diagnostic for a missing root, without throwing', () => {
    const view = createFsRepoView(join(tmpdir(), 'stackfit-does-not-exist-9f1c'))
    expect(view.files).toEqual([])
    expect(view.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', code: 'unreadable' }),
    ])
    expect(view.read('a.txt').ok).toBe(false)
  })
})

describe('createFsRepoView: read', () => {
  it('reads text, strips a byte-order mark and reports no truncation', () => {
    const root = tree({ 'a.py': '\uFEFFimport os\n' })
    expect(createFsRepoView(root).read('a.py')).toEqual({
      ok: true,
      text: 'import os\n',
      truncated: false,
    })
  })

  it('reads at most maxBytes of a huge file', () => {
    const root = tree({ 'big.txt': 'a'.repeat(5 * 1024 * 1024) })
    const result = createFsRepoView(root).read('big.txt', 1000)
    expect(result).toEqual({ ok: true, text: 'a'.repeat(1000), truncated: true })
  })

  it('reads files of every size in turn through one buffer without mixing their bytes', () => {
    // Sizes around the first buffer (64 KiB) and a cap, read large-then-small so stale bytes would show.
    const sizes = [200_000, 65_536, 65_537, 3, 0, 70_000, 1]
    const files = Object.fromEntries(
      sizes.map((size, i) => [`f${i}.txt`, String.fromCharCode(97 + i).repeat(size)]),
    )
    const view = createFsRepoView(tree(files))
    for (const [i, size] of sizes.entries()) {
      const letter = String.fromCharCode(97 + i)
      expect(view.read(`f${i}.txt`)).toEqual({
        ok: true,
        text: letter.repeat(size),
        truncated: false,
      })
      for (const cap of [0, size - 1, size, size + 1, 65_536]) {
        if (cap < 0) continue
        expect(view.read(`f${i}.txt`, cap)).toEqual({
          ok: true,
          text: letter.repeat(Math.min(size, cap)),
          truncated: size > cap,
        })
      }
    }
  })

  it('trims a multi-byte character cut by maxBytes instead of calling the file not UTF-8', () => {
    const root = tree({ 'u.txt': 'ab€cd' })
    // "€" is 3 bytes: a cap of 4 cuts it after its first byte
    expect(createFsRepoView(root).read('u.txt', 4)).toEqual({
      ok: true,
      text: 'ab',
      truncated: true,
    })
    expect(createFsRepoView(root).read('u.txt', 5)).toEqual({
      ok: true,
      text: 'ab€',
      truncated: true,
    })
  })

  it.each([
    ['a NUL byte in the first 8 KiB', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'binary'],
    ['invalid UTF-8', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), 'not-utf8'],
  ])('rejects %s', (_, content, reason) => {
    const root = tree({ 'f.bin': content })
    expect(createFsRepoView(root).read('f.bin')).toMatchObject({ ok: false, reason })
  })

  it('reports a directory, a dangling symlink and a vanished file as unreadable, without throwing', () => {
    const root = tree({ 'dir/a.txt': 'x', 'gone.txt': 'x' })
    symlinkSync('nowhere.txt', join(root, 'dangling'))
    const view = createFsRepoView(root)
    rmSync(join(root, 'gone.txt'))
    expect(view.read('dir')).toMatchObject({ ok: false, reason: 'unreadable' })
    expect(view.read('dangling')).toMatchObject({ ok: false, reason: 'unreadable' })
    expect(view.read('gone.txt')).toMatchObject({
      ok: false,
      reason: 'unreadable',
      message: 'the file disappeared after the walk',
    })
  })

  it.each(['missing.txt', '../outside.txt', '/etc/passwd', 'a/../../x'])(
    'treats %s as missing',
    (path) => {
      const root = tree({ 'a/b.txt': 'x' })
      expect(createFsRepoView(root).read(path)).toMatchObject({ ok: false, reason: 'missing' })
    },
  )
})

describe('createFsRepoView: readBytes gives what read decodes', () => {
  const files: Record<string, string | Buffer> = {
    'plain.ipynb': '{"cells":[]}\n',
    'bom.ipynb': '\uFEFF{"cells":[]}',
    'multi.txt': 'ab€cd😀',
    'big.txt': 'x'.repeat(200_000),
    'nul.bin': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
    'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
    'empty.txt': '',
    'dir/a.txt': 'x',
    'gone.txt': 'x',
  }
  const paths = [...Object.keys(files), 'dir', 'dangling', 'missing.txt', '../outside.txt']

  it.each(paths.flatMap((path) => [undefined, 0, 3, 4, 5, 100_000].map((cap) => [path, cap])))(
    '%s, cap %s',
    (path, cap) => {
      const root = tree(files)
      symlinkSync('nowhere.txt', join(root, 'dangling'))
      const view = createFsRepoView(root)
      rmSync(join(root, 'gone.txt'))
      const text = view.read(path as string, cap as number | undefined)
      const raw = view.readBytes?.(path as string, cap as number | undefined)
      expect(raw).toBeDefined()
      const decoded = raw?.ok
        ? { ok: true, text: Buffer.from(raw.bytes).toString('utf8'), truncated: raw.truncated }
        : raw
      expect(decoded).toEqual(text)
    },
  )
})
