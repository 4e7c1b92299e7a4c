// Bundles the two entry points into dist/: the Action (Node 24) and the CLI (Node 20+).
// Output is ESM, unminified, with source maps, and deterministic so CI can check dist/ is fresh.
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

await build({
  ...common,
  entryPoints: { cli: 'src/cli/index.ts' },
  outdir: 'dist',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
})
