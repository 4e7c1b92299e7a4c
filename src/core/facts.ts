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
