export const MANIFEST_NAMES: ReadonlyArray<{ name: string; why: string }>
export const MANIFEST_PATTERNS: ReadonlyArray<{ pattern: RegExp; why: string }>
export const SOURCE_EXTENSIONS: ReadonlyArray<string>
export function fileKindOf(baseName: string): 'manifest' | 'source' | 'other'
