import { describe, expect, it } from 'vitest'
import { sf402 } from '../../src/core/4-evaluate/rules/sf402-single-binary-on-python.js'
import { buildService, type SignalSpec } from '../support/build-service.js'
import { runRule } from './run-rule.js'

const PYINSTALLER: SignalSpec = {
  id: 'deployment.single-binary',
  at: ['tools/agent/Makefile:7 pyinstaller --onefile agent/main.py'],
}

const cases: {
  name: string
  language?: string
  kind?: 'service' | 'sample'
  signals: SignalSpec[]
  fires: boolean
}[] = [
  { name: 'PyInstaller one-file build is a notice', signals: [PYINSTALLER], fires: true },
  {
    name: 'a weak single-binary hint is not judged',
    signals: [{ ...PYINSTALLER, strength: 'weak' }],
    fires: false,
  },
  {
    name: 'Go builds a single binary natively',
    language: 'go',
    signals: [{ id: 'deployment.single-binary', at: ['tools/agent/Dockerfile:9 FROM scratch'] }],
    fires: false,
  },
  { name: 'sample apps are not judged', kind: 'sample', signals: [PYINSTALLER], fires: false },
]

describe('SF402 single-binary-on-python', () => {
  it.each(cases)('$name', ({ language, kind, signals, fires }) => {
    const findings = runRule(
      sf402,
      buildService({ root: 'tools/agent', language: language ?? 'python', kind, signals }),
    )
    expect(findings.map((f) => f.severity)).toEqual(fires ? ['notice'] : [])
  })

  it('names the build line and the guide', () => {
    const [f] = runRule(
      sf402,
      buildService({ root: 'tools/agent', language: 'python', signals: [PYINSTALLER] }),
    )
    expect(f?.message).toContain(
      'tools/agent is shipped as a single binary from Python at Makefile:7 (pyinstaller --onefile agent/main.py)',
    )
    expect(f?.message).toContain('one static binary with no runtime to install')
    expect(f?.evidence).toEqual([
      { path: 'tools/agent/Makefile', line: 7, detail: 'pyinstaller --onefile agent/main.py' },
    ])
  })
})
