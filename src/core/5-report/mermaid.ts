/**
 * The Mermaid quadrant chart: each judged service placed by how much AI/data work it does (x)
 * against how much concurrency/latency load it carries (y). The right half is Python's home, the
 * top half Go's, so a Go service far right or a Python service far up stands out.
 */
import type { Category, Service, Strength } from '../model.js'
import { compareStrings, replaceControl } from './common.js'

/** Which signal categories feed each axis, and how much each signal counts. Documented data. */
export const QUADRANT_WEIGHTS = {
  /** The guide: "Python for AI/LLM, data, or ML work". */
  x: ['ai-ml', 'data'] as readonly Category[],
  /** The guide: "Go when you need high concurrency or low latency". */
  y: ['concurrency', 'latency'] as readonly Category[],
  /** Points per signal: a strong signal is direct evidence, a weak one only hints. */
  strength: { strong: 1, weak: 0.4 } as Readonly<Record<Strength, number>>,
} as const

/** Offsets (in chart units) for the 2nd, 3rd, ... service that would land on the same spot. */
const NUDGES: readonly (readonly [number, number])[] = [
  [0.04, 0],
  [0, 0.04],
  [-0.04, 0],
  [0, -0.04],
  [0.04, 0.04],
  [-0.04, 0.04],
  [-0.04, -0.04],
  [0.04, -0.04],
]

/** How many offsets to try before accepting an overlap (ten rings). */
const MAX_NUDGES = NUDGES.length * 10

/** A service's position on the chart. */
export interface QuadrantPoint {
  root: string
  label: string
  /** AI/data weight, 0..1. */
  x: number
  /** Concurrency/latency weight, 0..1. */
  y: number
}

/**
 * The AI/data (x) and concurrency/latency (y) weights of a service, each in 0..1: from the sum p of
 * its signals' points on that axis (strong 1, weak 0.4), 1 − e^(−p), rounded to 2 decimals. One
 * strong signal lands past the middle (0.63), one weak hint below it (0.33), and more evidence
 * approaches 1 without passing it. Never throws.
 */
export function quadrantWeights(service: Service): { x: number; y: number } {
  const axis = (categories: readonly Category[]): number => {
    let points = 0
    for (const s of service.signals) {
      if (categories.includes(s.category)) points += QUADRANT_WEIGHTS.strength[s.strength]
    }
    return round2(1 - Math.exp(-points))
  }
  return { x: axis(QUADRANT_WEIGHTS.x), y: axis(QUADRANT_WEIGHTS.y) }
}

/**
 * The chart's points: services of kind `service` only, sorted by root. A service whose spot is
 * already taken moves to the first free spot among fixed offsets around it, ring by ring (no
 * randomness), kept inside 0..1, so identical services stay apart and legible.
 */
export function quadrantPoints(services: readonly Service[]): QuadrantPoint[] {
  const judged = services
    .filter((s) => s.kind === 'service' && !s.counted)
    .sort((a, b) => compareStrings(a.root, b.root))
  const taken = new Set<string>()
  return judged.map((service) => {
    const { x, y } = quadrantWeights(service)
    let spot = { x, y }
    for (let attempt = 0; taken.has(`${spot.x},${spot.y}`) && attempt < MAX_NUDGES; attempt++) {
      const ring = Math.floor(attempt / NUDGES.length) + 1
      const [dx, dy] = NUDGES[attempt % NUDGES.length] ?? [0, 0]
      spot = { x: clamp(round2(x + dx * ring)), y: clamp(round2(y + dy * ring)) }
    }
    taken.add(`${spot.x},${spot.y}`)
    return { root: service.root, label: pointLabel(service), x: spot.x, y: spot.y }
  })
}

/**
 * The Mermaid `quadrantChart` source (without the code fence) for the judged services. Every text
 * is quoted and sanitised, and every coordinate is written in the form Mermaid's grammar accepts
 * (`0`, `1` or `0.NN`), so the chart parses whatever the services are called. With no judged
 * service the chart has axes and quadrants but no points. Never throws.
 */
export function renderQuadrantChart(services: Service[]): string {
  const lines = [
    'quadrantChart',
    '  title "Workload vs language home"',
    '  x-axis "Little AI/data work" --> "Heavy AI/data work"',
    '  y-axis "Light concurrency/latency load" --> "Heavy concurrency/latency load"',
    '  quadrant-1 "Both: split per service"',
    '  quadrant-2 "Go\'s home: concurrency/latency-heavy"',
    '  quadrant-3 "Either language fits"',
    '  quadrant-4 "Python\'s home: AI/data-heavy"',
  ]
  for (const p of quadrantPoints(services)) {
    lines.push(`  "${p.label}": [${coordinate(p.x)}, ${coordinate(p.y)}]`)
  }
  return lines.join('\n') + '\n'
}

/** `services/api (go)`: the root and the language, so a point in the other home reads as such. */
function pointLabel(service: Service): string {
  return sanitiseLabel(`${service.root} (${service.language.id})`)
}

/**
 * Makes a string safe inside a quoted Mermaid label: no double quotes (they end the string), no
 * backticks (a leading one switches to Markdown), no angle brackets, `#`, `;` or `%` (entity,
 * statement and comment syntax in other diagram types), no control characters; at most 60
 * characters.
 */
export function sanitiseLabel(text: string): string {
  const clean = replaceControl(text, ' ')
    .replace(/["`]/g, "'")
    .replace(/[<>#;%{}\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const chars = [...clean]
  return chars.length > 60 ? chars.slice(0, 59).join('') + '…' : clean || 'service'
}

function round2(n: number): number {
  return Math.round(n * 100) / 100
}

function clamp(n: number): number {
  return Math.min(1, Math.max(0, n))
}

/** Mermaid's quadrant grammar accepts `1` or `0` followed by an optional fraction, nothing else. */
function coordinate(n: number): string {
  if (n >= 1) return '1'
  if (n <= 0) return '0'
  return n.toFixed(2)
}
