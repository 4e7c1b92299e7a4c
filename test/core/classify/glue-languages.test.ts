/**
 * Glue languages (Shell, PowerShell, Batchfile) never outrank the language a unit's build
 * manifest vouches for when the unit has code in it.
 */
import { describe, expect, it } from 'vitest'
import { classifyLanguage } from '../../../src/core/2-classify/classify-language.js'
import type { Unit } from '../../../src/core/1-discover/unit.js'
import { createScanContext } from '../../../src/core/context.js'
import { memoryRepo } from '../../support/memory-repo.js'

const WRAPPER = `#!/bin/sh\n${'docker run --rm -e TARGET="$TARGET" load-generator "$@"\n'.repeat(40)}`

function classify(tree: Record<string, string>, markers: string[]) {
  const view = memoryRepo(tree)
  const unit: Unit = {
    root: 'load',
    name: 'load',
    kind: 'service',
    kindEvidence: [],
    markers,
    manifests: [],
    files: [...view.files],
  }
  return classifyLanguage(createScanContext(view), unit)
}

describe('glue languages', () => {
  it.each([
    [
      'an npm package with small JavaScript and big shell wrappers is JavaScript',
      {
        'load/package.json': '{}',
        'load/helpers.js': 'module.exports = {}\n',
        'load/scripts/run.sh': WRAPPER,
      },
      ['load/package.json'],
      'javascript',
    ],
    [
      'a Go module with a tiny main and big scripts is Go',
      {
        'load/go.mod': 'module x\n',
        'load/main.go': 'package main\nfunc main() {}\n',
        'load/run.sh': WRAPPER,
      },
      ['load/go.mod'],
      'go',
    ],
    [
      'a Dockerfile directory of shell scripts is Shell (no manifest vouches for a language)',
      {
        'load/Dockerfile': 'FROM alpine\n',
        'load/helpers.js': 'module.exports = {}\n',
        'load/run.sh': WRAPPER,
      },
      ['load/Dockerfile'],
      'shell',
    ],
    [
      'an npm package with no JavaScript at all is Shell',
      { 'load/package.json': '{}', 'load/run.sh': WRAPPER },
      ['load/package.json'],
      'shell',
    ],
  ])('%s', (_, tree, markers, language) => {
    expect(classify(tree, markers).id).toBe(language)
  })

  it('keeps the shares as linguist counts them and says why glue lost', () => {
    const result = classify(
      {
        'load/package.json': '{}',
        'load/helpers.js': 'module.exports = {}\n',
        'load/scripts/run.sh': WRAPPER,
      },
      ['load/package.json'],
    )
    expect(result.shares.map((s) => s.id)).toEqual(['shell', 'javascript'])
    expect(result.evidence.map((e) => e.detail)).toEqual([
      expect.stringMatching(
        /^JavaScript: \d+% of [\d,]+ code bytes; Shell \(\d+%\) is glue around it$/,
      ),
      'package.json builds JavaScript',
    ])
  })
})
