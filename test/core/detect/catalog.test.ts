import { describe, expect, it } from 'vitest'
import { CATALOGS } from '../../../src/core/3-detect/catalog/index.js'
import { BASE_IMAGE_RULES, DOCKER_ENV_RULES } from '../../../src/core/3-detect/catalog/docker.js'
import { FILE_RULES } from '../../../src/core/3-detect/catalog/files.js'
import { HINT_RULES } from '../../../src/core/3-detect/catalog/hints.js'
import { INFRA_THRESHOLDS } from '../../../src/core/3-detect/catalog/kubernetes.js'
import type { EcosystemCatalog } from '../../../src/core/3-detect/catalog/types.js'
import { defaultImports, normalizePackage } from '../../../src/core/3-detect/match.js'
import { SIGNALS } from '../../../src/core/3-detect/signal-definitions.js'
import type { ManifestType } from '../../../src/core/facts.js'
import { dep, detect, manifest, source } from './support.js'

const SIGNAL_IDS = new Set<string>(SIGNALS.map((s) => s.id))

const MANIFEST_OF: Record<EcosystemCatalog['ecosystem'], { path: string; type: ManifestType }> = {
  pypi: { path: 'svc/requirements.txt', type: 'requirements.txt' },
  go: { path: 'svc/go.mod', type: 'go.mod' },
  npm: { path: 'svc/package.json', type: 'package.json' },
  maven: { path: 'svc/pom.xml', type: 'pom.xml' },
  cargo: { path: 'svc/Cargo.toml', type: 'Cargo.toml' },
  nuget: { path: 'svc/Api.csproj', type: 'csproj' },
  rubygems: { path: 'svc/Gemfile', type: 'Gemfile' },
  packagist: { path: 'svc/composer.json', type: 'composer.json' },
  hex: { path: 'svc/mix.exs', type: 'mix.exs' },
}

const EXT_OF: Record<string, string> = {
  python: 'py',
  go: 'go',
  javascript: 'js',
  typescript: 'ts',
  tsx: 'tsx',
  jsx: 'jsx',
}

/** A concrete name for a catalog name: `@langchain/*` → `@langchain/example`. */
function concrete(name: string): string {
  return name.endsWith('*') ? `${name.slice(0, -1)}example` : name
}

const signalCases = CATALOGS.flatMap((catalog) =>
  catalog.signals.flatMap((entry) =>
    entry.packages.map((pkg) => ({
      ecosystem: catalog.ecosystem,
      pkg,
      signal: entry.signal,
      strength: entry.strength,
      supporting: entry.supporting === true,
    })),
  ),
)

const importCases = CATALOGS.filter((c) => c.importStyle !== 'none').flatMap((catalog) =>
  catalog.signals.flatMap((entry) =>
    (entry.imports ?? defaultImports(catalog.importStyle, entry.packages)).map((name) => ({
      catalog,
      name,
      signal: entry.signal,
      strength: entry.strength,
      supporting: entry.supporting === true,
    })),
  ),
)

describe('catalog integrity', () => {
  it('references only defined signal ids', () => {
    const used = [
      ...CATALOGS.flatMap((c) => c.signals.map((e) => e.signal)),
      ...BASE_IMAGE_RULES.map((r) => r.signal),
      ...DOCKER_ENV_RULES.map((r) => r.signal),
      ...FILE_RULES.map((r) => r.signal),
      ...HINT_RULES.map((r) => r.signal),
      ...HINT_RULES.flatMap((r) => r.when?.orUnitSignals ?? []),
      ...Object.values(INFRA_THRESHOLDS).map((t) => t.signal),
    ]
    expect(used.filter((id) => !SIGNAL_IDS.has(id))).toEqual([])
  })

  it('has one catalog per ecosystem', () => {
    const ecosystems = CATALOGS.map((c) => c.ecosystem)
    expect(new Set(ecosystems).size).toBe(ecosystems.length)
  })

  it.each(CATALOGS.map((c) => [c.ecosystem, c] as const))(
    '%s: no package is listed twice for one signal',
    (_, catalog) => {
      const seen = new Map<string, number>()
      for (const e of catalog.signals) {
        for (const p of e.packages) {
          const key = `${e.signal} ${normalizePackage(catalog.ecosystem, p)}`
          seen.set(key, (seen.get(key) ?? 0) + 1)
        }
      }
      expect([...seen].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([])
    },
  )

  it.each(CATALOGS.map((c) => [c.ecosystem, c] as const))(
    '%s: every framework has a name, role, model and a way to match',
    (_, catalog) => {
      const names = catalog.frameworks.map((f) => f.framework)
      expect(new Set(names).size).toBe(names.length)
      for (const f of catalog.frameworks) {
        expect(f.framework).toMatch(/^[a-z0-9./:-]+$/)
        expect(['web', 'worker', 'rpc', 'ui']).toContain(f.role)
        expect(['sync', 'async', 'threads', 'goroutines', 'event-loop']).toContain(f.model)
        expect(f.packages.length + (f.imports?.length ?? 0)).toBeGreaterThan(0)
      }
    },
  )

  it('lists no empty or blank package names', () => {
    const bad = CATALOGS.flatMap((c) => c.signals.flatMap((e) => e.packages)).filter(
      (p) => p.trim() === '' || p === '*',
    )
    expect(bad).toEqual([])
  })

  it('covers the Go ecosystem ML and LLM clients issue 2 names', () => {
    const go = CATALOGS.find((c) => c.ecosystem === 'go')!
    const byPackage = new Map(
      go.signals.flatMap((e) => e.packages.map((p) => [p, e.signal] as const)),
    )
    expect(byPackage.get('github.com/sashabaranov/go-openai')).toBe('ai-ml.llm-client')
    expect(byPackage.get('github.com/tmc/langchaingo')).toBe('ai-ml.llm-orchestration')
    expect(byPackage.get('github.com/yalue/onnxruntime_go')).toBe('ai-ml.inference')
    expect(byPackage.get('gorgonia.org/gorgonia')).toBe('ai-ml.training')
    expect(byPackage.get('github.com/pgvector/pgvector-go')).toBe('ai-ml.vector-store')
    expect(byPackage.get('gonum.org/v1/gonum')).toBe('data.scientific')
  })
})

/**
 * Another package of the same ecosystem that proves `signal` (a custom signal), so a supporting
 * entry has something to attach to.
 */
function proof(ecosystem: EcosystemCatalog['ecosystem'], signal: string) {
  const { path } = MANIFEST_OF[ecosystem]
  return {
    dependency: dep(ecosystem, 'proof-package', path, 1, { text: 'proof-package 1.0' }),
    options: {
      customSignals: [
        { ecosystem, signal, strength: 'weak' as const, packages: ['proof-package'], imports: [] },
      ],
    },
  }
}

describe('every catalog entry fires from a manifest dependency', () => {
  it.each(signalCases.filter((c) => !c.supporting))(
    '$ecosystem $pkg → $signal ($strength)',
    ({ ecosystem, pkg, signal, strength }) => {
      const { path, type } = MANIFEST_OF[ecosystem]
      const name = concrete(pkg)
      const result = detect({
        manifests: [manifest(path, type, [dep(ecosystem, name, path, 3, { text: `${name} 1.0` })])],
      })
      const hit = result.signals.find((s) => s.id === signal)
      expect(hit?.strength).toBe(strength)
      expect(hit?.evidence).toContainEqual({ path, line: 3, detail: `${name} 1.0` })
    },
  )

  it.each(signalCases.filter((c) => c.supporting))(
    '$ecosystem $pkg only supports $signal: nothing alone, attached to a proven signal',
    ({ ecosystem, pkg, signal }) => {
      const { path, type } = MANIFEST_OF[ecosystem]
      const name = concrete(pkg)
      const own = dep(ecosystem, name, path, 3, { text: `${name} 1.0` })
      const alone = detect({ manifests: [manifest(path, type, [own])] })
      expect(alone.signals.find((s) => s.id === signal)).toBeUndefined()
      const { dependency, options } = proof(ecosystem, signal)
      const backed = detect({ manifests: [manifest(path, type, [dependency, own])] }, options)
      const hit = backed.signals.find((s) => s.id === signal)
      expect(hit?.strength).toBe('weak')
      expect(hit?.evidence).toContainEqual({ path, line: 3, detail: `${name} 1.0` })
    },
  )
})

describe('every catalog import name fires from a source import', () => {
  it.each(
    importCases.filter((c) => c.supporting).map((c) => ({ ...c, ecosystem: c.catalog.ecosystem })),
  )('$ecosystem import $name only supports $signal', ({ catalog, name, signal }) => {
    const language = catalog.languages[0]!
    const module = `${concrete(name)}${catalog.importStyle === 'python' ? '.sub' : '/sub'}`
    const path = `svc/app/main.${EXT_OF[language]}`
    const imported = source(path, language, [[module, 4, `import ${module}`]])
    expect(detect({ sources: [imported], language }).signals).toEqual([])
    const { dependency, options } = proof(catalog.ecosystem, signal)
    const { path: manifestPath, type } = MANIFEST_OF[catalog.ecosystem]
    const backed = detect(
      { sources: [imported], manifests: [manifest(manifestPath, type, [dependency])], language },
      options,
    )
    expect(backed.signals.find((s) => s.id === signal)?.evidence).toContainEqual({
      path,
      line: 4,
      detail: `import ${module}`,
    })
  })

  it.each(
    importCases.filter((c) => !c.supporting).map((c) => ({ ...c, ecosystem: c.catalog.ecosystem })),
  )('$ecosystem import $name → $signal ($strength)', ({ catalog, name, signal, strength }) => {
    const language = catalog.languages[0]!
    const base = concrete(name)
    const module =
      catalog.importStyle === 'python'
        ? `${base}.sub`
        : catalog.importStyle === 'go'
          ? `${base}/sub`
          : `${base}/sub`
    const path = `svc/app/main.${EXT_OF[language]}`
    const result = detect({
      sources: [source(path, language, [[module, 4, `import ${module}`]])],
      language,
    })
    const hit = result.signals.find((s) => s.id === signal)
    expect(hit?.strength).toBe(strength)
    expect(hit?.evidence).toContainEqual({ path, line: 4, detail: `import ${module}` })
  })
})

describe('import names that differ from package names', () => {
  it.each([
    ['python', 'sklearn.ensemble', 'ai-ml.training'],
    ['python', 'cv2', 'resource.cpu-bound'],
    ['python', 'PIL.Image', 'resource.cpu-bound'],
    ['python', 'google.genai', 'ai-ml.llm-client'],
    ['python', 'google.generativeai', 'ai-ml.llm-client'],
    ['python', 'llama_index.core', 'ai-ml.llm-orchestration'],
    ['python', 'langchain_openai', 'ai-ml.llm-orchestration'],
    ['python', 'faiss', 'ai-ml.vector-store'],
    ['python', 'apache_beam', 'data.pipeline'],
    ['python', 'pyflink.datastream', 'data.stream-processing'],
    ['python', 'socketio', 'concurrency.realtime'],
    ['python', 'grpc_reflection.v1alpha', 'concurrency.grpc-streaming'],
    ['go', 'github.com/cohere-ai/cohere-go/v2/client', 'ai-ml.llm-client'],
    ['go', 'github.com/ollama/ollama/api', 'ai-ml.llm-client'],
    ['go', 'github.com/apache/arrow/go/v17/arrow/array', 'data.dataframe'],
    ['go', 'github.com/weaviate/weaviate-go-client/v4/weaviate', 'ai-ml.vector-store'],
    ['typescript', '@langchain/openai', 'ai-ml.llm-orchestration'],
    ['typescript', 'openai/resources/chat', 'ai-ml.llm-client'],
    ['javascript', '@ai-sdk/anthropic', 'ai-ml.llm-client'],
  ])('%s import %s → %s', (language, module, signal) => {
    const result = detect({
      sources: [source(`svc/x.${EXT_OF[language]}`, language, [[module, 1, module]])],
      language,
    })
    expect(result.signals.map((s) => s.id)).toContain(signal)
  })

  it.each([
    ['python', 'yaml'],
    ['python', 'requests'],
    ['python', 'google.cloud.storage'],
    ['go', 'github.com/openai-like/thing'],
    ['go', 'net/http'],
    ['typescript', 'openai-like'],
    ['typescript', 'wsx'],
  ])('%s import %s is not a signal', (language, module) => {
    const result = detect({
      sources: [source(`svc/x.${EXT_OF[language]}`, language, [[module, 1, module]])],
      language,
    })
    expect(result.signals).toEqual([])
  })
})

describe('every framework fires', () => {
  const cases = CATALOGS.flatMap((catalog) =>
    catalog.frameworks.map((f) => ({
      ecosystem: catalog.ecosystem,
      catalog,
      f,
      name: f.framework,
    })),
  )
  it.each(cases)('$ecosystem $name', ({ ecosystem, catalog, f }) => {
    const { path, type } = MANIFEST_OF[ecosystem]
    const language = catalog.languages[0] ?? 'unknown'
    const src = `svc/main.${EXT_OF[language] ?? 'txt'}`
    const fixture =
      f.packages.length > 0
        ? {
            manifests: [manifest(path, type, [dep(ecosystem, concrete(f.packages[0]!), path, 2)])],
            sources: f.requiresHints
              ? [
                  source(
                    src,
                    language,
                    [],
                    f.requiresHints.map((h) => [h, 9, 'serve'] as [string, number, string]),
                  ),
                ]
              : [],
          }
        : {
            sources: [
              source(
                src,
                language,
                [[f.imports![0]!, 3, `import ${f.imports![0]}`]],
                f.requiresHints!.map((h) => [h, 9, 'listen'] as [string, number, string]),
              ),
            ],
          }
    const result = detect({ ...fixture, language })
    expect(result.frameworks.map((x) => [x.name, x.role, x.model])).toContainEqual([
      f.framework,
      f.role,
      f.model,
    ])
  })
})

describe('frameworks that need a code hint', () => {
  const cases = CATALOGS.flatMap((catalog) =>
    catalog.frameworks
      .filter((f) => f.requiresHints && f.packages.length > 0)
      .map((f) => ({ catalog, f, name: f.framework })),
  )
  it.each(cases)('$name does not count from its package alone', ({ catalog, f }) => {
    const { path, type } = MANIFEST_OF[catalog.ecosystem]
    const result = detect({
      manifests: [
        manifest(path, type, [dep(catalog.ecosystem, concrete(f.packages[0]!), path, 2)]),
      ],
      language: catalog.languages[0] ?? 'unknown',
    })
    expect(result.frameworks.map((x) => x.name)).not.toContain(f.framework)
  })
})
