// Bundles the two entry points into dist/: the Action (Node 24) and the CLI (Node 20+).
// Output is ESM, unminified, with source maps, and deterministic so CI can check dist/ is fresh.
//
// Start-up (docs/benchmarks.md, "Start-up"): what a run costs before it does anything is mostly
// V8 reading and compiling the bundle, so code that most runs never call is kept out of the files
// every run loads:
// - the CLI is split: dist/cli.js answers `--version` and `--help` alone (src/cli/quick.ts) and
//   imports the shell and the engine, a chunk under dist/cli-chunks/, for the other commands;
// - the packages in LAZY are bundled on their own as CommonJS files under dist/lazy/ and replaced,
//   in both bundles, by a stand-in module that require()s the file on the first call into it.
//   The pure core keeps its plain synchronous imports; only the bundle knows they are lazy.
//
// `node scripts/build.mjs --outdir <dir>` builds into another directory (the tests use it on a
// copy); the default is dist/.
import { rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { cwd } from 'node:process'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } })
const outdir = resolve(values.outdir)
const lazyDir = join(outdir, 'lazy')

/**
 * Modules loaded on first use: the file they are bundled into under dist/lazy/, the value
 * exports the sources import from each module (a package name, or a path in this project for a
 * module of its own; a name missing here fails the build, as esbuild reports no such export), and
 * why most runs never call them. Every export is a function or a class; its stand-in
 * loads the file on a call or `new` and rebinds every export of the module to the real one, so
 * property reads (`validate.errors`) and `instanceof` see the real values from then on.
 */
export const LAZY = [
  {
    file: 'yaml.cjs',
    modules: {
      yaml: [
        'isAlias',
        'isMap',
        'isPair',
        'isScalar',
        'isSeq',
        'LineCounter',
        'parse',
        'parseAllDocuments',
        'parseDocument',
      ],
    },
    why:
      'YAML is parsed only when the tree has a policy file, a Kubernetes, Helm or Compose file, ' +
      'or a pnpm workspace; the parser is a quarter of the engine chunk.',
  },
  {
    file: 'toml.cjs',
    modules: { 'smol-toml': ['parse', 'TomlError'] },
    why: 'TOML is parsed only when the tree has a Cargo.toml, pyproject.toml or Pipfile.',
  },
  {
    file: 'policy-validator.cjs',
    modules: { 'src/config/config-validator.generated.js': ['validate'] },
    why:
      'The policy file is validated only when there is one; the generated validator is a tenth ' +
      'of the engine chunk.',
  },
  {
    file: 'github.cjs',
    modules: {
      '@actions/github': ['getOctokit'],
      '@octokit/plugin-retry': ['retry'],
      '@octokit/plugin-throttling': ['throttling'],
    },
    why:
      'The GitHub API is called only with a token, on pull requests and merge groups; Octokit and ' +
      'its HTTP stack (undici) are more than half of the Action bundle.',
  },
  {
    file: 'cache.cjs',
    modules: { '@actions/cache': ['isFeatureAvailable', 'restoreCache', 'saveCache'] },
    why:
      'The Actions cache is used only for snapshots: on a push to the default branch and on ' +
      'pull requests; the package and the Azure storage client it uploads with are several ' +
      'times the size of the Action bundle.',
  },
]

/**
 * Files of dependencies whose only effect at import is to declare what they export, marked free
 * of side effects so that esbuild drops them when nothing they export is used (their packages do
 * not say so themselves). With `@actions/core`'s OIDC client gone, so is its HTTP client and
 * undici, which every Action run would otherwise load.
 */
export const SIDE_EFFECT_FREE = [
  {
    path: /node_modules\/@actions\/core\/lib\/oidc-utils\.js$/,
    why: 'declares the OIDC client class used by core.getIDToken() only; imports @actions/http-client',
  },
  {
    path: /node_modules\/@actions\/core\/lib\/platform\.js$/,
    why: 'core.platform (OS name and version); imports @actions/exec',
  },
]

/** The stand-in module of one lazily loaded package, for a bundle output in `fromDir`. */
function standIn(spec, entry, fromDir) {
  let target = relative(fromDir, join(lazyDir, entry.file)).split('\\').join('/')
  if (!target.startsWith('../')) target = `./${target}`
  const names = entry.modules[spec]
  const lines = [
    `// Stand-in for '${spec}': loads ${entry.file} on the first call (scripts/build.mjs, LAZY).`,
    "import { createRequire } from 'node:module'",
    'const require = createRequire(import.meta.url)',
    // The first call rebinds every export to the real one (importers see live bindings), so later
    // calls cost nothing extra; a call through a stand-in kept from before forwards to it.
    'function load() {',
    `  const real = require(${JSON.stringify(target)})[${JSON.stringify(spec)}]`,
    ...names.map((name) => `  ${name} = real.${name}`),
    '}',
  ]
  for (const name of names)
    lines.push(
      `export let ${name} = function (...args) {`,
      '  load()',
      `  return new.target ? Reflect.construct(${name}, args) : Reflect.apply(${name}, this, args)`,
      '}',
    )
  return lines.join('\n') + '\n'
}

/** The esbuild plugin that puts the stand-ins in place and marks SIDE_EFFECT_FREE files. */
function startupPlugin(fromDir) {
  const lazy = new Map(LAZY.flatMap((e) => Object.keys(e.modules).map((s) => [s, e])))
  const packages = [...lazy.keys()].filter((s) => !s.startsWith('src/'))
  const localNames = new Set(
    [...lazy.keys()].filter((s) => s.startsWith('src/')).map((s) => s.replace(/.*\//, '')),
  )
  const exact = new RegExp(`^(${packages.map((s) => s.replace(/[/.]/g, '\\$&')).join('|')})$`)
  return {
    name: 'stackfit-startup',
    setup(b) {
      b.onResolve({ filter: exact }, (args) => ({ path: args.path, namespace: 'stackfit-lazy' }))
      b.onResolve({ filter: /^\.\.?\// }, async (args) => {
        if (args.pluginData === 'resolving') return undefined
        const local = localNames.has(args.path.replace(/.*\//, ''))
        if (!local && !args.importer.includes('node_modules/@actions/core/')) return undefined
        const resolved = await b.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'resolving',
        })
        if (resolved.errors.length > 0) return undefined
        const project = relative(cwd(), resolved.path).split('\\').join('/')
        if (lazy.has(project)) return { path: project, namespace: 'stackfit-lazy' }
        return SIDE_EFFECT_FREE.some((f) => f.path.test(resolved.path))
          ? { ...resolved, sideEffects: false }
          : resolved
      })
      b.onLoad({ filter: /.*/, namespace: 'stackfit-lazy' }, (args) => ({
        contents: standIn(args.path, lazy.get(args.path), fromDir),
        loader: 'js',
      }))
    },
  }
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies inside an ESM bundle need a require().
  banner: {
    js: "import { createRequire as __stackfitCreateRequire } from 'node:module'; const require = __stackfitCreateRequire(import.meta.url);",
  },
}

// The lazily loaded packages: one CommonJS file per LAZY entry, for the older of the two targets.
rmSync(lazyDir, { recursive: true, force: true })
for (const entry of LAZY) {
  const specs = Object.keys(entry.modules)
  await build({
    ...common,
    banner: {},
    format: 'cjs',
    target: 'node20',
    stdin: {
      contents: specs
        .map((s, i) => {
          const from = s.startsWith('src/') ? `./${s}` : s
          return `import * as m${i} from '${from}'\nexport { m${i} as ${JSON.stringify(s)} }`
        })
        .join('\n'),
      resolveDir: cwd(),
      sourcefile: `lazy-${entry.file.replace(/\.cjs$/, '')}.js`,
    },
    outfile: join(lazyDir, entry.file),
  })
  // Every name the stand-ins forward must be a function or a class of the real package.
  const real = createRequire(import.meta.url)(join(lazyDir, entry.file))
  for (const spec of specs)
    for (const name of entry.modules[spec])
      if (typeof real[spec]?.[name] !== 'function')
        throw new Error(`build: LAZY ${spec}.${name} is not a function in ${entry.file}`)
}

await build({
  ...common,
  entryPoints: { index: 'src/action/index.ts' },
  outdir,
  target: 'node24',
  plugins: [startupPlugin(outdir)],
})

// The CLI is split: dist/cli.js holds the argument parser and answers `--version` and `--help`;
// the shell and the engine are a chunk under dist/cli-chunks/, loaded by a dynamic import() for
// the other commands, so the start-up of those two commands is little more than Node's own. Old
// chunks are removed first (their names carry a content hash). The stand-ins are never in the
// entry (the argument parser imports no package), so they resolve from dist/cli-chunks/.
rmSync(join(outdir, 'cli-chunks'), { recursive: true, force: true })
const cli = await build({
  ...common,
  entryPoints: { cli: 'src/cli/index.ts' },
  outdir,
  target: 'node20',
  splitting: true,
  chunkNames: 'cli-chunks/[name]-[hash]',
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
  metafile: true,
  plugins: [startupPlugin(join(outdir, 'cli-chunks'))],
})
for (const [file, output] of Object.entries(cli.metafile.outputs)) {
  const standIns = Object.keys(output.inputs).filter((i) => i.startsWith('stackfit-lazy:'))
  if (standIns.length > 0 && dirname(resolve(file)) !== join(outdir, 'cli-chunks'))
    throw new Error(`build: ${file} holds ${standIns.join(', ')} outside cli-chunks/`)
}
