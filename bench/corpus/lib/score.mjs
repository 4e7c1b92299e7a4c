// Scores one stackfit JSON report against one hand-written label file. Pure: no I/O.
// The label format is documented in bench/corpus/README.md.
import { parseDocument } from 'yaml'

const KINDS = ['service', 'library', 'frontend', 'sample', 'docs', 'infra']
const CATEGORIES = [
  'ai-ml',
  'data',
  'concurrency',
  'latency',
  'resource',
  'deployment',
  'prototype',
]
const STRENGTHS = ['strong', 'weak']

function lineOf(doc, path, lineCounter) {
  const node = doc.getIn(path, true)
  const offset = node?.range?.[0]
  if (offset === undefined) return undefined
  return lineCounter(offset)
}

/**
 * Parses and validates a label file. Returns `{ labels }` or `{ errors }` (each `file:line: reason`);
 * never throws.
 */
export function parseLabels(text, file) {
  // The failsafe schema keeps every scalar a string: a commit such as 1234...0 stays a commit.
  const doc = parseDocument(text, { prettyErrors: true, schema: 'failsafe' })
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  const lineCounter = (offset) => {
    let line = 0
    while (line + 1 < starts.length && starts[line + 1] <= offset) line++
    return line + 1
  }
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map(
        (e) => `${file}:${e.linePos?.[0]?.line ?? 1}: ${e.message.split('\n')[0]}`,
      ),
    }
  }
  const errors = []
  const at = (path, reason) => {
    const line = lineOf(doc, path, lineCounter) ?? 1
    errors.push(`${file}:${line}: ${reason}`)
  }
  const data = doc.toJS()
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { errors: [`${file}:1: expected a mapping with repository, commit and units`] }
  }
  if (typeof data.repository !== 'string' || !/^[^/\s]+\/[^/\s]+$/.test(data.repository)) {
    at(['repository'], 'repository must be "owner/name"')
  }
  if (typeof data.commit !== 'string' || !/^[0-9a-f]{40}$/.test(data.commit)) {
    at(['commit'], 'commit must be the 40-hex commit the labels were made against')
  }
  const units = Array.isArray(data.units) ? data.units : []
  if (!Array.isArray(data.units)) at(['units'], 'units must be a list')
  const roots = new Map()
  units.forEach((unit, i) => {
    const where = ['units', i]
    if (typeof unit?.root !== 'string' || unit.root === '') return at(where, 'unit needs a root')
    if (!KINDS.includes(unit.kind))
      at([...where, 'kind'], `kind must be one of ${KINDS.join(', ')}`)
    for (const root of [unit.root, ...(unit.also ?? [])]) {
      if (roots.has(root)) at(where, `root ${root} is labelled twice`)
      roots.set(root, unit.root)
    }
    if (unit.language !== undefined && typeof unit.language !== 'string') {
      at([...where, 'language'], 'language must be a lower-case linguist name')
    }
    ;(unit.signals ?? []).forEach((signal, j) => {
      const sw = [...where, 'signals', j]
      if (!CATEGORIES.includes(signal?.category)) {
        at(sw, `signal category must be one of ${CATEGORIES.join(', ')}`)
      }
      if (!STRENGTHS.includes(signal?.strength)) at(sw, 'signal strength must be strong or weak')
      if (!Array.isArray(signal?.evidence) || signal.evidence.length === 0) {
        at(sw, 'signal needs at least one evidence line')
      }
    })
  })
  const findings = Array.isArray(data.findings) ? data.findings : []
  findings.forEach((finding, i) => {
    if (!/^SF\d{3}$/.test(finding?.rule ?? ''))
      at(['findings', i], 'finding needs a rule id (SF101)')
    if (!roots.has(finding?.service)) {
      at(['findings', i], `finding names service ${finding?.service}, which no unit labels`)
    }
  })
  const notServices = Array.isArray(data['not-services']) ? data['not-services'] : []
  notServices.forEach((entry, i) => {
    if (typeof entry?.path !== 'string' || typeof entry?.why !== 'string') {
      at(['not-services', i], 'not-services entries need a path and a why')
    }
  })
  if (errors.length > 0) return { errors }
  return {
    labels: {
      repository: data.repository,
      commit: data.commit,
      shape: data.shape ?? '',
      units: units.map((u) => ({
        root: u.root,
        also: u.also ?? [],
        kind: u.kind,
        language: u.language,
        optional: u.optional === 'true',
        signals: (u.signals ?? []).map((s) => ({
          category: s.category,
          strength: s.strength,
          optional: s.optional === 'true',
          evidence: s.evidence,
        })),
      })),
      notServices: notServices.map((n) => ({ path: n.path, why: n.why })),
      findings: findings.map((f) => ({
        rule: f.rule,
        service: roots.get(f.service),
        optional: f.optional === 'true',
        why: f.why ?? '',
      })),
    },
  }
}

function inside(path, dir) {
  return dir === '.' || path === dir || path.startsWith(`${dir}/`)
}

function cite(evidence) {
  return (evidence ?? [])
    .slice(0, 3)
    .map((e) => `${e.path}${e.line ? `:${e.line}` : ''} ${e.detail}`)
    .join('; ')
}

/** Counts of one precision/recall measure. */
function tally() {
  return { tp: 0, fp: 0, fn: 0 }
}

/**
 * Compares a stackfit report (the JSON of `scan --format json`) with the labels. Returns the
 * counts of every measure and the list of every miss and false alarm, each with the evidence
 * stackfit gave (or the label's own evidence for a miss). Deterministic: issues sorted.
 */
export function scoreReport(labels, report) {
  const byRoot = new Map()
  for (const unit of labels.units)
    for (const root of [unit.root, ...unit.also]) byRoot.set(root, unit)
  const found = new Map(report.services.map((s) => [s.root, s]))
  const foundFor = (unit) =>
    [unit.root, ...unit.also].map((r) => found.get(r)).find((s) => s !== undefined)
  const issues = []
  const discovery = tally()
  const language = { correct: 0, total: 0 }
  const signals = tally()
  const strength = { agree: 0, total: 0 }
  const findings = tally()

  for (const unit of labels.units) {
    const service = foundFor(unit)
    if (unit.kind === 'service' && !unit.optional) {
      if (service?.kind === 'service') discovery.tp++
      else {
        discovery.fn++
        issues.push({
          type: 'service-miss',
          where: unit.root,
          text: service
            ? `labelled service, reported as ${service.kind}: ${cite(service.kindEvidence)}`
            : 'labelled service, not discovered',
        })
      }
    }
    if (service && unit.language !== undefined && unit.kind !== 'infra') {
      language.total++
      if (service.language.id === unit.language) language.correct++
      else {
        issues.push({
          type: 'language-miss',
          where: unit.root,
          text: `labelled ${unit.language}, reported ${service.language.id}: ${cite(service.language.evidence)}`,
        })
      }
    }
    if (service?.kind === 'service' && unit.kind === 'service' && !unit.optional) {
      const reported = new Map()
      for (const signal of service.signals) {
        const prev = reported.get(signal.category)
        if (!prev || (prev.strength === 'weak' && signal.strength === 'strong')) {
          reported.set(signal.category, signal)
        }
      }
      const labelled = new Map(unit.signals.map((s) => [s.category, s]))
      for (const [category, label] of labelled) {
        const got = reported.get(category)
        if (label.optional) continue
        if (got) {
          signals.tp++
          strength.total++
          if (got.strength === label.strength) strength.agree++
        } else {
          signals.fn++
          issues.push({
            type: 'signal-miss',
            where: unit.root,
            text: `${category} (${label.strength}) not reported; label evidence: ${label.evidence.join('; ')}`,
          })
        }
      }
      for (const [category, got] of reported) {
        if (labelled.has(category)) continue
        signals.fp++
        issues.push({
          type: 'signal-false-alarm',
          where: unit.root,
          text: `${got.id} (${got.strength}): ${cite(got.evidence)}`,
        })
      }
    }
  }

  const labelledRoots = new Set(byRoot.keys())
  for (const service of report.services) {
    if (service.kind !== 'service') continue
    const unit = byRoot.get(service.root)
    if (unit && (unit.kind === 'service' || unit.optional)) continue
    discovery.fp++
    const fence = labels.notServices.find((n) => inside(service.root, n.path))
    const why = unit
      ? `labelled ${unit.kind}`
      : fence
        ? `not a service: ${fence.why}`
        : labelledRoots.size > 0
          ? 'not labelled as a service'
          : 'no labels'
    issues.push({
      type: 'service-false-alarm',
      where: service.root,
      text: `${why}; stackfit: ${cite(service.kindEvidence)}`,
    })
  }

  const key = (rule, root) => `${rule} ${root}`
  const canonical = (root) => byRoot.get(root)?.root ?? root
  const expected = new Map(labels.findings.map((f) => [key(f.rule, f.service), f]))
  const reported = new Map()
  for (const f of report.findings) reported.set(key(f.ruleId, canonical(f.service)), f)
  for (const [k, f] of expected) {
    if (f.optional) continue
    if (reported.has(k)) findings.tp++
    else {
      findings.fn++
      issues.push({ type: 'finding-miss', where: f.service, text: `${f.rule} expected: ${f.why}` })
    }
  }
  for (const [k, f] of reported) {
    if (expected.has(k)) continue
    findings.fp++
    issues.push({
      type: 'finding-false-alarm',
      where: canonical(f.service),
      text: `${f.ruleId}: ${cite(f.evidence)}`,
    })
  }

  issues.sort(
    (a, b) =>
      ISSUE_ORDER.indexOf(a.type) - ISSUE_ORDER.indexOf(b.type) ||
      (a.where < b.where ? -1 : a.where > b.where ? 1 : 0) ||
      (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
  )
  return { repository: labels.repository, discovery, language, signals, strength, findings, issues }
}

const ISSUE_ORDER = [
  'service-miss',
  'service-false-alarm',
  'language-miss',
  'signal-miss',
  'signal-false-alarm',
  'finding-miss',
  'finding-false-alarm',
]

/** precision, recall and F1 of a tally; null where the denominator is zero. */
export function rates({ tp, fp, fn }) {
  const precision = tp + fp === 0 ? null : tp / (tp + fp)
  const recall = tp + fn === 0 ? null : tp / (tp + fn)
  const f1 =
    precision === null || recall === null || precision + recall === 0
      ? null
      : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

/** Sums per-repository scores into a total (micro-averaged). */
export function totalScore(scores) {
  const sum = (pick) =>
    scores.reduce(
      (acc, s) => {
        for (const k of Object.keys(acc)) acc[k] += pick(s)[k]
        return acc
      },
      Object.fromEntries(Object.keys(pick(scores[0] ?? EMPTY)).map((k) => [k, 0])),
    )
  return {
    repository: 'total',
    discovery: sum((s) => s.discovery),
    language: sum((s) => s.language),
    signals: sum((s) => s.signals),
    strength: sum((s) => s.strength),
    findings: sum((s) => s.findings),
    issues: scores.flatMap((s) => s.issues.map((i) => ({ ...i, repository: s.repository }))),
  }
}

const EMPTY = {
  discovery: tally(),
  language: { correct: 0, total: 0 },
  signals: tally(),
  strength: { agree: 0, total: 0 },
  findings: tally(),
}

function fmt(value) {
  return value === null ? '—' : value.toFixed(2)
}

/** The Markdown table of per-repository rows and the total. */
export function renderTable(scores) {
  const rows = [...scores, totalScore(scores)].map((s) => {
    const d = rates(s.discovery)
    const sig = rates(s.signals)
    const f = rates(s.findings)
    const lang = s.language.total === 0 ? null : s.language.correct / s.language.total
    const name = s.repository === 'total' ? '**total**' : s.repository
    return `| ${name} | ${fmt(d.precision)} | ${fmt(d.recall)} | ${fmt(d.f1)} | ${fmt(lang)} (${s.language.correct}/${s.language.total}) | ${fmt(sig.precision)} | ${fmt(sig.recall)} | ${fmt(f.precision)} | ${fmt(f.recall)} |`
  })
  return [
    '| repository | service P | service R | service F1 | language | signal P | signal R | finding P | finding R |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n')
}

/** Every miss and false alarm, one line each, grouped by repository. */
export function renderIssues(scores) {
  const lines = []
  for (const s of scores) {
    lines.push(`### ${s.repository}`, '')
    if (s.issues.length === 0) lines.push('No misses and no false alarms.')
    for (const i of s.issues) lines.push(`- **${i.type}** \`${i.where}\`: ${i.text}`)
    lines.push('')
  }
  return lines.join('\n')
}
