// A synthetic polyglot monorepo for the benchmark, deterministic from (files, seed).
//
// planTree() is pure: it decides every path, template and size. renderFile() is pure: it turns one
// planned file into bytes, seeded by the file's own seed, so a tree of 300,000 files never has to
// sit in memory. writeTree() is the only part that touches the disk.
//
// The shape follows real monorepos: services in Python, Go, TypeScript, Java and Rust with their
// manifests, Dockerfiles and Kubernetes manifests; shared libraries; frontends; docs; and the
// traps a scanner must skip cheaply: vendor/, node_modules/, generated protobuf code, build output,
// testdata/, notebooks, model artefacts, images and data files.
import { Buffer } from 'node:buffer'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** Bump when the plan or the rendering changes, so cached trees are rebuilt. */
export const GENERATOR_VERSION = 1

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/**
 * A 32-bit FNV-1a hash of a string.
 * @param {string} text
 * @returns {number} an unsigned 32-bit integer; the same on every machine
 */
export function hashString(text) {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/**
 * A small seeded generator (mulberry32).
 * @param {number} seed
 * @returns {() => number} a function returning floats in [0, 1), the same sequence for a seed
 */
export function createRandom(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const int = (rng, min, max) => min + Math.floor(rng() * (max - min + 1))
const pick = (rng, list) => list[Math.floor(rng() * list.length)]
const chance = (rng, p) => rng() < p
/** Log-normal around a median, clamped: file sizes and file counts are heavy-tailed. */
function skewed(rng, median, min, max, spread = 0.8) {
  const u = Math.max(rng(), 1e-9)
  const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng())
  return Math.round(Math.min(max, Math.max(min, median * Math.exp(normal * spread))))
}
function pickSome(rng, list, count) {
  const pool = [...list]
  const out = []
  while (out.length < count && pool.length > 0)
    out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0])
  return out
}

// ---------------------------------------------------------------------------------------------
// Ecosystem data: which dependencies each kind of service declares and imports.

// prettier-ignore
const WORDS = [
  'audit', 'auth', 'billing', 'cart', 'catalog', 'chat', 'embedding', 'event', 'feature',
  'gateway', 'ingest', 'inventory', 'invoice', 'ledger', 'metrics', 'notify', 'order', 'payment',
  'pricing', 'profile', 'prompt', 'ranking', 'report', 'review', 'search', 'session', 'shipment',
  'stream', 'user', 'vector',
]

/** Python archetypes: PyPI distribution, pinned spec, and the module the code imports. */
// prettier-ignore
const PY_ARCHETYPES = {
  api: [['fastapi', '>=0.110', 'fastapi'], ['uvicorn[standard]', '>=0.29', 'uvicorn'], ['pydantic', '>=2.6', 'pydantic'], ['sqlalchemy', '>=2.0', 'sqlalchemy'], ['httpx', '>=0.27', 'httpx']],
  ml: [['torch', '==2.2.2', 'torch'], ['transformers', '>=4.40', 'transformers'], ['numpy', '>=1.26', 'numpy'], ['sentence-transformers', '>=2.6', 'sentence_transformers'], ['fastapi', '>=0.110', 'fastapi']],
  llm: [['openai', '>=1.23', 'openai'], ['anthropic', '>=0.25', 'anthropic'], ['langchain', '>=0.1.16', 'langchain'], ['fastapi', '>=0.110', 'fastapi'], ['tiktoken', '>=0.6', 'tiktoken']],
  realtime: [['flask', '>=3.0', 'flask'], ['flask-socketio', '>=5.3', 'flask_socketio'], ['websockets', '>=12.0', 'websockets'], ['redis', '>=5.0', 'redis'], ['gunicorn', '>=21.2', 'gunicorn']],
  data: [['pandas', '>=2.2', 'pandas'], ['numpy', '>=1.26', 'numpy'], ['pyarrow', '>=15.0', 'pyarrow'], ['polars', '>=0.20', 'polars'], ['sqlalchemy', '>=2.0', 'sqlalchemy']],
  worker: [['celery', '>=5.3', 'celery'], ['redis', '>=5.0', 'redis'], ['boto3', '>=1.34', 'boto3'], ['requests', '>=2.31', 'requests'], ['tenacity', '>=8.2', 'tenacity']],
}
const PY_STDLIB = [
  'asyncio',
  'dataclasses',
  'datetime',
  'json',
  'logging',
  'os',
  'pathlib',
  'typing',
  'uuid',
]

/** Go archetypes: module path, version, and the package path the code imports. */
// prettier-ignore
const GO_ARCHETYPES = {
  api: [['github.com/go-chi/chi/v5', 'v5.0.12'], ['github.com/jackc/pgx/v5', 'v5.5.5'], ['go.uber.org/zap', 'v1.27.0'], ['github.com/prometheus/client_golang', 'v1.19.0']],
  realtime: [['github.com/gorilla/websocket', 'v1.5.1'], ['github.com/redis/go-redis/v9', 'v9.5.1'], ['google.golang.org/grpc', 'v1.62.1'], ['go.uber.org/zap', 'v1.27.0']],
  llm: [['github.com/sashabaranov/go-openai', 'v1.20.4'], ['github.com/tmc/langchaingo', 'v0.1.8'], ['github.com/go-chi/chi/v5', 'v5.0.12'], ['github.com/pgvector/pgvector-go', 'v0.1.1']],
  worker: [['github.com/segmentio/kafka-go', 'v0.4.47'], ['golang.org/x/sync', 'v0.6.0'], ['go.uber.org/zap', 'v1.27.0'], ['github.com/aws/aws-sdk-go-v2', 'v1.26.1']],
  api2: [['github.com/gin-gonic/gin', 'v1.9.1'], ['github.com/redis/go-redis/v9', 'v9.5.1'], ['github.com/rs/zerolog', 'v1.32.0'], ['github.com/stretchr/testify', 'v1.9.0']],
}
const GO_STDLIB = [
  'context',
  'encoding/json',
  'errors',
  'fmt',
  'log/slog',
  'net/http',
  'os',
  'strings',
  'sync',
  'time',
]

/** npm archetypes: package and version range. */
// prettier-ignore
const NPM_ARCHETYPES = {
  api: [['express', '^4.19.2'], ['pg', '^8.11.5'], ['zod', '^3.23.4'], ['pino', '^9.0.0']],
  fastapi: [['fastify', '^4.26.2'], ['@fastify/cors', '^9.0.1'], ['ioredis', '^5.4.1'], ['zod', '^3.23.4']],
  realtime: [['ws', '^8.17.0'], ['socket.io', '^4.7.5'], ['ioredis', '^5.4.1'], ['pino', '^9.0.0']],
  llm: [['openai', '^4.38.5'], ['@langchain/openai', '^0.0.28'], ['fastify', '^4.26.2'], ['zod', '^3.23.4']],
  worker: [['kafkajs', '^2.2.4'], ['ioredis', '^5.4.1'], ['axios', '^1.6.8'], ['pino', '^9.0.0']],
}
// prettier-ignore
const NPM_FRONTEND = [['react', '^18.3.1'], ['react-dom', '^18.3.1'], ['@tanstack/react-query', '^5.32.0'], ['zustand', '^4.5.2']]
// prettier-ignore
const NPM_DEV = [['typescript', '^5.4.5'], ['vitest', '^1.5.2'], ['@types/node', '^20.12.7'], ['eslint', '^9.1.1']]

// prettier-ignore
const RUST_DEPS = [['tokio', '{ version = "1.37", features = ["full"] }', 'tokio'], ['axum', '"0.7"', 'axum'], ['serde', '{ version = "1.0", features = ["derive"] }', 'serde'], ['serde_json', '"1.0"', 'serde_json'], ['tracing', '"0.1"', 'tracing'], ['sqlx', '{ version = "0.7", features = ["postgres"] }', 'sqlx']]
// prettier-ignore
const JAVA_DEPS = [['org.springframework.boot', 'spring-boot-starter-web', 'org.springframework.web.bind.annotation.RestController'], ['org.springframework.kafka', 'spring-kafka', 'org.springframework.kafka.annotation.KafkaListener'], ['org.springframework.boot', 'spring-boot-starter-data-jpa', 'jakarta.persistence.Entity'], ['io.micrometer', 'micrometer-registry-prometheus', 'io.micrometer.core.instrument.MeterRegistry']]

/** The language mix of services, as weights. */
const SERVICE_MIX = [
  ['python', 30],
  ['go', 25],
  ['node', 22],
  ['frontend', 8],
  ['java', 8],
  ['rust', 7],
  ['docs', 3],
]

// ---------------------------------------------------------------------------------------------
// Planning

/**
 * @typedef {{ path: string, template: string, size: number, seed: number, params: Record<string, unknown> }} PlannedFile
 * @typedef {{ root: string, language: string, archetype: string, files: number }} PlannedService
 * @typedef {{ files: number, seed: number, entries: PlannedFile[], services: PlannedService[] }} TreePlan
 */

/**
 * The directory name of a generated tree under bench/.trees/.
 * @param {{ files: number, seed: number }} options
 * @returns {string} e.g. `gen-20000-s1`
 */
export function treeName({ files, seed }) {
  return `gen-${files}-s${seed}`
}

/**
 * Plans a synthetic monorepo of exactly `files` files.
 * @param {{ files: number, seed: number }} options
 * @returns {TreePlan} entries sorted by path (byte order), unique paths, exactly `files` of them
 *   (fewer only when files < 1); the same plan for the same options on every machine. Never throws
 *   for a non-negative integer `files`.
 */
export function planTree({ files, seed }) {
  const target = Math.max(0, Math.floor(files))
  const rng = createRandom(hashString(`plan:${seed}`))
  /** @type {Array<{ service?: PlannedService, entries: Omit<PlannedFile, 'seed'>[] }>} */
  const groups = [{ entries: rootEntries() }]
  let planned = groups[0].entries.length
  const used = new Set()
  let index = 0
  while (planned < target) {
    index++
    const language = weighted(rng, SERVICE_MIX)
    const group = planService(rng, language, index, used)
    groups.push(group)
    planned += group.entries.length
  }

  // Cut the last group so the count is exact; each group lists its manifests first, so a cut
  // service keeps its manifest and loses source files.
  const kept = []
  const services = []
  for (const group of groups) {
    const room = target - kept.length
    if (room <= 0) break
    const entries = group.entries.slice(0, room)
    kept.push(...entries)
    if (group.service && entries.length > 0)
      services.push({ ...group.service, files: entries.length })
  }
  fillRootParams(kept, services)

  const entries = kept
    .map((e) => ({ ...e, seed: hashString(`${seed}:${e.path}`) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  services.sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : 0))
  return { files: target, seed, entries, services }
}

function weighted(rng, table) {
  const total = table.reduce((sum, [, w]) => sum + w, 0)
  let r = rng() * total
  for (const [value, w] of table) {
    r -= w
    if (r < 0) return value
  }
  return table[table.length - 1][0]
}

function rootEntries() {
  return [
    { path: '.gitignore', template: 'gitignore', size: 0, params: {} },
    { path: '.gitattributes', template: 'gitattributes', size: 0, params: {} },
    { path: 'README.md', template: 'markdown', size: 4000, params: { title: 'Platform monorepo' } },
    { path: 'go.work', template: 'go.work', size: 0, params: { members: [] } },
    { path: 'package.json', template: 'root-package.json', size: 0, params: { members: [] } },
    { path: '.github/workflows/ci.yml', template: 'workflow', size: 0, params: {} },
    { path: 'deploy/compose.yaml', template: 'compose', size: 0, params: { services: [] } },
  ]
}

function fillRootParams(entries, services) {
  const roots = (langs) => services.filter((s) => langs.includes(s.language)).map((s) => s.root)
  for (const e of entries) {
    if (e.template === 'go.work') e.params = { members: roots(['go']) }
    if (e.template === 'root-package.json') e.params = { members: roots(['node', 'frontend']) }
    if (e.template === 'compose')
      e.params = {
        services: services
          .filter((s) => s.language !== 'frontend')
          .slice(0, 12)
          .map((s) => s.root),
      }
  }
}

function uniqueName(rng, used, index) {
  let name = `${pick(rng, WORDS)}-${pick(rng, WORDS)}`
  if (used.has(name)) name = `${name}-${index}`
  used.add(name)
  return name
}

/** Adds `count` source files spread over a few package directories. */
function sources(
  rng,
  out,
  { count, dirs, ext, template, params, median = 2600, max = 60000, testEvery = 0 },
) {
  for (let i = 0; i < count; i++) {
    const dir = dirs[i % dirs.length]
    const base = `${pick(rng, WORDS)}_${i}`
    out.push({
      path: `${dir}/${base}${ext}`,
      template,
      size: skewed(rng, median, 300, max),
      params: { ...params, pkg: dir.split('/').pop() },
    })
    if (testEvery > 0 && i % testEvery === 0) {
      const testPath =
        ext === '.go'
          ? `${dir}/${base}_test.go`
          : ext === '.py'
            ? `${dir}/test_${base}.py`
            : `${dir}/${base}.test${ext}`
      out.push({
        path: testPath,
        template,
        size: skewed(rng, 1800, 300, 20000),
        params: { ...params, pkg: dir.split('/').pop(), test: true },
      })
    }
  }
}

function binaries(rng, out, dir, count, exts, median, max) {
  for (let i = 0; i < count; i++) {
    const ext = pick(rng, exts)
    out.push({
      path: `${dir}/${pick(rng, WORDS)}-${i}${ext}`,
      template: 'binary',
      size: skewed(rng, median, 1024, max, 1),
      params: { ext },
    })
  }
}

function planService(rng, language, index, used) {
  const name = uniqueName(rng, used, index)
  const sourceCount = skewed(rng, 40, 3, 900, 1)
  switch (language) {
    case 'python':
      return planPython(rng, name, sourceCount, index % 7 === 3)
    case 'go':
      return planGo(rng, name, sourceCount, index % 6 === 2)
    case 'node':
      return planNode(rng, name, sourceCount)
    case 'frontend':
      return planFrontend(rng, name, sourceCount)
    case 'java':
      return planJava(rng, name, sourceCount)
    case 'docs':
      return planDocs(rng, name, sourceCount)
    default:
      return planRust(rng, name, sourceCount)
  }
}

function k8s(root, name, rng, archetype) {
  return {
    path: `${root}/deploy/k8s/${name}.yaml`,
    template: 'k8s',
    size: 0,
    params: { name, replicas: int(rng, 1, 12), gpu: archetype === 'ml', hpa: chance(rng, 0.4) },
  }
}

function planPython(rng, name, count, library) {
  const archetype = pick(rng, Object.keys(PY_ARCHETYPES))
  const root = library ? `libs/py-${name}` : `services/${name}`
  const pkg = name.replace(/-/g, '_')
  const deps = PY_ARCHETYPES[archetype]
  const modules = [...deps.map((d) => d[2]), ...PY_STDLIB]
  const out = []
  if (chance(rng, 0.6))
    out.push({
      path: `${root}/pyproject.toml`,
      template: 'pyproject',
      size: 0,
      params: { name, deps, library },
    })
  else
    out.push({
      path: `${root}/requirements.txt`,
      template: 'requirements',
      size: 0,
      params: { deps },
    })
  if (!library) {
    out.push({
      path: `${root}/Dockerfile`,
      template: 'dockerfile',
      size: 0,
      params: { language: 'python', gpu: archetype === 'ml' },
    })
    out.push(k8s(root, name, rng, archetype))
    out.push({
      path: `${root}/src/${pkg}/main.py`,
      template: 'python',
      size: skewed(rng, 2500, 600, 12000),
      params: { modules, main: true, archetype },
    })
  }
  out.push({
    path: `${root}/src/${pkg}/__init__.py`,
    template: 'python',
    size: 120,
    params: { modules: [], pkg },
  })
  const dirs = [
    `${root}/src/${pkg}`,
    `${root}/src/${pkg}/api`,
    `${root}/src/${pkg}/core`,
    `${root}/src/${pkg}/adapters`,
  ].slice(0, int(rng, 1, 4))
  sources(rng, out, {
    count,
    dirs,
    ext: '.py',
    template: 'python',
    params: { modules },
    testEvery: 4,
  })
  if (chance(rng, 0.3))
    out.push({
      path: `${root}/src/${pkg}/proto/${name.replace(/-/g, '_')}_pb2.py`,
      template: 'python-pb2',
      size: skewed(rng, 9000, 2000, 80000),
      params: {},
    })
  if (archetype === 'ml' || archetype === 'data') {
    for (let i = 0; i < int(rng, 1, 4); i++)
      out.push({
        path: `${root}/notebooks/explore-${i}.ipynb`,
        template: 'notebook',
        size: skewed(rng, 60000, 4000, 900000, 1),
        params: { modules },
      })
  }
  if (archetype === 'ml')
    binaries(
      rng,
      out,
      `${root}/models`,
      int(rng, 1, 3),
      ['.onnx', '.pt', '.safetensors'],
      512 * 1024,
      8 * 1024 * 1024,
    )
  if (archetype === 'data') {
    binaries(rng, out, `${root}/data`, int(rng, 1, 4), ['.parquet'], 200 * 1024, 4 * 1024 * 1024)
    out.push({
      path: `${root}/data/sample.csv`,
      template: 'csv',
      size: skewed(rng, 40000, 2000, 400000),
      params: {},
    })
  }
  return { service: { root, language: 'python', archetype, files: 0 }, entries: out }
}

function planGo(rng, name, count, library) {
  const archetype = pick(rng, Object.keys(GO_ARCHETYPES))
  const root = library ? `libs/go-${name}` : `services/${name}`
  const module = `github.com/acme/platform/${root}`
  const deps = GO_ARCHETYPES[archetype]
  const imports = [...GO_STDLIB, ...deps.map((d) => d[0])]
  const out = [{ path: `${root}/go.mod`, template: 'go.mod', size: 0, params: { module, deps } }]
  if (!library) {
    out.push({
      path: `${root}/Dockerfile`,
      template: 'dockerfile',
      size: 0,
      params: { language: 'go', name },
    })
    out.push(k8s(root, name, rng, archetype))
    out.push({
      path: `${root}/cmd/${name}/main.go`,
      template: 'go',
      size: skewed(rng, 2200, 600, 10000),
      params: { imports, main: true, pkg: 'main' },
    })
  }
  const pkgs = pickSome(
    rng,
    ['handler', 'store', 'service', 'transport', 'config', 'worker', 'cache'],
    int(rng, 1, 5),
  )
  const dirs = pkgs.map((p) => `${root}/internal/${p}`)
  sources(rng, out, {
    count,
    dirs,
    ext: '.go',
    template: 'go',
    params: { imports },
    median: 3200,
    testEvery: 3,
  })
  if (chance(rng, 0.4))
    out.push({
      path: `${root}/api/v1/${name.replace(/-/g, '_')}.pb.go`,
      template: 'go-pb',
      size: skewed(rng, 14000, 3000, 120000),
      params: {},
    })
  if (chance(rng, 0.3)) {
    for (let i = 0; i < int(rng, 1, 4); i++)
      out.push({
        path: `${root}/internal/${pkgs[0]}/testdata/case-${i}.json`,
        template: 'json-data',
        size: skewed(rng, 3000, 200, 50000),
        params: {},
      })
  }
  if (chance(rng, 0.35)) {
    out.push({
      path: `${root}/vendor/modules.txt`,
      template: 'modules.txt',
      size: 0,
      params: { deps },
    })
    for (const [dep] of deps) {
      const n = skewed(rng, 25, 2, 300, 1)
      sources(rng, out, {
        count: n,
        dirs: [`${root}/vendor/${dep}`],
        ext: '.go',
        template: 'go',
        params: { imports: GO_STDLIB },
        median: 5000,
        max: 120000,
      })
    }
  }
  return { service: { root, language: 'go', archetype, files: 0 }, entries: out }
}

function nodeModules(rng, out, root, deps) {
  for (const [dep, range] of deps) {
    const dir = `${root}/node_modules/${dep}`
    out.push({
      path: `${dir}/package.json`,
      template: 'dep-package.json',
      size: 0,
      params: { name: dep, version: range.replace(/^\^/, '') },
    })
    const n = skewed(rng, 30, 2, 600, 1.1)
    sources(rng, out, {
      count: n,
      dirs: [`${dir}/lib`, `${dir}/dist`],
      ext: '.js',
      template: 'js',
      params: { imports: [] },
      median: 4000,
      max: 300000,
    })
  }
}

function planNode(rng, name, count) {
  const archetype = pick(rng, Object.keys(NPM_ARCHETYPES))
  const root = `services/${name}`
  const deps = NPM_ARCHETYPES[archetype]
  const out = [
    {
      path: `${root}/package.json`,
      template: 'package.json',
      size: 0,
      params: { name, deps, dev: NPM_DEV, server: true },
    },
    { path: `${root}/tsconfig.json`, template: 'tsconfig', size: 0, params: {} },
    { path: `${root}/Dockerfile`, template: 'dockerfile', size: 0, params: { language: 'node' } },
    k8s(root, name, rng, archetype),
    {
      path: `${root}/src/server.ts`,
      template: 'ts',
      size: skewed(rng, 2400, 600, 10000),
      params: { imports: deps.map((d) => d[0]), main: true },
    },
  ]
  const dirs = [`${root}/src/routes`, `${root}/src/lib`, `${root}/src/db`].slice(0, int(rng, 1, 3))
  sources(rng, out, {
    count,
    dirs,
    ext: '.ts',
    template: 'ts',
    params: { imports: deps.map((d) => d[0]) },
    testEvery: 4,
  })
  if (chance(rng, 0.3))
    sources(rng, out, {
      count: Math.ceil(count / 2),
      dirs: [`${root}/dist`],
      ext: '.js',
      template: 'js',
      params: { imports: [] },
      median: 5000,
    })
  if (chance(rng, 0.25)) nodeModules(rng, out, root, [...deps, ...NPM_DEV.slice(0, 2)])
  return { service: { root, language: 'node', archetype, files: 0 }, entries: out }
}

function planFrontend(rng, name, count) {
  const root = `web/${name}`
  const out = [
    {
      path: `${root}/package.json`,
      template: 'package.json',
      size: 0,
      params: { name, deps: NPM_FRONTEND, dev: [['vite', '^5.2.10'], ...NPM_DEV], server: false },
    },
    { path: `${root}/tsconfig.json`, template: 'tsconfig', size: 0, params: {} },
    { path: `${root}/index.html`, template: 'html', size: 0, params: { name } },
  ]
  const dirs = [`${root}/src/components`, `${root}/src/pages`, `${root}/src/hooks`]
  sources(rng, out, {
    count,
    dirs,
    ext: '.tsx',
    template: 'ts',
    params: { imports: NPM_FRONTEND.map((d) => d[0]) },
    median: 2000,
  })
  binaries(rng, out, `${root}/public`, int(rng, 2, 12), ['.png', '.jpg'], 24 * 1024, 600 * 1024)
  if (chance(rng, 0.3)) nodeModules(rng, out, root, [...NPM_FRONTEND, ['vite', '^5.2.10']])
  return { service: { root, language: 'frontend', archetype: 'web', files: 0 }, entries: out }
}

function planJava(rng, name, count) {
  const root = `services/${name}`
  const pkg = name.replace(/-/g, '')
  const out = [
    { path: `${root}/pom.xml`, template: 'pom.xml', size: 0, params: { name, deps: JAVA_DEPS } },
    { path: `${root}/Dockerfile`, template: 'dockerfile', size: 0, params: { language: 'java' } },
    k8s(root, name, rng, 'api'),
    {
      path: `${root}/src/main/resources/application.yaml`,
      template: 'spring-yaml',
      size: 0,
      params: { name },
    },
  ]
  const dirs = ['web', 'domain', 'repository', 'messaging'].map(
    (d) => `${root}/src/main/java/com/acme/${pkg}/${d}`,
  )
  sources(rng, out, {
    count,
    dirs,
    ext: '.java',
    template: 'java',
    params: { base: `com.acme.${pkg}`, imports: JAVA_DEPS.map((d) => d[2]) },
    median: 3500,
  })
  return { service: { root, language: 'java', archetype: 'api', files: 0 }, entries: out }
}

function planDocs(rng, name, count) {
  const root = `docs/${name}`
  const out = [{ path: `${root}/mkdocs.yml`, template: 'mkdocs', size: 0, params: { name } }]
  const dirs = [`${root}/docs`, `${root}/docs/guides`, `${root}/docs/reference`]
  for (let i = 0; i < count; i++) {
    out.push({
      path: `${dirs[i % dirs.length]}/${pick(rng, WORDS)}-${i}.md`,
      template: 'markdown',
      size: skewed(rng, 5000, 500, 80000),
      params: { title: title(pick(rng, WORDS)) },
    })
  }
  binaries(rng, out, `${root}/docs/img`, int(rng, 2, 20), ['.png'], 40 * 1024, 900 * 1024)
  return { service: { root, language: 'docs', archetype: 'docs', files: 0 }, entries: out }
}

function planRust(rng, name, count) {
  const root = `services/${name}`
  const out = [
    {
      path: `${root}/Cargo.toml`,
      template: 'Cargo.toml',
      size: 0,
      params: { name, deps: RUST_DEPS },
    },
    {
      path: `${root}/Dockerfile`,
      template: 'dockerfile',
      size: 0,
      params: { language: 'rust', name },
    },
    k8s(root, name, rng, 'api'),
    {
      path: `${root}/src/main.rs`,
      template: 'rust',
      size: skewed(rng, 2500, 600, 10000),
      params: { crates: RUST_DEPS.map((d) => d[2]), main: true },
    },
  ]
  sources(rng, out, {
    count,
    dirs: [`${root}/src`, `${root}/src/handlers`],
    ext: '.rs',
    template: 'rust',
    params: { crates: RUST_DEPS.map((d) => d[2]) },
    median: 3000,
  })
  return { service: { root, language: 'rust', archetype: 'api', files: 0 }, entries: out }
}

// ---------------------------------------------------------------------------------------------
// Rendering

const ident = (rng) =>
  `${pick(rng, WORDS)}${pick(rng, ['Count', 'Batch', 'Result', 'State', 'Key', 'Total', 'Window', 'Record'])}`
const camel = (s) => s.replace(/[-_](.)/g, (_, c) => c.toUpperCase())
const title = (s) => camel(s).replace(/^./, (c) => c.toUpperCase())

/** Appends generated blocks until the text reaches `size` characters. */
function grow(head, size, block) {
  const parts = [head]
  let length = head.length
  for (let i = 0; length < size && i < 100000; i++) {
    const part = block(i)
    parts.push(part)
    length += part.length
  }
  return parts.join('')
}

const TEMPLATES = {
  gitignore: () => 'node_modules/\ndist/\n*.log\n.venv/\n__pycache__/\n.env\ncoverage/\n',
  gitattributes: () =>
    '**/vendor/** linguist-vendored\n**/*.pb.go linguist-generated\n**/*_pb2.py linguist-generated\ndocs/** linguist-documentation\n',
  markdown: (e, rng) =>
    grow(
      `# ${e.params.title ?? 'Notes'}\n\n`,
      e.size,
      (i) =>
        `## ${title(pick(rng, WORDS))} ${i}\n\nThe ${pick(rng, WORDS)} flow calls the ${pick(rng, WORDS)} service over HTTP and retries on timeouts.\nRun \`make test\` before opening a pull request.\n\n`,
    ),
  'go.work': (e) => `go 1.22\n\nuse (\n${e.params.members.map((m) => `\t./${m}\n`).join('')})\n`,
  'root-package.json': (e) =>
    JSON.stringify(
      {
        name: 'platform',
        private: true,
        workspaces: e.params.members,
        devDependencies: { prettier: '^3.2.5' },
      },
      null,
      2,
    ) + '\n',
  workflow: () =>
    'name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make test\n',
  compose: (e) =>
    `services:\n${e.params.services.map((root) => `  ${root.split('/').pop()}:\n    build: ../${root}\n    restart: unless-stopped\n`).join('')}`,
  pyproject: (e) => {
    const { name, deps, library } = e.params
    const scripts = library
      ? ''
      : `\n[project.scripts]\n${name} = "${name.replace(/-/g, '_')}.main:run"\n`
    return `[project]\nname = "${name}"\nversion = "0.4.2"\nrequires-python = ">=3.11"\ndependencies = [\n${deps.map(([d, v]) => `  "${d}${v}",\n`).join('')}]\n${scripts}\n[project.optional-dependencies]\ndev = ["pytest>=8.1", "ruff>=0.4"]\n\n[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n`
  },
  requirements: (e) =>
    `# pinned by pip-compile\n${e.params.deps.map(([d, v]) => `${d}${v}\n`).join('')}pytest>=8.1\n`,
  dockerfile: (e) => {
    const p = e.params
    if (p.language === 'python') {
      const base = p.gpu ? 'nvidia/cuda:12.2.2-cudnn8-runtime-ubuntu22.04' : 'python:3.12-slim'
      return `FROM ${base}\nWORKDIR /app\nCOPY requirements.txt* pyproject.toml* ./\nRUN pip install --no-cache-dir .\nCOPY src ./src\nEXPOSE 8000\nCMD ["python", "-m", "uvicorn", "main:app", "--host", "0.0.0.0"]\n`
    }
    if (p.language === 'go')
      return `FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/${p.name} ./cmd/${p.name}\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/${p.name} /${p.name}\nENTRYPOINT ["/${p.name}"]\n`
    if (p.language === 'node')
      return 'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY dist ./dist\nCMD ["node", "dist/server.js"]\n'
    if (p.language === 'java')
      return 'FROM eclipse-temurin:21-jre\nCOPY target/app.jar /app.jar\nENTRYPOINT ["java", "-jar", "/app.jar"]\n'
    return `FROM rust:1.77 AS build\nWORKDIR /src\nCOPY . .\nRUN cargo build --release\n\nFROM debian:bookworm-slim\nCOPY --from=build /src/target/release/${p.name} /usr/local/bin/${p.name}\nCMD ["${p.name}"]\n`
  },
  k8s: (e) => {
    const { name, replicas, gpu, hpa } = e.params
    const limits = gpu
      ? '            nvidia.com/gpu: 1\n            memory: 16Gi\n'
      : '            cpu: 500m\n            memory: 256Mi\n'
    const deployment = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  labels:\n    app: ${name}\nspec:\n  replicas: ${replicas}\n  selector:\n    matchLabels:\n      app: ${name}\n  template:\n    metadata:\n      labels:\n        app: ${name}\n    spec:\n      containers:\n        - name: ${name}\n          image: ghcr.io/acme/${name}:1.0.0\n          ports:\n            - containerPort: 8080\n          resources:\n            requests:\n              cpu: 100m\n              memory: 128Mi\n            limits:\n${limits}`
    const autoscaler = `---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: ${name}\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: ${name}\n  minReplicas: ${replicas}\n  maxReplicas: ${replicas * 10}\n  metrics:\n    - type: Resource\n      resource:\n        name: cpu\n        target:\n          type: Utilization\n          averageUtilization: 70\n`
    return hpa ? deployment + autoscaler : deployment
  },
  'go.mod': (e) =>
    `module ${e.params.module}\n\ngo 1.22\n\nrequire (\n${e.params.deps.map(([m, v]) => `\t${m} ${v}\n`).join('')})\n\nrequire (\n\tgithub.com/google/uuid v1.6.0 // indirect\n\tgolang.org/x/net v0.24.0 // indirect\n)\n`,
  'modules.txt': (e) =>
    e.params.deps.map(([m, v]) => `# ${m} ${v}\n## explicit; go 1.20\n${m}\n`).join(''),
  'package.json': (e) => {
    const { name, deps, dev, server } = e.params
    const scripts = server
      ? { build: 'tsc -p .', start: 'node dist/server.js', test: 'vitest run' }
      : { dev: 'vite', build: 'vite build', test: 'vitest run' }
    return (
      JSON.stringify(
        {
          name: `@acme/${name}`,
          version: '1.3.0',
          private: true,
          type: 'module',
          scripts,
          dependencies: Object.fromEntries(deps),
          devDependencies: Object.fromEntries(dev),
        },
        null,
        2,
      ) + '\n'
    )
  },
  'dep-package.json': (e) =>
    JSON.stringify(
      { name: e.params.name, version: e.params.version, main: 'lib/index.js', license: 'MIT' },
      null,
      2,
    ) + '\n',
  tsconfig: () =>
    JSON.stringify(
      {
        compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, outDir: 'dist' },
        include: ['src'],
      },
      null,
      2,
    ) + '\n',
  html: (e) =>
    `<!doctype html>\n<html lang="en">\n  <head><meta charset="UTF-8" /><title>${e.params.name}</title></head>\n  <body><div id="root"></div><script type="module" src="/src/pages/main.tsx"></script></body>\n</html>\n`,
  'pom.xml': (e) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.acme</groupId>\n  <artifactId>${e.params.name}</artifactId>\n  <version>1.0.0</version>\n  <dependencies>\n${e.params.deps.map(([g, a]) => `    <dependency>\n      <groupId>${g}</groupId>\n      <artifactId>${a}</artifactId>\n    </dependency>\n`).join('')}  </dependencies>\n</project>\n`,
  mkdocs: (e) =>
    `site_name: ${e.params.name}\ntheme:\n  name: material\nnav:\n  - Home: index.md\n`,
  'spring-yaml': (e) =>
    `spring:\n  application:\n    name: ${e.params.name}\nserver:\n  port: 8080\nmanagement:\n  endpoints:\n    web:\n      exposure:\n        include: health,prometheus\n`,
  'Cargo.toml': (e) =>
    `[package]\nname = "${e.params.name}"\nversion = "0.3.1"\nedition = "2021"\n\n[dependencies]\n${e.params.deps.map(([c, v]) => `${c} = ${v}\n`).join('')}`,
  python: (e, rng) => {
    const { modules, main, test } = e.params
    const chosen = pickSome(rng, modules, Math.min(modules.length, int(rng, 2, 7)))
    const head = `"""${title(pick(rng, WORDS))} ${test ? 'tests' : 'module'}."""\n${chosen.map((m) => (chance(rng, 0.5) ? `import ${m}\n` : `from ${m} import ${ident(rng)}\n`)).join('')}\n\n`
    const body = grow(head, e.size - (main ? 60 : 0), (i) => {
      const name = `${test ? 'test_' : ''}${pick(rng, WORDS)}_${i}`
      return `def ${name}(${pick(rng, WORDS)}: str, limit: int = ${int(rng, 1, 500)}) -> dict:\n    # keep the ${pick(rng, WORDS)} window small\n    result = {"${pick(rng, WORDS)}": ${pick(rng, WORDS)}, "limit": limit}\n    for index in range(limit):\n        result[str(index)] = index * ${int(rng, 2, 9)}\n    return result\n\n\n`
    })
    return main ? `${body}if __name__ == "__main__":\n    run()\n` : body
  },
  'python-pb2': (e, rng) =>
    grow(
      '# -*- coding: utf-8 -*-\n# Generated by the protocol buffer compiler.  DO NOT EDIT!\n# source: api.proto\nfrom google.protobuf import descriptor as _descriptor\n\n',
      e.size,
      () =>
        `_${ident(rng).toUpperCase()} = _descriptor.FieldDescriptor(name='${pick(rng, WORDS)}', index=${int(rng, 0, 40)}, number=${int(rng, 1, 99)}, type=9)\n`,
    ),
  go: (e, rng) => {
    const { imports, main, pkg } = e.params
    const chosen = pickSome(rng, imports, Math.min(imports.length, int(rng, 2, 7))).sort()
    const head = `package ${main ? 'main' : (pkg ?? 'lib').replace(/[^a-z0-9]/g, '')}\n\nimport (\n${chosen.map((m) => `\t"${m}"\n`).join('')})\n\n`
    const body = grow(head, e.size - (main ? 80 : 0), (i) => {
      const fn = `${title(pick(rng, WORDS))}${i}`
      return `// ${fn} folds the ${pick(rng, WORDS)} records into a total.\nfunc ${fn}(ctx context.Context, items []string) (int, error) {\n\ttotal := 0\n\tfor _, item := range items {\n\t\tif ctx.Err() != nil {\n\t\t\treturn 0, ctx.Err()\n\t\t}\n\t\ttotal += len(item) * ${int(rng, 2, 9)}\n\t}\n\treturn total, nil\n}\n\n`
    })
    return main
      ? `${body}func main() {\n\thttp.HandleFunc("/healthz", health)\n\t_ = http.ListenAndServe(":8080", nil)\n}\n`
      : body
  },
  'go-pb': (e, rng) =>
    grow(
      '// Code generated by protoc-gen-go. DO NOT EDIT.\n// source: api/v1/service.proto\n\npackage v1\n\nimport (\n\tprotoreflect "google.golang.org/protobuf/reflect/protoreflect"\n)\n\n',
      e.size,
      () =>
        `func (x *${title(pick(rng, WORDS))}Request) Get${title(ident(rng))}() string {\n\tif x != nil {\n\t\treturn x.${title(pick(rng, WORDS))}\n\t}\n\treturn ""\n}\n\n`,
    ),
  ts: (e, rng) => {
    const { imports, main } = e.params
    const chosen = pickSome(rng, imports, Math.min(imports.length, int(rng, 1, 4)))
    const head = `${chosen.map((m) => `import { ${camel(pick(rng, WORDS))} } from '${m}'\n`).join('')}import { ${camel(pick(rng, WORDS))}Config } from '../config.js'\n\n`
    const body = grow(
      head,
      e.size,
      (i) =>
        `export function ${camel(pick(rng, WORDS))}${i}(input: readonly string[], limit = ${int(rng, 1, 100)}): number {\n  // ${pick(rng, WORDS)} entries beyond the limit are dropped\n  let total = 0\n  for (const item of input.slice(0, limit)) total += item.length\n  return total\n}\n\n`,
    )
    return main
      ? `${body}const port = Number(process.env.PORT ?? 8080)\napp.listen({ port })\n`
      : body
  },
  js: (e, rng) =>
    grow(
      "'use strict'\n\n",
      e.size,
      (i) =>
        `function ${camel(pick(rng, WORDS))}${i}(a, b) {\n  return a == null ? b : a + b * ${int(rng, 2, 9)}\n}\nmodule.exports.${camel(pick(rng, WORDS))}${i} = ${camel(pick(rng, WORDS))}${i}\n\n`,
    ),
  java: (e, rng) => {
    const { base, imports, pkg } = e.params
    const cls = `${title(pick(rng, WORDS))}${title(pkg)}`
    const head = `package ${base}.${pkg};\n\n${pickSome(rng, imports, int(rng, 1, 3))
      .map((m) => `import ${m};\n`)
      .join('')}import java.util.List;\n\npublic class ${cls} {\n`
    return (
      grow(
        head,
        e.size - 2,
        (i) =>
          `    public int ${camel(pick(rng, WORDS))}${i}(List<String> items) {\n        int total = 0;\n        for (String item : items) {\n            total += item.length() * ${int(rng, 2, 9)};\n        }\n        return total;\n    }\n\n`,
      ) + '}\n'
    )
  },
  rust: (e, rng) => {
    const { crates, main } = e.params
    const head = `${pickSome(rng, crates, int(rng, 1, 3))
      .map((c) => `use ${c}::*;\n`)
      .join('')}\n`
    const body = grow(
      head,
      e.size,
      (i) =>
        `pub fn ${pick(rng, WORDS)}_${i}(items: &[String]) -> usize {\n    items.iter().map(|s| s.len() * ${int(rng, 2, 9)}).sum()\n}\n\n`,
    )
    return main
      ? `${body}#[tokio::main]\nasync fn main() {\n    tracing::info!("listening");\n}\n`
      : body
  },
  notebook: (e, rng) => {
    const code = pickSome(rng, e.params.modules, 4).map((m) => `import ${m}\n`)
    // Outputs dominate a real notebook's size: an embedded PNG as base64.
    const outputBytes = Math.max(0, e.size - 1500)
    const image = base64Noise(rng, outputBytes)
    const notebook = {
      cells: [
        { cell_type: 'markdown', metadata: {}, source: [`# Exploring ${pick(rng, WORDS)} data\n`] },
        { cell_type: 'code', execution_count: 1, metadata: {}, outputs: [], source: code },
        {
          cell_type: 'code',
          execution_count: 2,
          metadata: {},
          outputs: [
            {
              output_type: 'display_data',
              data: { 'image/png': image, 'text/plain': ['<Figure size 640x480>'] },
              metadata: {},
            },
          ],
          source: ['df.plot()\n'],
        },
      ],
      metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
      nbformat: 4,
      nbformat_minor: 5,
    }
    return JSON.stringify(notebook, null, 1) + '\n'
  },
  csv: (e, rng) =>
    grow(
      'id,name,amount,created_at\n',
      e.size,
      (i) =>
        `${i},${pick(rng, WORDS)},${int(rng, 1, 99999) / 100},2024-0${int(rng, 1, 9)}-1${int(rng, 0, 9)}T10:00:00Z\n`,
    ),
  'json-data': (e, rng) =>
    grow('[\n', e.size, (i) => `  {"id": ${i}, "${pick(rng, WORDS)}": "${ident(rng)}"},\n`) +
    '  {}\n]\n',
  binary: (e, rng) => binaryBytes(e.params.ext, e.size, rng),
}

const MAGIC = {
  '.jpg': [0xff, 0xd8, 0xff, 0xe0],
  '.onnx': [0x08, 0x07, 0x12, 0x07],
  '.parquet': [0x50, 0x41, 0x52, 0x31],
  '.png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  '.pt': [0x50, 0x4b, 0x03, 0x04],
  '.safetensors': [0x40, 0, 0, 0, 0, 0, 0, 0],
}

function binaryBytes(ext, size, rng) {
  const bytes = new Uint8Array(size)
  const words = new Uint32Array(bytes.buffer, 0, Math.floor(size / 4))
  let x = Math.floor(rng() * 0xffffffff) | 1
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    words[i] = x >>> 0
  }
  for (let i = words.length * 4; i < size; i++) bytes[i] = Math.floor(rng() * 256)
  // Model weights and images contain NUL bytes early; make sure the sniffing window sees one.
  if (size > 64) bytes[32] = 0
  const magic = MAGIC[ext] ?? []
  for (let i = 0; i < magic.length && i < size; i++) bytes[i] = magic[i]
  return bytes
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
function base64Noise(rng, length) {
  const lines = []
  for (let done = 0; done < length; done += 76) {
    let line = ''
    for (let i = 0; i < 76; i++) line += B64[Math.floor(rng() * 64)]
    lines.push(line)
  }
  return lines.join('')
}

/**
 * Renders one planned file.
 * @param {PlannedFile} entry
 * @returns {string | Uint8Array} text for text templates, bytes for binary files; the same output
 *   for the same entry on every machine. Throws only for an unknown template (a bug in the plan).
 */
export function renderFile(entry) {
  const template = TEMPLATES[entry.template]
  if (template === undefined) throw new Error(`unknown template ${entry.template}`)
  return template(entry, createRandom(entry.seed))
}

/**
 * Writes a planned tree under `dir` (which should be empty or absent).
 * @param {string} dir
 * @param {TreePlan} plan
 * @param {(done: number, total: number) => void} [onProgress] called every 5,000 files
 * @returns {{ files: number, bytes: number }} what was written; throws on a disk error
 */
export function writeTree(dir, plan, onProgress) {
  let bytes = 0
  const made = new Set()
  plan.entries.forEach((entry, i) => {
    const path = join(dir, entry.path)
    const parent = dirname(path)
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true })
      made.add(parent)
    }
    const content = renderFile(entry)
    writeFileSync(path, content)
    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength
    if (onProgress && (i + 1) % 5000 === 0) onProgress(i + 1, plan.entries.length)
  })
  return { files: plan.entries.length, bytes }
}
