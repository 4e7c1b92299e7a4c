/**
 * A fake GitHub Actions cache service (v2) on 127.0.0.1 for tests of src/github/snapshot-cache.ts.
 *
 * It speaks the protocol @actions/cache speaks, taken from the package's own generated Twirp
 * client (CacheService in lib/generated/results/api/v1/cache.js): a POST of JSON to
 * `/twirp/github.actions.results.api.v1.CacheService/<Method>` with the runtime token as a bearer
 * token. Each request body is read with the method's generated input type, strictly (an unknown
 * field is refused as the real service would refuse it), and each answer is written with the
 * generated output type, field names as in the .proto (`signed_upload_url`, `matched_key`, ...).
 * The archive goes where the answers point: PUT of a block blob to the signed upload URL (as the
 * Azure storage SDK sends it), GET from the signed download URL.
 *
 * Entries are kept under (key, version), as the real service does; creating an entry that exists
 * is refused with Twirp's `already_exists`. Tests can make an operation answer 500, answer garbage
 * or close the connection (`faults`), and read what the service received (`requests`).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
// The generated client is not among the package's exports; its file is read directly so that the
// fake and the client share one description of the messages.
import { CacheService } from '../../node_modules/@actions/cache/lib/generated/results/api/v1/cache.js'

/** An operation a test can make fail: a Twirp method, or the archive's upload or download. */
export type CacheOperation =
  | 'CreateCacheEntry'
  | 'FinalizeCacheEntryUpload'
  | 'GetCacheEntryDownloadURL'
  | 'upload'
  | 'download'

/** How an operation fails: a 500, a 200 with a body that is not JSON, a dropped connection. */
export type CacheFault = '500' | 'garbage' | 'close'

export interface CacheRequest {
  /** The Twirp method, or `upload` / `download` for the archive. */
  operation: CacheOperation | string
  /** The Twirp request as the generated type read it (camelCase fields), or the archive's size. */
  body: Record<string, unknown>
  /** The Authorization header received. */
  authorization: string | undefined
}

export interface CacheEntry {
  key: string
  version: string
  /** The archive, once uploaded. */
  archive?: Buffer
  /** True once FinalizeCacheEntryUpload accepted it; only finalized entries are found. */
  finalized: boolean
}

export interface FakeCacheService {
  /** The base URL, for ACTIONS_RESULTS_URL. */
  url: string
  /** Every request, in order. */
  requests: CacheRequest[]
  entries: CacheEntry[]
  /** Operations made to fail, every time they are called. */
  faults: Map<CacheOperation, CacheFault>
  /** When set, GetCacheEntryDownloadURL answers any key with this key's entry (a prefix match). */
  answerWithKey?: string
  /** Requests the fake found malformed; tests expect it empty. */
  invalid: string[]
  close(): Promise<void>
}

const TWIRP = `/twirp/${CacheService.typeName}/`

/** Starts the fake on a free port of 127.0.0.1; requests must carry `Bearer <token>`. */
export async function startFakeCacheService(token: string): Promise<FakeCacheService> {
  const entries: CacheEntry[] = []
  const requests: CacheRequest[] = []
  const invalid: string[] = []
  const faults = new Map<CacheOperation, CacheFault>()
  let base = ''

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      try {
        handle(req, res, Buffer.concat(chunks))
      } catch (error) {
        invalid.push(`fake cache service crashed on ${req.method} ${req.url}: ${String(error)}`)
        twirpError(res, 500, 'internal', 'fake cache service error')
      }
    })
  })

  function json(res: ServerResponse, status: number, data: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(data))
  }

  function twirpError(res: ServerResponse, status: number, code: string, msg: string): void {
    json(res, status, { code, msg })
  }

  /** Applies the operation's fault, if any; true when the request was answered by it. */
  function faulted(operation: CacheOperation, req: IncomingMessage, res: ServerResponse): boolean {
    const fault = faults.get(operation)
    if (fault === '500') twirpError(res, 500, 'internal', 'the cache service is unwell')
    else if (fault === 'garbage') {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('<html>502 Bad Gateway</html>')
    } else if (fault === 'close') req.socket.destroy()
    return fault !== undefined
  }

  function handle(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const url = new URL(req.url ?? '/', base)
    const authorization = req.headers.authorization
    if (url.pathname.startsWith(TWIRP)) {
      const name = url.pathname.slice(TWIRP.length)
      const method = CacheService.methods.find((m) => m.name === name)
      if (!method || req.method !== 'POST') {
        invalid.push(`${req.method} ${url.pathname}: no such Twirp method`)
        return twirpError(res, 404, 'bad_route', `no handler for ${url.pathname}`)
      }
      let input: Record<string, unknown>
      try {
        const raw = JSON.parse(body.toString('utf8')) as Record<string, unknown>
        // The client writes the .proto's field names; fromJson would also take the camelCase ones.
        const names = new Set(method.I.fields.map((f) => f.name))
        for (const field of Object.keys(raw))
          if (!names.has(field)) throw new Error(`field ${field} is not a .proto field name`)
        input = method.I.fromJson(raw as never) as Record<string, unknown>
      } catch (error) {
        invalid.push(`${name}: ${String(error)}`)
        return twirpError(res, 400, 'malformed', String(error))
      }
      requests.push({ operation: name, body: input, authorization })
      if (req.headers['content-type'] !== 'application/json')
        invalid.push(`${name}: content-type ${req.headers['content-type']}`)
      if (authorization !== `Bearer ${token}`)
        return twirpError(res, 401, 'unauthenticated', 'bad runtime token')
      if (faulted(name as CacheOperation, req, res)) return
      const output = answer(name, input)
      if (isRefusal(output)) return twirpError(res, output.status, output.twirp, output.msg)
      return json(res, 200, method.O.toJson(method.O.create(output), { useProtoFieldName: true }))
    }
    const blob = /^\/devstoreaccount1\/actions-cache\/(\d+)$/.exec(url.pathname)
    const entry = blob ? entries[Number(blob[1])] : undefined
    if (!entry || url.searchParams.get('sig') === null) {
      invalid.push(`${req.method} ${url.pathname}: no such blob`)
      res.writeHead(404).end()
      return
    }
    if (req.method === 'PUT') {
      requests.push({ operation: 'upload', body: { size: body.length }, authorization })
      if (faulted('upload', req, res)) return
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob')
        invalid.push(`upload: x-ms-blob-type ${req.headers['x-ms-blob-type']}`)
      entry.archive = body
      res.writeHead(201, { etag: `"0x${entry.archive.length.toString(16)}"` }).end()
      return
    }
    if (req.method === 'GET') {
      requests.push({ operation: 'download', body: {}, authorization })
      if (faulted('download', req, res)) return
      const archive = entry.archive ?? Buffer.alloc(0)
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': String(archive.length),
      })
      res.end(archive)
      return
    }
    invalid.push(`${req.method} ${url.pathname}: not a blob operation`)
    res.writeHead(405).end()
  }

  /** A Twirp error: its HTTP status, its code and message. */
  interface Refusal {
    twirp: string
    status: number
    msg: string
  }
  type Output = Record<string, unknown> | Refusal
  const isRefusal = (o: Output): o is Refusal => typeof o['twirp'] === 'string'

  function answer(name: string, input: Record<string, unknown>): Output {
    const { key, version } = input as { key: string; version: string }
    const blobUrl = (id: number, sig: string): string =>
      `${base}devstoreaccount1/actions-cache/${id}?sv=2024-11-04&sig=${sig}`
    switch (name) {
      case 'CreateCacheEntry': {
        if (entries.some((e) => e.key === key && e.version === version))
          return {
            twirp: 'already_exists',
            status: 409,
            msg: 'cache entry with the same key, version, and scope already exists',
          }
        entries.push({ key, version, finalized: false })
        return { ok: true, signedUploadUrl: blobUrl(entries.length - 1, 'upload-signature') }
      }
      case 'FinalizeCacheEntryUpload': {
        const id = entries.findIndex((e) => e.key === key && e.version === version)
        const entry = entries[id]
        if (!entry || entry.finalized || entry.archive === undefined)
          return { ok: false, message: 'no upload to finalize' }
        if (String(entry.archive.length) !== input['sizeBytes'])
          return { ok: false, message: `size ${String(input['sizeBytes'])} is not what was sent` }
        entry.finalized = true
        return { ok: true, entryId: String(1000 + id) }
      }
      case 'GetCacheEntryDownloadURL': {
        const wanted = answerWithKey ?? key
        const id = entries.findIndex(
          (e) => e.finalized && e.key === wanted && e.version === version,
        )
        if (id < 0) return { ok: false }
        return {
          ok: true,
          signedDownloadUrl: blobUrl(id, 'download-signature'),
          matchedKey: wanted,
        }
      }
    }
    return { twirp: 'bad_route', status: 404, msg: name }
  }

  let answerWithKey: string | undefined
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  return {
    url: base,
    requests,
    entries,
    faults,
    invalid,
    get answerWithKey() {
      return answerWithKey
    },
    set answerWithKey(value: string | undefined) {
      answerWithKey = value
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
