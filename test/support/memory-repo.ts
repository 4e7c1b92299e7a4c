import type { RepoFile, RepoView, ReadResult } from '../../src/core/ports.js'

/** A RepoView over an object literal: `{ 'services/a/go.mod': 'module a' }`. Sorted like the disk view. */
export function memoryRepo(tree: Record<string, string | Uint8Array>): RepoView {
  const encoder = new TextEncoder()
  const bytes = new Map<string, Uint8Array>()
  for (const [path, content] of Object.entries(tree)) {
    bytes.set(path, typeof content === 'string' ? encoder.encode(content) : content)
  }
  const files: RepoFile[] = [...bytes.entries()]
    .map(([path, b]) => ({ path, size: b.byteLength }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return {
    files,
    pruned: [],
    diagnostics: [],
    read(path: string, maxBytes?: number): ReadResult {
      const b = bytes.get(path)
      if (!b) return { ok: false, reason: 'missing', message: 'no such file' }
      const slice = maxBytes !== undefined && b.byteLength > maxBytes ? b.subarray(0, maxBytes) : b
      if (slice.subarray(0, 8192).includes(0))
        return { ok: false, reason: 'binary', message: 'contains NUL bytes' }
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(slice)
        return { ok: true, text, truncated: slice !== b }
      } catch {
        return { ok: false, reason: 'not-utf8', message: 'not valid UTF-8' }
      }
    },
  }
}
