import type { Manifest } from '../facts.js'
import type { Evidence, ServiceKind } from '../model.js'
import type { RepoFile } from '../ports.js'

/** A discovered directory and the files it owns (nearest owner wins; excluded files removed). */
export interface Unit {
  root: string
  name: string
  kind: ServiceKind
  kindEvidence: Evidence[]
  /** Marker/manifest paths, sorted. */
  markers: string[]
  /** Parsed manifests among the markers (and nested manifests it owns), sorted by path. */
  manifests: Manifest[]
  /** Files owned by this unit after exclusions, sorted by path. */
  files: RepoFile[]
  /**
   * Deployment files outside the unit that describe it (a Helm template or Kubernetes manifest
   * naming it, a Compose service built from it, the Dockerfile of a build directory that serves
   * only it). Detection reads them for this unit; language accounting does not. Sorted by path;
   * absent when none.
   */
  attached?: AttachedFile[]
}

/** A file outside a unit that describes it, and which part of the file does. */
export interface AttachedFile {
  file: RepoFile
  /**
   * How to read it: `kubernetes` (a manifest), `helm-template` (a manifest with Helm directives,
   * blanked before parsing), `compose` (only services built from the unit count) or `dockerfile`.
   */
  format: 'kubernetes' | 'helm-template' | 'compose' | 'dockerfile'
  /** 1-based inclusive line ranges of the documents about this unit; absent: the whole file. */
  lines?: [number, number][]
  /** Where the file names the unit, for the report's kind evidence. */
  because: Evidence
}
