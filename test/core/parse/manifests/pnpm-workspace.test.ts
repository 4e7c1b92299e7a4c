import { describe, expect, it } from 'vitest'
import { parseManifest } from '../../../../src/core/parse/manifests/index.js'

describe('pnpm-workspace.yaml', () => {
  it('reads packages globs, negations included, and is workspace-only', () => {
    const text =
      "packages:\n  - 'apps/*'\n  - packages/**\n  - '!**/test/**'\ncatalog:\n  react: ^18\n"
    const { manifest, diagnostics } = parseManifest(
      'pnpm-workspace.yaml',
      text,
      'pnpm-workspace.yaml',
    )
    expect(diagnostics).toEqual([])
    expect(manifest?.workspaceMembers).toEqual(['apps/*', 'packages/**', '!**/test/**'])
    expect(manifest?.workspaceOnly).toBe(true)
  })

  it('bad YAML → diagnostic with line and column, manifest kept', () => {
    const { manifest, diagnostics } = parseManifest(
      'pnpm-workspace.yaml',
      "packages:\n  - 'apps/*\n  - x\n",
      'pnpm-workspace.yaml',
    )
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({ code: 'manifest-parse', path: 'pnpm-workspace.yaml' })
    expect(diagnostics[0]?.line).toBeGreaterThanOrEqual(2)
    expect(diagnostics[0]?.column).toBeGreaterThan(0)
    expect(manifest?.workspaceMembers).toEqual([])
  })
})
