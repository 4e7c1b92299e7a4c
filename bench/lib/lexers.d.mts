/** Bundles the project's lexers and decoder into `outFile` (ESM); returns `outFile`. Throws when they do not build. */
export function buildLexers(projectDir: string, outFile: string): string
/** Where the benchmark keeps the lexer bundle, under its cached trees. */
export function lexersPath(treesDir: string): string
