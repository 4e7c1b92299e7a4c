export interface Tally {
  tp: number
  fp: number
  fn: number
}
export interface LabelledSignal {
  category: string
  strength: 'strong' | 'weak'
  optional: boolean
  evidence: string[]
}
export interface LabelledUnit {
  root: string
  also: string[]
  kind: string
  language?: string
  optional: boolean
  signals: LabelledSignal[]
}
export interface Labels {
  repository: string
  commit: string
  shape: string
  units: LabelledUnit[]
  notServices: { path: string; why: string }[]
  findings: { rule: string; service: string; optional: boolean; why: string }[]
}
export interface Issue {
  type:
    | 'service-miss'
    | 'service-false-alarm'
    | 'language-miss'
    | 'signal-miss'
    | 'signal-false-alarm'
    | 'finding-miss'
    | 'finding-false-alarm'
  where: string
  text: string
  repository?: string
}
export interface Score {
  repository: string
  discovery: Tally
  language: { correct: number; total: number }
  signals: Tally
  strength: { agree: number; total: number }
  findings: Tally
  issues: Issue[]
}
export interface ReportLike {
  services: {
    root: string
    kind: string
    kindEvidence: { path: string; line?: number; detail: string }[]
    language: { id: string; evidence: { path: string; line?: number; detail: string }[] }
    signals: {
      id: string
      category: string
      strength: 'strong' | 'weak'
      evidence: { path: string; line?: number; detail: string }[]
    }[]
  }[]
  findings: {
    ruleId: string
    service: string
    evidence: { path: string; line?: number; detail: string }[]
  }[]
}
export function parseLabels(
  text: string,
  file: string,
): { labels: Labels; errors?: undefined } | { errors: string[]; labels?: undefined }
export function scoreReport(labels: Labels, report: ReportLike): Score
export function rates(tally: Tally): {
  precision: number | null
  recall: number | null
  f1: number | null
}
export function totalScore(scores: Score[]): Score
export function renderTable(scores: Score[]): string
export function renderIssues(scores: Score[]): string
