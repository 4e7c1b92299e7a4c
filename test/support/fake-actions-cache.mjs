// A local stand-in for the GitHub Actions cache service (version 2), for the tests and the
// benchmark: the Twirp endpoints `@actions/cache` calls (field names as in its generated client:
// proto names, snake_case) and the archive URLs it hands out, on 127.0.0.1. Entries are kept in
// memory; a key can be created once, as on GitHub. Every request is recorded.

import { Buffer } from 'node:buffer'
import { createServer } from 'node:http'
import { URL } from 'node:url'

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/'

/**
 * Starts the service. `env` is what a runner sets for a job that may use the cache.
 * @returns {Promise<import('./fake-actions-cache.d.mts').FakeActionsCache>}
 */
export async function startFakeActionsCache() {
  /** @type {Map<string, { version: string, id: number, data?: Buffer, finalized: boolean }>} */
  const entries = new Map()
  /** @type {Map<number, string>} blob id → key */
  const blobs = new Map()
  const requests = []
  let nextId = 1
  let failWith = null
  const server = createServer((req, res) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const record = { method: req.method ?? '', path: url.pathname, body: null }
      requests.push(record)
      const json = (status, value) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(value))
      }
      if (failWith !== null && url.pathname.startsWith(SERVICE)) {
        if (failWith === 'hang-up') {
          req.socket.destroy()
        } else json(failWith, { code: 'invalid_argument', msg: 'refused by the test' })
        return
      }
      if (url.pathname.startsWith(SERVICE) && req.method === 'POST') {
        let input
        try {
          input = JSON.parse(body.toString('utf8'))
        } catch {
          return json(400, { code: 'malformed', msg: 'body is not JSON' })
        }
        record.body = input
        const method = url.pathname.slice(SERVICE.length)
        const base = `http://127.0.0.1:${server.address().port}`
        if (method === 'GetCacheEntryDownloadURL') {
          const entry = entries.get(input.key)
          if (!entry || !entry.finalized || entry.version !== input.version)
            return json(200, { ok: false })
          return json(200, {
            ok: true,
            signed_download_url: `${base}/blobs/${entry.id}?sig=read`,
            matched_key: input.key,
          })
        }
        if (method === 'CreateCacheEntry') {
          if (typeof input.key !== 'string' || typeof input.version !== 'string')
            return json(400, { code: 'invalid_argument', msg: 'key and version are required' })
          if (entries.has(input.key))
            return json(409, {
              code: 'already_exists',
              msg: 'cache entry with the same key exists',
            })
          const id = nextId++
          entries.set(input.key, { version: input.version, id, finalized: false })
          blobs.set(id, input.key)
          return json(200, { ok: true, signed_upload_url: `${base}/blobs/${id}?sig=write` })
        }
        if (method === 'FinalizeCacheEntryUpload') {
          const entry = entries.get(input.key)
          if (!entry || entry.version !== input.version || !entry.data)
            return json(200, { ok: false, message: 'no upload for this key' })
          if (String(entry.data.length) !== String(input.size_bytes))
            return json(200, { ok: false, message: 'size mismatch' })
          entry.finalized = true
          return json(200, { ok: true, entry_id: String(entry.id) })
        }
        return json(404, { code: 'bad_route', msg: `no method ${method}` })
      }
      const blob = /^\/blobs\/(\d+)$/.exec(url.pathname)
      const key = blob ? blobs.get(Number(blob[1])) : undefined
      const entry = key === undefined ? undefined : entries.get(key)
      if (entry && req.method === 'PUT') {
        entry.data = body
        res.writeHead(201, {
          etag: `"0x${entry.id}"`,
          'last-modified': new Date(0).toUTCString(),
          'x-ms-request-id': `req-${entry.id}`,
          'x-ms-version': '2025-01-05',
          'x-ms-request-server-encrypted': 'true',
        })
        return res.end()
      }
      if (entry?.finalized && entry.data && (req.method === 'GET' || req.method === 'HEAD')) {
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': String(entry.data.length),
        })
        return res.end(req.method === 'GET' ? entry.data : undefined)
      }
      res.writeHead(404)
      res.end()
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${server.address().port}/`
  return {
    url,
    env: {
      ACTIONS_RESULTS_URL: url,
      ACTIONS_RUNTIME_TOKEN: 'fake-runtime-token',
      ACTIONS_CACHE_SERVICE_V2: 'true',
    },
    requests,
    keys: () => [...entries.entries()].filter(([, e]) => e.finalized).map(([k]) => k),
    fail(mode) {
      failWith = mode
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
