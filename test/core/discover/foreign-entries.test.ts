/**
 * Entry points that belong to something other than the unit around them: a `__main__` guard in
 * examples/ or hack/, a check-only Dockerfile variant. Run through the real parsers.
 */
import { describe, expect, it } from 'vitest'
import { discoverServices } from '../../../src/core/1-discover/discover-services.js'
import { createScanContext } from '../../../src/core/context.js'
import { memoryRepo } from '../../support/memory-repo.js'

const LIBRARY_MODULE = {
  'go.mod': 'module example.com/platform\n\ngo 1.22\n',
  'pkg/store/store.go':
    'package store\n\n// Open opens the store.\nfunc Open() error { return nil }\n',
}
const SCRIPT =
  'import sys\n\n\ndef main():\n    print(sys.argv)\n\n\nif __name__ == "__main__":\n    main()\n'

function rootKind(extra: Record<string, string>) {
  const { units } = discoverServices(
    createScanContext(memoryRepo({ ...LIBRARY_MODULE, ...extra })),
    {},
  )
  const root = units.find((u) => u.root === '.')
  return { kind: root?.kind, evidence: root?.kindEvidence.map((e) => e.path) ?? [] }
}

describe('entry points that do not speak for the unit around them', () => {
  it.each([
    ['a script under examples/', { 'examples/train/run.py': SCRIPT }],
    ['a generator under hack/', { 'hack/gen-sdk/post_gen.py': SCRIPT }],
    ['a helper under scripts/', { 'scripts/release.py': SCRIPT }],
    ['a tool under docs/', { 'docs/build_index.py': SCRIPT }],
    ['a benchmark under benchmarks/', { 'benchmarks/load.py': SCRIPT }],
    [
      'a conformance Dockerfile variant',
      { 'Dockerfile.conformance': 'FROM golang:1.22\nCOPY . .\nENTRYPOINT ["./run.sh"]\n' },
    ],
    ['a test Dockerfile variant', { 'test.Dockerfile': 'FROM golang:1.22\nCMD ["go", "test"]\n' }],
  ])('%s leaves a Go module without package main a library', (_, extra) => {
    expect(rootKind(extra)).toEqual({ kind: 'library', evidence: ['.'] })
  })

  it.each([
    ['a package main at the root', { 'main.go': 'package main\n\nfunc main() {}\n' }, 'main.go'],
    ['a script of its own', { 'tool.py': SCRIPT }, 'tool.py'],
    [
      'a runtime Dockerfile',
      { Dockerfile: 'FROM golang:1.22\nCOPY . .\nENTRYPOINT ["/platform"]\n' },
      'Dockerfile',
    ],
    [
      'a runtime Dockerfile variant',
      { 'Dockerfile.prod': 'FROM golang:1.22\nCOPY . .\nENTRYPOINT ["/platform"]\n' },
      'Dockerfile.prod',
    ],
  ])('%s still makes it a service', (_, extra, path) => {
    expect(rootKind(extra)).toEqual({ kind: 'service', evidence: [path] })
  })
})
