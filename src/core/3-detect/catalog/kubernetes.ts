/**
 * Thresholds for deployment files (Kubernetes manifests, Helm values, Compose files). Each has a
 * documented reason: the numbers are judgement calls, stated once here and in docs/signals.md.
 */
import type { Strength } from '../../model.js'
import type { TightLimits } from '../../4-evaluate/profiles.js'
import type { SignalId } from '../signal-definitions.js'

/** One numeric threshold. */
export interface InfraThreshold {
  signal: SignalId
  strength: Strength
  /** `at-least`: value ≥ limit fires; `at-most`: 0 < value ≤ limit fires. */
  compare: 'at-least' | 'at-most'
  limit: number
  /** How the limit reads in docs (`256Mi`). */
  display: string
  /** Only backs the signal when other evidence proves it (see docs/signals.md). */
  supporting?: true
  reason: string
}

const MI = 1024 * 1024

/** The thresholds the infrastructure detectors apply. */
export const INFRA_THRESHOLDS = {
  replicas: {
    signal: 'concurrency.high-throughput',
    strength: 'weak',
    compare: 'at-least',
    limit: 5,
    display: '5 replicas',
    reason:
      'Five or more fixed replicas (Deployment/StatefulSet `replicas`, Helm `replicaCount`, Compose `deploy.replicas`) suggest sustained load, but replicas are also kept for availability, so the signal is weak.',
  },
  autoscalerMax: {
    signal: 'concurrency.high-throughput',
    strength: 'strong',
    compare: 'at-least',
    limit: 10,
    display: '10 replicas',
    reason:
      'An autoscaler allowed to grow to ten or more replicas (HorizontalPodAutoscaler `maxReplicas`, KEDA `maxReplicaCount`, Helm `autoscaling.maxReplicas` when enabled) is sized for traffic peaks.',
  },
} as const satisfies Record<string, InfraThreshold>

/**
 * The memory and CPU thresholds for one runtime, from its language profile (see
 * src/core/4-evaluate/profiles.ts, where each value has its reason): memory strong; CPU supporting
 * only (attached to a memory finding, never a signal alone).
 */
export function limitThresholds(limits: TightLimits): {
  memory: InfraThreshold
  cpu: InfraThreshold
} {
  return {
    memory: {
      signal: 'resource.tight-limits',
      strength: 'strong',
      compare: 'at-most',
      limit: limits.memoryMiB * MI,
      display: `${limits.memoryMiB}Mi`,
      reason: limits.memoryReason,
    },
    cpu: {
      signal: 'resource.tight-limits',
      strength: 'weak',
      supporting: true,
      compare: 'at-most',
      limit: limits.cpuCores,
      display: `${Math.round(limits.cpuCores * 1000)}m`,
      reason: limits.cpuReason,
    },
  }
}

/** Extended-resource names that request a GPU in Kubernetes. */
export const GPU_RESOURCE_NAMES: readonly string[] = [
  'nvidia.com/gpu',
  'amd.com/gpu',
  'gpu.intel.com/i915',
]

/** Compose device drivers and runtimes that give a container a GPU. */
export const GPU_COMPOSE_DRIVERS: readonly string[] = ['nvidia']

/** Kubernetes kinds whose `spec.replicas` counts. */
export const REPLICATED_KINDS: readonly string[] = ['Deployment', 'StatefulSet', 'ReplicaSet']

/** Largest YAML file the detectors read; larger ones get an `info` diagnostic and are skipped. */
export const MAX_DEPLOYMENT_YAML_BYTES = 512 * 1024
