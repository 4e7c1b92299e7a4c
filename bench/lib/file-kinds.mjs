// Which files the I/O floor reads in full. This is data: the floor reads exactly what a scan
// cannot avoid reading — every manifest a detector parses and every source file a lexer reads.
// Everything else is only stat()ed. Keep it in step with what the engine reads
// (src/core/parse/manifests and src/core/parse/sources), not with what it happens to skip.

/**
 * Manifest file names, matched on the base name. Each entry says why a scan must read it.
 * @type {ReadonlyArray<{ name: string, why: string }>}
 */
export const MANIFEST_NAMES = [
  { name: 'Cargo.toml', why: 'Rust package and workspace members' },
  { name: 'Dockerfile', why: 'base images, GPU runtimes, entry points' },
  { name: 'Gemfile', why: 'Ruby dependencies' },
  { name: 'Pipfile', why: 'Python dependencies (Pipenv)' },
  { name: 'build.gradle', why: 'JVM dependencies (Gradle)' },
  { name: 'build.gradle.kts', why: 'JVM dependencies (Gradle Kotlin DSL)' },
  { name: 'composer.json', why: 'PHP dependencies' },
  { name: 'go.mod', why: 'Go module and require blocks' },
  { name: 'go.work', why: 'Go workspace members' },
  { name: 'mix.exs', why: 'Elixir dependencies' },
  { name: 'package.json', why: 'npm dependencies, scripts, workspaces' },
  { name: 'pnpm-workspace.yaml', why: 'pnpm workspace members' },
  { name: 'pom.xml', why: 'Maven dependencies and modules' },
  { name: 'pyproject.toml', why: 'Python [project] and Poetry dependencies, entry points' },
  { name: 'setup.cfg', why: 'Python install_requires and entry points' },
  { name: 'setup.py', why: 'Python install_requires and entry points' },
  { name: '.gitattributes', why: 'linguist-vendored / generated / documentation overrides' },
  { name: '.gitignore', why: 'ignore rules the walk applies' },
]

/**
 * Manifest patterns that are not a fixed name: requirements files, Dockerfile variants,
 * .csproj files, and YAML (Kubernetes manifests, Helm values, Compose files).
 * @type {ReadonlyArray<{ pattern: RegExp, why: string }>}
 */
export const MANIFEST_PATTERNS = [
  { pattern: /^requirements.*\.(txt|in)$/, why: 'Python dependencies (pip)' },
  { pattern: /^Dockerfile\..+$|\.dockerfile$/i, why: 'Dockerfile variants' },
  { pattern: /\.csproj$/, why: '.NET dependencies' },
  { pattern: /\.ya?ml$/, why: 'Kubernetes, Helm values, Compose: GPUs, replicas, resource limits' },
]

/**
 * Source file extensions that a lexer reads for imports and code hints (with the dot, lower case).
 * @type {ReadonlyArray<string>}
 */
export const SOURCE_EXTENSIONS = [
  '.c',
  '.cc',
  '.cjs',
  '.cpp',
  '.cs',
  '.cts',
  '.ex',
  '.exs',
  '.go',
  '.h',
  '.hpp',
  '.ipynb',
  '.java',
  '.js',
  '.jsx',
  '.kt',
  '.kts',
  '.mjs',
  '.mts',
  '.php',
  '.py',
  '.pyi',
  '.rb',
  '.rs',
  '.scala',
  '.swift',
  '.ts',
  '.tsx',
]

const manifestNames = new Set(MANIFEST_NAMES.map((m) => m.name))
const sourceExtensions = new Set(SOURCE_EXTENSIONS)

/**
 * Classifies a file by its base name.
 * @param {string} baseName the file name without directories
 * @returns {'manifest' | 'source' | 'other'} never throws
 */
export function fileKindOf(baseName) {
  if (manifestNames.has(baseName)) return 'manifest'
  for (const { pattern } of MANIFEST_PATTERNS) if (pattern.test(baseName)) return 'manifest'
  const dot = baseName.lastIndexOf('.')
  if (dot > 0 && sourceExtensions.has(baseName.slice(dot).toLowerCase())) return 'source'
  return 'other'
}
