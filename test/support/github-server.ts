/**
 * A fake GitHub REST API on 127.0.0.1 for end-to-end tests of the Action. It serves, from
 * in-memory state, the endpoints stackfit calls (issue comments, reviews, review comments, pull
 * request files, the authenticated user), and checks EVERY request against GitHub's published
 * OpenAPI description (@octokit/openapi): method and path must match an operation, path and query
 * parameters must match their schemas (unknown query parameters are refused), and JSON bodies must
 * match the request-body schema (unknown top-level properties refused). An invalid request gets a
 * 400 and is recorded in `invalid`, which tests assert is empty. Tests can make given operations
 * answer 403 / 5xx / 422, and make single review-comment lines unacceptable, as GitHub does for
 * lines outside the diff.
 *
 * It also serves a base commit's tree and blobs (git/get-tree, git/get-blob) and the comparison of
 * two commits (repos/compare-commits-with-basehead) from `commits` and `comparisons`, with GitHub's
 * limits (3,000 pull request files, 300 compared files, recursive listings truncated past
 * `treeLimit` entries); the responses of the operations in RESPONSE_CHECKED are checked against
 * the description's response schemas too, and a response that does not conform is recorded in
 * `invalid`.
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

const require = createRequire(import.meta.url)
// ajv-formats is CommonJS; its default export arrives wrapped under ESM interop.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv

export interface FakeUser {
  login: string
  id: number
  type: 'User' | 'Bot'
}

export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
export const HUMAN: FakeUser = { login: 'octocat', id: 583231, type: 'User' }

export interface FakeIssueComment {
  id: number
  body: string
  user: FakeUser
}

export interface FakeReviewComment {
  id: number
  pull_request_review_id: number | null
  body: string
  path: string
  line: number
  side: 'LEFT' | 'RIGHT'
  commit_id: string
  user: FakeUser
}

export interface FakeReview {
  id: number
  body: string
  event: string
  commit_id: string
  commentIds: number[]
}

export interface FakePullFile {
  filename: string
  status: 'added' | 'modified' | 'removed' | 'renamed'
  patch?: string
  /** A renamed file's old name. */
  previous_filename?: string
}

/** A path of a fake commit: text or bytes, or a symbolic link, or a submodule (a commit id). */
export type FakeTreeFile = string | Uint8Array | { symlink: string } | { submodule: string }

export interface FakeState {
  owner: string
  repo: string
  pullNumber: number
  /** What the token may do and who it is. GITHUB_TOKEN acts as the Actions bot and cannot GET /user. */
  tokenUser: FakeUser
  canGetUser: boolean
  files: FakePullFile[]
  issueComments: FakeIssueComment[]
  reviews: FakeReview[]
  reviewComments: FakeReviewComment[]
  /** `path:line` pairs GitHub refuses to comment on (as for a line outside the diff). */
  rejectLines: Set<string>
  /** Repository files by commit sha, then path, served by `repos/get-content`; others are 404. */
  contents?: Record<string, Record<string, string>>
  /** Commits served by git/get-tree and git/get-blob: commit sha → path → file. Others are 404. */
  commits?: Record<string, Record<string, FakeTreeFile>>
  /** A recursive tree listing with more entries than this is cut there and marked truncated. */
  treeLimit?: number
  /** Files of repos/compare-commits-with-basehead by `base...head`; other comparisons are 404. */
  comparisons?: Record<string, FakePullFile[]>
}

export interface Fault {
  /** OpenAPI operationId, e.g. `issues/create-comment`. */
  operationId: string
  status: number
  message?: string
  /** How many matching requests fail; then the operation recovers. Default: all. */
  times?: number
}

export interface RecordedRequest {
  method: string
  path: string
  operationId: string
  query: Record<string, string>
  body: unknown
  status: number
}

export interface FakeGitHub {
  readonly url: string
  readonly state: FakeState
  /** Every request, in arrival order, with the status it got. */
  readonly requests: RecordedRequest[]
  /** Requests that did not conform to the OpenAPI description, one line each. */
  readonly invalid: string[]
  fault(fault: Fault): void
  /** Requests for one operation that succeeded or failed. */
  calls(operationId: string): RecordedRequest[]
  close(): Promise<void>
}

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header'
  required?: boolean
  schema: object
}

interface Operation {
  operationId: string
  method: string
  template: string
  pattern: RegExp
  names: string[]
  literals: number
  parameters: Parameter[]
  body?: { required: boolean; schema: object }
}

interface Spec {
  paths: Record<
    string,
    Record<string, { operationId: string; parameters?: unknown[]; requestBody?: unknown }>
  >
  components: { parameters: Record<string, Parameter>; schemas: Record<string, unknown> }
}

const SPEC_ID = 'https://api.github.com/openapi.json'
let loaded:
  | {
      operations: Operation[]
      ajv: Ajv
      params: Ajv
      responses: Map<string, object>
      responseAjv: Ajv
    }
  | undefined
const validators = new Map<string, ValidateFunction>()
const responseValidators = new Map<string, ValidateFunction>()

/** Operations whose successful responses the fake checks against the description's schema. */
export const RESPONSE_CHECKED: ReadonlySet<string> = new Set([
  'git/get-tree',
  'git/get-blob',
  'repos/compare-commits-with-basehead',
  'pulls/list-files',
])

/** GitHub's caps: pulls/list-files lists at most 3,000 files; a comparison at most 300. */
const MAX_LISTED_PULL_FILES = 3000
const MAX_COMPARED_FILES = 300

/** Loads the description once per process; compiles schemas lazily, per operation used. */
function openapi(): NonNullable<typeof loaded> {
  if (loaded) return loaded
  const spec = require('@octokit/openapi/generated/api.github.com.json') as Spec
  const operations: Operation[] = []
  const responses = new Map<string, object>()
  for (const [template, item] of Object.entries(spec.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue
      const names: string[] = []
      const segments = template.split('/')
      const pattern = new RegExp(
        '^' +
          segments
            .map((seg) => {
              const m = /^\{(.+)\}$/.exec(seg)
              if (!m) return seg.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
              names.push(m[1] as string)
              return '([^/]+)'
            })
            .join('/') +
          '$',
      )
      const parameters = (raw.parameters ?? []).map((p) => deref(spec, p) as Parameter)
      const ok = (
        raw as { responses?: Record<string, { content?: Record<string, { schema?: object }> }> }
      ).responses
      for (const [status, response] of Object.entries(ok ?? {})) {
        const schema = response.content?.['application/json']?.schema
        if (status.startsWith('2') && schema) responses.set(`${raw.operationId} ${status}`, schema)
      }
      const body = raw.requestBody as
        { required?: boolean; content?: Record<string, { schema: object }> } | undefined
      const schema = body?.content?.['application/json']?.schema
      const op: Operation = {
        operationId: raw.operationId,
        method: method.toUpperCase(),
        template,
        pattern,
        names,
        literals: segments.filter((s) => !s.startsWith('{')).length,
        parameters,
      }
      if (schema) op.body = { required: body?.required === true, schema }
      operations.push(op)
    }
  }
  // Literal segments beat parameters when two templates match the same path.
  operations.sort((a, b) => b.literals - a.literals)
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false })
  addFormats(ajv)
  ajv.addFormat('int32', true)
  ajv.addFormat('int64', true)
  ajv.addSchema({ $id: SPEC_ID, components: { schemas: spec.components.schemas } })
  const params = new Ajv({ strict: false, coerceTypes: true, logger: false })
  addFormats(params)
  params.addFormat('int32', true)
  params.addFormat('int64', true)
  // Responses use OpenAPI 3.0's `nullable`, which Ajv only takes next to a `type`: a copy of the
  // schemas with `nullable` spelled as JSON Schema's "or null" checks them.
  const responseAjv = new Ajv({
    strict: false,
    allErrors: true,
    validateSchema: false,
    logger: false,
  })
  addFormats(responseAjv)
  responseAjv.addFormat('int32', true)
  responseAjv.addFormat('int64', true)
  responseAjv.addSchema({
    $id: SPEC_ID,
    components: { schemas: withoutNullable(spec.components.schemas) },
  })
  loaded = { operations, ajv, params, responses, responseAjv }
  return loaded
}

function deref(spec: Spec, value: unknown): unknown {
  const ref = (value as { $ref?: string }).$ref
  if (typeof ref !== 'string') return value
  const name = ref.replace('#/components/parameters/', '')
  return spec.components.parameters[name]
}

/** A copy of a body schema whose refs point into the registered description, closed at the top. */
function bodySchema(schema: object): object {
  const text = JSON.stringify(schema).replaceAll('"#/components/', `"${SPEC_ID}#/components/`)
  const copy = JSON.parse(text) as {
    type?: string
    properties?: object
    additionalProperties?: unknown
  }
  if (copy.type === 'object' && copy.properties && copy.additionalProperties === undefined)
    copy.additionalProperties = false
  return copy
}

/** Problems of a response to `operationId` against the description, or [] when it conforms. */
function validateResponse(operationId: string, status: number, data: unknown): string[] {
  const { responseAjv: ajv, responses } = openapi()
  const key = `${operationId} ${status}`
  const schema = responses.get(key)
  if (!schema) return status >= 200 && status < 300 ? [`no ${status} response is described`] : []
  let check = responseValidators.get(key)
  if (!check) {
    const text = JSON.stringify(schema).replaceAll('"#/components/', `"${SPEC_ID}#/components/`)
    check = ajv.compile(withoutNullable(JSON.parse(text)) as object)
    responseValidators.set(key, check)
  }
  return check(data) ? [] : [`response: ${ajv.errorsText(check.errors)}`]
}

/** `schema` with every `nullable: true` rewritten as `anyOf: [{ type: 'null' }, rest]`. */
function withoutNullable(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutNullable)
  if (typeof schema !== 'object' || schema === null) return schema
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(schema)) out[key] = withoutNullable(value)
  if (out['nullable'] !== true) return out
  delete out['nullable']
  return { anyOf: [{ type: 'null' }, out] }
}

/** The id git gives a blob: SHA-1 of its header and bytes. */
function blobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex')
}

interface GitObjects {
  /** Tree id → the commit and directory it lists ('' for the root). */
  trees: Map<string, { commit: string; dir: string }>
  blobs: Map<string, Uint8Array>
}

/** The trees and blobs of every fake commit. A tree's id is derived from its commit and path. */
function gitObjects(commits: Record<string, Record<string, FakeTreeFile>>): GitObjects {
  const trees = new Map<string, { commit: string; dir: string }>()
  const blobs = new Map<string, Uint8Array>()
  for (const [commit, files] of Object.entries(commits)) {
    trees.set(commit, { commit, dir: '' })
    trees.set(treeId(commit, ''), { commit, dir: '' })
    for (const [path, file] of Object.entries(files)) {
      const parts = path.split('/')
      for (let i = 1; i < parts.length; i++) {
        const dir = parts.slice(0, i).join('/')
        trees.set(treeId(commit, dir), { commit, dir })
      }
      const bytes = fileBytes(file)
      if (bytes) blobs.set(blobId(bytes), bytes)
    }
  }
  return { trees, blobs }
}

function treeId(commit: string, dir: string): string {
  return createHash('sha1').update(`tree ${commit} ${dir}`).digest('hex')
}

function fileBytes(file: FakeTreeFile): Uint8Array | undefined {
  if (typeof file === 'string') return Buffer.from(file, 'utf8')
  if (file instanceof Uint8Array) return file
  if ('symlink' in file) return Buffer.from(file.symlink, 'utf8')
  return undefined
}

interface FakeTreeEntry {
  path: string
  mode: string
  type: string
  sha: string
  size?: number
  url?: string
}

/** The entries of directory `dir` of `commit`: its children, or everything below with `recursive`. */
function treeEntries(
  commit: string,
  files: Record<string, FakeTreeFile>,
  dir: string,
  recursive: boolean,
  url: string,
): FakeTreeEntry[] {
  const inside = dir === '' ? '' : `${dir}/`
  const out = new Map<string, FakeTreeEntry>()
  for (const [path, file] of Object.entries(files)) {
    if (!path.startsWith(inside)) continue
    const parts = path.slice(inside.length).split('/')
    const dirs = recursive ? parts.length - 1 : Math.min(1, parts.length - 1)
    for (let i = 1; i <= dirs; i++) {
      const rel = parts.slice(0, i).join('/')
      const sha = treeId(commit, inside + rel)
      out.set(rel, { path: rel, mode: '040000', type: 'tree', sha, url: `${url}/git/trees/${sha}` })
    }
    if (!recursive && parts.length > 1) continue
    const rel = parts.join('/')
    const bytes = fileBytes(file)
    if (bytes) {
      const sha = blobId(bytes)
      const mode = typeof file === 'object' && 'symlink' in file ? '120000' : '100644'
      out.set(rel, {
        path: rel,
        mode,
        type: 'blob',
        sha,
        size: bytes.byteLength,
        url: `${url}/git/blobs/${sha}`,
      })
    } else if (typeof file === 'object' && 'submodule' in file) {
      out.set(rel, { path: rel, mode: '160000', type: 'commit', sha: file.submodule })
    }
  }
  return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

function validateRequest(
  op: Operation,
  params: Record<string, string>,
  query: Record<string, string>,
  body: unknown,
): string[] {
  const { ajv, params: paramAjv } = openapi()
  const problems: string[] = []
  for (const p of op.parameters) {
    if (p.in === 'header') continue
    const value = p.in === 'path' ? params[p.name] : query[p.name]
    if (value === undefined) {
      if (p.required) problems.push(`missing ${p.in} parameter ${p.name}`)
      continue
    }
    const holder = { v: value }
    const check = paramAjv.compile({ type: 'object', properties: { v: p.schema } })
    if (!check(holder))
      problems.push(`${p.in} parameter ${p.name}=${value}: ${paramAjv.errorsText(check.errors)}`)
  }
  const known = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name))
  for (const name of Object.keys(query))
    if (!known.has(name)) problems.push(`unknown query parameter ${name}`)
  if (op.body) {
    if (body === undefined) {
      if (op.body.required) problems.push('missing JSON body')
    } else {
      let check = validators.get(op.operationId)
      if (!check) {
        check = ajv.compile(bodySchema(op.body.schema))
        validators.set(op.operationId, check)
      }
      if (!check(body)) problems.push(`body: ${ajv.errorsText(check.errors)}`)
    }
  } else if (body !== undefined) {
    problems.push('a body was sent to an operation that takes none')
  }
  return problems
}

/** Lines of the new file that a diff shows (added and context): the lines GitHub lets you comment on. */
function diffLines(patch: string | undefined): Set<number> {
  const lines = new Set<number>()
  let n = 0
  for (const line of (patch ?? '').split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line)
    if (header) {
      n = Number(header[1])
      continue
    }
    if (n === 0 || line.startsWith('-') || line.startsWith('\\')) continue
    lines.add(n++)
  }
  return lines
}

export interface FakeGitHubOptions {
  token: string
  state?: Partial<FakeState>
}

/** Starts the fake on a random port of 127.0.0.1. */
export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  openapi()
  const state: FakeState = {
    owner: 'acme',
    repo: 'platform',
    pullNumber: 42,
    tokenUser: ACTIONS_BOT,
    canGetUser: false,
    files: [],
    issueComments: [],
    reviews: [],
    reviewComments: [],
    rejectLines: new Set(),
    ...options.state,
  }
  const requests: RecordedRequest[] = []
  const invalid: string[] = []
  const faults: (Fault & { left: number })[] = []
  let nextId = 9_000_000

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      try {
        handle(req, res, Buffer.concat(chunks).toString('utf8'))
      } catch (error) {
        invalid.push(`fake server crashed on ${req.method} ${req.url}: ${String(error)}`)
        send(res, 500, { message: 'fake server error' })
      }
    })
  })

  function send(
    res: ServerResponse,
    status: number,
    data: unknown,
    headers: Record<string, string> = {},
  ): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    res.end(status === 204 ? undefined : JSON.stringify(data))
  }

  function handle(req: IncomingMessage, res: ServerResponse, text: string): void {
    const url = new URL(req.url ?? '/', base)
    const method = req.method ?? 'GET'
    const query = Object.fromEntries(url.searchParams.entries())
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      operationId: '?',
      query,
      body: undefined,
      status: 0,
    }
    requests.push(record)
    const reply = (status: number, data: unknown, headers?: Record<string, string>): void => {
      record.status = status
      if (RESPONSE_CHECKED.has(record.operationId) && status >= 200 && status < 300) {
        const problems = validateResponse(record.operationId, status, data)
        if (problems.length > 0)
          invalid.push(`${record.operationId} answered: ${problems.join('; ')}`)
      }
      send(res, status, data, headers)
    }
    let body: unknown
    if (text !== '') {
      try {
        body = JSON.parse(text)
      } catch {
        invalid.push(`${method} ${url.pathname}: body is not JSON`)
        return reply(400, { message: 'Problems parsing JSON' })
      }
    }
    record.body = body
    const path = url.pathname
    const op = openapi().operations.find((o) => o.method === method && o.pattern.test(path))
    if (!op) {
      invalid.push(`${method} ${path}: no such operation in the OpenAPI description`)
      return reply(404, { message: 'Not Found' })
    }
    record.operationId = op.operationId
    const match = op.pattern.exec(path) as RegExpExecArray
    const params = Object.fromEntries(
      op.names.map((n, i) => [n, decodeURIComponent(match[i + 1] as string)]),
    )
    const problems = validateRequest(op, params, query, body)
    if (problems.length > 0) {
      invalid.push(`${op.operationId} (${method} ${path}): ${problems.join('; ')}`)
      return reply(400, { message: 'Invalid request', errors: problems })
    }
    if (req.headers.authorization !== `token ${options.token}`) {
      invalid.push(`${op.operationId}: missing or wrong Authorization header`)
      return reply(401, { message: 'Bad credentials' })
    }
    const fault = faults.find((f) => f.operationId === op.operationId && f.left > 0)
    if (fault) {
      fault.left--
      return reply(fault.status, { message: fault.message ?? `injected ${fault.status}` })
    }
    if (
      params['owner'] !== undefined &&
      (params['owner'] !== state.owner || params['repo'] !== state.repo)
    ) {
      return reply(404, { message: 'Not Found' })
    }
    const numbered = params['pull_number'] ?? params['issue_number']
    if (numbered !== undefined && Number(numbered) !== state.pullNumber)
      return reply(404, { message: 'Not Found' })
    route(op.operationId, params, query, body as Record<string, unknown> | undefined, reply)
  }

  function page<T>(
    items: T[],
    query: Record<string, string>,
    path: string,
    reply: (s: number, d: unknown, h?: Record<string, string>) => void,
  ): void {
    const perPage = Math.min(Number(query['per_page'] ?? 30), 100)
    const current = Number(query['page'] ?? 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const link = (p: number): string => `<${base}${path}?per_page=${perPage}&page=${p}>`
    const links: string[] = []
    if (current < last) links.push(`${link(current + 1)}; rel="next"`, `${link(last)}; rel="last"`)
    if (current > 1) links.push(`${link(1)}; rel="first"`, `${link(current - 1)}; rel="prev"`)
    reply(
      200,
      items.slice((current - 1) * perPage, current * perPage),
      links.length > 0 ? { link: links.join(', ') } : {},
    )
  }

  function issueComment(c: FakeIssueComment): object {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      body: c.body,
      user: { ...c.user },
      html_url: `${base}/c/${c.id}`,
    }
  }

  function reviewComment(c: FakeReviewComment): object {
    return { ...c, user: { ...c.user }, node_id: `PRRC_${c.id}`, html_url: `${base}/rc/${c.id}` }
  }

  function route(
    operationId: string,
    params: Record<string, string>,
    query: Record<string, string>,
    body: Record<string, unknown> | undefined,
    reply: (s: number, d: unknown, h?: Record<string, string>) => void,
  ): void {
    const prefix = `/repos/${state.owner}/${state.repo}`
    switch (operationId) {
      case 'users/get-authenticated':
        if (!state.canGetUser)
          return reply(403, { message: 'Resource not accessible by integration' })
        return reply(200, { ...state.tokenUser })
      case 'pulls/list-files':
        return page(
          state.files.slice(0, MAX_LISTED_PULL_FILES).map(diffEntry),
          query,
          `${prefix}/pulls/${state.pullNumber}/files`,
          reply,
        )
      case 'git/get-tree': {
        const objects = gitObjects(state.commits ?? {})
        const tree = objects.trees.get(params['tree_sha'] ?? '')
        if (!tree) return reply(404, { message: 'Not Found' })
        const recursive = query['recursive'] !== undefined
        let entries = treeEntries(
          tree.commit,
          state.commits?.[tree.commit] ?? {},
          tree.dir,
          recursive,
          `${base}${prefix}`,
        )
        const truncated = recursive && entries.length > (state.treeLimit ?? 100_000)
        if (truncated) entries = entries.slice(0, state.treeLimit)
        const sha = tree.dir === '' ? treeId(tree.commit, '') : (params['tree_sha'] as string)
        return reply(200, {
          sha,
          url: `${base}${prefix}/git/trees/${sha}`,
          tree: entries,
          truncated,
        })
      }
      case 'git/get-blob': {
        const sha = params['file_sha'] ?? ''
        const bytes = gitObjects(state.commits ?? {}).blobs.get(sha)
        if (!bytes) return reply(404, { message: 'Not Found' })
        // GitHub wraps the base64 content every 60 characters.
        const content = (
          Buffer.from(bytes)
            .toString('base64')
            .match(/.{1,60}/g) ?? []
        ).join('\n')
        return reply(200, {
          sha,
          node_id: `B_${sha.slice(0, 12)}`,
          size: bytes.byteLength,
          url: `${base}${prefix}/git/blobs/${sha}`,
          content: content === '' ? '' : `${content}\n`,
          encoding: 'base64',
        })
      }
      case 'repos/compare-commits-with-basehead': {
        const basehead = params['basehead'] ?? ''
        const files = state.comparisons?.[basehead]
        if (!files) return reply(404, { message: 'Not Found' })
        const spec = require('@octokit/openapi/generated/api.github.com.json') as {
          components: { examples: Record<string, { value: Record<string, unknown> }> }
        }
        const example = structuredClone(spec.components.examples['commit-comparison']?.value)
        return reply(200, {
          ...example,
          url: `${base}${prefix}/compare/${basehead}`,
          files: files.slice(0, MAX_COMPARED_FILES).map(diffEntry),
        })
      }
      case 'issues/list-comments':
        return page(
          state.issueComments.map(issueComment),
          query,
          `${prefix}/issues/${state.pullNumber}/comments`,
          reply,
        )
      case 'issues/create-comment': {
        const comment = { id: nextId++, body: String(body?.['body']), user: state.tokenUser }
        state.issueComments.push(comment)
        return reply(201, issueComment(comment))
      }
      case 'issues/update-comment': {
        const comment = state.issueComments.find((c) => c.id === Number(params['comment_id']))
        if (!comment) return reply(404, { message: 'Not Found' })
        if (comment.user.login !== state.tokenUser.login)
          return reply(403, { message: 'Must have admin rights to Repository.' })
        comment.body = String(body?.['body'])
        return reply(200, issueComment(comment))
      }
      case 'pulls/list-review-comments':
        return page(
          state.reviewComments.map(reviewComment),
          query,
          `${prefix}/pulls/${state.pullNumber}/comments`,
          reply,
        )
      case 'pulls/create-review': {
        const comments = (body?.['comments'] ?? []) as {
          path: string
          line: number
          side?: string
          body: string
        }[]
        const refused = comments.find((c) => !commentable(c.path, c.line))
        if (refused) {
          return reply(422, {
            message: 'Unprocessable Entity',
            errors: ['Line could not be resolved'],
            status: '422',
          })
        }
        const review: FakeReview = {
          id: nextId++,
          body: String(body?.['body'] ?? ''),
          event: String(body?.['event'] ?? 'PENDING'),
          commit_id: String(body?.['commit_id']),
          commentIds: [],
        }
        for (const c of comments)
          review.commentIds.push(addReviewComment(c, review.id, review.commit_id).id)
        state.reviews.push(review)
        return reply(200, {
          id: review.id,
          body: review.body,
          state: 'COMMENTED',
          commit_id: review.commit_id,
          user: { ...state.tokenUser },
        })
      }
      case 'pulls/create-review-comment': {
        const c = body as { path: string; line: number; body: string; commit_id: string }
        if (!commentable(c.path, c.line)) {
          return reply(422, {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'PullRequestReviewComment',
                code: 'custom',
                field: 'pull_request_review_thread.line',
                message: 'could not be resolved',
              },
            ],
          })
        }
        return reply(201, reviewComment(addReviewComment(c, null, c.commit_id)))
      }
      case 'pulls/update-review-comment': {
        const comment = state.reviewComments.find((c) => c.id === Number(params['comment_id']))
        if (!comment) return reply(404, { message: 'Not Found' })
        comment.body = String(body?.['body'])
        return reply(200, reviewComment(comment))
      }
      case 'repos/get-content': {
        const path = params['path'] ?? ''
        const text = state.contents?.[query['ref'] ?? '']?.[path]
        if (text === undefined) return reply(404, { message: 'Not Found' })
        const content = Buffer.from(text, 'utf8').toString('base64')
        return reply(200, {
          type: 'file',
          encoding: 'base64',
          size: Buffer.byteLength(text),
          name: path.slice(path.lastIndexOf('/') + 1),
          path,
          content,
          sha: 'f'.repeat(40),
          url: `${base}${prefix}/contents/${path}`,
        })
      }
      default:
        invalid.push(`${operationId}: valid, but the fake does not serve it`)
        return reply(501, { message: `fake GitHub does not implement ${operationId}` })
    }
  }

  function diffEntry(f: FakePullFile): object {
    const sha = blobId(Buffer.from(f.filename))
    return {
      sha,
      filename: f.filename,
      status: f.status,
      additions: 1,
      deletions: 0,
      changes: 1,
      blob_url: `${base}/blob/${sha}/${f.filename}`,
      raw_url: `${base}/raw/${sha}/${f.filename}`,
      contents_url: `${base}/repos/${state.owner}/${state.repo}/contents/${f.filename}`,
      ...(f.patch !== undefined ? { patch: f.patch } : {}),
      ...(f.previous_filename !== undefined ? { previous_filename: f.previous_filename } : {}),
    }
  }

  function commentable(path: string, line: number): boolean {
    if (state.rejectLines.has(`${path}:${line}`)) return false
    const file = state.files.find((f) => f.filename === path)
    return file !== undefined && diffLines(file.patch).has(line)
  }

  function addReviewComment(
    c: { path: string; line: number; side?: string; body: string },
    reviewId: number | null,
    commitId: string,
  ): FakeReviewComment {
    const comment: FakeReviewComment = {
      id: nextId++,
      pull_request_review_id: reviewId,
      body: c.body,
      path: c.path,
      line: c.line,
      side: c.side === 'LEFT' ? 'LEFT' : 'RIGHT',
      commit_id: commitId,
      user: state.tokenUser,
    }
    state.reviewComments.push(comment)
    return comment
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: base,
    state,
    requests,
    invalid,
    fault(fault) {
      faults.push({ ...fault, left: fault.times ?? Number.POSITIVE_INFINITY })
    },
    calls(operationId) {
      return requests.filter((r) => r.operationId === operationId)
    },
    close() {
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
