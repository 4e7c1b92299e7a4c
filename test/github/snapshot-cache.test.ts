/**
 * The snapshot store on the Actions cache, through the real `@actions/cache` client (its Twirp
 * calls, its tar archive, its upload and download) against a local cache service.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { actionsCacheStore } from '../../src/github/snapshot-cache.js'
import { startFakeActionsCache, type FakeActionsCache } from '../support/fake-actions-cache.mjs'

const VARIABLES = [
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_SERVICE_V2',
  'RUNNER_TEMP',
  'GITHUB_WORKSPACE',
  'GITHUB_SERVER_URL',
]
let saved: Record<string, string | undefined> = {}
let service: FakeActionsCache | undefined
let temp = ''
let lines: string[] = []

beforeEach(() => {
  saved = Object.fromEntries(VARIABLES.map((v) => [v, process.env[v]]))
  for (const v of VARIABLES) delete process.env[v]
  temp = mkdtempSync(join(tmpdir(), 'stackfit-cache-'))
  process.env['RUNNER_TEMP'] = temp
  process.env['GITHUB_WORKSPACE'] = temp
  lines = []
})
afterEach(async () => {
  for (const v of VARIABLES)
    if (saved[v] === undefined) delete process.env[v]
    else process.env[v] = saved[v]
  await service?.close()
  service = undefined
  rmSync(temp, { recursive: true, force: true })
})

async function withService(): Promise<FakeActionsCache> {
  service = await startFakeActionsCache()
  Object.assign(process.env, service.env)
  return service
}

const store = () => actionsCacheStore({ tempDir: temp, log: (l) => lines.push(l) })
const twirp = (s: FakeActionsCache) =>
  s.requests.filter((r) => r.path.startsWith('/twirp/')).map((r) => r.path.replace(/.*\//, ''))

describe('actionsCacheStore', () => {
  it('saves a text and restores exactly it, multi-byte characters and a few MB included', async () => {
    const s = await withService()
    const text = `{"name":"ünïcödé ✓ 😀"}\n${'x'.repeat(3 * 1024 * 1024)}`
    expect(await store().save('stackfit-snapshot-k1', text)).toBe(true)
    expect(s.keys()).toEqual(['stackfit-snapshot-k1'])
    expect(await store().restore('stackfit-snapshot-k1')).toBe(text)
    expect(twirp(s)).toEqual([
      'CreateCacheEntry',
      'FinalizeCacheEntryUpload',
      'GetCacheEntryDownloadURL',
    ])
    const create = s.requests.find((r) => r.path.endsWith('/CreateCacheEntry'))?.body
    const lookup = s.requests.find((r) => r.path.endsWith('/GetCacheEntryDownloadURL'))?.body
    expect(create?.['key']).toBe('stackfit-snapshot-k1')
    // The same version on both sides: the same directory and compression.
    expect(lookup?.['version']).toBe(create?.['version'])
    expect(lookup?.['restore_keys'] ?? []).toEqual([])
  })

  it('restores nothing for a key it does not hold, nor for a prefix of one', async () => {
    await withService()
    expect(await store().save('stackfit-snapshot-abc', 'one')).toBe(true)
    expect(await store().restore('stackfit-snapshot-xyz')).toBeUndefined()
    expect(await store().restore('stackfit-snapshot-ab')).toBeUndefined()
  })

  it('does not overwrite an entry: a second save of a key is refused', async () => {
    await withService()
    expect(await store().save('k', 'first')).toBe(true)
    expect(await store().save('k', 'second')).toBe(false)
    expect(await store().restore('k')).toBe('first')
  })

  // (A service answering non-JSON text is retried by the client for half a minute: not tested.)
  it.each([[400], ['hang-up']] as const)(
    'a service answering %s gives nothing, never a throw',
    async (mode) => {
      const s = await withService()
      expect(await store().save('k', 'text')).toBe(true)
      s.fail(mode)
      expect(await store().restore('k')).toBeUndefined()
      expect(await store().save('k2', 'text')).toBe(false)
      expect(s.keys()).toEqual(['k'])
    },
    30_000,
  )

  it('without a cache service does nothing, says so once, and sends nothing', async () => {
    const s = await startFakeActionsCache()
    service = s
    const one = store()
    expect(await one.restore('k')).toBeUndefined()
    expect(await one.save('k', 'text')).toBe(false)
    expect(lines).toEqual([
      'the Actions cache is not available here, so no snapshot is kept or read',
    ])
    expect(s.requests).toEqual([])
  })

  it('leaves no file behind in the temporary directory', async () => {
    await withService()
    await store().save('k', 'text')
    await store().restore('k')
    const { readdirSync } = await import('node:fs')
    expect(readdirSync(temp).filter((f) => f.startsWith('stackfit'))).toEqual([])
  })
})
