import { defineRule, type RuleHit } from '../define-rule.js'
import { cite, collectEvidence, pickSignals, serviceLabel } from '../rule-helpers.js'

/** SF402: single-binary deployment asked of a Python service. */
export const sf402 = defineRule({
  id: 'SF402',
  name: 'single-binary-on-python',
  category: 'deployment',
  defaultSeverity: 'notice',
  summary: 'Single-binary deployment asked of a Python service',
  rationale:
    'go build produces one static binary with no runtime to install. Copy it to a server and run it. No virtualenv, no dependency mismatch, no "works on my machine."',
  fix: 'If one self-contained binary matters, write this service in Go; otherwise ship a slim container image with pinned dependencies instead.',
  appliesTo:
    'Python services with a strong single-binary deployment signal: PyInstaller or Nuitka builds, FROM scratch or distroless static images, or a declared single-binary requirement.',
  examples: {
    failing:
      'tools/agent: a Python daemon packaged with pyinstaller --onefile and copied to hosts.',
    passing:
      'tools/agent: the same daemon in Go built with CGO_ENABLED=0; or a Python service shipped as a container image.',
  },
  check(service): RuleHit[] {
    if (service.language.id !== 'python') return []
    const binary = pickSignals(service, ['deployment.single-binary'], 'strong')
    if (binary.length === 0) return []
    const evidence = collectEvidence(binary)
    return [
      {
        message: `${serviceLabel(service)} is shipped as a single binary from Python at ${cite(evidence, service.root)}; such a bundle carries an interpreter and its packages along. The guide: "go build produces one static binary with no runtime to install."`,
        evidence,
      },
    ]
  },
})
