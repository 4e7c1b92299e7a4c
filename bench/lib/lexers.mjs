// Builds the lexers stackfit runs on every source file (src/core/parse/sources) and the decoder
// every view uses (src/adapters/decode-text.ts) into one small ES module, so the floor can add
// exactly that work: `node bench/floor.mjs <dir> --lex <module>` is the "floor + lexing" row, the
// lower bound of any scan that finds imports with their evidence lines.
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { buildSync } from 'esbuild'

const ENTRY = `
export { lexSource, sourceLanguageOf } from './src/core/parse/sources/index.ts'
export { decodeText } from './src/adapters/decode-text.ts'
`

/**
 * Bundles the lexers of the project at `projectDir` into `outFile` (an .mjs file), overwriting it.
 * Returns `outFile`; throws esbuild's error when the sources do not build.
 * @param {string} projectDir
 * @param {string} outFile
 * @returns {string}
 */
export function buildLexers(projectDir, outFile) {
  mkdirSync(dirname(outFile), { recursive: true })
  buildSync({
    stdin: { contents: ENTRY, resolveDir: projectDir, loader: 'ts', sourcefile: 'lexers-entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: outFile,
    logLevel: 'silent',
  })
  return outFile
}

/**
 * Where the benchmark keeps the bundle: next to its cached trees (rebuilt on every run).
 * @param {string} treesDir
 * @returns {string}
 */
export function lexersPath(treesDir) {
  return join(treesDir, '.lexers', 'lexers.mjs')
}
