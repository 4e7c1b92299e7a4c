/**
 * End to end: scans every example and fixture repository that carries a stackfit.expect.yaml and
 * compares the result with it. Adding a scenario needs no code here: plant it, describe it.
 */
import { describe, expect, it } from 'vitest'
import type { RunResult } from '../../src/engine.js'
import { compareWithExpectation, type Problems } from './compare.js'
import { parseExpectation, type Expectation } from './expectation.js'
import { findExpectationCases, listTreeFiles } from './tree.js'

const cases = findExpectationCases()

// Imported lazily so that the expectation files are validated even while a stage fails to load.
async function scanTree(dir: string, failOn: Expectation['failOn']): Promise<RunResult> {
  const [{ runStackfit }, { createFsRepoView }] = await Promise.all([
    import('../../src/engine.js'),
    import('../../src/adapters/fs-repo-view.js'),
  ])
  return runStackfit({ failOn }, { repo: createFsRepoView(dir) })
}

describe('expectation cases', () => {
  it('include the bundled example and the fixture repositories', () => {
    const names = cases.map((c) => c.name)
    expect(names).toContain('examples/monorepo')
    expect(names.filter((n) => n.startsWith('test/fixtures/repos/')).length).toBeGreaterThanOrEqual(
      3,
    )
  })
})

describe.each(cases)('$name', (testCase) => {
  const files = listTreeFiles(testCase.dir)
  const parsed = parseExpectation(testCase.text, { files })

  let run: RunResult | undefined
  let problems: Problems | undefined
  const expectation = (): Expectation => {
    if (!parsed.expectation) {
      throw new Error(
        `${testCase.name}/stackfit.expect.yaml is invalid:\n${parsed.problems.join('\n')}`,
      )
    }
    return parsed.expectation
  }
  const scan = async (): Promise<RunResult> => {
    run ??= await scanTree(testCase.dir, expectation().failOn)
    return run
  }
  const section = async (name: keyof Problems): Promise<string[]> => {
    problems ??= compareWithExpectation(expectation(), await scan(), files)
    return problems[name]
  }

  it('has a well-formed expectation file', () => {
    expect(parsed.problems).toEqual([])
  })

  it('reports exactly the expected units, kinds and languages', async () => {
    expect(await section('units')).toEqual([])
  })

  it('reports the expected signals, evidence and frameworks per unit', async () => {
    expect(await section('signals')).toEqual([])
  })

  it('reports exactly the expected findings', async () => {
    expect(await section('findings')).toEqual([])
  })

  it('keeps the traps out of units and evidence', async () => {
    expect(await section('absent')).toEqual([])
  })

  it("keeps each unit's evidence inside the unit", async () => {
    expect(await section('ownership')).toEqual([])
  })

  it('lists the expected exclusions', async () => {
    expect(await section('excluded')).toEqual([])
  })

  it('reports the expected diagnostics', async () => {
    expect(await section('diagnostics')).toEqual([])
  })

  it('reaches the expected verdict', async () => {
    expect(await section('verdict')).toEqual([])
  })

  it('produces a byte-identical report on a second scan', async () => {
    const first = await scan()
    const again = await scanTree(testCase.dir, expectation().failOn)
    expect(JSON.stringify(again.report, null, 2)).toBe(JSON.stringify(first.report, null, 2))
  })
})
