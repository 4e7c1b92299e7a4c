/**
 * How deployment files that live outside a service are tied back to it, as data. A Kubernetes
 * manifest, a Helm template or a Compose file in `deploy/`, `K8s/` or the repository root
 * describes a service whose code lives elsewhere: discovery attaches it to that service (so
 * detection reads its resource limits, replicas and GPUs for that service) instead of leaving it
 * unread or reporting its folder as a service. See attach-deploy-files.ts.
 */

/**
 * Kubernetes kinds that run a service's containers, and where their pod spec is. A document of
 * one of these kinds names the service it runs by `metadata.name`, its containers' `name` and
 * its images' repository name (`registry/acme/rs-payment:1.2` → `rs-payment`).
 */
export const WORKLOAD_KINDS: readonly { kind: string; podSpec: readonly string[] }[] = [
  { kind: 'CronJob', podSpec: ['spec', 'jobTemplate', 'spec', 'template', 'spec'] },
  { kind: 'DaemonSet', podSpec: ['spec', 'template', 'spec'] },
  { kind: 'Deployment', podSpec: ['spec', 'template', 'spec'] },
  { kind: 'Job', podSpec: ['spec', 'template', 'spec'] },
  { kind: 'Pod', podSpec: ['spec'] },
  { kind: 'ReplicaSet', podSpec: ['spec', 'template', 'spec'] },
  { kind: 'Rollout', podSpec: ['spec', 'template', 'spec'] },
  { kind: 'StatefulSet', podSpec: ['spec', 'template', 'spec'] },
]

/**
 * Kubernetes kinds that scale a workload: they name it in `spec.scaleTargetRef.name`
 * (HorizontalPodAutoscaler, KEDA ScaledObject).
 */
export const SCALER_KINDS: readonly string[] = ['HorizontalPodAutoscaler', 'ScaledObject']

/** Compose file names (`compose.yaml`, `docker-compose.prod.yml`, ...). */
export const COMPOSE_FILE = /^(docker-)?compose([.-][\w.-]*)?\.ya?ml$/i

/** Deployment YAML above this size is not read for attachment (generated bundles, CRDs). */
export const MAX_ATTACH_YAML_BYTES = 512 * 1024

/**
 * Helm template directives (`{{ ... }}`, `{{- ... -}}`), blanked before a template is read as
 * YAML (helmTemplateAsYaml): the rest of a template is the manifest it renders, line for line, so
 * evidence keeps its real line.
 */
export const HELM_DIRECTIVE = /\{\{-?[\s\S]*?-?\}\}/g
