/**
 * Stage 2: a unit's language. Bytes per programming language, from linguist's data; notebooks
 * count their code cells only; the dominant language wins, and the unit's manifests break a
 * near-tie.
 */
import type { ScanContext } from '../context.js'
import type { LanguageResult, LanguageShare } from '../model.js'
import type { RepoFile } from '../ports.js'
import type { Unit } from '../1-discover/unit.js'
import { matchMarker } from '../1-discover/service-markers.js'
import { leanNotebook, leanNotebookBytes } from './notebook-json.js'
import {
  isBuildLanguage,
  isGlueLanguage,
  isNotebookPath,
  languageByAlias,
  languageId,
  programmingLanguageOf,
} from './languages.js'

/** Two languages whose byte counts differ by at most this fraction of the larger are tied. */
export const TIE_MARGIN = 0.1
/** Notebooks above this size are not parsed (outputs can be huge); they count as 0 bytes. */
export const MAX_NOTEBOOK_BYTES = 16 * 1024 * 1024
/** Notebook kernels that do not declare a language are Python. */
const DEFAULT_NOTEBOOK_LANGUAGE = 'Python'

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Groups digits by thousands with commas, independent of the locale. */
export function formatBytes(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}

function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/**
 * Code-cell bytes of a notebook and the language of its kernel. Supports nbformat 4 (`cells`)
 * and 3 (`worksheets[].cells`, `input`). Never throws: a broken notebook is a diagnostic and
 * counts as 0 bytes.
 */
export function notebookCode(
  ctx: ScanContext,
  file: RepoFile,
): { language: string; bytes: number } | undefined {
  const fail = (message: string) => {
    ctx.diagnose({
      severity: 'warning',
      code: 'notebook',
      message: `Notebook ${file.path} ${message}; it counts as 0 code bytes`,
      path: file.path,
    })
    return undefined
  }
  if (file.size > MAX_NOTEBOOK_BYTES)
    return fail(
      `is ${formatBytes(file.size)} bytes, above the ${formatBytes(MAX_NOTEBOOK_BYTES)}-byte limit`,
    )
  // Most of a notebook is outputs: the lean reading validates them without building them, from
  // the raw bytes when the view gives them (nothing decoded but the cells' fields and metadata).
  const raw = ctx.view.readBytes?.(file.path, MAX_NOTEBOOK_BYTES)
  if (raw && !raw.ok) return fail(`was not read (${raw.message})`)
  let doc = raw?.ok ? leanNotebookBytes(raw.bytes)?.doc : undefined
  if (doc === undefined) {
    // Without bytes, or invalid JSON: the text, and JSON.parse for the message.
    const read = ctx.view.read(file.path, MAX_NOTEBOOK_BYTES)
    if (!read.ok) return fail(`was not read (${read.message})`)
    try {
      doc = (leanNotebook(read.text) ?? { doc: JSON.parse(read.text) as unknown }).doc
    } catch (error) {
      return fail(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`)
    }
  }
  if (typeof doc !== 'object' || doc === null) return fail('is not a notebook object')
  const nb = doc as {
    cells?: unknown
    worksheets?: unknown
    metadata?: { kernelspec?: { language?: unknown }; language_info?: { name?: unknown } }
  }
  const cells: unknown[] = Array.isArray(nb.cells)
    ? nb.cells
    : Array.isArray(nb.worksheets)
      ? nb.worksheets.flatMap((w: unknown) =>
          typeof w === 'object' && w !== null && Array.isArray((w as { cells?: unknown }).cells)
            ? (w as { cells: unknown[] }).cells
            : [],
        )
      : []
  if (!Array.isArray(nb.cells) && !Array.isArray(nb.worksheets)) return fail('has no cells')
  let bytes = 0
  for (const cell of cells) {
    if (typeof cell !== 'object' || cell === null) continue
    const c = cell as { cell_type?: unknown; source?: unknown; input?: unknown }
    if (c.cell_type !== 'code') continue
    const source = c.source ?? c.input
    if (typeof source === 'string') bytes += utf8Length(source)
    else if (Array.isArray(source)) {
      for (const part of source) if (typeof part === 'string') bytes += utf8Length(part)
    }
  }
  const declared = [nb.metadata?.kernelspec?.language, nb.metadata?.language_info?.name].find(
    (v): v is string => typeof v === 'string' && v.trim() !== '',
  )
  const language = (declared && languageByAlias(declared)) || DEFAULT_NOTEBOOK_LANGUAGE
  return { language, bytes }
}

/**
 * The unit's dominant programming language and the share of every programming language in its
 * files (excluded files are already gone from `unit.files`). Build languages (Dockerfile,
 * Makefile, ...) are shown in the shares but never chosen. When the top languages are within
 * TIE_MARGIN, the first tied language a marker vouches for wins. A unit with no code is
 * `unknown`. Shares are sorted by bytes descending then id and rounded to 4 decimals; evidence
 * explains the choice. Never throws.
 */
export function classifyLanguage(ctx: ScanContext, unit: Unit): LanguageResult {
  const bytes = new Map<string, number>()
  const add = (name: string, n: number) => bytes.set(name, (bytes.get(name) ?? 0) + n)
  for (const file of unit.files) {
    if (isNotebookPath(file.path)) {
      const notebook = notebookCode(ctx, file)
      if (notebook && notebook.bytes > 0) add(notebook.language, notebook.bytes)
      continue
    }
    const name = programmingLanguageOf(file.path)
    if (name !== undefined && file.size > 0) add(name, file.size)
  }

  let total = 0
  for (const n of bytes.values()) total += n
  const ranked = [...bytes.entries()].sort(
    (a, b) => b[1] - a[1] || compare(languageId(a[0]), languageId(b[0])),
  )
  const shares: LanguageShare[] = ranked.map(([name, n]) => ({
    id: languageId(name),
    bytes: n,
    share: total === 0 ? 0 : Math.round((n / total) * 10000) / 10000,
  }))

  const eligible = ranked.filter(([name]) => !isBuildLanguage(name))
  const vouched = vouchedLanguages(unit)
  const glueOnTop = eligible[0] !== undefined && isGlueLanguage(eligible[0][0])
  const implementation = glueOnTop
    ? eligible.find(([name]) => !isGlueLanguage(name) && vouched.has(name))
    : undefined
  if (implementation && eligible[0]) {
    const glue = eligible[0]
    return {
      id: languageId(implementation[0]),
      shares,
      evidence: [
        {
          path: unit.root,
          detail: `${implementation[0]}: ${percent(implementation[1] / total)} of ${formatBytes(total)} code bytes; ${glue[0]} (${percent(glue[1] / total)}) is glue around it`,
        },
        ...vouched
          .get(implementation[0])!
          .slice(0, 1)
          .map((path) => ({
            path,
            detail: `${path.slice(path.lastIndexOf('/') + 1)} builds ${implementation[0]}`,
          })),
      ],
    }
  }
  const top = eligible[0]
  if (!top) {
    const detail =
      ranked.length > 0
        ? `no application code: only ${ranked.map(([name]) => name).join(', ')}`
        : 'no programming-language files after exclusions'
    return { id: 'unknown', shares, evidence: [{ path: unit.root, detail }] }
  }

  const describe = (name: string, n: number) =>
    `${name}: ${percent(n / total)} of ${formatBytes(total)} code bytes`
  const tied = eligible.filter(([, n]) => top[1] - n <= top[1] * TIE_MARGIN)
  if (tied.length > 1) {
    const breaker = tieBreaker(
      unit,
      tied.map(([name]) => name),
    )
    if (breaker) {
      const chosen = tied.find(([name]) => name === breaker.language) ?? top
      const others = tied.filter(([name]) => name !== chosen[0])
      return {
        id: languageId(chosen[0]),
        shares,
        evidence: [
          { path: unit.root, detail: describe(chosen[0], chosen[1]) },
          {
            path: breaker.marker,
            detail: `${breaker.marker.slice(breaker.marker.lastIndexOf('/') + 1)} breaks the near-tie with ${others
              .map(([name, n]) => `${name} (${percent(n / total)})`)
              .join(', ')}`,
          },
        ],
      }
    }
  }
  return {
    id: languageId(top[0]),
    shares,
    evidence: [{ path: unit.root, detail: describe(top[0], top[1]) }],
  }
}

function tieBreaker(
  unit: Unit,
  tied: readonly string[],
): { language: string; marker: string } | undefined {
  const markers = unit.markers
    .map((path) => ({ path, match: matchMarker(path) }))
    .filter((m) => m.match !== undefined)
    .sort((a, b) => (a.match?.priority ?? 0) - (b.match?.priority ?? 0) || compare(a.path, b.path))
  for (const { path, match } of markers) {
    const language = match?.marker.languages.find((l) => tied.includes(l))
    if (language !== undefined) return { language, marker: path }
  }
  return undefined
}

/** Languages the unit's build manifests vouch for, each with the markers that do (container images vouch for none). */
function vouchedLanguages(unit: Unit): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const path of [...unit.markers].sort(compare)) {
    for (const language of matchMarker(path)?.marker.languages ?? []) {
      out.set(language, [...(out.get(language) ?? []), path])
    }
  }
  return out
}
