// Bundles the two entry points into dist/: the Action (Node 24) and the CLI (Node 20+).
// Output is ESM, unminified, with source maps, and deterministic so CI can check dist/ is fresh.
import { rmSync } from 'node:fs'
import { build } from 'esbuild'

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

await build({
  ...common,
  entryPoints: { index: 'src/action/index.ts' },
  outdir: 'dist',
  target: 'node24',
})

// The CLI is split: dist/cli.js holds the argument parser and answers `--version` and `--help`;
// the shell and the engine are a chunk under dist/cli-chunks/, loaded by a dynamic import() for
// the other commands, so the start-up of those two commands is little more than Node's own. Old
// chunks are removed first (their names carry a content hash).
rmSync('dist/cli-chunks', { recursive: true, force: true })
await build({
  ...common,
  entryPoints: { cli: 'src/cli/index.ts' },
  outdir: 'dist',
  target: 'node20',
  splitting: true,
  chunkNames: 'cli-chunks/[name]-[hash]',
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
})
