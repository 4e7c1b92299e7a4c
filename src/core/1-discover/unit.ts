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
}
