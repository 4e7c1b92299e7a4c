import { describe, expect, it } from 'vitest'
import { runStackfit } from '../../src/engine.js'
import { memoryRepo } from '../support/memory-repo.js'
import { TREE } from './tree.js'

/** A folder of helpers with no manifest and no entry point (not a unit on its own). */
const EXTRA = {
  'tools/ingest/run.py': 'import sys\n\n\ndef run():\n    print(sys.argv)\n',
  'tools/ingest/helpers.py': 'def clean(x):\n    return x\n',
}

function scan(policy: string): { units: string[]; excluded: string[]; diagnostics: string[] } {
  const repo = memoryRepo({ ...TREE, ...EXTRA, '.stackfit.yml': policy })
  const { analysis } = runStackfit({ failOn: 'never' }, { repo })
  return {
    units: analysis.services.map(
      (s) =>
        `${s.root} ${s.kind}${s.kindEvidence.some((e) => e.detail.includes('discovery.services')) ? ' (listed)' : ''}`,
    ),
    excluded: analysis.exclusions
      .filter((e) => e.reason === 'config')
      .map((e) => `${e.path} ${e.source}`),
    diagnostics: analysis.diagnostics.filter((d) => d.code === 'config').map((d) => d.message),
  }
}

describe('discovery.services', () => {
  it.each([
    [
      'no list',
      '',
      {
        units: ['services/gateway service', 'services/ranker service'],
        excluded: [],
        diagnostics: [],
      },
    ],
    [
      'an extra directory becomes a service',
      'discovery:\n  services: [tools/ingest]\n',
      {
        units: [
          'services/gateway service',
          'services/ranker service',
          'tools/ingest service (listed)',
        ],
        excluded: [],
        diagnostics: [],
      },
    ],
    [
      'paths are cleaned like the other discovery paths',
      'discovery:\n  services: [./tools/ingest/]\n',
      {
        units: [
          'services/gateway service',
          'services/ranker service',
          'tools/ingest service (listed)',
        ],
        excluded: [],
        diagnostics: [],
      },
    ],
    [
      'a detected service keeps its own evidence',
      'discovery:\n  services: [services/ranker]\n',
      {
        units: ['services/gateway service', 'services/ranker service'],
        excluded: [],
        diagnostics: [],
      },
    ],
    [
      'only the listed services',
      'discovery:\n  services: [services/ranker, tools/ingest]\n  only-listed: true\n',
      {
        units: ['services/ranker service', 'tools/ingest service (listed)'],
        excluded: ['services/gateway discovery.services (only-listed)'],
        diagnostics: [],
      },
    ],
    [
      'a listed directory that does not exist',
      'discovery:\n  services: [tools/missing]\n',
      {
        units: ['services/gateway service', 'services/ranker service'],
        excluded: [],
        diagnostics: [
          'discovery.services lists tools/missing, but the scan has no file in it; check the path.',
        ],
      },
    ],
  ])('%s', (_name, policy, expected) => {
    expect(scan(policy)).toEqual(expected)
  })
})
