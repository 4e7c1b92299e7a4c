/**
 * Hand-made Service objects for rule tests, shaped exactly as the detect stage returns them.
 * Evidence is written as `'path:line detail'` (or `'path detail'` with no line), so a table of
 * cases reads like the files it stands for.
 */
import type {
  Analysis,
  Evidence,
  Framework,
  LanguageId,
  Service,
  ServiceKind,
  Signal,
  Strength,
} from '../../src/core/model.js'
import { categoryRank } from '../../src/core/model.js'
import { SIGNALS, type SignalId } from '../../src/core/3-detect/signal-definitions.js'

/** `'requirements.txt:3 torch==2.3.1'` → `{ path, line: 3, detail: 'torch==2.3.1' }`. */
export function ev(spec: string): Evidence {
  const space = spec.indexOf(' ')
  const location = space < 0 ? spec : spec.slice(0, space)
  const detail = space < 0 ? '' : spec.slice(space + 1)
  const match = /^(.*):(\d+)$/.exec(location)
  return match
    ? { path: match[1] as string, line: Number(match[2]), detail }
    : { path: location, detail }
}

export interface SignalSpec {
  id: SignalId
  /** Defaults to `strong`. */
  strength?: Strength
  at: readonly string[]
}

export interface FrameworkSpec {
  name: string
  role?: Framework['role']
  model: Framework['model']
  at?: readonly string[]
}

export interface ServiceSpec {
  root: string
  language: LanguageId
  kind?: ServiceKind
  name?: string
  signals?: SignalSpec[]
  frameworks?: FrameworkSpec[]
  /** Language evidence; defaults to one line naming the dominant language. */
  languageEvidence?: readonly string[]
}

/** A Service sorted as the pipeline sorts it (signals by category then id, frameworks by name). */
export function buildService(spec: ServiceSpec): Service {
  const signals: Signal[] = (spec.signals ?? []).map((s) => {
    const def = SIGNALS.find((d) => d.id === s.id)
    if (!def) throw new Error(`unknown signal ${s.id}`)
    return {
      id: s.id,
      category: def.category,
      strength: s.strength ?? 'strong',
      evidence: s.at
        .map(ev)
        .sort((a, b) =>
          a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0),
        ),
    }
  })
  signals.sort(
    (a, b) =>
      categoryRank(a.category) - categoryRank(b.category) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  const frameworks: Framework[] = (spec.frameworks ?? [])
    .map((f) => ({
      name: f.name,
      role: f.role ?? 'web',
      model: f.model,
      evidence: (f.at ?? []).map(ev),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const name = spec.name ?? (spec.root === '.' ? 'repo' : (spec.root.split('/').pop() as string))
  return {
    root: spec.root,
    name,
    kind: spec.kind ?? 'service',
    kindEvidence: [],
    markers: [],
    language: {
      id: spec.language,
      shares: [{ id: spec.language, bytes: 1000, share: 1 }],
      evidence: (spec.languageEvidence ?? [`${spec.root}/main 100% ${spec.language}`]).map(ev),
    },
    signals,
    frameworks,
  }
}

/** An Analysis holding these services, sorted by root. */
export function buildAnalysis(...services: Service[]): Analysis {
  return {
    services: [...services].sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : 0)),
    exclusions: [],
    diagnostics: [],
    fileCount: 0,
  }
}
