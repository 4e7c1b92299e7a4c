/**
 * How discovery tells a service from a library, a frontend, a sample and a docs site, as data.
 * The order of decision is: sample → docs → frontend → service → library (see discover-services).
 */
import type { Ecosystem } from '../facts.js'
import type { Stack } from './service-markers.js'

/** Directory names whose contents are sample code, at any depth. Samples are reported, not linted. */
export const SAMPLE_DIRECTORIES: readonly string[] = [
  'demo',
  'demos',
  'example',
  'examples',
  'playground',
  'sample',
  'samples',
]

/** Directory names under which a candidate is a docs site if a generator is present (and dropped if not). */
export const DOCS_DIRECTORIES: readonly string[] = ['docs', 'documentation', 'website']

export interface DocsGenerator {
  name: string
  /** Base names of config files in the candidate root that prove the generator. */
  files: readonly string[]
  /** npm dependencies that prove the generator. */
  dependencies: readonly string[]
  /** Whether the config file counts only under a docs directory (a bare `conf.py` is ambiguous). */
  onlyUnderDocs: boolean
}

export const DOCS_GENERATORS: readonly DocsGenerator[] = [
  {
    name: 'Docusaurus',
    files: ['docusaurus.config.js', 'docusaurus.config.ts', 'docusaurus.config.mjs'],
    dependencies: ['@docusaurus/core'],
    onlyUnderDocs: false,
  },
  { name: 'VitePress', files: [], dependencies: ['vitepress'], onlyUnderDocs: false },
  {
    name: 'VuePress',
    files: [],
    dependencies: ['vuepress', '@vuepress/core'],
    onlyUnderDocs: false,
  },
  { name: 'Starlight', files: [], dependencies: ['@astrojs/starlight'], onlyUnderDocs: false },
  { name: 'Nextra', files: [], dependencies: ['nextra'], onlyUnderDocs: false },
  { name: 'MkDocs', files: ['mkdocs.yml', 'mkdocs.yaml'], dependencies: [], onlyUnderDocs: false },
  { name: 'mdBook', files: ['book.toml'], dependencies: [], onlyUnderDocs: false },
  {
    name: 'Hugo',
    files: ['hugo.toml', 'hugo.yaml', 'hugo.json'],
    dependencies: [],
    onlyUnderDocs: false,
  },
  { name: 'Hugo', files: ['config.toml'], dependencies: [], onlyUnderDocs: true },
  { name: 'Sphinx', files: ['conf.py'], dependencies: [], onlyUnderDocs: true },
  { name: 'Jekyll', files: ['_config.yml'], dependencies: [], onlyUnderDocs: true },
]

/**
 * npm dependencies that make a package a browser frontend. `metaFramework` ones (Next.js, Nuxt,
 * ...) stay frontends even with a server: their server renders the UI, it is not a backend the
 * guide's rules are about.
 */
export const UI_DEPENDENCIES: readonly { name: string; metaFramework: boolean }[] = [
  { name: '@angular/core', metaFramework: false },
  { name: '@remix-run/react', metaFramework: true },
  { name: '@sveltejs/kit', metaFramework: true },
  { name: 'astro', metaFramework: true },
  { name: 'gatsby', metaFramework: true },
  { name: 'next', metaFramework: true },
  { name: 'nuxt', metaFramework: true },
  { name: 'preact', metaFramework: false },
  { name: 'react', metaFramework: false },
  { name: 'solid-js', metaFramework: false },
  { name: 'svelte', metaFramework: false },
  { name: 'vite', metaFramework: false },
  { name: 'vue', metaFramework: false },
]

/**
 * Runtime (non-dev) dependencies that make a unit a deployable process: a web server, an
 * application framework, or a worker runtime.
 */
export const ENTRY_DEPENDENCIES: readonly {
  ecosystem: Ecosystem
  names: readonly string[]
  what: string
}[] = [
  {
    ecosystem: 'pypi',
    what: 'web framework',
    // Not aiohttp: it is the most used asyncio HTTP *client* too (API client packages and test
    // suites depend on it), so depending on it proves nothing; an aiohttp server shows itself by
    // `web.run_app(...)` (the py.server-run hint), its application server or a Dockerfile CMD.
    names: [
      'bottle',
      'django',
      'falcon',
      'fastapi',
      'flask',
      'litestar',
      'pyramid',
      'quart',
      'sanic',
      'starlette',
      'tornado',
    ],
  },
  {
    ecosystem: 'pypi',
    what: 'application server',
    names: ['daphne', 'granian', 'gunicorn', 'hypercorn', 'uvicorn', 'waitress'],
  },
  {
    ecosystem: 'pypi',
    what: 'worker runtime',
    names: ['arq', 'celery', 'dramatiq', 'faust-streaming', 'huey', 'rq'],
  },
  { ecosystem: 'pypi', what: 'app framework', names: ['dash', 'gradio', 'streamlit'] },
  {
    ecosystem: 'npm',
    what: 'server framework',
    names: ['@hapi/hapi', '@nestjs/core', 'express', 'fastify', 'hono', 'koa', 'restify'],
  },
  {
    ecosystem: 'maven',
    what: 'application framework',
    names: [
      'io.ktor:ktor-server-core',
      'io.micronaut:micronaut-http-server-netty',
      'io.quarkus:quarkus-core',
      'org.springframework.boot:spring-boot-starter',
      'org.springframework.boot:spring-boot-starter-web',
      'org.springframework.boot:spring-boot-starter-webflux',
    ],
  },
  { ecosystem: 'rubygems', what: 'web framework', names: ['puma', 'rails', 'sidekiq', 'sinatra'] },
  {
    ecosystem: 'packagist',
    what: 'web framework',
    names: ['laravel/framework', 'slim/slim', 'symfony/framework-bundle'],
  },
  { ecosystem: 'hex', what: 'web framework', names: ['phoenix', 'plug_cowboy'] },
]

/** Base names that are a process's entry by convention. */
export const ENTRY_FILES: readonly { stack: Stack; path: string; what: string }[] = [
  { stack: 'python', path: '__main__.py', what: 'runnable package' },
  { stack: 'python', path: 'app.py', what: 'application module' },
  { stack: 'python', path: 'asgi.py', what: 'ASGI entry' },
  { stack: 'python', path: 'main.py', what: 'main module' },
  { stack: 'python', path: 'manage.py', what: 'Django entry' },
  { stack: 'python', path: 'server.py', what: 'server module' },
  { stack: 'python', path: 'wsgi.py', what: 'WSGI entry' },
]

/** Source hints (from the lexers) that prove an entry point. Go also needs `package main`. */
export const ENTRY_HINTS: readonly { id: string; what: string }[] = [
  { id: 'go.func-main', what: 'package main with func main' },
  { id: 'js.listen', what: 'starts a server' },
  { id: 'py.main-guard', what: 'runs as a script (__main__ guard)' },
  { id: 'py.server-run', what: 'starts a server' },
]

/** Paths that hold tests: entry hints found there do not make a service. */
export const TEST_PATHS: readonly string[] = [
  '**/__tests__/**',
  '**/conftest.py',
  '**/spec/**',
  '**/test/**',
  '**/test_*.py',
  '**/tests/**',
  '**/*_test.go',
  '**/*_test.py',
  '**/*.spec.*',
  '**/*.test.*',
]

/**
 * Directory names (below a unit's root, at any depth) whose entry points belong to something other
 * than the unit: examples, repository scripts, tests, benchmarks and docs next to the code. A
 * `__main__` guard in `examples/train.py` or `hack/gen.py` makes a script runnable, not the module
 * around it a service. Sample and docs directory names count too (SAMPLE_DIRECTORIES,
 * DOCS_DIRECTORIES).
 */
export const NON_ENTRY_DIRECTORIES: readonly string[] = [
  'bench',
  'benchmark',
  'benchmarks',
  'e2e',
  'fixtures',
  'hack',
  'script',
  'scripts',
  'test',
  'tests',
]

/**
 * Dockerfile variants (`Dockerfile.<suffix>`, `<suffix>.Dockerfile`) built to check or document
 * the code rather than to run it: their CMD/ENTRYPOINT does not make a service. A plain
 * `Dockerfile` and runtime variants (`Dockerfile.prod`, `Dockerfile.gpu`) still do.
 */
export const NON_SERVICE_DOCKERFILE_VARIANTS: readonly string[] = [
  'ci',
  'conformance',
  'docs',
  'e2e',
  'integration',
  'lint',
  'test',
  'tests',
]

/** Why a unit is a library, by the stack of its first marker. */
export const LIBRARY_REASONS: Readonly<Record<Stack, string>> = {
  go: 'Go module with no package main',
  python: 'Python package with no entry point, server or worker',
  node: 'npm package with no server entry, start script or UI framework',
  rust: 'Rust crate with no src/main.rs or [[bin]]',
  jvm: 'JVM project with no main method or application framework',
  dotnet: '.NET project with no web SDK dependency or entry point found',
  ruby: 'Ruby project with no server or worker dependency',
  php: 'PHP project with no web framework',
  elixir: 'Mix project with no web framework',
  container: 'container image with no code',
}

/**
 * Official images of third-party servers. A directory whose only marker is a Dockerfile built
 * FROM one of these configures someone else's server rather than building the team's own code:
 * a datastore or tool image is kind `infra`; a web server image that serves static assets
 * (.html/.js/.css) is a `frontend`. Matched on the image's last path segment, without tag.
 */
export const THIRD_PARTY_IMAGES: readonly {
  image: string
  role: 'datastore' | 'tool' | 'web-server'
}[] = [
  { image: 'cassandra', role: 'datastore' },
  { image: 'clickhouse-server', role: 'datastore' },
  { image: 'couchdb', role: 'datastore' },
  { image: 'elasticsearch', role: 'datastore' },
  { image: 'mariadb', role: 'datastore' },
  { image: 'memcached', role: 'datastore' },
  { image: 'minio', role: 'datastore' },
  { image: 'mongo', role: 'datastore' },
  { image: 'mysql', role: 'datastore' },
  { image: 'neo4j', role: 'datastore' },
  { image: 'opensearch', role: 'datastore' },
  { image: 'postgres', role: 'datastore' },
  { image: 'redis', role: 'datastore' },
  { image: 'envoy', role: 'tool' },
  { image: 'fluent-bit', role: 'tool' },
  { image: 'fluentd', role: 'tool' },
  { image: 'grafana', role: 'tool' },
  { image: 'haproxy', role: 'tool' },
  { image: 'kafka', role: 'tool' },
  { image: 'prometheus', role: 'tool' },
  { image: 'rabbitmq', role: 'tool' },
  { image: 'traefik', role: 'tool' },
  { image: 'zookeeper', role: 'tool' },
  { image: 'caddy', role: 'web-server' },
  { image: 'httpd', role: 'web-server' },
  { image: 'nginx', role: 'web-server' },
  { image: 'nginx-unprivileged', role: 'web-server' },
]

/** File extensions of static web assets, for a web-server image that serves a browser app. */
export const WEB_ASSET_EXTENSIONS: readonly string[] = ['.html', '.js', '.css']
