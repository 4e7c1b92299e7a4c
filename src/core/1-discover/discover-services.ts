/**
 * Stage 1: which directories are services. Candidates come from marker files and workspace
 * declarations; every kept file belongs to the nearest candidate above it; each unit gets a kind
 * (sample, docs, frontend, service, library) with the evidence for it.
 */
import picomatch from 'picomatch'
import type { ScanContext } from '../context.js'
import type { Manifest, SourceFacts } from '../facts.js'
import type { Evidence, Exclusion, ServiceKind } from '../model.js'
import type { RepoFile } from '../ports.js'
import {
  isBuildLanguage,
  isGlueLanguage,
  isNotebookPath,
  programmingLanguageOf,
} from '../2-classify/languages.js'
import { attachDeployFiles } from './attach-deploy-files.js'
import {
  applyExclusions,
  collapseExclusions,
  type DirectoryRun,
  type ExclusionMark,
} from './exclusions.js'
import {
  DOCS_DIRECTORIES,
  DOCS_GENERATORS,
  ENTRY_DEPENDENCIES,
  ENTRY_FILES,
  ENTRY_HINTS,
  LIBRARY_REASONS,
  NON_ENTRY_DIRECTORIES,
  NON_SERVICE_DOCKERFILE_VARIANTS,
  SAMPLE_DIRECTORIES,
  TEST_PATHS,
  THIRD_PARTY_IMAGES,
  UI_DEPENDENCIES,
  WEB_ASSET_EXTENSIONS,
} from './kind-rules.js'
import { isWorkspaceFile, matchMarker, type MarkerMatch } from './service-markers.js'
import type { Unit } from './unit.js'

export interface DiscoverOptions {
  /** Globs on unit roots: only matching roots become units. */
  include?: string[]
  /** Globs on unit roots: matching roots and the files they own are excluded (reason `config`). */
  exclude?: string[]
  /**
   * Directories (repo-relative, exact) that are units of kind `service` whatever the markers say,
   * also without a manifest or entry point. A listed directory with no kept file is a warning.
   */
  services?: string[]
  /** With `services`: every other unit is excluded (reason `config`, source `discovery.services`). */
  onlyListed?: boolean
}

export interface DiscoverResult {
  /** Sorted by root. */
  units: Unit[]
  /** Sorted by path: the view's pruned paths, built-in and .gitattributes exclusions, config exclusions. */
  exclusions: Exclusion[]
  /** Files left after every exclusion. */
  fileCount: number
  /** True for a listed file that `fileCount` counts: not excluded, not in a unit the config excludes. */
  isCounted(path: string): boolean
}

/** Kind evidence of a Dockerfile directory with no code of its own (kind `infra`). */
export const BUILD_ONLY_DETAIL =
  'builds a container image with no code of its own: a build or development image for code that lives elsewhere, or a third-party tool'

/** At most this many entries explain a kind; the full list would bury the reason. */
export const MAX_KIND_EVIDENCE = 5
/** JVM sources are read up to this many bytes to look for a main method. */
const MAX_JVM_MAIN_BYTES = 64 * 1024

interface Candidate {
  root: string
  markers: { file: RepoFile; match?: MarkerMatch }[]
  /** Workspace manifests that declare this directory a member. */
  memberOf: string[]
  files: RepoFile[]
  /**
   * The code files among `files` (isCode), in no particular order, found in the one pass that
   * also drops generated sources: the kind rules ask about code only, never about every file.
   */
  code: RepoFile[]
  /** The files among `code` whose lexed facts hold an entry hint (ENTRY_HINTS), with the facts. */
  hinted: { file: RepoFile; facts: SourceFacts }[]
  /** How many of `files` are notebooks. */
  notebooks: number
  /** The parsed manifests among `files`, in no particular order. */
  manifests: Manifest[]
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function dirOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash === -1 ? '.' : path.slice(0, slash)
}

/**
 * Calls `enter` with each run of `files` (runs cover `files` in order, as applyExclusions gives
 * them), then `each` with the run's files in order.
 */
function forEachRun(
  files: readonly RepoFile[],
  runs: readonly DirectoryRun[],
  enter: (run: DirectoryRun) => void,
  each: (file: RepoFile) => void,
): void {
  let start = 0
  for (const run of runs) {
    enter(run)
    for (let i = start; i < run.end; i++) each(files[i] as RepoFile)
    start = run.end
  }
}

function parentOf(dir: string): string | undefined {
  if (dir === '.') return undefined
  return dirOf(dir)
}

function segments(dir: string): string[] {
  return dir === '.' ? [] : dir.split('/')
}

function relativeTo(root: string, path: string): string {
  return root === '.' ? path : path.slice(root.length + 1)
}

function normalizeMember(base: string, member: string): string | undefined {
  const parts: string[] = base === '.' ? [] : base.split('/')
  for (const part of member.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (parts.length === 0) return undefined
      parts.pop()
    } else parts.push(part)
  }
  return parts.length === 0 ? '.' : parts.join('/')
}

const TEST_MATCH = picomatch(TEST_PATHS as string[], { dot: true })
const ENTRY_DEPENDENCY = new Map<string, string>()
for (const group of ENTRY_DEPENDENCIES) {
  for (const name of group.names)
    ENTRY_DEPENDENCY.set(`${group.ecosystem}\u0000${name}`, group.what)
}
const ENTRY_HINT = new Map(ENTRY_HINTS.map((h) => [h.id, h.what]))
const ENTRY_FILE = new Map(ENTRY_FILES.map((f) => [f.path, f.what]))
const UI = new Map(UI_DEPENDENCIES.map((d) => [d.name, d.metaFramework]))
const SAMPLE_DIRS = new Set(SAMPLE_DIRECTORIES)
const DOCS_DIRS = new Set(DOCS_DIRECTORIES)
const NON_ENTRY_DIRS = new Set([
  ...NON_ENTRY_DIRECTORIES,
  ...SAMPLE_DIRECTORIES,
  ...DOCS_DIRECTORIES,
])
const NON_SERVICE_VARIANTS = new Set(NON_SERVICE_DOCKERFILE_VARIANTS)

/**
 * Why an entry point at `path` does not speak for the unit at `root`: it sits in a test path, in
 * an examples/scripts/docs directory below the root, or in a check-only Dockerfile variant.
 */
function foreignEntry(root: string, path: string): boolean {
  if (TEST_MATCH(path)) return true
  const parts = relativeTo(root, path).split('/')
  const base = parts.pop() ?? ''
  if (parts.some((d) => NON_ENTRY_DIRS.has(d))) return true
  const variant = /^Dockerfile\.(.+)$/i.exec(base)?.[1] ?? /^(.+)\.Dockerfile$/i.exec(base)?.[1]
  return variant !== undefined && NON_SERVICE_VARIANTS.has(variant.toLowerCase())
}

function isCode(path: string): boolean {
  const language = programmingLanguageOf(path)
  return language !== undefined && !isBuildLanguage(language)
}

/** Glue scripts (an `entrypoint.sh` next to a Dockerfile) do not make a directory a project. */
function isApplicationCode(path: string): boolean {
  const language = programmingLanguageOf(path)
  return language !== undefined && !isBuildLanguage(language) && !isGlueLanguage(language)
}

/** The candidate's files move to `into` (a container-only directory joins the unit it builds). */
function moveFiles(from: Candidate, into: Candidate): void {
  into.files.push(...from.files)
  into.files.sort((a, b) => compare(a.path, b.path))
  into.code.push(...from.code)
  into.hinted.push(...from.hinted)
  into.notebooks += from.notebooks
  into.manifests.push(...from.manifests)
  into.markers.push(...from.markers)
}

/** Application code or a notebook among the candidate's files: it is a project of its own. */
function ownsApplicationCode(c: Candidate): boolean {
  return c.notebooks > 0 || c.code.some((f) => isApplicationCode(f.path))
}

/**
 * Finds the units of a repository: applies exclusions, finds candidates from markers and
 * workspaces, assigns every kept file to its nearest candidate, drops what is not a unit
 * (workspace roots and tooling manifests with no code of their own, notebook-only folders, docs
 * folders without a site generator) and gives each unit a name and a kind with evidence.
 * Deterministic and sorted; never throws (unreadable inputs become diagnostics on `ctx`).
 */
export function discoverServices(ctx: ScanContext, options: DiscoverOptions): DiscoverResult {
  const view = ctx.view
  const excludedFiles = applyExclusions(view)
  for (const d of excludedFiles.diagnostics) ctx.diagnose(d)
  const { kept, keptRuns, notGenerated } = excludedFiles
  // Generated sources found below join the exclusions (the map is this call's own).
  const excluded: Map<string, ExclusionMark> = excludedFiles.excluded

  const candidates = new Map<string, Candidate>()
  const candidate = (root: string): Candidate => {
    let c = candidates.get(root)
    if (!c) {
      c = {
        root,
        markers: [],
        memberOf: [],
        files: [],
        code: [],
        hinted: [],
        notebooks: 0,
        manifests: [],
      }
      candidates.set(root, c)
    }
    return c
  }
  const manifests = new Map<string, Manifest>()
  /** The files with a parsed manifest, in `kept` order, to hand each one to its owner. */
  const manifestFiles: RepoFile[] = []
  const workspaceDeclarations: { file: RepoFile; root: string }[] = []
  const directories = new Set<string>(['.'])
  // `kept` comes in runs of one directory each: a directory's ancestors are walked once per run,
  // not once per file.
  forEachRun(
    kept,
    keptRuns,
    (run) => {
      for (let dir = run.dir; dir !== '' && !directories.has(dir); dir = dirOf(dir))
        directories.add(dir)
    },
    (file) => {
      const match = matchMarker(file.path)
      if (match) {
        candidate(match.root).markers.push({ file, match })
        const manifest = ctx.manifest(file)
        if (manifest) {
          manifests.set(file.path, manifest)
          manifestFiles.push(file)
          if (manifest.workspaceMembers.length > 0)
            workspaceDeclarations.push({ file, root: match.root })
        }
      } else if (isWorkspaceFile(file.path)) {
        const manifest = ctx.manifest(file)
        if (manifest) {
          manifests.set(file.path, manifest)
          manifestFiles.push(file)
          workspaceDeclarations.push({ file, root: dirOf(file.path) })
        }
      }
    },
  )

  addWorkspaceMembers(workspaceDeclarations, manifests, directories, candidate)

  const listed = new Set(options.services ?? [])
  for (const root of [...listed].sort(compare)) {
    if (directories.has(root)) candidate(root)
    else
      ctx.diagnose({
        severity: 'warning',
        code: 'config',
        message: `discovery.services lists ${root}, but the scan has no file in it; check the path.`,
        path: root,
      })
  }

  // The nearest candidate at or above each file's directory, looked up once per run. The
  // manifest files come in the same order as `kept`: each is the next one to meet.
  let owner: Candidate | undefined
  let nextManifest = 0
  forEachRun(
    kept,
    keptRuns,
    (run) => {
      owner = undefined
      for (let dir: string | undefined = run.dir || '.'; dir !== undefined; dir = parentOf(dir)) {
        owner = candidates.get(dir)
        if (owner) break
      }
    },
    (file) => {
      owner?.files.push(file)
      if (file === manifestFiles[nextManifest]) {
        nextManifest++
        owner?.manifests.push(manifests.get(file.path) as Manifest)
      }
    },
  )

  // One pass over each candidate's files: generated sources leave, and the code files, the
  // notebooks and the sources with an entry hint are noted for the kind rules.
  // The candidate's file list is copied only once a generated source leaves it.
  for (const c of candidates.values()) {
    let files: RepoFile[] | undefined
    for (let i = 0; i < c.files.length; i++) {
      const file = c.files[i] as RepoFile
      if (!isCode(file.path)) {
        if (isNotebookPath(file.path)) c.notebooks++
        files?.push(file)
        continue
      }
      const facts = ctx.source(file)
      if (facts?.generated && !notGenerated.has(file.path)) {
        excluded.set(file.path, { reason: 'generated', source: 'header' })
        const manifest = manifests.get(file.path)
        if (manifest) c.manifests = c.manifests.filter((m) => m !== manifest)
        files ??= c.files.slice(0, i)
        continue
      }
      files?.push(file)
      c.code.push(file)
      if (facts?.hints.some((hint) => ENTRY_HINT.has(hint.id))) c.hinted.push({ file, facts })
    }
    if (files) c.files = files
  }

  mergeContainerOnly(candidates, listed)

  const include = options.include?.length ? picomatch(options.include, { dot: true }) : undefined
  const excludeGlobs = (options.exclude ?? []).map((glob) => ({
    glob,
    test: picomatch(glob, { dot: true }),
  }))
  const configExclusions: Exclusion[] = []
  let configExcludedFiles = 0
  const configExcludedPaths = new Set<string>()
  const units: Unit[] = []
  /** Dockerfile directories with glue scripts at most: maybe a build image for code elsewhere. */
  const buildOnly = new Set<string>()
  for (const root of [...candidates.keys()].sort(compare)) {
    const c = candidates.get(root) as Candidate
    const unitManifests = c.manifests.sort((a, b) => compare(a.path, b.path))
    const isListed = listed.has(root)
    const described = describeKind(ctx, c, unitManifests)
    const shape: KindDecision | undefined =
      isListed && described?.kind !== 'service'
        ? { kind: 'service', evidence: [{ path: root, detail: 'listed in discovery.services' }] }
        : described
    if (shape === undefined) continue
    const excludedBy = excludeGlobs.find((g) => g.test(root))
    const notIncluded = include !== undefined && !include(root)
    const notListed = options.onlyListed === true && !isListed
    if (excludedBy || notIncluded || notListed) {
      configExclusions.push({
        path: root,
        reason: 'config',
        source: excludedBy
          ? `exclude: ${excludedBy.glob}`
          : notIncluded
            ? `include: ${(options.include ?? []).join(', ')}`
            : 'discovery.services (only-listed)',
      })
      configExcludedFiles += c.files.length
      for (const file of c.files) configExcludedPaths.add(file.path)
      continue
    }
    if (
      c.markers.length > 0 &&
      c.markers.every((m) => m.match?.marker.stack === 'container') &&
      !ownsApplicationCode(c)
    )
      buildOnly.add(root)
    const markerPaths = c.markers.map((m) => m.file.path)
    const markers = markerPaths.length > 0 ? markerPaths : [...c.memberOf]
    units.push({
      root,
      name: unitName(root, c, manifests),
      kind: shape.kind,
      kindEvidence: shape.evidence,
      markers: [...new Set(markers)].sort(compare),
      manifests: unitManifests,
      files: c.files,
    })
  }

  const attachedUnits = attachDeployFiles(ctx, units, kept, view.files, buildOnly, (path) =>
    foreignEntry('.', path),
  )

  const exclusions = [
    ...collapseExclusions(view.files, excluded, excludedFiles.filesPerDirectory),
    ...view.pruned,
    ...configExclusions,
  ]
  exclusions.sort((a, b) => compare(a.path, b.path) || compare(a.reason, b.reason))
  return {
    units: attachedUnits,
    exclusions,
    fileCount: view.files.length - excluded.size - configExcludedFiles,
    isCounted: (path) => !excluded.has(path) && !configExcludedPaths.has(path),
  }
}

function addWorkspaceMembers(
  declarations: readonly { file: RepoFile; root: string }[],
  manifests: ReadonlyMap<string, Manifest>,
  directories: ReadonlySet<string>,
  candidate: (root: string) => Candidate,
): void {
  const sortedDirs = [...directories].sort(compare)
  for (const { file, root } of declarations) {
    const manifest = manifests.get(file.path)
    if (!manifest) continue
    const positive: string[] = []
    const negative: string[] = []
    for (const raw of manifest.workspaceMembers) {
      const isNegative = raw.startsWith('!')
      const member = normalizeMember(root, (isNegative ? raw.slice(1) : raw).trim())
      if (member === undefined) continue
      ;(isNegative ? negative : positive).push(member)
    }
    if (positive.length === 0) continue
    const literal = positive.filter((p) => !picomatch.scan(p).isGlob)
    const globs = positive.filter((p) => picomatch.scan(p).isGlob)
    const matchGlob = globs.length > 0 ? picomatch(globs, { dot: true }) : undefined
    const skip = negative.length > 0 ? picomatch(negative, { dot: true }) : undefined
    const members = new Set<string>()
    for (const dir of literal) if (directories.has(dir)) members.add(dir)
    if (matchGlob) for (const dir of sortedDirs) if (matchGlob(dir)) members.add(dir)
    for (const dir of members) {
      if (skip?.(dir)) continue
      const c = candidate(dir)
      if (!c.memberOf.includes(file.path)) c.memberOf.push(file.path)
    }
  }
}

/**
 * A directory whose only markers are Dockerfiles and that owns no code (a `deploy/` or `docker/`
 * folder) builds the code of the candidate above it: it joins that candidate. Directories listed
 * in discovery.services stay where they are.
 */
function mergeContainerOnly(candidates: Map<string, Candidate>, listed: ReadonlySet<string>): void {
  const byDepth = [...candidates.values()].sort(
    (a, b) => segments(b.root).length - segments(a.root).length || compare(a.root, b.root),
  )
  for (const c of byDepth) {
    const containerOnly =
      c.markers.length > 0 && c.markers.every((m) => m.match?.marker.stack === 'container')
    if (!containerOnly || c.memberOf.length > 0 || listed.has(c.root)) continue
    if (ownsApplicationCode(c)) continue
    let merged = false
    for (let dir = parentOf(c.root); dir !== undefined; dir = parentOf(dir)) {
      const parent = candidates.get(dir)
      if (!parent) continue
      moveFiles(c, parent)
      candidates.delete(c.root)
      merged = true
      break
    }
    if (merged) continue
    // No candidate above: the Dockerfile builds the one candidate below it (`ratings/Dockerfile`
    // building `ratings/html/composer.json`). That candidate joins this directory.
    const prefix = c.root === '.' ? '' : `${c.root}/`
    const below = [...candidates.values()].filter((d) => d !== c && d.root.startsWith(prefix))
    const child = below.length === 1 ? below[0] : undefined
    if (!child || child.memberOf.length > 0 || listed.has(child.root)) continue
    moveFiles(child, c)
    candidates.delete(child.root)
  }
}

interface KindDecision {
  kind: ServiceKind
  evidence: Evidence[]
}

function sortEvidence(list: Evidence[]): Evidence[] {
  const seen = new Set<string>()
  return list
    .filter((e) => {
      const key = `${e.path}\u0000${e.line ?? 0}\u0000${e.detail}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .sort(
      (a, b) =>
        compare(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || compare(a.detail, b.detail),
    )
    .slice(0, MAX_KIND_EVIDENCE)
}

/** The kind of a candidate, or undefined when it is not a unit at all. */
function describeKind(
  ctx: ScanContext,
  c: Candidate,
  manifests: readonly Manifest[],
): KindDecision | undefined {
  const { root } = c
  const dirs = segments(root)
  const code = c.code
  const stacks = new Set(c.markers.map((m) => m.match?.marker.stack).filter((s) => s !== undefined))
  const underDocs = dirs.some((d) => DOCS_DIRS.has(d))

  // A workspace root (a Maven aggregator, go.work, an npm workspace root) with no code in its
  // own stack's languages only holds repository scripts: it is not a unit.
  const ownManifests = c.markers
    .filter((m) => m.match?.marker.stack !== 'container')
    .map((m) => manifests.find((x) => x.path === m.file.path))
  if (ownManifests.length > 0 && ownManifests.every((m) => m?.workspaceOnly === true)) {
    const languages = new Set(c.markers.flatMap((m) => m.match?.marker.languages ?? []))
    if (!code.some((f) => languages.has(programmingLanguageOf(f.path) ?? ''))) return undefined
  }

  const generator = docsGenerator(c, manifests, underDocs)
  if (underDocs && !generator) return undefined
  if (code.length === 0 && c.notebooks > 0 && !generator) return undefined
  if (code.length === 0 && !generator && !stacks.has('container')) return undefined

  const sampleDir = dirs.find((d) => SAMPLE_DIRS.has(d))
  if (sampleDir !== undefined) {
    return {
      kind: 'sample',
      evidence: [
        { path: root, detail: `under ${sampleDir}/: sample code, reported but not judged` },
      ],
    }
  }
  if (generator) return { kind: 'docs', evidence: [generator] }

  const containerOnly =
    c.markers.length > 0 && c.markers.every((m) => m.match?.marker.stack === 'container')
  if (containerOnly) {
    const image = thirdPartyImage(manifests)
    if (image?.role === 'web-server') {
      if (c.files.some((f) => WEB_ASSET_EXTENSIONS.some((ext) => f.path.endsWith(ext)))) {
        const detail = `serves static web assets from the official ${image.name} image`
        return { kind: 'frontend', evidence: [{ ...image.at, detail }] }
      }
    } else if (image) {
      const detail = `configures the official ${image.name} image (a third-party ${image.role})`
      return { kind: 'infra', evidence: [{ ...image.at, detail }] }
    }
  }

  if (containerOnly && code.length === 0) {
    // A Dockerfile with nothing to run beside it runs code from elsewhere: a build or development
    // image for another unit (attach-deploy-files.ts ties it to that unit) or someone else's
    // tool. Its CMD starts that code, not code of this directory.
    return {
      kind: 'infra',
      evidence: c.markers
        .filter((m) => m.match?.marker.stack === 'container')
        .map((m) => ({ path: m.file.path, detail: BUILD_ONLY_DETAIL }))
        .slice(0, MAX_KIND_EVIDENCE),
    }
  }

  // A build file that says what the project is (a MAUI app, an Aspire AppHost) outranks its
  // OutputType: an app's or an orchestrator's `Exe` is not a backend the guide judges.
  const declared = manifests.find((m) => m.declaredKind !== undefined)?.declaredKind
  if (declared) return { kind: declared.kind, evidence: [declared.evidence] }

  const service = serviceEvidence(ctx, c, manifests)
  const onlyNode = [...stacks].every((s) => s === 'node' || s === 'container') && stacks.has('node')
  if (onlyNode) {
    const ui = uiEvidence(manifests)
    if (ui && (ui.meta || !service.some((e) => e.jsServer))) {
      return { kind: 'frontend', evidence: sortEvidence(ui.evidence) }
    }
  }
  if (service.length > 0)
    return { kind: 'service', evidence: sortEvidence(service.map((s) => s.evidence)) }
  const first = [...c.markers].sort(
    (a, b) => (a.match?.priority ?? 99) - (b.match?.priority ?? 99),
  )[0]
  const stack = first?.match?.marker.stack
  const detail = stack
    ? LIBRARY_REASONS[stack]
    : 'workspace member with no entry point, server or worker'
  return { kind: 'library', evidence: [{ path: root, detail }] }
}

const IMAGE_ROLES = new Map(THIRD_PARTY_IMAGES.map((i) => [i.image, i.role]))

/** The final stage's base image, when it is a known third-party server image. */
function thirdPartyImage(manifests: readonly Manifest[]):
  | {
      name: string
      role: (typeof THIRD_PARTY_IMAGES)[number]['role']
      at: { path: string; line?: number }
    }
  | undefined {
  for (const manifest of manifests) {
    if (manifest.type !== 'Dockerfile') continue
    const last = manifest.baseImages?.at(-1)
    if (!last) continue
    const name = imageName(last.detail)
    const role = name !== undefined ? IMAGE_ROLES.get(name) : undefined
    if (name !== undefined && role !== undefined) {
      return {
        name,
        role,
        at: { path: last.path, ...(last.line !== undefined ? { line: last.line } : {}) },
      }
    }
  }
  return undefined
}

/** `docker.io/library/mongo:5.0@sha256:…` → `mongo`; undefined for build arguments. */
function imageName(text: string): string | undefined {
  const ref = text
    .replace(/^FROM\s+/i, '')
    .split(/\s+/)
    .find((t) => t !== '' && !t.startsWith('--'))
  if (ref === undefined || ref.includes('$')) return undefined
  const noDigest = ref.split('@')[0] ?? ref
  const last = noDigest.slice(noDigest.lastIndexOf('/') + 1)
  return (last.split(':')[0] ?? last).toLowerCase()
}

function docsGenerator(
  c: Candidate,
  manifests: readonly Manifest[],
  underDocs: boolean,
): Evidence | undefined {
  // The base names of the files at most one folder below the root, in file order, found once.
  let shallow: { path: string; base: string }[] | undefined
  const shallowFiles = (): { path: string; base: string }[] => {
    if (shallow) return shallow
    shallow = []
    for (const file of c.files) {
      const relative = relativeTo(c.root, file.path)
      const slash = relative.indexOf('/')
      if (slash !== -1 && relative.indexOf('/', slash + 1) !== -1) continue
      shallow.push({ path: file.path, base: relative.slice(relative.lastIndexOf('/') + 1) })
    }
    return shallow
  }
  for (const generator of DOCS_GENERATORS) {
    if (generator.onlyUnderDocs && !underDocs) continue
    if (generator.files.length > 0) {
      for (const { path, base } of shallowFiles()) {
        if (generator.files.includes(base)) {
          return { path, detail: `${generator.name} site (${base})` }
        }
      }
    }
    for (const manifest of manifests) {
      const dep = manifest.dependencies.find((d) => generator.dependencies.includes(d.name))
      if (dep)
        return {
          path: dep.path,
          line: dep.line,
          detail: `${generator.name} site (depends on ${dep.name})`,
        }
    }
  }
  return undefined
}

function uiEvidence(
  manifests: readonly Manifest[],
): { meta: boolean; evidence: Evidence[] } | undefined {
  const evidence: Evidence[] = []
  let meta = false
  for (const manifest of manifests) {
    if (manifest.type !== 'package.json') continue
    for (const dep of manifest.dependencies) {
      const isMeta = UI.get(dep.name)
      if (isMeta === undefined) continue
      meta ||= isMeta
      evidence.push({
        path: dep.path,
        line: dep.line,
        detail: `depends on ${dep.name} (browser UI)`,
      })
    }
  }
  return evidence.length > 0 ? { meta, evidence } : undefined
}

interface EntryEvidence {
  evidence: Evidence
  /** A JavaScript server entry: keeps a React + Express package a service, not a frontend. */
  jsServer: boolean
}

function serviceEvidence(
  ctx: ScanContext,
  c: Candidate,
  manifests: readonly Manifest[],
): EntryEvidence[] {
  const out: EntryEvidence[] = []
  for (const manifest of manifests) {
    for (const entry of manifest.entrypoints) {
      if (foreignEntry(c.root, entry.path)) continue
      // package.json `main` and `bin` describe libraries and tools too; only a start/serve script runs a server.
      if (manifest.type === 'package.json' && !/\b(start|serve)\b/i.test(entry.detail)) continue
      // A start script runs a frontend's dev server as often as a backend: it never makes a frontend a service.
      out.push({ evidence: entry, jsServer: false })
    }
    for (const dep of manifest.dependencies) {
      if (dep.dev || dep.indirect) continue
      const what = ENTRY_DEPENDENCY.get(`${dep.ecosystem}\u0000${dep.name}`)
      if (what === undefined) continue
      out.push({
        evidence: { path: dep.path, line: dep.line, detail: `depends on ${dep.name} (${what})` },
        jsServer: dep.ecosystem === 'npm',
      })
    }
  }
  // Entry files, Rust binary targets and JVM main classes are all code (a test holds the entry
  // file names to that): only the code files are asked.
  for (const file of c.code) {
    const relative = relativeTo(c.root, file.path)
    const base = relative.slice(relative.lastIndexOf('/') + 1)
    const entryFile = ENTRY_FILE.get(base)
    const rustBinary =
      relative === 'src/main.rs' || (relative.startsWith('src/bin/') && relative.endsWith('.rs'))
    const jvmCandidate = /(?:^|\/)(?:[A-Za-z]*Application|Main|App)\.(?:java|kt)$/.test(relative)
    // Whether the file is a foreign entry (a test, an example) is asked only of files that would
    // give evidence: it is a glob match per file.
    if (entryFile === undefined && !rustBinary && !jvmCandidate) continue
    if (foreignEntry(c.root, file.path)) continue
    if (entryFile !== undefined) {
      out.push({ evidence: { path: file.path, detail: `${base}: ${entryFile}` }, jsServer: false })
    }
    if (rustBinary) {
      out.push({ evidence: { path: file.path, detail: 'Rust binary target' }, jsServer: false })
    }
    if (jvmCandidate) {
      const main = jvmMain(ctx, file)
      if (main) out.push({ evidence: main, jsServer: false })
    }
  }
  // The sources with an entry hint were found when the generated sources left (no second lookup).
  for (const { file, facts } of c.hinted) {
    for (const hint of facts.hints) {
      const what = ENTRY_HINT.get(hint.id)
      if (what === undefined) continue
      if (hint.id === 'go.func-main' && facts.packageName !== 'main') continue
      if (foreignEntry(c.root, file.path)) break
      out.push({
        evidence: { path: file.path, line: hint.line, detail: `${what}: ${hint.text}` },
        jsServer: hint.id === 'js.listen',
      })
    }
  }
  return out
}

function jvmMain(ctx: ScanContext, file: RepoFile): Evidence | undefined {
  const read = ctx.view.read(file.path, MAX_JVM_MAIN_BYTES)
  if (!read.ok) return undefined
  const lines = read.text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (/\bstatic\s+void\s+main\s*\(|^\s*fun\s+main\s*\(/.test(line)) {
      return { path: file.path, line: i + 1, detail: `main method: ${line.trim().slice(0, 120)}` }
    }
  }
  return undefined
}

/** A declared name is used when it is short and plain; otherwise the directory names the unit. */
const PLAIN_NAME = /^[@A-Za-z0-9][\w@./-]{0,63}$/

function unitName(root: string, c: Candidate, manifests: ReadonlyMap<string, Manifest>): string {
  const ordered = [...c.markers].sort(
    (a, b) =>
      (a.match?.priority ?? 99) - (b.match?.priority ?? 99) || compare(a.file.path, b.file.path),
  )
  for (const { file } of ordered) {
    const manifest = manifests.get(file.path)
    if (!manifest?.name) continue
    let name = manifest.name.trim()
    if (manifest.type === 'go.mod') {
      const parts = name.split('/')
      const last = parts[parts.length - 1] ?? ''
      name = /^v\d+$/.test(last) && parts.length > 1 ? (parts[parts.length - 2] ?? last) : last
    }
    if (PLAIN_NAME.test(name)) return name
  }
  if (root === '.') return 'root'
  return root.slice(root.lastIndexOf('/') + 1)
}
