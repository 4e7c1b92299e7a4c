import { describe, expect, it } from 'vitest'
import type { ManifestType } from '../../../src/core/facts.js'
import { dep, detect, manifest, source } from './support.js'

// Entries added after reviewing the labelled corpus (docs/accuracy.md) for libraries doing AI/ML
// or messaging work that the catalog did not know. Each is a library of its own kind, not a
// repository's quirk: hyper-parameter search sits next to optuna, Spring Cloud AWS SQS next to
// the AWS SDK's SQS client.
describe('hyper-parameter search and Spring Cloud AWS SQS', () => {
  it.each([
    ['pypi', 'svc/requirements.txt', 'requirements.txt', 'hyperopt', 'ai-ml.training', 'weak'],
    [
      'pypi',
      'svc/requirements.txt',
      'requirements.txt',
      'scikit-optimize',
      'ai-ml.training',
      'weak',
    ],
    ['go', 'svc/go.mod', 'go.mod', 'github.com/c-bata/goptuna', 'ai-ml.training', 'weak'],
    [
      'maven',
      'svc/pom.xml',
      'pom.xml',
      'io.awspring.cloud:spring-cloud-aws-starter-sqs',
      'concurrency.message-broker',
      'strong',
    ],
  ] as const)('%s %s → %s (%s)', (ecosystem, path, type, name, signal, strength) => {
    const result = detect({
      manifests: [
        manifest(path, type as ManifestType, [dep(ecosystem, name, path, 2, { text: name })]),
      ],
    })
    expect(result.signals).toContainEqual(
      expect.objectContaining({
        id: signal,
        strength,
        evidence: [{ path, line: 2, detail: name }],
      }),
    )
  })

  it.each([
    ['python', 'skopt.space', 'ai-ml.training'],
    ['python', 'hyperopt.fmin', 'ai-ml.training'],
    ['go', 'github.com/c-bata/goptuna/tpe', 'ai-ml.training'],
  ])('%s import %s → %s', (language, module, signal) => {
    const ext = language === 'python' ? 'py' : 'go'
    const result = detect({
      sources: [source(`svc/x.${ext}`, language, [[module, 1, `import ${module}`]])],
      language,
    })
    expect(result.signals.map((s) => s.id)).toContain(signal)
  })

  it.each([
    ['pypi', 'svc/requirements.txt', 'requirements.txt', 'skopt'],
    ['maven', 'svc/pom.xml', 'pom.xml', 'io.awspring.cloud:spring-cloud-aws-starter'],
  ] as const)('%s %s alone is not a signal', (ecosystem, path, type, name) => {
    const result = detect({
      manifests: [
        manifest(path, type as ManifestType, [dep(ecosystem, name, path, 2, { text: name })]),
      ],
    })
    expect(result.signals).toEqual([])
  })
})
