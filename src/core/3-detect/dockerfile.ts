/**
 * Signals from a parsed Dockerfile: its base images and environment settings. Packages installed
 * with `RUN pip install` / `npm install` arrive as manifest dependencies and are matched with the
 * rest of the catalog, not here.
 */
import type { Manifest } from '../facts.js'
import type { Evidence, Strength } from '../model.js'
import { BASE_IMAGE_RULES, DOCKER_ENV_RULES, GO_BUILDER_IMAGES } from './catalog/docker.js'

/**
 * Receives one piece of evidence for a signal; `supporting` evidence only backs a signal other
 * evidence proves (see docs/signals.md).
 */
export type AddSignal = (
  signal: string,
  strength: Strength,
  evidence: Evidence,
  supporting?: boolean,
) => void

/** A base image reference split into repository and tag, normalised. */
export interface ImageRef {
  /** Lower case, without `docker.io/`, `library/` or a digest: `nvidia/cuda`, `gcr.io/distroless/static-debian12`. */
  repository: string
  /** Lower case; empty when absent or built from a build argument. */
  tag: string
}

const REGISTRY_PREFIXES = [
  'docker.io/library/',
  'index.docker.io/library/',
  'docker.io/',
  'index.docker.io/',
  'library/',
]

/**
 * Parses `FROM [--platform=...] image[:tag][@digest] [AS name]` (or the bare image) into an
 * ImageRef. Undefined when the repository itself comes from a build argument. Never throws.
 */
export function parseImageRef(text: string): ImageRef | undefined {
  let rest = text.trim().replace(/^FROM\s+/i, '')
  while (rest.startsWith('--')) rest = rest.replace(/^--\S+\s*/, '')
  let ref = (rest.split(/\s+/)[0] ?? '').toLowerCase()
  if (ref === '') return undefined
  const at = ref.indexOf('@')
  if (at >= 0) ref = ref.slice(0, at)
  const slash = ref.lastIndexOf('/')
  const colon = ref.lastIndexOf(':')
  let repository = colon > slash ? ref.slice(0, colon) : ref
  const tag = colon > slash ? ref.slice(colon + 1) : ''
  if (repository.includes('$')) return undefined
  for (const prefix of REGISTRY_PREFIXES) {
    if (repository.startsWith(prefix)) {
      repository = repository.slice(prefix.length)
      break
    }
  }
  return { repository, tag: tag.includes('$') ? '' : tag }
}

/** True when `repository` matches a pattern: exact, trailing-`*` prefix, or `*` for any. */
export function imageMatches(repository: string, pattern: string): boolean {
  if (pattern.endsWith('*')) return repository.startsWith(pattern.slice(0, -1))
  return repository === pattern
}

/**
 * Adds the signals a Dockerfile's base images and environment settings carry. `unitIsGo` lets a
 * `FROM scratch` image count as a Go single binary when the build stage is not in this file.
 */
export function detectDockerfile(manifest: Manifest, unitIsGo: boolean, add: AddSignal): void {
  const images = (manifest.baseImages ?? []).map((evidence) => ({
    evidence,
    ref: parseImageRef(evidence.detail),
  }))
  const goBuild =
    unitIsGo ||
    images.some(
      ({ ref }) =>
        ref !== undefined && GO_BUILDER_IMAGES.some((p) => imageMatches(ref.repository, p)),
    )
  for (const { evidence, ref } of images) {
    if (!ref) continue
    for (const rule of BASE_IMAGE_RULES) {
      if (!rule.images.some((p) => imageMatches(ref.repository, p))) continue
      if (rule.requires && !rule.requires.some((w) => `${ref.repository}:${ref.tag}`.includes(w)))
        continue
      if (rule.requiresGoBuild && !goBuild) continue
      add(rule.signal, rule.strength, { ...evidence, path: evidence.path || manifest.path })
    }
  }
  for (const evidence of manifest.env ?? []) {
    for (const rule of DOCKER_ENV_RULES) {
      const setting = new RegExp(
        `(?:^|[\\s;&])${rule.variable}(?:=|\\s+)["']?${rule.value}["']?(?=$|[\\s;&])`,
      )
      if (setting.test(evidence.detail))
        add(rule.signal, rule.strength, { ...evidence, path: evidence.path || manifest.path })
    }
  }
}
