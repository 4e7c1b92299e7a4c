/**
 * Deployment files that describe a service living elsewhere are attached to that service. Three
 * rules, each on its own evidence (the tables are in attach-rules.ts):
 *  - a Kubernetes manifest or Helm template outside any service whose workload (or autoscaler)
 *    names exactly one service — by `metadata.name`, a container's name or an image's repository
 *    name equal to the service's directory or declared name — is attached to it, document by
 *    document;
 *  - a Compose service outside the service it builds (`build: ./payment`) is attached to it;
 *  - a build directory (a Dockerfile with glue scripts at most) that a Compose service uses to
 *    run the code of exactly one other unit (through `working_dir` inside a bind-mounted folder),
 *    or whose Dockerfile COPYs one unit's files, is attached to that unit and is no unit itself;
 *    running several directories, or one the scan excludes, it becomes an `infra` unit that
 *    names them.
 * Pure: reads through the scan context's view only; never throws.
 */
import * as posix from 'node:path/posix'
import { isMap, isScalar, LineCounter, parseAllDocuments, type Document } from 'yaml'
import type { ScanContext } from '../context.js'
import type { Evidence } from '../model.js'
import type { RepoFile } from '../ports.js'
import {
  COMPOSE_FILE,
  HELM_DIRECTIVE,
  MAX_ATTACH_YAML_BYTES,
  SCALER_KINDS,
  WORKLOAD_KINDS,
} from './attach-rules.js'
import type { AttachedFile, Unit } from './unit.js'

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const POD_SPEC = new Map(WORKLOAD_KINDS.map((w) => [w.kind, w.podSpec]))
const SCALERS = new Set(SCALER_KINDS)
const KIND_LINE = new RegExp(
  `^kind:\\s*["']?(?:${[...POD_SPEC.keys(), ...SCALERS].join('|')})["']?\\s*$`,
  'm',
)
/** Units that deployment files may describe. */
const DESCRIBED_KINDS = new Set(['service', 'frontend'])

/**
 * The YAML a Helm template renders to, line for line: a directive alone on its line (`{{- if }}`,
 * `{{- toYaml . | nindent 8 }}`) becomes spaces; a directive inside a value
 * (`image: {{ .Values.repo }}/rs-payment:{{ .Values.tag }}`) becomes underscores, so the value
 * stays one plain scalar. Newlines inside a directive are kept: lines stay where they were.
 */
export function helmTemplateAsYaml(text: string): string {
  const marked = text.replace(HELM_DIRECTIVE, (directive) => directive.replace(/[^\n]/g, '\uE000'))
  return marked
    .split('\n')
    .map((line) =>
      /^[\s\uE000]*$/.test(line) ? line.replace(/\uE000/g, ' ') : line.replace(/\uE000/g, '_'),
    )
    .join('\n')
}

/** True when `path` sits in a chart's `templates/` folder (a `Chart.yaml` beside `templates/`). */
export function isHelmTemplate(path: string, paths: ReadonlySet<string>): boolean {
  for (let dir = posix.dirname(path); dir !== '.' && dir !== ''; dir = posix.dirname(dir)) {
    if (posix.basename(dir) !== 'templates') continue
    const chart = posix.dirname(dir)
    const prefix = chart === '.' ? '' : `${chart}/`
    if (paths.has(`${prefix}Chart.yaml`) || paths.has(`${prefix}Chart.yml`)) return true
  }
  return false
}

function at(path: string, line: number | undefined, detail: string): Evidence {
  return line === undefined ? { path, detail } : { path, line, detail }
}

/**
 * Attaches outside deployment files to the units they describe and folds build directories into
 * the one unit they serve. `kept` are the scanned files, `allFiles` every file of the view (a
 * Compose mount may run a directory the scan excluded); `buildOnly` holds the roots of units that
 * are a Dockerfile with glue scripts at most; `skip` tells which files may not be attached
 * (samples, tests, scripts, docs). Returns the units in the order given, without the build
 * directories folded into another unit, with `attached` (sorted by path) where something was.
 */
export function attachDeployFiles(
  ctx: ScanContext,
  units: readonly Unit[],
  kept: readonly RepoFile[],
  allFiles: readonly RepoFile[],
  buildOnly: ReadonlySet<string>,
  skip: (path: string) => boolean,
): Unit[] {
  // Only YAML files are ever looked up by owner.
  const owner = new Map<string, Unit>()
  for (const unit of units)
    for (const file of unit.files) if (isYamlPath(file.path)) owner.set(file.path, unit)
  const byRoot = new Map(units.map((u) => [u.root, u]))
  const byName = new Map<string, Unit[]>()
  const addName = (name: string, unit: Unit): void => {
    const key = name.toLowerCase()
    const list = byName.get(key) ?? []
    if (!list.includes(unit)) list.push(unit)
    byName.set(key, list)
  }
  for (const unit of units) {
    if (!DESCRIBED_KINDS.has(unit.kind) || buildOnly.has(unit.root)) continue
    if (unit.root !== '.') addName(posix.basename(unit.root), unit)
    addName(unit.name, unit)
  }
  // Helm templates are told by the charts beside them: only chart files are looked up.
  const charts = new Set<string>()
  for (const file of kept)
    if (isYamlPath(file.path) && CHART_FILE.test(file.path)) charts.add(file.path)
  // What a unit describes itself is looked up only for the units something would be attached to
  // (most units never are): ownTargets reads YAML files, and reports nothing, so asking later
  // gives the same answer without reading every described unit's manifests.
  const ownDescription = new Map<Unit, ReadonlySet<Target>>()
  const describesItself = (unit: Unit, target: Target): boolean => {
    if (!DESCRIBED_KINDS.has(unit.kind)) return false
    let targets = ownDescription.get(unit)
    if (targets === undefined) ownDescription.set(unit, (targets = ownTargets(ctx, unit, charts)))
    return targets.has(target)
  }
  const attached = new Map<Unit, AttachedFile[]>()
  const attach = (unit: Unit, entry: AttachedFile): void => {
    if (entry.format !== 'dockerfile' && describesItself(unit, targetOf(entry.format))) return
    const list = attached.get(unit) ?? []
    const same = list.find((a) => a.file.path === entry.file.path && a.format === entry.format)
    if (same && same.lines && entry.lines) same.lines.push(...entry.lines)
    else if (!same) list.push(entry)
    attached.set(unit, list)
  }
  /** The nearest unit whose root is `dir` or above it. */
  const unitAt = (dir: string): Unit | undefined => {
    for (let d = dir; ; d = posix.dirname(d)) {
      const unit = byRoot.get(d)
      if (unit) return unit
      if (d === '.' || d === '/' || d === '') return undefined
    }
  }
  /** Build directory → the directories whose code it runs (with their unit, if one was found). */
  const consumers = new Map<
    string,
    { targets: Map<string, Unit | undefined>; evidence: Evidence[] }
  >()
  const consume = (root: string, dir: string, unit: Unit | undefined, evidence: Evidence): void => {
    const entry = consumers.get(root) ?? {
      targets: new Map<string, Unit | undefined>(),
      evidence: [],
    }
    entry.targets.set(dir, unit)
    entry.evidence.push(evidence)
    consumers.set(root, entry)
  }
  // Every directory of the view (a Compose mount may run one the scan excluded); built on first use.
  let existingDirs: Set<string> | undefined
  const existing = (): ReadonlySet<string> => (existingDirs ??= directoriesOf(allFiles))

  for (const file of kept) {
    if (!isYamlPath(file.path) || file.size > MAX_ATTACH_YAML_BYTES) continue
    const base = posix.basename(file.path)
    const own = owner.get(file.path)
    if (own && DESCRIBED_KINDS.has(own.kind) && !buildOnly.has(own.root)) continue
    if (skip(file.path)) continue
    const compose = COMPOSE_FILE.test(base)
    const template = !compose && isHelmTemplate(file.path, charts)
    const read = ctx.view.read(file.path, MAX_ATTACH_YAML_BYTES)
    if (!read.ok) continue
    const text = template ? helmTemplateAsYaml(read.text) : read.text
    if (!compose && !KIND_LINE.test(text)) continue
    const lineCounter = new LineCounter()
    let docs: Document[]
    try {
      docs = parseAllDocuments(text, { lineCounter }) as Document[]
      if (!Array.isArray(docs)) continue
    } catch {
      continue
    }
    const lineOf = (offset: number | undefined): number | undefined =>
      offset === undefined ? undefined : lineCounter.linePos(offset).line
    for (const doc of docs) {
      if (doc.errors.length > 0 || !isMap(doc.contents)) continue
      if (compose) {
        composeServices(doc, lineOf, (service) => {
          const context = buildContext(file.path, service.build)
          if (context === undefined) return
          const built = unitAt(context)
          if (!built) return
          if (buildOnly.has(built.root)) {
            const served = servedDirectory(
              file.path,
              service.workingDir,
              service.volumes,
              unitAt,
              existing,
            )
            if (!served || served.unit === built) return
            const evidence = at(file.path, service.line, `${service.name}: runs ${served.dir}`)
            consume(built.root, served.dir, served.unit, evidence)
          } else if (DESCRIBED_KINDS.has(built.kind) && owner.get(file.path) !== built) {
            attach(built, {
              file,
              format: 'compose',
              lines: [service.lines],
              because: at(
                file.path,
                service.line,
                `Compose service ${service.name} builds ${built.root}`,
              ),
            })
          }
        })
        continue
      }
      let value: unknown
      try {
        value = doc.toJS({ maxAliasCount: 100 })
      } catch {
        continue
      }
      const names = workloadNames(value)
      if (!names) continue
      const matched = new Set<Unit>()
      for (const name of names.names) for (const unit of byName.get(name) ?? []) matched.add(unit)
      const [unit] = matched
      if (matched.size !== 1 || !unit) continue
      const range = doc.contents.range
      const from = lineOf(range?.[0]) ?? 1
      const to = lineOf(lastOffset(range)) ?? from
      attach(unit, {
        file,
        format: template ? 'helm-template' : 'kubernetes',
        lines: [[from, to]],
        because: at(file.path, from, `${names.kind} ${names.names[0] ?? ''} names ${unit.root}`),
      })
    }
  }

  // The scanned paths and their directories, for COPY sources: built only when a build directory
  // has a Dockerfile to read.
  let keptPaths: { paths: Set<string>; directories: Set<string> } | undefined
  const scanned = (): { paths: Set<string>; directories: Set<string> } =>
    (keptPaths ??= { paths: new Set(kept.map((f) => f.path)), directories: directoriesOf(kept) })
  for (const root of [...buildOnly].sort(compare)) {
    const build = byRoot.get(root)
    if (!build) continue
    for (const file of build.files) {
      if (!DOCKERFILE.test(file.path)) continue
      const { paths, directories } = scanned()
      for (const copy of copiedUnits(ctx, file, paths, directories, unitAt)) {
        if (copy.unit === build || buildOnly.has(copy.unit.root)) continue
        consume(root, copy.unit.root, copy.unit, copy.evidence)
      }
    }
  }

  const removed = new Set<string>()
  const rewritten = new Map<string, Evidence[]>()
  for (const [root, { targets, evidence }] of consumers) {
    const build = byRoot.get(root)
    if (!build) continue
    const dirs = [...targets.keys()].sort(compare)
    const only = dirs.length === 1 ? targets.get(dirs[0] ?? '') : undefined
    if (only) {
      removed.add(root)
      for (const file of build.files) {
        if (!DOCKERFILE.test(file.path)) continue
        attach(only, {
          file,
          format: 'dockerfile',
          because: evidence[0] ?? at(root, undefined, ''),
        })
      }
    } else {
      const names = dirs.map((d) => (targets.get(d) ? d : `${d} (not scanned)`)).join(', ')
      const what = dirs.length > 1 ? `shared by ${names}` : `for ${names}`
      rewritten.set(root, [
        at(
          evidence[0]?.path ?? root,
          evidence[0]?.line,
          `build or development image ${what}; not a service of its own`,
        ),
      ])
    }
  }

  const out: Unit[] = []
  for (const unit of units) {
    if (removed.has(unit.root)) continue
    const files = attached.get(unit)
    const kindEvidence = rewritten.get(unit.root)
    out.push({
      ...unit,
      ...(kindEvidence ? { kind: 'infra' as const, kindEvidence } : {}),
      ...(files && files.length > 0
        ? {
            attached: files
              .map((a) => (a.lines ? { ...a, lines: mergeRanges(a.lines) } : a))
              .sort((a, b) => compare(a.file.path, b.file.path) || compare(a.format, b.format)),
          }
        : {}),
    })
  }
  return out
}

type Target = 'kubernetes' | 'compose'

const YAML_FILE = /\.ya?ml$/i

/**
 * True for a path ending in `.yaml` or `.yml`, in any case. Asked of every scanned file: a path
 * whose last character is not `l` or `L` is told without the expression.
 */
export function isYamlPath(path: string): boolean {
  return (path.charCodeAt(path.length - 1) | 0x20) === 0x6c && YAML_FILE.test(path)
}
const CHART_FILE = /(?:^|\/)Chart\.ya?ml$/

/** Every directory holding one of `files` or above one, the root (`.`) left out. */
function directoriesOf(files: readonly RepoFile[]): Set<string> {
  const out = new Set<string>()
  let last = ''
  for (const { path } of files) {
    const slash = path.lastIndexOf('/')
    if (slash === -1 || (slash === last.length && path.startsWith(last))) continue
    last = path.slice(0, slash)
    for (let dir = last; dir !== '.' && !out.has(dir); dir = posix.dirname(dir)) out.add(dir)
  }
  return out
}

function targetOf(format: AttachedFile['format']): Target {
  return format === 'compose' ? 'compose' : 'kubernetes'
}

/**
 * The deployment targets the unit describes itself (a Compose file; a Helm chart or a Kubernetes
 * workload manifest). For those targets its own files speak for it, and manifests elsewhere are
 * variants (optional add-ons, other environments) that are not attached.
 */
function ownTargets(ctx: ScanContext, unit: Unit, paths: ReadonlySet<string>): Set<Target> {
  const targets = new Set<Target>()
  for (const file of unit.files) {
    if (targets.size === 2) break
    if (!isYamlPath(file.path)) continue
    const base = posix.basename(file.path)
    if (COMPOSE_FILE.test(base)) targets.add('compose')
    else if (/^Chart\.ya?ml$/.test(base)) targets.add('kubernetes')
    else if (targets.has('kubernetes') || file.size > MAX_ATTACH_YAML_BYTES) continue
    else if (isHelmTemplate(file.path, paths)) targets.add('kubernetes')
    else {
      const read = ctx.view.read(file.path, MAX_ATTACH_YAML_BYTES)
      if (read.ok && KIND_LINE.test(read.text)) targets.add('kubernetes')
    }
  }
  return targets
}

/** The offset of a node's last character (a node's end offset is past its trailing newline). */
function lastOffset(range: readonly number[] | null | undefined): number | undefined {
  if (!range || range.length < 3) return undefined
  return Math.max(range[0] ?? 0, (range[2] ?? 0) - 1)
}

const DOCKERFILE = /(^|\/)(Dockerfile([.][^/]*)?|[^/]*\.Dockerfile|Containerfile)$/

/**
 * The units a Dockerfile copies code from: `COPY`/`ADD` sources (not `--from` a stage) read from
 * the repository root, the usual build context of a Dockerfile kept away from its code
 * (`docker build -f deploy/api/Dockerfile .`). A source must exist in the repository and lie in a
 * unit other than the root one; sources with variables or globs, and `.`, say nothing.
 */
function copiedUnits(
  ctx: ScanContext,
  file: RepoFile,
  paths: ReadonlySet<string>,
  directories: ReadonlySet<string>,
  unitAt: (dir: string) => Unit | undefined,
): { unit: Unit; evidence: Evidence }[] {
  const read = ctx.view.read(file.path, MAX_ATTACH_YAML_BYTES)
  if (!read.ok) return []
  const out: { unit: Unit; evidence: Evidence }[] = []
  const lines = read.text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim()
    const m = /^(?:COPY|ADD)\s+(.+)$/i.exec(line)
    if (!m?.[1] || /--from[=\s]/i.test(m[1])) continue
    let args: string[]
    if (m[1].startsWith('[')) {
      try {
        const parsed: unknown = JSON.parse(m[1])
        args = Array.isArray(parsed) ? parsed.filter((a): a is string => typeof a === 'string') : []
      } catch {
        continue
      }
    } else args = m[1].split(/\s+/).filter((a) => !a.startsWith('--'))
    for (const source of args.slice(0, -1)) {
      if (/[$*?[]/.test(source) || /^[a-z]+:\/\//i.test(source)) continue
      const path = posix.normalize(source.replace(/^\/+/, '')).replace(/\/+$/, '')
      if (path === '.' || path === '' || path.startsWith('..')) continue
      if (!paths.has(path) && !directories.has(path)) continue
      const unit = unitAt(path)
      if (!unit || unit.root === '.') continue
      out.push({
        unit,
        evidence: at(file.path, i + 1, `${line.slice(0, 120)}: copies ${unit.root}`),
      })
    }
  }
  return out
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const out: [number, number][] = []
  for (const [from, to] of sorted) {
    const last = out.at(-1)
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to)
    else out.push([from, to])
  }
  return out
}

function get(value: unknown, path: readonly string[]): unknown {
  let node = value
  for (const key of path) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

/** `registry:5000/acme/rs-payment:1.2@sha256:…` → `rs-payment`. */
function imageRepository(image: string): string | undefined {
  const noDigest = image.split('@')[0] ?? image
  const last = noDigest.slice(noDigest.lastIndexOf('/') + 1)
  const name = (last.split(':')[0] ?? '').trim()
  return name === '' ? undefined : name
}

/** The names a workload or scaler document gives its service, lower-cased; undefined for other kinds. */
function workloadNames(value: unknown): { kind: string; names: string[] } | undefined {
  const kind = text(get(value, ['kind']))
  if (kind === undefined || text(get(value, ['apiVersion'])) === undefined) return undefined
  const names: string[] = []
  const push = (name: string | undefined): void => {
    if (name !== undefined && !names.includes(name.toLowerCase())) names.push(name.toLowerCase())
  }
  if (SCALERS.has(kind)) {
    push(text(get(value, ['spec', 'scaleTargetRef', 'name'])))
    return names.length > 0 ? { kind, names } : undefined
  }
  const podSpec = POD_SPEC.get(kind)
  if (!podSpec) return undefined
  push(text(get(value, ['metadata', 'name'])))
  const containers = get(value, [...podSpec, 'containers'])
  if (Array.isArray(containers)) {
    for (const container of containers) {
      push(text(get(container, ['name'])))
      const image = text(get(container, ['image']))
      push(image === undefined ? undefined : imageRepository(image))
    }
  }
  return names.length > 0 ? { kind, names } : undefined
}

interface ComposeService {
  name: string
  line: number | undefined
  lines: [number, number]
  build: unknown
  workingDir: string | undefined
  volumes: unknown
}

function composeServices(
  doc: Document,
  lineOf: (offset: number | undefined) => number | undefined,
  each: (service: ComposeService) => void,
): void {
  const services = doc.get('services', true)
  if (!isMap(services)) return
  for (const pair of services.items) {
    if (!isScalar(pair.key) || !isMap(pair.value)) continue
    const node = pair.value
    const line = lineOf(pair.key.range?.[0])
    const to = lineOf(lastOffset(node.range)) ?? line ?? 1
    let service: Record<string, unknown>
    try {
      service = node.toJSON() as Record<string, unknown>
    } catch {
      continue
    }
    each({
      name: String(pair.key.value),
      line,
      lines: [line ?? 1, to],
      build: service.build,
      workingDir: text(service.working_dir),
      volumes: service.volumes,
    })
  }
}

/** The repo-relative directory a Compose `build` reads from, when it is inside the repository. */
function buildContext(composePath: string, build: unknown): string | undefined {
  const raw =
    typeof build === 'string' ? build : (text(get(build, ['context'])) ?? (build ? '.' : undefined))
  if (raw === undefined || /^[a-z]+:\/\//i.test(raw) || raw.startsWith('git@')) return undefined
  if (raw.startsWith('/')) return undefined
  const dir = posix.normalize(posix.join(posix.dirname(composePath), raw))
  return dir.startsWith('..') ? undefined : dir
}

/** Relative bind mounts of a Compose service: `./web:/web`, `{ type: bind, source, target }`. */
function bindMounts(composePath: string, volumes: unknown): { host: string; target: string }[] {
  if (!Array.isArray(volumes)) return []
  const out: { host: string; target: string }[] = []
  for (const volume of volumes) {
    let source: string | undefined
    let target: string | undefined
    if (typeof volume === 'string') {
      const [s, t] = volume.split(':')
      source = s
      target = t
    } else {
      source = text(get(volume, ['source']))
      target = text(get(volume, ['target']))
    }
    // Compose reads a source that starts with `.` as a path; anything else is a named volume.
    if (source === undefined || target === undefined || !source.startsWith('.')) continue
    const host = posix.normalize(posix.join(posix.dirname(composePath), source))
    if (host.startsWith('..')) continue
    out.push({ host, target: posix.normalize(target) })
  }
  return out
}

/**
 * The directory whose code a Compose service runs from a bind mount: the mount that holds its
 * `working_dir`, mapped back to the repository, else its single mount. With the unit there, if
 * one was found (a directory the scan excluded has none, but still exists in the repository).
 */
function servedDirectory(
  composePath: string,
  workingDir: string | undefined,
  volumes: unknown,
  unitAt: (dir: string) => Unit | undefined,
  existing: () => ReadonlySet<string>,
): { dir: string; unit: Unit | undefined } | undefined {
  const resolve = (dir: string): { dir: string; unit: Unit | undefined } | undefined => {
    const unit = unitAt(dir)
    if (unit && unit.root !== '.') return { dir: unit.root, unit }
    return existing().has(dir) ? { dir, unit: undefined } : undefined
  }
  const mounts = bindMounts(composePath, volumes)
  if (workingDir !== undefined) {
    const wd = posix.normalize(workingDir)
    for (const { host, target } of mounts) {
      if (wd !== target && !wd.startsWith(`${target}/`)) continue
      const served = resolve(posix.normalize(posix.join(host, wd.slice(target.length))))
      if (served) return served
    }
  }
  const served = mounts.map((m) => resolve(m.host)).filter((s) => s !== undefined)
  const dirs = new Set(served.map((s) => s.dir))
  return dirs.size === 1 ? served[0] : undefined
}
