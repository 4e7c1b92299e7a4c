/**
 * Planning workflow annotations so that the ones GitHub displays are the ones that matter.
 */
import type { Finding, Severity } from '../../model.js'
import { severityRank } from '../../model.js'
import { anchorOf } from './markers.js'

/**
 * What GitHub shows: at most 10 annotations of each level per step and 50 per job. The step cap
 * applies to what this step emits, so that is the budget we plan for.
 */
export const ANNOTATION_LIMITS = { perLevel: 10, perJob: 50 } as const

const SUMMARY_TITLE = 'stackfit: more findings in the job summary'

export interface AnnotationSpec {
  level: Severity
  title: string
  message: string
  /** Repo-relative path; absent when the finding has no evidence. */
  file?: string
  startLine?: number
}

export interface AnnotationPlanOptions {
  /** Repo-relative paths changed by the pull request; their findings rank first within a level. */
  changedFiles?: ReadonlySet<string>
  /** Defaults to ANNOTATION_LIMITS.perLevel. */
  perLevel?: number
  /** Defaults to ANNOTATION_LIMITS.perJob. */
  perJob?: number
  /** Annotations the step has already used or will use for other messages (warnings about publishing). */
  reserved?: Partial<Record<Severity, number>>
}

export interface AnnotationPlan {
  /** Errors first, then warnings, then notices; within a level changed files first, then input order. */
  annotations: AnnotationSpec[]
  /** Findings that got no annotation because of the caps. */
  omitted: number
}

/**
 * Ranks and caps the annotations for the findings (waived findings get none). When some are left
 * out, the last notice slot is given to one annotation saying how many more are in the job summary,
 * so the plan never exceeds the caps. Deterministic; never throws.
 */
export function planAnnotations(
  findings: readonly Finding[],
  options: AnnotationPlanOptions = {},
): AnnotationPlan {
  const perLevel = options.perLevel ?? ANNOTATION_LIMITS.perLevel
  const changed = options.changedFiles ?? new Set<string>()
  const ranked = findings
    .map((finding, order) => ({ finding, order, anchor: anchorOf(finding) }))
    .filter((x) => !x.finding.waived)
    .sort(
      (a, b) =>
        severityRank(a.finding.severity) - severityRank(b.finding.severity) ||
        rankChanged(a.anchor?.path, changed) - rankChanged(b.anchor?.path, changed) ||
        a.order - b.order,
    )
  const reserved = options.reserved ?? {}
  const room: Record<Severity, number> = {
    error: Math.max(0, perLevel - (reserved.error ?? 0)),
    warning: Math.max(0, perLevel - (reserved.warning ?? 0)),
    notice: Math.max(0, perLevel - (reserved.notice ?? 0)),
  }
  const reservedTotal = (reserved.error ?? 0) + (reserved.warning ?? 0) + (reserved.notice ?? 0)
  let total = Math.max(0, (options.perJob ?? ANNOTATION_LIMITS.perJob) - reservedTotal)
  const chosen: AnnotationSpec[] = []
  const fits = (level: Severity): boolean => room[level] > 0 && total > 0
  for (const { finding, anchor } of ranked) {
    if (!fits(finding.severity)) continue
    room[finding.severity]--
    total--
    chosen.push(annotationFor(finding, anchor))
  }
  let summary: AnnotationSpec | undefined
  if (chosen.length < ranked.length) {
    // The summary notice needs a notice slot and a job slot: give up the least important pick.
    if (room.notice === 0 || total === 0) {
      const lastNotice = findLastIndex(chosen, (a) => a.level === 'notice')
      const drop = lastNotice >= 0 ? lastNotice : total === 0 ? chosen.length - 1 : -1
      const dropped = drop >= 0 ? chosen.splice(drop, 1)[0] : undefined
      if (dropped) {
        room[dropped.level]++
        total++
      }
    }
    const omitted = ranked.length - chosen.length
    if (room.notice > 0 && total > 0) {
      summary = {
        level: 'notice',
        title: SUMMARY_TITLE,
        message: `${omitted} more ${omitted === 1 ? 'finding is' : 'findings are'} not shown as annotations (GitHub shows at most ${perLevel} of each level per step); the job summary lists every finding.`,
      }
    }
  }
  const omitted = ranked.length - chosen.length
  return { annotations: summary ? [...chosen, summary] : chosen, omitted }
}

function annotationFor(finding: Finding, anchor: ReturnType<typeof anchorOf>): AnnotationSpec {
  const spec: AnnotationSpec = {
    level: finding.severity,
    title: `${finding.ruleId} ${finding.ruleName} (${finding.service})`,
    message: `${finding.message}\nFix: ${finding.fix}`,
  }
  if (anchor) {
    spec.file = anchor.path
    if (anchor.line !== undefined) spec.startLine = anchor.line
  }
  return spec
}

function rankChanged(path: string | undefined, changed: ReadonlySet<string>): number {
  return path !== undefined && changed.has(path) ? 0 : 1
}

function findLastIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i] as T)) return i
  return -1
}
