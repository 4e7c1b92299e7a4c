/**
 * The shapes of the detection catalog. The catalog is data: one file per ecosystem lists which
 * packages (and import names) emit which signal, and which frameworks a service is built on.
 */
import type { Ecosystem } from '../../facts.js'
import type { Framework, LanguageId, Strength } from '../../model.js'
import type { SignalId } from '../signal-definitions.js'

/**
 * Packages that emit one signal.
 * - `packages`: exact names as the ecosystem normalises them (PyPI lower-case with `-`; Maven
 *   `groupId:artifactId`; NuGet and Composer case-insensitive). Go module paths also match their
 *   sub-packages and major-version suffixes. A trailing `*` makes a prefix pattern (`@langchain/*`).
 * - `imports`: how source code imports the package, when that differs from the package name
 *   (Python `sklearn` for `scikit-learn`). Omitted: Python uses the name with `-` → `_`, Go and
 *   npm use the package name itself. An empty list means "never matched from imports".
 */
export interface SignalEntry {
  signal: SignalId
  /** `strong` when the package itself is the workload; `weak` when it only suggests it. */
  strength: Strength
  packages: readonly string[]
  imports?: readonly string[]
  /**
   * Supporting evidence only: the match is attached (as `weak`) to the signal when other evidence
   * of the unit proves it, and never makes the signal on its own. For packages used the same way
   * by clients and servers, or pulled in to build other packages (see docs/signals.md).
   */
  supporting?: true
  note?: string
}

/** A web, worker, RPC or UI framework, with the concurrency model it gives the service. */
export interface FrameworkEntry {
  framework: string
  role: Framework['role']
  model: Framework['model']
  packages: readonly string[]
  imports?: readonly string[]
  /**
   * Only counts when a source file of the unit also carries one of these code hints (the Go
   * standard library's net/http is imported by clients too; serving needs `ListenAndServe`).
   */
  requiresHints?: readonly string[]
  note?: string
}

/** How import module names of an ecosystem's source language are matched against the catalog. */
export type ImportStyle = 'python' | 'go' | 'npm' | 'none'

/** Everything stackfit knows about one package ecosystem. */
export interface EcosystemCatalog {
  ecosystem: Ecosystem
  /** Human title for docs/signals.md. */
  title: string
  /** Source languages (lower-case linguist ids) whose imports resolve against this catalog. */
  languages: readonly LanguageId[]
  importStyle: ImportStyle
  signals: readonly SignalEntry[]
  frameworks: readonly FrameworkEntry[]
}
