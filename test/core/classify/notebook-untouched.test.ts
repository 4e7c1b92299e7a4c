/**
 * A pull request's scan reads the notebooks of the units it does not touch. A counted unit's
 * language shares are in the report with their bytes, and a notebook's code cells can sit
 * anywhere in it, after megabytes of outputs: neither a capped read nor skipping the notebooks
 * whose language cannot change the unit's choice would give the same shares. These cases show it.
 */
import { describe, expect, it } from 'vitest'
import { classifyLanguage } from '../../../src/core/2-classify/classify-language.js'
import { createScanContext } from '../../../src/core/context.js'
import { analyze } from '../../../src/core/pipeline.js'
import type { ReadResult, RepoView } from '../../../src/core/ports.js'
import { memoryRepo } from '../../support/memory-repo.js'

const OUTPUT = 'x'.repeat(200 * 1024)
const CELL = 'import pandas as pd\ndf = pd.read_csv("a.csv")\n'

/** A notebook whose only code cell comes after a large output cell. */
const NOTEBOOK = JSON.stringify({
  cells: [
    { cell_type: 'markdown', source: ['# Explore'] },
    {
      cell_type: 'code',
      source: ['print(1)\n'],
      outputs: [{ output_type: 'stream', name: 'stdout', text: [OUTPUT] }],
    },
    { cell_type: 'code', source: CELL.split(/(?<=\n)/) },
  ],
  metadata: { kernelspec: { language: 'python' } },
  nbformat: 4,
  nbformat_minor: 5,
})

const TREE = {
  'api/go.mod': 'module api\n\ngo 1.22\n',
  'api/main.go': 'package main\n\nfunc main() {}\n',
  'lab/requirements.txt': 'pandas\n',
  'lab/clean.py': 'import pandas\n',
  'lab/notebooks/explore.ipynb': NOTEBOOK,
}

/** The view, with every read capped at `cap` bytes (what a capped notebook read would see). */
function capped(view: RepoView, cap: number): RepoView {
  return {
    ...view,
    files: view.files,
    read: (path: string, max?: number): ReadResult => view.read(path, Math.min(cap, max ?? cap)),
  }
}

describe('the notebooks of an untouched unit', () => {
  it('count in its shares exactly as in a full scan', () => {
    const view = memoryRepo(TREE)
    const full = analyze(view).services.find((s) => s.root === 'lab')
    const pr = analyze(view, { focus: ['api/main.go'] }).services.find((s) => s.root === 'lab')
    expect(pr?.counted).toBe(true)
    expect(pr?.language).toEqual(full?.language)
    // The notebook's two code cells are in the bytes: 'import pandas\n' alone is 14.
    expect(pr?.language.shares).toEqual([
      { id: 'python', bytes: 14 + 'print(1)\n'.length + CELL.length, share: 1 },
    ])
  })

  it.each([8 * 1024, 64 * 1024, 128 * 1024])(
    'a read capped at %i bytes would change the shares (the code cell lies beyond it)',
    (cap) => {
      const view = memoryRepo(TREE)
      const unit = analyze(view).services.find((s) => s.root === 'lab')
      const lab = {
        root: 'lab',
        name: 'lab',
        kind: 'library' as const,
        kindEvidence: [],
        markers: ['lab/requirements.txt'],
        manifests: [],
        files: view.files.filter((f) => f.path.startsWith('lab/')),
      }
      const whole = classifyLanguage(createScanContext(view), lab)
      const cut = classifyLanguage(createScanContext(capped(view, cap)), lab)
      expect(whole).toEqual(unit?.language)
      expect(cut.shares).not.toEqual(whole.shares)
    },
  )
})
