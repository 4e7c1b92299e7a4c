/**
 * Manifest parsing: which file names are manifests, and one parser per format. Parsers read text
 * only — nothing from the scanned tree is ever executed or evaluated.
 */
import type { ManifestType, WaiverComment } from '../../facts.js'
import { keepWaiverComment, WAIVER_MARKER } from '../sources/tokens.js'
import { errorMessage, parseDiagnostic } from '../text.js'
import { parseCargo } from './cargo.js'
import { emptyManifest, type ManifestParse, type ManifestParser } from './common.js'
import { parseComposer } from './composer.js'
import { parseCsproj } from './csproj.js'
import { parseDockerfile } from './dockerfile.js'
import { parseGemfile } from './gemfile.js'
import { parseGoMod } from './go-mod.js'
import { parseGoWork } from './go-work.js'
import { parseGradle } from './gradle.js'
import { parseMix } from './mix.js'
import { parsePackageJson } from './package-json.js'
import { parsePipfile } from './pipfile.js'
import { parsePnpmWorkspace } from './pnpm-workspace.js'
import { parsePom } from './pom.js'
import { parsePyproject } from './pyproject.js'
import { parseRequirements } from './requirements.js'
import { parseSetupCfg } from './setup-cfg.js'
import { parseSetupPy } from './setup-py.js'

export type { ManifestParse } from './common.js'

/**
 * Manifest file names, matched against the base name (`requirementsFolder` matches any `.txt`/`.in`
 * file directly under a `requirements/` directory). First match wins.
 */
export const MANIFEST_FILES: readonly { type: ManifestType; pattern: RegExp; example: string }[] = [
  { type: 'go.mod', pattern: /^go\.mod$/, example: 'go.mod' },
  { type: 'go.work', pattern: /^go\.work$/, example: 'go.work' },
  { type: 'pyproject.toml', pattern: /^pyproject\.toml$/, example: 'pyproject.toml' },
  { type: 'setup.py', pattern: /^setup\.py$/, example: 'setup.py' },
  { type: 'setup.cfg', pattern: /^setup\.cfg$/, example: 'setup.cfg' },
  {
    type: 'requirements.txt',
    pattern: /^(?:[\w.-]*[-_.])?requirements(?:[-_.][\w.-]*)?\.(?:txt|in)$/i,
    example: 'requirements-dev.txt, dev-requirements.txt, requirements.in',
  },
  { type: 'Pipfile', pattern: /^Pipfile$/, example: 'Pipfile' },
  { type: 'package.json', pattern: /^package\.json$/, example: 'package.json' },
  {
    type: 'pnpm-workspace.yaml',
    pattern: /^pnpm-workspace\.ya?ml$/,
    example: 'pnpm-workspace.yaml',
  },
  { type: 'Cargo.toml', pattern: /^Cargo\.toml$/, example: 'Cargo.toml' },
  { type: 'pom.xml', pattern: /^pom\.xml$/, example: 'pom.xml' },
  {
    type: 'build.gradle',
    pattern: /^build\.gradle(?:\.kts)?$/,
    example: 'build.gradle, build.gradle.kts',
  },
  { type: 'csproj', pattern: /^[^/]+\.csproj$/i, example: 'Api.csproj' },
  { type: 'Gemfile', pattern: /^Gemfile$/, example: 'Gemfile' },
  { type: 'composer.json', pattern: /^composer\.json$/, example: 'composer.json' },
  { type: 'mix.exs', pattern: /^mix\.exs$/, example: 'mix.exs' },
  {
    type: 'Dockerfile',
    pattern:
      /^(?:Dockerfile(?:\.(?!md$|txt$|rst$)[\w.-]+)?|[\w.-]+\.Dockerfile|Containerfile(?:\.[\w.-]+)?)$/i,
    example: 'Dockerfile, Dockerfile.gpu, api.Dockerfile, Containerfile',
  },
]

const REQUIREMENTS_FOLDER_FILE = /(?:^|\/)requirements\/[^/]+\.(?:txt|in)$/i

const PARSERS: Record<ManifestType, ManifestParser> = {
  'go.mod': parseGoMod,
  'go.work': parseGoWork,
  'pyproject.toml': parsePyproject,
  'setup.py': parseSetupPy,
  'setup.cfg': parseSetupCfg,
  'requirements.txt': parseRequirements,
  Pipfile: parsePipfile,
  'package.json': parsePackageJson,
  'pnpm-workspace.yaml': parsePnpmWorkspace,
  'Cargo.toml': parseCargo,
  'pom.xml': parsePom,
  'build.gradle': parseGradle,
  csproj: parseCsproj,
  Gemfile: parseGemfile,
  'composer.json': parseComposer,
  'mix.exs': parseMix,
  Dockerfile: parseDockerfile,
}

/**
 * The line-comment markers of each manifest format that can carry an inline waiver
 * (`# stackfit-ignore SF101: reason`). JSON has no comments (package.json, composer.json) and the
 * XML/Groovy/C#/Elixir formats are not read for waivers; a waiver for them goes in .stackfit.yml.
 */
export const WAIVER_COMMENT_MARKERS: Partial<Record<ManifestType, readonly string[]>> = {
  'requirements.txt': ['#'],
  'pyproject.toml': ['#'],
  Pipfile: ['#'],
  'Cargo.toml': ['#'],
  'setup.cfg': ['#', ';'],
  'pnpm-workspace.yaml': ['#'],
  Gemfile: ['#'],
  Dockerfile: ['#'],
  'go.mod': ['//'],
  'go.work': ['//'],
}

/**
 * Line comments of `text` that hold the waiver marker. A comment starts at a marker at the start
 * of the line or after whitespace (so `pkg#egg=x` in a URL is not one). Line-oriented: a marker
 * inside a quoted TOML string preceded by a space would count, which only matters when that string
 * also contains `stackfit-ignore`.
 */
export function waiverCommentsOf(text: string, markers: readonly string[]): WaiverComment[] {
  const out: WaiverComment[] = []
  if (!text.includes(WAIVER_MARKER)) return out
  const escaped = markers.map((m) => m.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  const start = new RegExp(`(?:^|\\s)(?:${escaped.join('|')})(.*)$`)
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (!line.includes(WAIVER_MARKER)) continue
    const body = start.exec(line)?.[1]
    if (body !== undefined) keepWaiverComment(out, i + 1, body)
  }
  return out
}

/** The manifest type of a repo-relative path by its file name, or undefined when it is not a manifest. */
export function manifestTypeOf(path: string): ManifestType | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1)
  const match = MANIFEST_FILES.find((m) => m.pattern.test(base))
  if (match) return match.type
  return REQUIREMENTS_FOLDER_FILE.test(path) ? 'requirements.txt' : undefined
}

/**
 * Parses a manifest's text. Never throws: syntax errors become `manifest-parse` warnings (with line
 * and column where known) and the manifest still comes back, empty where nothing could be read, so
 * discovery sees the directory. Dependencies keep source order.
 */
export function parseManifest(path: string, text: string, type: ManifestType): ManifestParse {
  try {
    const parsed = PARSERS[type](path, text)
    const markers = WAIVER_COMMENT_MARKERS[type]
    if (parsed.manifest && markers) {
      const comments = waiverCommentsOf(text, markers)
      if (comments.length > 0) parsed.manifest.waiverComments = comments
    }
    return parsed
  } catch (error) {
    // Parsers are written not to throw; this guards the scan against a parser bug, not bad input.
    return {
      manifest: emptyManifest(path, type),
      diagnostics: [parseDiagnostic(path, `internal parser error: ${errorMessage(error)}`)],
    }
  }
}
