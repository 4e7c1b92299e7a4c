/**
 * Which source files' imports count. Tests and generated code are not the service's workload:
 * a test importing pandas to build fixtures says nothing about what the service does in production.
 */

/** Path segments (directories) whose files are tests. */
export const TEST_DIRECTORIES: readonly string[] = [
  'test',
  'tests',
  '__tests__',
  'testing',
  'spec',
  'e2e',
]

/** File-name patterns of tests, matched against the base name. */
export const TEST_FILE_PATTERNS: readonly RegExp[] = [
  /^test_.*\.py$/,
  /_test\.py$/,
  /^conftest\.py$/,
  /_test\.go$/,
  /\.(test|spec)\.[cm]?[jt]sx?$/,
]
