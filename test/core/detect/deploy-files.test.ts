import { describe, expect, it } from 'vitest'
import {
  classifyDeploymentFile,
  composeBytes,
  kubernetesBytes,
  kubernetesCores,
} from '../../../src/core/3-detect/deploy-files.js'
import { detect, evidenceOf, strengths } from './support.js'

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: scoring
  labels:
    app: scoring
spec:
  replicas: 6
  selector:
    matchLabels:
      app: scoring
  template:
    metadata:
      labels:
        app: scoring
    spec:
      initContainers:
        - name: migrate
          image: ghcr.io/acme/scoring-migrate:1.4.0
          resources:
            limits:
              memory: 64Mi
      containers:
        - name: scoring
          image: ghcr.io/acme/scoring:1.4.0
          ports:
            - containerPort: 8080
          resources:
            requests:
              cpu: 500m
              memory: 2Gi
              nvidia.com/gpu: 1
            limits:
              cpu: "2"
              memory: 4Gi
              nvidia.com/gpu: 1
`

const MULTI = `# api resources
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  ports:
    - port: 80
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api:2.0.0
          resources:
            limits:
              cpu: 250m
              memory: 128Mi
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: api
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: api
  minReplicas: 3
  maxReplicas: 40
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 70
`

const BROKEN = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: broken
spec:
  replicas: [8
---
apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata:
  name: consumer
spec:
  scaleTargetRef:
    name: consumer
  maxReplicaCount: 50
`

const VALUES = `replicaCount: 1

image:
  repository: ghcr.io/acme/chat
  tag: ""

autoscaling:
  enabled: true
  minReplicas: 2
  maxReplicas: 30
  targetCPUUtilizationPercentage: 80

resources:
  limits:
    cpu: 200m
    memory: 256Mi
  requests:
    cpu: 100m
    memory: 128Mi
`

const VALUES_DISABLED = `replicaCount: 8
autoscaling:
  enabled: false
  maxReplicas: 100
resources: {}
`

const COMPOSE = `services:
  app:
    build:
      context: .
      dockerfile: Dockerfile
    ports:
      - "8000:8000"
    mem_limit: 256m
    deploy:
      replicas: 6
      resources:
        reservations:
          devices:
            - driver: nvidia
              count: 1
              capabilities: [gpu]
  redis:
    image: redis:7-alpine
    mem_limit: 64m
    deploy:
      resources:
        limits:
          cpus: "0.10"
  ollama:
    image: ollama/ollama:0.3.0
    runtime: nvidia
`

describe('classifyDeploymentFile', () => {
  const paths = new Set([
    'svc/chart/Chart.yaml',
    'svc/chart/values.yaml',
    'svc/chart/templates/deployment.yaml',
  ])
  it.each([
    ['svc/docker-compose.yml', 'compose'],
    ['svc/docker-compose.prod.yaml', 'compose'],
    ['svc/compose.yaml', 'compose'],
    ['svc/chart/values.yaml', 'helm-values'],
    ['svc/chart/values-prod.yaml', 'helm-values'],
    ['svc/config/values.yaml', 'yaml'],
    ['svc/chart/templates/deployment.yaml', 'helm-template'],
    ['svc/k8s/deployment.yml', 'yaml'],
    ['svc/main.py', undefined],
  ])('%s → %s', (path, kind) => {
    expect(classifyDeploymentFile(path, paths)).toBe(kind)
  })
})

describe('quantities', () => {
  it.each([
    ['256Mi', 256 * 1024 ** 2],
    ['0.5Gi', 512 * 1024 ** 2],
    ['300M', 300e6],
    ['1e9', 1e9],
    [134217728, 134217728],
    ['lots', undefined],
  ] as const)('kubernetes memory %s', (value, bytes) => {
    expect(kubernetesBytes(value)).toBe(bytes)
  })

  it.each([
    ['250m', 0.25],
    ['2', 2],
    [0.5, 0.5],
    ['two', undefined],
  ] as const)('kubernetes cpu %s', (value, cores) => {
    expect(kubernetesCores(value)).toBe(cores)
  })

  it.each([
    ['256m', 256 * 1024 ** 2],
    ['512MB', 512 * 1024 ** 2],
    ['1g', 1024 ** 3],
    ['1024', 1024],
  ] as const)('compose memory %s', (value, bytes) => {
    expect(composeBytes(value)).toBe(bytes)
  })
})

describe('Kubernetes manifests', () => {
  it('finds GPU requests and replicas with their lines, ignoring init containers', () => {
    const result = detect({ files: { 'svc/k8s/deployment.yaml': DEPLOYMENT } })
    expect(strengths(result)).toEqual({
      'ai-ml.gpu': 'strong',
      'concurrency.high-throughput': 'weak',
    })
    expect(evidenceOf(result, 'ai-ml.gpu')).toEqual([
      { path: 'svc/k8s/deployment.yaml', line: 32, detail: 'nvidia.com/gpu: 1' },
      { path: 'svc/k8s/deployment.yaml', line: 36, detail: 'nvidia.com/gpu: 1' },
    ])
    expect(evidenceOf(result, 'concurrency.high-throughput')).toEqual([
      { path: 'svc/k8s/deployment.yaml', line: 8, detail: 'replicas: 6' },
    ])
  })

  it('reads every document of a multi-document file', () => {
    const result = detect({ files: { 'svc/deploy/api.yaml': MULTI } })
    expect(strengths(result)).toEqual({
      'concurrency.high-throughput': 'strong',
      'resource.tight-limits': 'strong',
    })
    expect(evidenceOf(result, 'concurrency.high-throughput')).toEqual([
      { path: 'svc/deploy/api.yaml', line: 36, detail: 'maxReplicas: 40' },
    ])
    expect(evidenceOf(result, 'resource.tight-limits')).toEqual([
      { path: 'svc/deploy/api.yaml', line: 23, detail: 'cpu: 250m' },
      { path: 'svc/deploy/api.yaml', line: 24, detail: 'memory: 128Mi' },
    ])
  })

  it('reports a broken document and still reads the others', () => {
    const result = detect({ files: { 'svc/k8s/broken.yaml': BROKEN } })
    expect(strengths(result)).toEqual({ 'concurrency.high-throughput': 'strong' })
    expect(result.diagnostics).toHaveLength(1)
    expect(result.diagnostics[0]).toMatchObject({
      code: 'manifest-parse',
      path: 'svc/k8s/broken.yaml',
      severity: 'warning',
    })
    expect(result.diagnostics[0]?.line).toBeGreaterThanOrEqual(6)
  })

  it('leaves YAML that is not Kubernetes alone, even when it is invalid', () => {
    const result = detect({
      files: {
        'svc/.github/workflows/ci.yml': 'on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n',
        'svc/config/settings.yaml': 'replicas: 50\nresources:\n  limits:\n    memory: 64Mi\n',
        'svc/config/bad.yaml': 'key: [unclosed\n',
      },
    })
    expect(result.signals).toEqual([])
    expect(result.diagnostics).toEqual([])
  })

  it('does not parse Helm templates', () => {
    const result = detect({
      files: {
        'svc/chart/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.1.0\n',
        'svc/chart/templates/deployment.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: {{ .Values.replicaCount }}\n  {{- with .Values.x }}\n',
      },
    })
    expect(result.diagnostics).toEqual([])
  })

  it('skips oversized deployment files with an info diagnostic', () => {
    const big = `services:\n  app:\n    build: .\n${'    # padding\n'.repeat(50_000)}`
    const result = detect({ files: { 'svc/docker-compose.yml': big } })
    expect(result.signals).toEqual([])
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ['info', 'file-too-large'],
    ])
  })
})

describe('Helm values', () => {
  const chart = 'apiVersion: v2\nname: chat\nversion: 0.1.0\n'

  it('reads autoscaling and resource limits', () => {
    const result = detect({
      files: { 'svc/chart/Chart.yaml': chart, 'svc/chart/values.yaml': VALUES },
    })
    expect(strengths(result)).toEqual({
      'concurrency.high-throughput': 'strong',
      'resource.tight-limits': 'strong',
    })
    expect(evidenceOf(result, 'concurrency.high-throughput')).toEqual([
      { path: 'svc/chart/values.yaml', line: 10, detail: 'maxReplicas: 30' },
    ])
    expect(evidenceOf(result, 'resource.tight-limits').map((e) => e.line)).toEqual([15, 16])
  })

  it('ignores a disabled autoscaler but counts fixed replicas', () => {
    const result = detect({
      files: { 'svc/chart/Chart.yaml': chart, 'svc/chart/values.yaml': VALUES_DISABLED },
    })
    expect(strengths(result)).toEqual({ 'concurrency.high-throughput': 'weak' })
    expect(evidenceOf(result, 'concurrency.high-throughput')).toEqual([
      { path: 'svc/chart/values.yaml', line: 1, detail: 'replicaCount: 8' },
    ])
  })
})

describe('Compose files', () => {
  it('reads only services built from the unit, with exact lines', () => {
    const result = detect({ files: { 'svc/docker-compose.yml': COMPOSE } })
    expect(strengths(result)).toEqual({
      'ai-ml.gpu': 'strong',
      'concurrency.high-throughput': 'weak',
      'resource.tight-limits': 'strong',
    })
    expect(evidenceOf(result, 'ai-ml.gpu')).toEqual([
      { path: 'svc/docker-compose.yml', line: 14, detail: '- driver: nvidia' },
    ])
    expect(evidenceOf(result, 'resource.tight-limits')).toEqual([
      { path: 'svc/docker-compose.yml', line: 8, detail: 'mem_limit: 256m' },
    ])
    expect(evidenceOf(result, 'concurrency.high-throughput')).toEqual([
      { path: 'svc/docker-compose.yml', line: 10, detail: 'replicas: 6' },
    ])
  })

  it('does not claim a service built from another directory', () => {
    const compose = 'services:\n  worker:\n    build: ../worker\n    runtime: nvidia\n'
    expect(detect({ files: { 'svc/compose.yaml': compose } }).signals).toEqual([])
  })

  it('reads a compose file at the repository root for a root unit', () => {
    const compose =
      'services:\n  api:\n    build: ./api\n    deploy:\n      resources:\n        limits:\n          cpus: "0.25"\n          memory: 200M\n'
    const result = detect({ root: '.', files: { 'compose.yaml': compose } })
    expect(evidenceOf(result, 'resource.tight-limits').map((e) => e.detail)).toEqual([
      'cpus: "0.25"',
      'memory: 200M',
    ])
  })
})

describe('tight limits follow the runtime (language profiles)', () => {
  const limits = (memory: string, cpu: string): string =>
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: api
          resources:
            limits:
              cpu: ${cpu}
              memory: ${memory}
`
  it.each([
    // language, memory limit, cpu limit, expected strength of resource.tight-limits (or none)
    ['python', '256Mi', '1', 'strong'],
    ['python', '512Mi', '1', undefined],
    ['python', '256Mi', '250m', 'strong'],
    ['python', '1Gi', '250m', undefined], // a CPU limit alone only supports
    ['go', '256Mi', '1', undefined],
    ['go', '256Mi', '250m', undefined],
    ['go', '64Mi', '1', 'strong'],
    ['go', '1Gi', '50m', undefined],
    ['java', '384Mi', '1', 'strong'],
    ['java', '512Mi', '1', undefined],
    ['kotlin', '300Mi', '1', 'strong'],
    ['typescript', '256Mi', '1', undefined],
    ['javascript', '100Mi', '1', undefined],
    ['javascript', '64Mi', '1', 'strong'],
    ['php', '100Mi', '1', 'strong'],
    ['rust', '64Mi', '1', undefined],
    ['cobol', '256Mi', '1', 'strong'],
  ] as const)('%s under memory %s and cpu %s → %s', (language, memory, cpu, expected) => {
    const result = detect({ language, files: { 'svc/k8s/api.yaml': limits(memory, cpu) } })
    expect(strengths(result)['resource.tight-limits']).toBe(expected)
  })

  it('attaches a CPU limit to the memory limit that proves the signal', () => {
    const result = detect({ files: { 'svc/k8s/api.yaml': limits('128Mi', '100m') } })
    expect(evidenceOf(result, 'resource.tight-limits').map((e) => e.detail)).toEqual([
      'cpu: 100m',
      'memory: 128Mi',
    ])
  })

  it('judges Compose limits by the same lines', () => {
    const compose = 'services:\n  api:\n    build: .\n    mem_limit: 256m\n'
    expect(detect({ language: 'go', files: { 'svc/compose.yaml': compose } }).signals).toEqual([])
    expect(
      strengths(detect({ language: 'python', files: { 'svc/compose.yaml': compose } })),
    ).toEqual({ 'resource.tight-limits': 'strong' })
  })
})
