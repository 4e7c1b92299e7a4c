/**
 * Renders docs/signals.md from the signal definitions and the detection catalog, so the document
 * cannot drift from what the code detects.
 */
import { CATEGORIES } from '../model.js'
import { CATALOGS } from './catalog/index.js'
import { BASE_IMAGE_RULES, DOCKER_ENV_RULES, GO_BUILDER_IMAGES } from './catalog/docker.js'
import { NATIVE_BUILD_RULES } from './catalog/native-build.js'
import { MAX_CMAKE_BYTES } from './native-build.js'
import { FILE_RULES, STRONG_NOTEBOOK_COUNT } from './catalog/files.js'
import { HINT_RULES } from './catalog/hints.js'
import {
  GPU_COMPOSE_DRIVERS,
  GPU_RESOURCE_NAMES,
  INFRA_THRESHOLDS,
  limitThresholds,
  MAX_DEPLOYMENT_YAML_BYTES,
  REPLICATED_KINDS,
} from './catalog/kubernetes.js'
import { DEFAULT_TIGHT_LIMITS, PROFILES } from '../4-evaluate/profiles.js'
import { TEST_DIRECTORIES, TEST_FILE_PATTERNS } from './catalog/sources.js'
import type { EcosystemCatalog } from './catalog/types.js'
import { MAX_EVIDENCE } from './detect-signals.js'
import { INHERITANCE_RULES } from './inherited-signals.js'
import { defaultImports } from './match.js'
import { SIGNALS } from './signal-definitions.js'

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

function code(items: readonly string[]): string {
  return items.map((i) => `\`${i}\``).join(', ')
}

/** Display width as Prettier measures it for the characters this document uses. */
function width(text: string): number {
  return [...text].length
}

/** A Markdown table, columns padded the way Prettier formats them, so `npm run format` keeps it. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cells = [header.map(cell), ...rows.map((row) => row.map(cell))]
  const widths = header.map((_, i) => Math.max(3, ...cells.map((row) => width(row[i] ?? ''))))
  const line = (row: readonly string[]): string =>
    `| ${widths.map((w, i) => (row[i] ?? '') + ' '.repeat(w - width(row[i] ?? ''))).join(' | ')} |`
  const [head = [], ...body] = cells
  return [
    line(head),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...body.map(line),
  ].join('\n')
}

function importsCell(
  catalog: EcosystemCatalog,
  packages: readonly string[],
  imports?: readonly string[],
): string {
  if (catalog.importStyle === 'none') return '—'
  const list = imports ?? defaultImports(catalog.importStyle, packages)
  if (list.length === 0) return '(not matched from imports)'
  const same = imports === undefined && catalog.importStyle !== 'python'
  return same ? 'same as package' : code(list)
}

function ecosystemSection(catalog: EcosystemCatalog): string {
  const parts = [`### ${catalog.title}`, '']
  parts.push(
    catalog.importStyle === 'none'
      ? 'Matched from manifest dependencies only (no import lexer for this language yet).'
      : `Matched from manifest dependencies and from imports in ${catalog.languages.join(', ')} files.`,
    '',
  )
  parts.push(
    table(
      ['Signal', 'Strength', 'Packages', 'Imports', 'Note'],
      catalog.signals.map((e) => [
        `\`${e.signal}\``,
        e.supporting ? `${e.strength}, supporting only` : e.strength,
        code(e.packages),
        importsCell(catalog, e.packages, e.imports),
        e.note ?? '',
      ]),
    ),
  )
  if (catalog.frameworks.length > 0) {
    parts.push('', `Frameworks (${catalog.title}):`, '')
    parts.push(
      table(
        ['Framework', 'Role', 'Concurrency model', 'Packages', 'Imports', 'Note'],
        catalog.frameworks.map((f) => [
          `\`${f.framework}\``,
          f.role,
          f.model,
          f.packages.length > 0 ? code(f.packages) : '—',
          importsCell(catalog, f.packages, f.imports),
          [f.note ?? '', f.requiresHints ? `Needs the code hint ${code(f.requiresHints)}.` : '']
            .filter(Boolean)
            .join(' '),
        ]),
      ),
    )
  }
  return parts.join('\n')
}

/**
 * The Markdown of docs/signals.md: every signal (id, category, title, description), the packages
 * and imports that emit each one per ecosystem, the frameworks, and the infrastructure detectors
 * with their thresholds and reasons. Deterministic: the same catalog always renders the same text.
 */
export function renderSignalsDoc(): string {
  const out: string[] = [
    '# Workload signals',
    '',
    '<!-- Generated from src/core/3-detect by `npm run docs`. Do not edit by hand. -->',
    '',
    "A signal is a workload trait of a service — the guide's axes: AI/ML, data, concurrency, latency, resource cost, deployment and prototyping. Each has a strength (`strong` when the evidence is the workload itself, `weak` when it only suggests it) and evidence: the path, line and text that matched. A signal's strength is the strongest of its evidence.",
    '',
    '## Signals',
    '',
  ]
  for (const category of CATEGORIES) {
    const defs = SIGNALS.filter((s) => s.category === category)
    if (defs.length === 0) continue
    out.push(`### ${category}`, '')
    out.push(
      table(
        ['Id', 'Title', 'Meaning'],
        defs.map((s) => [`\`${s.id}\``, s.title, s.description]),
      ),
      '',
    )
  }

  out.push(
    '## How evidence is collected',
    '',
    "- **Manifests**: every dependency of the service's manifests. Development dependencies never signal.",
    "- **Supporting evidence**: some evidence only backs a signal that other evidence proves; it is listed with that signal (as `weak`) and never makes a signal on its own. Two kinds: dependencies declared only transitively (Go `// indirect` requirements, which by Go's own definition no package of the module imports), and catalog entries marked *supporting only* below (packages used alike by clients and servers or only at build time). Alone they would turn another library's choices into the service's workload, and a policy with `evidence: any` would turn them into errors; attached, they still show in `explain` and in a finding's evidence.",
    "- **Imports**: imports in the service's Python, Go and JavaScript/TypeScript files, outside comments and strings. The service's own packages are not signals (Python top-level packages of the service, Go packages under its module path, its own npm name).",
    `- **Tests and generated code do not count**: files under ${code(TEST_DIRECTORIES.map((d) => `${d}/`))} and files named like ${code(TEST_FILE_PATTERNS.map((r) => r.source))}; files whose header marks them generated.`,
    `- Evidence is deduplicated and sorted by path and line; at most ${MAX_EVIDENCE} pieces are kept per signal, strong evidence first.`,
    '',
    '## Signals lent by in-repository libraries',
    '',
    "A service that builds against a library of the same repository by path runs that library's code in its own process, so the library's signals are the service's too (an API that publishes through a shared event-bus project reaches the broker). After every unit is detected, each service gets them as follows (src/core/3-detect/inherited-signals.ts).",
    '',
    table(
      ['What', 'Rule'],
      INHERITANCE_RULES.map((r) => [r.what, r.rule]),
    ),
    '',
    '## Packages and imports per ecosystem',
    '',
    'Package names are compared as each ecosystem does: PyPI lower-case with `-`, `_` and `.` alike; NuGet and Composer case-insensitively; crates with `-` and `_` alike. Go module paths also match their sub-packages and major-version suffixes. A trailing `*` is a prefix pattern.',
    '',
  )
  for (const catalog of CATALOGS) out.push(ecosystemSection(catalog), '')

  out.push(
    '## Code hints',
    '',
    'Patterns the lexers find in code (never in comments or strings).',
    '',
  )
  out.push(
    table(
      ['Hint', 'Signal', 'Strength', 'Condition', 'Reason'],
      HINT_RULES.map((r) => [
        `\`${r.hint}\``,
        `\`${r.signal}\``,
        r.strength,
        [
          r.when
            ? `the hint text mentions ${code(r.when.textIncludes)}, or the service already has ${code(r.when.orUnitSignals)}`
            : 'always',
          r.unlessSameLine ? `; not on a line with ${code(r.unlessSameLine)}` : '',
        ].join(''),
        r.reason,
      ]),
    ),
    '',
    'Other hints (`go.goroutine`, `py.asyncio`, `py.main-guard`, `go.listen`, `js.listen`, ...) are not signals by themselves; `go.listen` and `js.listen` let the standard-library servers count as frameworks.',
    '',
  )

  out.push(
    '## Dockerfiles',
    '',
    'Base images are compared after dropping `docker.io/`, `library/`, the digest and the tag.',
    '',
  )
  out.push(
    table(
      ['Images', 'Signal', 'Strength', 'Condition', 'Reason'],
      BASE_IMAGE_RULES.map((r) => [
        r.images.includes('*') ? 'any image' : code(r.images),
        `\`${r.signal}\``,
        r.strength,
        [
          r.requires ? `name or tag contains ${code(r.requires)}` : '',
          r.requiresGoBuild
            ? `a Go build: a ${code(GO_BUILDER_IMAGES)} stage, or a Go service`
            : '',
        ]
          .filter(Boolean)
          .join('; ') || 'always',
        r.reason,
      ]),
    ),
    '',
    table(
      ['Setting', 'Signal', 'Strength', 'Reason'],
      DOCKER_ENV_RULES.map((r) => [
        `\`${r.variable}=${r.value}\``,
        `\`${r.signal}\``,
        r.strength,
        r.reason,
      ]),
    ),
    '',
    'Packages installed in `RUN pip install ...` and `RUN npm install ...` count as dependencies of the Dockerfile.',
    '',
  )

  out.push(
    '## Native builds (CMake)',
    '',
    `\`CMakeLists.txt\` and \`*.cmake\` files of the service (tests aside), up to ${MAX_CMAKE_BYTES / 1024} KiB each: the package of each \`find_package(...)\` and the libraries of each \`target_link_libraries(...)\`, compared case-insensitively (a trailing \`*\` matches a prefix). A service in any language that links these does the work in its own process.`,
    '',
    table(
      ['find_package', 'target_link_libraries', 'Signal', 'Strength', 'Reason'],
      NATIVE_BUILD_RULES.map((r) => [
        code(r.packages),
        code(r.libraries),
        `\`${r.signal}\``,
        r.strength,
        r.reason,
      ]),
    ),
    '',
  )

  out.push(
    '## Kubernetes, Helm and Compose',
    '',
    `Only YAML files of the service are read, up to ${MAX_DEPLOYMENT_YAML_BYTES / 1024} KiB each: Kubernetes manifests (documents with \`apiVersion\` and \`kind\`; every document of a multi-document file), Helm values (\`values*.yaml\` beside a \`Chart.yaml\`; chart templates are not parsed) and Compose files (\`docker-compose*.yml\`, \`compose*.yaml\`). In Compose files only services built from inside the service directory count; services that only pull an image are someone else's workload. Invalid YAML becomes a diagnostic and the other documents are still read.`,
    '',
    `- **GPU** (\`ai-ml.gpu\`, strong): a ${code(GPU_RESOURCE_NAMES)} request or limit above zero; in Compose, \`runtime: ${GPU_COMPOSE_DRIVERS.join('|')}\`, \`gpus:\`, or a \`deploy.resources.reservations.devices\` entry with \`driver: ${GPU_COMPOSE_DRIVERS.join('|')}\` or the \`gpu\` capability.`,
    `- **Replicas** count for ${code(REPLICATED_KINDS)}; autoscalers are \`HorizontalPodAutoscaler\` (\`maxReplicas\`) and KEDA \`ScaledObject\` (\`maxReplicaCount\`). Limits of \`initContainers\` are ignored.`,
    '',
  )
  out.push(
    table(
      ['Threshold', 'Signal', 'Strength', 'Fires when', 'Reason'],
      Object.entries(INFRA_THRESHOLDS).map(([name, t]) => [
        name,
        `\`${t.signal}\``,
        t.strength,
        `${t.compare === 'at-least' ? '≥' : '≤'} ${t.display}`,
        t.reason,
      ]),
    ),
    '',
    "**Tight limits depend on the runtime.** A container memory limit (Kubernetes `resources.limits.memory`, Compose `mem_limit` / `deploy.resources.limits.memory`) at or below the service's language line is `resource.tight-limits`, strong. A CPU limit at or below its line is supporting evidence only (weak, attached when a memory limit proves the signal): a CPU limit caps throughput per replica, which more replicas buy back, while a memory limit is a floor every process must fit under however many replicas run. A low CPU limit alone (a load generator at `250m`, a uniform house default) is therefore not a tight budget in the guide's sense. The lines come from the language profiles (docs/profiles.md):",
    '',
    table(
      ['Language', 'Memory ≤', 'Why', 'CPU ≤', 'Why'],
      [
        ...PROFILES.map((p) => [p.name, p.tightLimits] as const),
        ['any other language', DEFAULT_TIGHT_LIMITS] as const,
      ].map(([name, l]) => {
        const t = limitThresholds(l)
        return [name, t.memory.display, l.memoryReason, t.cpu.display, l.cpuReason]
      }),
    ),
    '',
  )

  out.push(
    '## Files',
    '',
    'Model artefacts and notebooks are recognised by extension and never read.',
    '',
  )
  out.push(
    table(
      ['Extensions', 'Signal', 'Strength', 'Reason'],
      FILE_RULES.map((r) => [
        code(r.extensions),
        `\`${r.signal}\``,
        r.signal === 'prototype.notebook'
          ? `${r.strength}; strong with ${STRONG_NOTEBOOK_COUNT} or more notebooks`
          : r.strongFromBytes
            ? `${r.strength} from ${r.strongFromBytes / (1024 * 1024)} MiB, weak below`
            : r.strength,
        r.reason,
      ]),
    ),
    '',
    '## Custom signals',
    '',
    'A policy may add `customSignals`: `{ ecosystem, signal, strength, packages, imports? }`. The signal is a built-in id or a new `category.trait` id whose category is one of the axes above. Invalid entries become diagnostics and are ignored.',
    '',
  )
  return out.join('\n')
}
