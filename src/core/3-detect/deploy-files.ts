/**
 * Signals from deployment files inside a unit: Kubernetes manifests, Helm values and Compose
 * files. YAML is parsed with the `yaml` package (every document of a multi-document file) and
 * walked as nodes, so each piece of evidence points at the exact line of its key.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Document,
  type Node,
  type Pair,
} from 'yaml'
import * as posix from 'node:path/posix'
import type { ScanContext } from '../context.js'
import type { Unit } from '../1-discover/unit.js'
import {
  GPU_COMPOSE_DRIVERS,
  GPU_RESOURCE_NAMES,
  INFRA_THRESHOLDS,
  limitThresholds,
  MAX_DEPLOYMENT_YAML_BYTES,
  REPLICATED_KINDS,
  type InfraThreshold,
} from './catalog/kubernetes.js'
import type { AddSignal } from './dockerfile.js'
import { DEFAULT_TIGHT_LIMITS, type TightLimits } from '../4-evaluate/profiles.js'

/** What kind of deployment file a path is, by name and place alone. */
export type DeploymentFileKind = 'compose' | 'helm-values' | 'helm-template' | 'yaml'

const COMPOSE_NAME = /^(docker-)?compose([.-][\w.-]*)?\.ya?ml$/i
const VALUES_NAME = /^values([.-][\w.-]*)?\.ya?ml$/i
const YAML_NAME = /\.ya?ml$/i

/**
 * Classifies a YAML path of the unit: a Compose file by name, Helm values (`values*.yaml` beside
 * a `Chart.yaml`), a Helm template (under a chart's `templates/`, never parsed: it is Go template
 * text), other YAML, or undefined for files that are not YAML.
 */
export function classifyDeploymentFile(
  path: string,
  paths: ReadonlySet<string>,
): DeploymentFileKind | undefined {
  const base = posix.basename(path)
  if (!YAML_NAME.test(base)) return undefined
  if (COMPOSE_NAME.test(base)) return 'compose'
  const dir = posix.dirname(path)
  if (VALUES_NAME.test(base) && hasChart(dir, paths)) return 'helm-values'
  for (let d = dir; d !== '.' && d !== '/' && d !== ''; d = posix.dirname(d)) {
    if (posix.basename(d) === 'templates' && hasChart(posix.dirname(d), paths))
      return 'helm-template'
  }
  return 'yaml'
}

function hasChart(dir: string, paths: ReadonlySet<string>): boolean {
  const prefix = dir === '.' ? '' : `${dir}/`
  return paths.has(`${prefix}Chart.yaml`) || paths.has(`${prefix}Chart.yml`)
}

const LOOKS_LIKE_KUBERNETES = /^apiVersion\s*:/m
const HAS_KIND = /^kind\s*:/m

/**
 * Adds the signals of every deployment file the unit owns; memory and CPU limits are judged
 * against `limits`, the unit's runtime's (language profile). Never throws; bad YAML → diagnostic.
 */
export function detectDeploymentFiles(
  ctx: ScanContext,
  unit: Unit,
  add: AddSignal,
  limits: TightLimits = DEFAULT_TIGHT_LIMITS,
): void {
  const thresholds = limitThresholds(limits)
  const paths = new Set(unit.files.map((f) => f.path))
  for (const file of unit.files) {
    const kind = classifyDeploymentFile(file.path, paths)
    if (kind === undefined || kind === 'helm-template') continue
    if (file.size > MAX_DEPLOYMENT_YAML_BYTES) {
      if (kind !== 'yaml') {
        ctx.diagnose({
          severity: 'info',
          code: 'file-too-large',
          message: `${file.path} is ${file.size} bytes, above the ${MAX_DEPLOYMENT_YAML_BYTES}-byte limit for deployment files; it was not read`,
          path: file.path,
        })
      }
      continue
    }
    const read = ctx.view.read(file.path, MAX_DEPLOYMENT_YAML_BYTES)
    if (!read.ok) {
      if (read.reason !== 'missing') {
        ctx.diagnose({
          severity: 'warning',
          code: read.reason === 'binary' ? 'binary-file' : read.reason,
          message: `Deployment file ${file.path} was not read: ${read.message}`,
          path: file.path,
        })
      }
      continue
    }
    const text = read.text
    if (kind === 'yaml' && !(LOOKS_LIKE_KUBERNETES.test(text) && HAS_KIND.test(text))) continue
    scanYaml(ctx, file.path, text, kind, unit.root, add, thresholds)
  }
}

interface Walker {
  doc: Document
  /** The runtime's memory and CPU thresholds. */
  limits: ReturnType<typeof limitThresholds>
  line(node: Node | Pair['key'] | null | undefined): number | undefined
  emit(
    threshold: InfraThreshold | { signal: string; strength: 'strong' | 'weak' },
    key: unknown,
  ): void
}

function scanYaml(
  ctx: ScanContext,
  path: string,
  text: string,
  kind: Exclude<DeploymentFileKind, 'helm-template'>,
  unitRoot: string,
  add: AddSignal,
  limits: ReturnType<typeof limitThresholds>,
): void {
  const lineCounter = new LineCounter()
  let docs: Document[]
  try {
    const parsed = parseAllDocuments(text, { lineCounter })
    docs = Array.isArray(parsed) ? parsed : []
  } catch (error) {
    ctx.diagnose({
      severity: 'warning',
      code: 'manifest-parse',
      message: `${path} could not be parsed as YAML: ${error instanceof Error ? error.message : String(error)}`,
      path,
    })
    return
  }
  let lines: string[] | undefined
  const lineText = (line: number): string => {
    lines ??= text.split(/\r?\n/)
    return (lines[line - 1] ?? '').trim().slice(0, 200)
  }
  for (const doc of docs) {
    const error = doc.errors[0]
    if (error) {
      const line = error.linePos?.[0].line
      ctx.diagnose({
        severity: 'warning',
        code: 'manifest-parse',
        message: `${path} has invalid YAML${line ? ` at line ${line}` : ''}: ${firstLine(error.message)}; this document was skipped`,
        path,
        ...(line ? { line } : {}),
      })
      continue
    }
    const walker: Walker = {
      doc,
      limits,
      line(node) {
        const range = (node as Node | null | undefined)?.range
        return range ? lineCounter.linePos(range[0]).line : undefined
      },
      emit(threshold, key) {
        const line = walker.line(key as Node)
        if (line === undefined) return
        const supporting = 'supporting' in threshold && threshold.supporting === true
        add(
          threshold.signal,
          threshold.strength,
          { path, line, detail: lineText(line) },
          supporting,
        )
      },
    }
    const root = doc.contents
    if (!isMap(root)) continue
    if (kind === 'compose') scanCompose(walker, root, path, unitRoot)
    else if (kind === 'helm-values') scanHelmValues(walker, root)
    else scanKubernetes(walker, root)
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}

type MapNode = Extract<Node, { items: unknown[] }> & { items: Pair[] }

function resolve(walker: Walker, node: unknown): unknown {
  return isAlias(node) ? node.resolve(walker.doc) : node
}

function pairOf(walker: Walker, map: unknown, key: string): Pair | undefined {
  const target = resolve(walker, map)
  if (!isMap(target)) return undefined
  return target.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as
    Pair | undefined
}

function valueOf(walker: Walker, map: unknown, key: string): unknown {
  const pair = pairOf(walker, map, key)
  return pair ? resolve(walker, pair.value) : undefined
}

function scalar(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined
}

function numberOf(node: unknown): number | undefined {
  const v = scalar(node)
  if (typeof v === 'number' && Number.isFinite(v)) return v
  if (typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v)) return Number(v)
  return undefined
}

function fires(threshold: InfraThreshold, value: number | undefined): boolean {
  if (value === undefined) return false
  return threshold.compare === 'at-least'
    ? value >= threshold.limit
    : value > 0 && value <= threshold.limit
}

function checkNumber(walker: Walker, map: unknown, key: string, threshold: InfraThreshold): void {
  const pair = pairOf(walker, map, key)
  if (pair && fires(threshold, numberOf(resolve(walker, pair.value))))
    walker.emit(threshold, pair.key)
}

const K8S_MEMORY_UNITS: Record<string, number> = {
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
  m: 1e-3,
}

/** A Kubernetes memory quantity in bytes (`256Mi`, `0.5Gi`, `300M`, `1e9`); undefined if unparsable. */
export function kubernetesBytes(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (typeof value !== 'string') return undefined
  const m = /^\s*(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*(Ki|Mi|Gi|Ti|k|M|G|T|m)?\s*$/.exec(value)
  if (!m) return undefined
  return Number(m[1]) * (K8S_MEMORY_UNITS[m[2] ?? ''] ?? 1)
}

/** A Kubernetes CPU quantity in cores (`250m` → 0.25, `0.5`, `2`); undefined if unparsable. */
export function kubernetesCores(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (typeof value !== 'string') return undefined
  const m = /^\s*(\d+(?:\.\d+)?)\s*(m)?\s*$/.exec(value)
  if (!m) return undefined
  return m[2] ? Number(m[1]) / 1000 : Number(m[1])
}

const DOCKER_MEMORY_UNITS: Record<string, number> = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }

/** A Compose/Docker memory size in bytes (`256m`, `512MB`, `1g`, `134217728`); undefined if unparsable. */
export function composeBytes(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (typeof value !== 'string') return undefined
  const m = /^\s*(\d+(?:\.\d+)?)\s*([bkmg])?b?\s*$/i.exec(value)
  if (!m) return undefined
  return Number(m[1]) * (DOCKER_MEMORY_UNITS[(m[2] ?? 'b').toLowerCase()] ?? 1)
}

/** A Compose CPU count (`0.25`, `'0.5'`); undefined if unparsable. */
function composeCores(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value)
  return undefined
}

/**
 * Every `resources:` block below `node` (containers, Helm values at any depth), skipping
 * `initContainers`, whose limits say nothing about the serving process.
 */
function scanResources(walker: Walker, node: unknown, depth = 0): void {
  if (depth > 40) return
  if (isSeq(node)) {
    for (const item of node.items) scanResources(walker, item, depth + 1)
    return
  }
  if (!isMap(node)) return
  for (const pair of (node as MapNode).items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined
    if (key === 'initContainers') continue
    if (key === 'resources' && isMap(pair.value)) checkResources(walker, pair.value)
    else scanResources(walker, pair.value, depth + 1)
  }
}

function checkResources(walker: Walker, resources: unknown): void {
  for (const section of ['limits', 'requests']) {
    const block = valueOf(walker, resources, section)
    for (const gpu of GPU_RESOURCE_NAMES) {
      const pair = pairOf(walker, block, gpu)
      if (pair && (numberOf(resolve(walker, pair.value)) ?? 0) > 0) {
        walker.emit({ signal: 'ai-ml.gpu', strength: 'strong' }, pair.key)
      }
    }
  }
  const limits = valueOf(walker, resources, 'limits')
  const memory = pairOf(walker, limits, 'memory')
  if (
    memory &&
    fires(walker.limits.memory, kubernetesBytes(scalar(resolve(walker, memory.value))))
  ) {
    walker.emit(walker.limits.memory, memory.key)
  }
  const cpu = pairOf(walker, limits, 'cpu')
  if (cpu && fires(walker.limits.cpu, kubernetesCores(scalar(resolve(walker, cpu.value))))) {
    walker.emit(walker.limits.cpu, cpu.key)
  }
}

function scanKubernetes(walker: Walker, root: unknown): void {
  const apiVersion = scalar(valueOf(walker, root, 'apiVersion'))
  const kind = scalar(valueOf(walker, root, 'kind'))
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return
  const spec = valueOf(walker, root, 'spec')
  if (REPLICATED_KINDS.includes(kind))
    checkNumber(walker, spec, 'replicas', INFRA_THRESHOLDS.replicas)
  if (kind === 'HorizontalPodAutoscaler')
    checkNumber(walker, spec, 'maxReplicas', INFRA_THRESHOLDS.autoscalerMax)
  if (kind === 'ScaledObject')
    checkNumber(walker, spec, 'maxReplicaCount', INFRA_THRESHOLDS.autoscalerMax)
  scanResources(walker, spec)
}

function scanHelmValues(walker: Walker, root: unknown): void {
  checkNumber(walker, root, 'replicaCount', INFRA_THRESHOLDS.replicas)
  scanAutoscaling(walker, root, 0)
  scanResources(walker, root)
}

/** `autoscaling: { enabled, maxReplicas }` at any depth; skipped when `enabled: false`. */
function scanAutoscaling(walker: Walker, node: unknown, depth: number): void {
  if (depth > 40 || !isMap(node)) return
  for (const pair of (node as MapNode).items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined
    if (key === 'autoscaling' && isMap(pair.value)) {
      if (scalar(valueOf(walker, pair.value, 'enabled')) === false) continue
      checkNumber(walker, pair.value, 'maxReplicas', INFRA_THRESHOLDS.autoscalerMax)
    } else {
      scanAutoscaling(walker, pair.value, depth + 1)
    }
  }
}

/**
 * Compose services built from inside the unit (`build: .`, `build: { context: ./api }`). Services
 * that only pull an image (databases, caches, sidecars) are someone else's workload.
 */
function scanCompose(walker: Walker, root: unknown, path: string, unitRoot: string): void {
  const services = valueOf(walker, root, 'services')
  if (!isMap(services)) return
  const composeDir = posix.dirname(path)
  for (const pair of (services as MapNode).items) {
    const service = resolve(walker, pair.value)
    if (!isMap(service) || !builtInside(walker, service, composeDir, unitRoot)) continue
    const runtime = pairOf(walker, service, 'runtime')
    if (runtime && GPU_COMPOSE_DRIVERS.includes(String(scalar(resolve(walker, runtime.value))))) {
      walker.emit({ signal: 'ai-ml.gpu', strength: 'strong' }, runtime.key)
    }
    const gpus = pairOf(walker, service, 'gpus')
    if (gpus) walker.emit({ signal: 'ai-ml.gpu', strength: 'strong' }, gpus.key)
    const deploy = valueOf(walker, service, 'deploy')
    const devices = valueOf(
      walker,
      valueOf(walker, valueOf(walker, deploy, 'resources'), 'reservations'),
      'devices',
    )
    if (isSeq(devices)) {
      for (const device of devices.items) {
        const driver = pairOf(walker, device, 'driver')
        const capabilities = valueOf(walker, device, 'capabilities')
        const gpuCapability =
          isSeq(capabilities) && capabilities.items.some((c) => scalar(c) === 'gpu')
        if (driver && GPU_COMPOSE_DRIVERS.includes(String(scalar(resolve(walker, driver.value))))) {
          walker.emit({ signal: 'ai-ml.gpu', strength: 'strong' }, driver.key)
        } else if (gpuCapability) {
          walker.emit(
            { signal: 'ai-ml.gpu', strength: 'strong' },
            pairOf(walker, device, 'capabilities')?.key,
          )
        }
      }
    }
    const limits = valueOf(walker, valueOf(walker, deploy, 'resources'), 'limits')
    for (const [map, key] of [
      [service, 'mem_limit'],
      [limits, 'memory'],
    ] as const) {
      const p = pairOf(walker, map, key)
      if (p && fires(walker.limits.memory, composeBytes(scalar(resolve(walker, p.value))))) {
        walker.emit(walker.limits.memory, p.key)
      }
    }
    for (const [map, key] of [
      [service, 'cpus'],
      [limits, 'cpus'],
    ] as const) {
      const p = pairOf(walker, map, key)
      if (p && fires(walker.limits.cpu, composeCores(scalar(resolve(walker, p.value))))) {
        walker.emit(walker.limits.cpu, p.key)
      }
    }
    checkNumber(walker, deploy, 'replicas', INFRA_THRESHOLDS.replicas)
  }
}

function builtInside(
  walker: Walker,
  service: unknown,
  composeDir: string,
  unitRoot: string,
): boolean {
  const build = valueOf(walker, service, 'build')
  if (build === undefined) return false
  const raw = isMap(build) ? (scalar(valueOf(walker, build, 'context')) ?? '.') : scalar(build)
  if (typeof raw !== 'string' || /^[a-z]+:\/\//i.test(raw) || raw.startsWith('git@')) return false
  const context = posix.normalize(posix.join(composeDir, raw))
  return unitRoot === '.'
    ? !context.startsWith('..')
    : context === unitRoot || context.startsWith(`${unitRoot}/`)
}
