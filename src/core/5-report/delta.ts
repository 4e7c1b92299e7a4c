/**
 * The lead of a pull-request report: what the change did to each service it touches, in one
 * sentence per service ("This PR moves `services/checkout` (Go) toward AI/ML: +`require
 * github.com/sashabaranov/go-openai v1.32.0` (go.mod:14), +3 imports"), then what it resolved.
 * Shared by the Markdown and terminal reports; each passes its own escaping.
 */
import { languageByAlias, programmingLanguageOf } from '../2-classify/languages.js'
import type { Category, Delta, Evidence, Finding, Report, Service, ServiceDelta } from '../model.js'
import { formatPercent, location } from './common.js'

/** How a workload category reads in a sentence ("toward AI/ML"). */
export const CATEGORY_WORDS: Readonly<Record<Category, string>> = {
  'ai-ml': 'AI/ML',
  data: 'data processing',
  concurrency: 'concurrency',
  latency: 'low latency',
  resource: 'tight resource budgets',
  deployment: 'single-binary deployment',
  prototype: 'prototyping',
}

/** Evidence lines named one by one per service before the rest are counted. */
export const DELTA_MAX_NAMED = 3

/** How the caller shows text from the tree: inline code and escaped prose. */
export interface DeltaStyle {
  code(value: string): string
  text(value: string): string
}

/** The display name of a language id (`go` → `Go`), the id itself when linguist does not know it. */
export function languageName(id: string): string {
  return languageByAlias(id) ?? id
}

/**
 * One line per changed service, in root order, saying what the change did to it: added,
 * removed, moved toward or away from a workload category (with the evidence lines that brought
 * the new signals in), kind and language changes, and language share shifts. Empty when no
 * service changed. Deterministic; never throws.
 */
export function deltaSentences(report: Report, style: DeltaStyle): string[] {
  const delta = report.delta
  if (!delta) return []
  const headByRoot = new Map(report.services.map((s) => [s.root, s]))
  return delta.services.map((d) => sentence(d, headByRoot.get(d.root), style))
}

function sentence(d: ServiceDelta, head: Service | undefined, style: DeltaStyle): string {
  const language = languageName(d.language.head ?? d.language.base ?? 'unknown')
  const who = `${style.code(d.root)} (${style.text(language)})`
  if (d.change === 'removed') return `This PR removes ${who}.`
  const clauses: string[] = []
  const added = evidenceSummary(d, head, style)
  if (d.change === 'added') {
    const workload = d.toward.map((c) => CATEGORY_WORDS[c]).join(', ')
    clauses.push(
      `This PR adds ${who}${workload ? ` with ${style.text(workload)} work` : ''}${added ? `: ${added}` : ''}`,
    )
  } else if (d.toward.length > 0) {
    const toward = d.toward.map((c) => CATEGORY_WORDS[c]).join(', ')
    clauses.push(`This PR moves ${who} toward ${style.text(toward)}${added ? `: ${added}` : ''}`)
  } else if (d.awayFrom.length > 0) {
    const away = d.awayFrom.map((c) => CATEGORY_WORDS[c]).join(', ')
    clauses.push(`This PR moves ${who} away from ${style.text(away)}`)
  } else {
    clauses.push(`This PR changes ${who}`)
  }
  if (d.change === 'changed' && d.toward.length > 0 && d.awayFrom.length > 0) {
    clauses.push(`away from ${style.text(d.awayFrom.map((c) => CATEGORY_WORDS[c]).join(', '))}`)
  }
  if (d.kind) clauses.push(`now a ${d.kind.head} (was a ${d.kind.base})`)
  if (d.change === 'changed' && d.language.base !== d.language.head && d.language.base) {
    clauses.push(`now ${style.text(language)} (was ${style.text(languageName(d.language.base))})`)
  }
  const removedSignals = d.signals.filter((s) => s.change === 'removed')
  if (d.change === 'changed' && removedSignals.length > 0 && d.awayFrom.length === 0) {
    clauses.push(`no longer ${removedSignals.map((s) => style.code(s.id)).join(', ')}`)
  }
  if (d.change === 'changed' && d.shares.length > 0) {
    const shifts = d.shares.map(
      (s) =>
        `${style.text(languageName(s.id))} ${formatPercent(s.base)} → ${formatPercent(s.head)}`,
    )
    clauses.push(`language share ${shifts.join(', ')}`)
  }
  return `${clauses.join('; ')}.`
}

/**
 * `+`require x v1` (go.mod:14), +3 imports`: dependency and configuration lines named (up to
 * DELTA_MAX_NAMED, paths relative to the service), code lines counted as imports.
 */
function evidenceSummary(d: ServiceDelta, head: Service | undefined, style: DeltaStyle): string {
  const seen = new Set<string>()
  const named: Evidence[] = []
  let imports = 0
  for (const signal of d.signals) {
    for (const e of signal.added) {
      const key = `${e.path}\u0000${e.line ?? 0}`
      if (seen.has(key)) continue
      seen.add(key)
      const manifest = head?.markers.includes(e.path) ?? false
      if (!manifest && programmingLanguageOf(e.path) !== undefined) imports += 1
      else named.push(e)
    }
  }
  const parts = named
    .slice(0, DELTA_MAX_NAMED)
    .map(
      (e) =>
        `+${style.code(e.detail)} (${style.text(location({ ...e, path: within(d.root, e.path) }))})`,
    )
  const more = named.length - DELTA_MAX_NAMED
  if (more > 0) parts.push(`+${more} more ${more === 1 ? 'line' : 'lines'}`)
  if (imports > 0) parts.push(`+${imports} ${imports === 1 ? 'import' : 'imports'}`)
  return parts.join(', ')
}

function within(root: string, path: string): string {
  return root !== '.' && path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path
}

/**
 * `Analysed 2 services in full; 40 untouched ones were only counted.` for a changed-scope delta,
 * undefined when every service was analysed.
 */
export function deltaCoverage(delta: Delta): string | undefined {
  const coverage = delta.coverage
  if (!coverage || coverage.counted.length === 0) return undefined
  const analysed = coverage.analysed.length
  const counted = coverage.counted.length
  return `Analysed ${analysed} ${analysed === 1 ? 'directory' : 'directories'} in full; ${counted} untouched ${counted === 1 ? 'one was' : 'ones were'} only counted (use scope all to analyse every one).`
}

/** `2 new, 3 existing, 1 resolved` for the delta's counts. */
export function deltaCounts(delta: Delta): string {
  const { counts } = delta
  return `${counts.new} new, ${counts.existing} existing, ${counts.resolved} resolved`
}

/** The findings of a report split by status; findings without a status count as new. */
export function findingsByStatus(findings: readonly Finding[]): {
  fresh: Finding[]
  existing: Finding[]
} {
  return {
    fresh: findings.filter((f) => f.status !== 'existing'),
    existing: findings.filter((f) => f.status === 'existing'),
  }
}
