/**
 * Intermediate facts that the stages share. Each file is read at most once: manifests are parsed
 * into `Manifest`, source files are lexed into `SourceFacts`, and the text is dropped.
 */
import type { Evidence, LanguageId } from './model.js'

/** Package ecosystems, named as in OSV / deps.dev where one exists. */
export type Ecosystem =
  'pypi' | 'go' | 'npm' | 'cargo' | 'maven' | 'nuget' | 'rubygems' | 'packagist' | 'hex'

export interface Dependency {
  /** Normalised name: PyPI names lower-cased with `_`/`.` → `-`; Go module paths as written; npm as written. */
  name: string
  ecosystem: Ecosystem
  /** Repo-relative manifest path. */
  path: string
  /** 1-based line of the declaration. */
  line: number
  /** The declaration as written (trimmed), e.g. `torch>=2.2` or `github.com/x/y v1.2.3`. */
  text: string
  /** Development/test-only dependency (npm devDependencies, Poetry dev group, `_test` scopes). */
  dev: boolean
  /** Declared only transitively (go.mod `// indirect`, lock files). Weak evidence at most. */
  indirect: boolean
}

export type ManifestType =
  | 'go.mod'
  | 'go.work'
  | 'pyproject.toml'
  | 'setup.py'
  | 'setup.cfg'
  | 'requirements.txt'
  | 'Pipfile'
  | 'package.json'
  | 'pnpm-workspace.yaml'
  | 'Cargo.toml'
  | 'pom.xml'
  | 'build.gradle'
  | 'csproj'
  | 'Gemfile'
  | 'composer.json'
  | 'mix.exs'
  | 'Dockerfile'

export interface Manifest {
  path: string
  type: ManifestType
  /** Declared package/module name, when the manifest has one. */
  name?: string
  dependencies: Dependency[]
  /**
   * Declared entry points: `[project.scripts]`, `console_scripts`, package.json `bin`/`main` with a
   * server start script, Cargo `[[bin]]`, Dockerfile `CMD`/`ENTRYPOINT`, ...
   */
  entrypoints: Evidence[]
  /** Workspace member globs declared here (go.work `use`, npm `workspaces`, Cargo members, Maven modules, uv members). */
  workspaceMembers: string[]
  /** True when the manifest only declares a workspace and no package of its own. */
  workspaceOnly: boolean
  /** Dockerfile only: base images with their line. */
  baseImages?: Evidence[]
  /**
   * Dockerfile only (optional): environment settings with their line — `ENV`/`ARG` instructions and
   * `VAR=value` prefixes of `RUN` commands — detail as written (`ENV CGO_ENABLED=0`).
   */
  env?: Evidence[]
  /** Comments holding `stackfit-ignore` (inline waivers), in line order; absent when none. */
  waiverComments?: WaiverComment[]
  /**
   * The kind the build file itself declares, whatever its entry points say (optional): a .NET
   * MAUI app is a `frontend`, a .NET Aspire AppHost is `infra` (csproj.ts, PROJECT_KINDS).
   */
  declaredKind?: { kind: 'frontend' | 'infra'; evidence: Evidence }
  /**
   * In-repository code this manifest's package builds against, by path (optional; absent when
   * none): .csproj `<ProjectReference>`, Cargo `path = ...` and `workspace = true` dependencies,
   * go.mod `replace x => ../dir`, package.json `file:`/`link:`/`workspace:` dependencies.
   * Read by src/core/3-detect/inherited-signals.ts.
   */
  localReferences?: LocalReference[]
}

/** A reference by path from a manifest to another directory of the same repository. */
export interface LocalReference {
  /** Name as the reference gives it: the project file's base name, the Cargo dependency key. */
  name: string
  /**
   * Repo-relative directory it points into, forward slashes, `.` for the root. Absent for a Cargo
   * `x.workspace = true` dependency: its path is in the workspace root's `[workspace.dependencies]`.
   */
  target?: string
  /** The manifest that declares it, its 1-based line and the line as written (trimmed). */
  path: string
  line: number
  text: string
  /** How it is declared, for evidence: `ProjectReference`, `path dependency`, `workspace dependency`. */
  via: string
  /** Only for development or tests (`[dev-dependencies]`): never lends signals. */
  dev: boolean
  /** npm `workspace:`: no path; the target is the unit whose package.json has this `name`. */
  byName?: true
  /** Cargo: an entry of `[workspace.dependencies]`, a path members may inherit, not a reference of this package. */
  workspaceTable?: true
}

/** A line comment that holds the inline-waiver marker, without its `#` or `//`, trimmed. */
export interface WaiverComment {
  line: number
  text: string
}

export interface ImportRef {
  /** Module as written: `torch`, `github.com/sashabaranov/go-openai`, `@langchain/openai`. */
  module: string
  line: number
  /** The source line, trimmed, at most 200 characters. */
  text: string
}

/** A code pattern a lexer recognised outside comments and strings. */
export interface CodeHint {
  /** e.g. `py.main-guard`, `py.threading`, `py.asyncio`, `go.func-main`, `go.goroutine`, `js.listen`. */
  id: string
  line: number
  text: string
}

export interface SourceFacts {
  path: string
  language: LanguageId
  /** Marked generated in its header (`Code generated ... DO NOT EDIT.`, `@generated`, ...). */
  generated: boolean
  /** Imports outside comments and strings, in source order. */
  imports: ImportRef[]
  /** Go: the package clause name. */
  packageName?: string
  hints: CodeHint[]
  /** Line comments holding `stackfit-ignore` (inline waivers), in line order; absent when none. */
  waiverComments?: WaiverComment[]
}
