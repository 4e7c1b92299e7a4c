import { describe, expect, it } from 'vitest'
import { sf302 } from '../../src/core/4-evaluate/rules/sf302-cpu-bound-threads-under-gil.js'
import { buildService, type SignalSpec } from '../support/build-service.js'
import { runRule } from './run-rule.js'

const THREADS: SignalSpec = {
  id: 'concurrency.threads',
  at: ['services/thumbs/worker/resize.py:4 from concurrent.futures import ThreadPoolExecutor'],
}
const PILLOW: SignalSpec = {
  id: 'resource.cpu-bound',
  at: ['services/thumbs/requirements.txt:2 Pillow==10.3.0'],
}
const NUMPY: SignalSpec = {
  id: 'data.scientific',
  at: ['services/thumbs/requirements.txt:3 numpy==1.26.4'],
}

const cases: {
  name: string
  language?: string
  signals: SignalSpec[]
  severity?: 'warning' | 'notice'
  says?: string[]
}[] = [
  {
    name: 'Pillow in a thread pool is a warning',
    signals: [THREADS, PILLOW],
    severity: 'warning',
    says: [
      'services/thumbs',
      'CPU-bound work on Python threads',
      'worker/resize.py:4',
      'requirements.txt:2',
      'The GIL',
    ],
  },
  {
    name: 'a weakly detected thread pool still counts when the CPU work is strong',
    signals: [{ ...THREADS, strength: 'weak' }, PILLOW],
    severity: 'warning',
  },
  {
    name: 'CPU-bound work wins over scientific computing for the severity',
    signals: [THREADS, PILLOW, NUMPY],
    severity: 'warning',
  },
  {
    name: 'NumPy in threads is only a notice',
    signals: [THREADS, NUMPY],
    severity: 'notice',
    says: ['NumPy releases the GIL'],
  },
  {
    name: 'threads for I/O only pass',
    signals: [
      THREADS,
      {
        id: 'concurrency.message-broker',
        at: ['services/thumbs/requirements.txt:5 boto3==1.34.0'],
      },
    ],
  },
  { name: 'CPU work without threads passes', signals: [PILLOW] },
  {
    name: 'weak CPU-bound evidence is not enough',
    signals: [THREADS, { ...PILLOW, strength: 'weak' }],
  },
  { name: 'Go has no GIL', language: 'go', signals: [THREADS, PILLOW] },
]

describe('SF302 cpu-bound-threads-under-gil', () => {
  it.each(cases)('$name', ({ language, signals, severity, says }) => {
    const findings = runRule(
      sf302,
      buildService({ root: 'services/thumbs', language: language ?? 'python', signals }),
    )
    if (!severity) return expect(findings).toEqual([])
    expect(findings.map((f) => f.severity)).toEqual([severity])
    for (const text of says ?? []) expect(findings[0]?.message).toContain(text)
  })

  it('anchors on the thread pool and suggests processes', () => {
    const [f] = runRule(
      sf302,
      buildService({ root: 'services/thumbs', language: 'python', signals: [THREADS, PILLOW] }),
    )
    expect(f?.evidence[0]).toEqual({
      path: 'services/thumbs/worker/resize.py',
      line: 4,
      detail: 'from concurrent.futures import ThreadPoolExecutor',
    })
    expect(f?.fix).toContain('ProcessPoolExecutor')
  })
})
