/**
 * The snapshot store on the Actions cache (src/github/snapshot-cache.ts), through the real
 * @actions/cache client, tar and zstd (or gzip), against the fake cache service of
 * test/support/cache-server.ts. Each test starts its own service and sets the environment the
 * package reads as a runner would; the environment is put back afterwards.
 *
 * @actions/cache waits seconds between its retries (Twirp calls: 5 attempts from 3 s; the archive
 * upload: the Azure SDK's policy), so the tests of failing services run with fake timers, which
 * `settle` moves on whenever the client is only waiting.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { saveCache } from '@actions/cache'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  actionsCacheStore,
  SNAPSHOT_DIR,
  SNAPSHOT_FILE,
  type SnapshotStore,
} from '../../src/github/snapshot-cache.js'
import {
  startFakeCacheService,
  type CacheFault,
  type CacheOperation,
  type FakeCacheService,
} from '../support/cache-server.js'
import { tempDir } from '../support/temp-dir.js'

const TOKEN = 'runtime-token-for-tests'

/** The variables @actions/cache reads (lib/internal/config.js, cacheUtils.js, tar.js). */
const ENV_NAMES = [
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_MODE',
  'GITHUB_SERVER_URL',
  'GITHUB_WORKSPACE',
  'RUNNER_TEMP',
  'RUNNER_DEBUG',
] as const

let saved: Record<string, string | undefined> = {}
let service: FakeCacheService | undefined

beforeEach(() => {
  saved = Object.fromEntries(ENV_NAMES.map((n) => [n, process.env[n]]))
  for (const name of ENV_NAMES) delete process.env[name]
  // The package reports through @actions/core and runs tar through @actions/exec, both on stdout.
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
})

afterEach(async () => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  for (const name of ENV_NAMES)
    if (saved[name] === undefined) delete process.env[name]
    else process.env[name] = saved[name]
  const fake = service
  service = undefined
  if (fake) {
    await fake.close()
    expect(fake.invalid).toEqual([])
  }
})

/** Sets the runner's environment for a run: a workspace and RUNNER_TEMP of its own. */
function runnerEnv(fake: FakeCacheService | undefined): void {
  process.env['GITHUB_SERVER_URL'] = 'https://github.com'
  process.env['GITHUB_WORKSPACE'] = tempDir('stackfit-cache-ws-')
  process.env['RUNNER_TEMP'] = tempDir('stackfit-cache-runner-')
  process.env['ACTIONS_RUNTIME_TOKEN'] = TOKEN
  if (fake) {
    process.env['ACTIONS_CACHE_SERVICE_V2'] = 'True'
    process.env['ACTIONS_RESULTS_URL'] = fake.url
  }
}

async function serve(): Promise<FakeCacheService> {
  service = await startFakeCacheService(TOKEN)
  runnerEnv(service)
  return service
}

function store(dir: string, log: string[]): SnapshotStore {
  return actionsCacheStore({ tempDir: dir, log: (line) => log.push(line) })
}

/** Awaits `promise`, moving fake timers on whenever nothing else is left to do. */
async function settle<T>(promise: Promise<T>): Promise<T> {
  let done = false
  void promise.then(
    () => (done = true),
    () => (done = true),
  )
  while (!done) {
    await new Promise((resolve) => setImmediate(resolve))
    if (!done && vi.getTimerCount() > 0) await vi.advanceTimersToNextTimerAsync()
  }
  return promise
}

const operations = (fake: FakeCacheService): string[] => fake.requests.map((r) => r.operation)

describe('actionsCacheStore: round trips', () => {
  const texts = [
    { name: 'ASCII JSON', text: '{"commit":"abc123","services":[]}' },
    {
      name: 'multi-byte characters, a leading BOM and no final newline',
      text: '\uFEFF{"naïve":"café ☕","日本":"語","emoji":"🧪🐍","cr":"a\r\nb"}',
    },
    { name: 'empty', text: '' },
    {
      name: 'a few MB',
      text: JSON.stringify({
        blobs: Array.from(
          { length: 64 },
          (_, i) => `${i}:${randomBytes(48 * 1024).toString('base64')}`,
        ),
        note: 'ü'.repeat(200_000),
      }),
    },
  ]

  it.each(texts)('saves then restores $name exactly, in another run', async ({ text }) => {
    const fake = await serve()
    const tmp = tempDir('stackfit-cache-tmp-')
    const log: string[] = []
    expect(await store(tmp, log).save('stackfit-snapshot-v1-abc123', text)).toBe(true)
    // Another run: a new store and a fresh RUNNER_TEMP; the workspace and tempDir are the same.
    process.env['RUNNER_TEMP'] = tempDir('stackfit-cache-runner-')
    const restored = await store(tmp, log).restore('stackfit-snapshot-v1-abc123')
    expect(restored).toBe(text)
    expect(operations(fake)).toEqual([
      'CreateCacheEntry',
      'upload',
      'FinalizeCacheEntryUpload',
      'GetCacheEntryDownloadURL',
      'download',
    ])
    const [create, , finalize, lookup] = fake.requests.map((r) => r.body)
    expect(create).toMatchObject({ key: 'stackfit-snapshot-v1-abc123' })
    expect(finalize).toMatchObject({ key: 'stackfit-snapshot-v1-abc123' })
    // Exactly the key: no restore keys, and the version the entry was saved under.
    expect(lookup).toMatchObject({ key: 'stackfit-snapshot-v1-abc123', restoreKeys: [] })
    expect(lookup?.['version']).toBe(create?.['version'])
    // The runtime token goes to the cache service only; the archive's signed URLs need none.
    const bearer = `Bearer ${TOKEN}`
    expect(fake.requests.map((r) => r.authorization)).toEqual([
      bearer,
      undefined,
      bearer,
      bearer,
      undefined,
    ])
    expect(log).toEqual([
      `Snapshot cache: saved stackfit-snapshot-v1-abc123 (${Buffer.byteLength(text)} bytes).`,
      `Snapshot cache: restored stackfit-snapshot-v1-abc123 (${Buffer.byteLength(text)} bytes).`,
    ])
    // Nothing is left behind under tempDir.
    expect(existsSync(join(tmp, SNAPSHOT_DIR))).toBe(false)
  })

  it('keeps texts under different keys apart, and runs calls of one store in turn', async () => {
    await serve()
    const tmp = tempDir('stackfit-cache-tmp-')
    const log: string[] = []
    const s = store(tmp, log)
    const saves = await Promise.all([s.save('snap-a', 'text A'), s.save('snap-b', 'text B')])
    expect(saves).toEqual([true, true])
    expect(await Promise.all([s.restore('snap-b'), s.restore('snap-a')])).toEqual([
      'text B',
      'text A',
    ])
  })
})

describe('actionsCacheStore: what is not there', () => {
  it('restores nothing for a key never saved', async () => {
    const fake = await serve()
    const log: string[] = []
    expect(await store(tempDir('stackfit-cache-tmp-'), log).restore('snap-missing')).toBeUndefined()
    expect(operations(fake)).toEqual(['GetCacheEntryDownloadURL'])
    expect(log).toEqual(['Snapshot cache: nothing restored for snap-missing.'])
  })

  it('does not take an entry of another key (a prefix match)', async () => {
    const fake = await serve()
    const tmp = tempDir('stackfit-cache-tmp-')
    const log: string[] = []
    expect(await store(tmp, log).save('snap-abc-longer', 'other text')).toBe(true)
    fake.answerWithKey = 'snap-abc-longer'
    expect(await store(tmp, log).restore('snap-abc')).toBeUndefined()
    expect(log.at(-1)).toBe(
      'Snapshot cache: the service answered snap-abc-longer for snap-abc; not used.',
    )
  })

  it('does not save over an existing entry: the service refuses, save gives false', async () => {
    const fake = await serve()
    const tmp = tempDir('stackfit-cache-tmp-')
    const log: string[] = []
    expect(await store(tmp, log).save('snap-1', 'first')).toBe(true)
    expect(await store(tmp, log).save('snap-1', 'second')).toBe(false)
    expect(operations(fake)).toEqual([
      'CreateCacheEntry',
      'upload',
      'FinalizeCacheEntryUpload',
      'CreateCacheEntry',
    ])
    expect(log.at(-1)).toBe(
      'Snapshot cache: snap-1 not saved (it exists already, or the cache service refused).',
    )
    expect(await store(tmp, log).restore('snap-1')).toBe('first')
  })

  it('with no cache service, does nothing, makes no request and says so once', async () => {
    const fake = await startFakeCacheService(TOKEN)
    service = fake
    runnerEnv(undefined)
    const log: string[] = []
    const s = store(tempDir('stackfit-cache-tmp-'), log)
    expect(await s.restore('snap-1')).toBeUndefined()
    expect(await s.save('snap-1', 'text')).toBe(false)
    expect(await s.restore('snap-1')).toBeUndefined()
    expect(fake.requests).toEqual([])
    expect(log).toEqual([
      'Snapshot cache: no Actions cache service here; snapshots are neither restored nor saved.',
    ])
  })

  it('refuses a text UTF-8 cannot keep (a lone surrogate) without a request', async () => {
    const fake = await serve()
    const log: string[] = []
    expect(await store(tempDir('stackfit-cache-tmp-'), log).save('snap-1', 'a\uD800b')).toBe(false)
    expect(fake.requests).toEqual([])
    expect(log).toEqual([
      'Snapshot cache: not saving snap-1: the text has a lone surrogate, UTF-8 cannot keep it.',
    ])
  })

  it('does not take an entry whose file is not UTF-8 (saved by something else)', async () => {
    const fake = await serve()
    const tmp = tempDir('stackfit-cache-tmp-')
    // The same path, hence the same version: an entry the store itself would find.
    mkdirSync(join(tmp, SNAPSHOT_DIR))
    writeFileSync(join(tmp, SNAPSHOT_DIR, SNAPSHOT_FILE), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]))
    expect(await saveCache([join(tmp, SNAPSHOT_DIR, SNAPSHOT_FILE)], 'snap-1')).toBeGreaterThan(0)
    const log: string[] = []
    expect(await store(tmp, log).restore('snap-1')).toBeUndefined()
    expect(operations(fake).slice(-2)).toEqual(['GetCacheEntryDownloadURL', 'download'])
    expect(log).toHaveLength(1)
    expect(log[0]).toMatch(/^Snapshot cache: could not restore snap-1: .*/)
    expect(existsSync(join(tmp, SNAPSHOT_DIR))).toBe(false)
  })

  it('gives an error of the package as a log line: a key with a comma', async () => {
    const fake = await serve()
    const log: string[] = []
    const s = store(tempDir('stackfit-cache-tmp-'), log)
    expect(await s.save('snap,1', 'text')).toBe(false)
    expect(await s.restore('snap,1')).toBeUndefined()
    expect(fake.requests).toEqual([])
    expect(log).toHaveLength(2)
    expect(log[0]).toMatch(/^Snapshot cache: could not save snap,1: .*commas/)
    expect(log[1]).toMatch(/^Snapshot cache: could not restore snap,1: .*commas/)
  })
})

describe('actionsCacheStore: a failing cache service', () => {
  const cases: { operation: CacheOperation; fault: CacheFault; call: 'save' | 'restore' }[] = []
  for (const fault of ['500', 'garbage', 'close'] as const) {
    for (const operation of ['CreateCacheEntry', 'upload', 'FinalizeCacheEntryUpload'] as const)
      cases.push({ operation, fault, call: 'save' })
    for (const operation of ['GetCacheEntryDownloadURL', 'download'] as const)
      cases.push({ operation, fault, call: 'restore' })
  }

  it.each(cases)('$operation answering $fault: $call fails quietly', async (c) => {
    const fake = await serve()
    const tmp = tempDir('stackfit-cache-tmp-')
    const log: string[] = []
    // The entry a restore looks for exists; only the faulty operation stands in the way.
    if (c.call === 'restore') expect(await store(tmp, log).save('snap-1', 'text')).toBe(true)
    fake.faults.set(c.operation, c.fault)
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const s = store(tmp, log)
    if (c.call === 'save') {
      expect(await settle(s.save('snap-1', 'text'))).toBe(false)
      expect(log).toEqual([
        'Snapshot cache: snap-1 not saved (it exists already, or the cache service refused).',
      ])
    } else {
      expect(await settle(s.restore('snap-1'))).toBeUndefined()
      expect(log.at(-1)).toBe('Snapshot cache: nothing restored for snap-1.')
    }
    expect(operations(fake)).toContain(c.operation)
    expect(existsSync(join(tmp, SNAPSHOT_DIR))).toBe(false)
  })
})
