/**
 * The files that make a directory a candidate service, as data. Several markers in one directory
 * make one candidate; the candidate's root is the directory holding the marker (or, for files in
 * a `requirements/` folder, the folder's parent).
 */
import { baseNameGlobAt, globCandidates } from './base-name-glob.js'

/** The build family a marker belongs to; used for names, library explanations and tie-breaks. */
export type Stack =
  'go' | 'python' | 'node' | 'rust' | 'jvm' | 'dotnet' | 'ruby' | 'php' | 'elixir' | 'container'

export interface ServiceMarker {
  /** Glob on the file's base name (picomatch). */
  file: string
  stack: Stack
  /**
   * Linguist names this marker vouches for, most likely first: when two languages are within
   * 10% of each other, the first tied one a marker vouches for wins.
   */
  languages: readonly string[]
  /** The marker sits in this sub-folder of the candidate root (`requirements/base.txt`). */
  inFolder?: string
  description: string
}

/** Markers in priority order: the first one with a declared name names the service. */
export const SERVICE_MARKERS: readonly ServiceMarker[] = [
  { file: 'go.mod', stack: 'go', languages: ['Go'], description: 'Go module' },
  {
    file: 'pyproject.toml',
    stack: 'python',
    languages: ['Python'],
    description: 'Python project (PEP 621, Poetry, uv)',
  },
  { file: 'setup.py', stack: 'python', languages: ['Python'], description: 'setuptools project' },
  {
    file: 'setup.cfg',
    stack: 'python',
    languages: ['Python'],
    description: 'setuptools configuration',
  },
  { file: 'Pipfile', stack: 'python', languages: ['Python'], description: 'Pipenv project' },
  {
    file: '*.txt',
    inFolder: 'requirements',
    stack: 'python',
    languages: ['Python'],
    description: 'pip requirements folder',
  },
  {
    file: 'requirements*.txt',
    stack: 'python',
    languages: ['Python'],
    description: 'pip requirements',
  },
  {
    file: 'requirements*.in',
    stack: 'python',
    languages: ['Python'],
    description: 'pip-tools requirements',
  },
  {
    file: 'package.json',
    stack: 'node',
    languages: ['TypeScript', 'JavaScript'],
    description: 'npm package',
  },
  { file: 'Cargo.toml', stack: 'rust', languages: ['Rust'], description: 'Cargo crate' },
  {
    file: 'pom.xml',
    stack: 'jvm',
    languages: ['Java', 'Kotlin', 'Scala'],
    description: 'Maven project',
  },
  {
    file: 'build.gradle.kts',
    stack: 'jvm',
    languages: ['Kotlin', 'Java'],
    description: 'Gradle project (Kotlin DSL)',
  },
  {
    file: 'build.gradle',
    stack: 'jvm',
    languages: ['Java', 'Kotlin', 'Groovy'],
    description: 'Gradle project',
  },
  { file: '*.csproj', stack: 'dotnet', languages: ['C#'], description: '.NET project' },
  { file: 'Gemfile', stack: 'ruby', languages: ['Ruby'], description: 'Bundler project' },
  { file: 'composer.json', stack: 'php', languages: ['PHP'], description: 'Composer project' },
  { file: 'mix.exs', stack: 'elixir', languages: ['Elixir'], description: 'Mix project' },
  { file: 'Dockerfile', stack: 'container', languages: [], description: 'container image' },
  {
    file: 'Dockerfile.*',
    stack: 'container',
    languages: [],
    description: 'container image variant',
  },
  {
    file: '*.Dockerfile',
    stack: 'container',
    languages: [],
    description: 'container image variant',
  },
  {
    file: 'Containerfile',
    stack: 'container',
    languages: [],
    description: 'container image (Podman)',
  },
]

/**
 * Files that only declare a workspace. They never make a candidate by themselves; their members
 * do. (Workspace declarations inside markers, such as package.json `workspaces`, count too.)
 */
export const WORKSPACE_FILES: readonly string[] = ['go.work', 'pnpm-workspace.yaml']

const MATCHERS = SERVICE_MARKERS.map((marker, index) => ({
  marker,
  index,
  test: baseNameGlobAt(marker.file),
}))
/** The markers a base name can be, by its last character (most names are none). */
const CANDIDATES = globCandidates(SERVICE_MARKERS.map((m) => m.file))

/** A marker found at a path, with the candidate root it makes. */
export interface MarkerMatch {
  marker: ServiceMarker
  /** Position in SERVICE_MARKERS (lower is higher priority). */
  priority: number
  /** Repo-relative candidate root, `.` for the repository root. */
  root: string
}

/** The marker a repo-relative path is, if any, and the root it makes. Never throws. */
export function matchMarker(path: string): MarkerMatch | undefined {
  const slash = path.lastIndexOf('/')
  // The base name is tested in place: this is asked of every file.
  for (const candidate of CANDIDATES(path, slash + 1)) {
    const { marker, index, test } = MATCHERS[candidate] as (typeof MATCHERS)[number]
    if (!test(path, slash + 1)) continue
    const dir = slash === -1 ? '.' : path.slice(0, slash)
    if (marker.inFolder !== undefined) {
      const folder = dir.slice(dir.lastIndexOf('/') + 1)
      if (folder !== marker.inFolder || dir === '.') continue
      const parentSlash = dir.lastIndexOf('/')
      return { marker, priority: index, root: parentSlash === -1 ? '.' : dir.slice(0, parentSlash) }
    }
    return { marker, priority: index, root: dir }
  }
  return undefined
}

/** True when the base name of `path` is a workspace-only declaration file (go.work, pnpm-workspace.yaml). */
export function isWorkspaceFile(path: string): boolean {
  // The base name is compared in place: this is asked of every file that is not a marker.
  return WORKSPACE_FILES.some(
    (name) =>
      path.endsWith(name) &&
      (path.length === name.length || path.charCodeAt(path.length - name.length - 1) === 47),
  )
}
