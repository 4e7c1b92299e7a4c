/**
 * The per-scan context: wraps the RepoView so that each manifest is parsed once and each source
 * file is lexed once, and collects diagnostics. Text is not kept after parsing.
 */
import type { Manifest, SourceFacts } from './facts.js'
import type { Diagnostic } from './model.js'
import type { RepoFile, RepoView } from './ports.js'
import { manifestTypeOf, parseManifest } from './parse/manifests/index.js'
import { lexSource, sourceLanguageOf } from './parse/sources/index.js'

/** Manifests larger than this are not parsed (a diagnostic says so). */
export const MAX_MANIFEST_BYTES = 2 * 1024 * 1024
/** Source files are lexed up to this many bytes; imports live at the top. */
export const MAX_SOURCE_BYTES = 512 * 1024

export interface ScanContext {
  readonly view: RepoView
  /** Parses a manifest once; undefined when the file is not a manifest or could not be read/parsed. */
  manifest(file: RepoFile): Manifest | undefined
  /** Lexes a source file once; undefined when the language has no lexer or the file is unreadable. */
  source(file: RepoFile): SourceFacts | undefined
  diagnose(diagnostic: Diagnostic): void
  readonly diagnostics: Diagnostic[]
}

/** The context as its owner (the pipeline) holds it: the stages get a plain ScanContext. */
export interface OwnedScanContext extends ScanContext {
  /**
   * Drops the cached source facts of `files` once every stage that needs them has taken what it
   * needs, so that a scan does not hold every file's facts to the end. A later `source` call for
   * one of them reads and lexes the file again.
   */
  release(files: readonly RepoFile[]): void
}

export interface ScanContextOptions {
  /**
   * Which source files may be read and lexed (a changed-scope scan: the touched services' files).
   * For any other file `source` returns undefined without reading it. Default: every file.
   */
  readSources?: (path: string) => boolean
}

/** A fresh context over `view`: nothing parsed yet, the view's diagnostics first. */
export function createScanContext(
  view: RepoView,
  options: ScanContextOptions = {},
): OwnedScanContext {
  const manifests = new Map<string, Manifest | undefined>()
  const sources = new Map<string, SourceFacts | undefined>()
  const diagnostics: Diagnostic[] = [...view.diagnostics]
  const readSources = options.readSources
  const diagnose = (d: Diagnostic): void => {
    diagnostics.push(d)
  }

  const readText = (file: RepoFile, max: number, what: string): string | undefined => {
    const result = view.read(file.path, max)
    if (!result.ok) {
      if (result.reason !== 'missing') {
        diagnose({
          severity: 'warning',
          code: result.reason === 'binary' ? 'binary-file' : result.reason,
          message: `${what} ${file.path} was not read: ${result.message}`,
          path: file.path,
        })
      }
      return undefined
    }
    return result.text
  }

  return {
    view,
    diagnostics,
    diagnose,
    manifest(file) {
      if (manifests.has(file.path)) return manifests.get(file.path)
      let parsed: Manifest | undefined
      const type = manifestTypeOf(file.path)
      if (type) {
        if (file.size > MAX_MANIFEST_BYTES) {
          diagnose({
            severity: 'warning',
            code: 'file-too-large',
            message: `Manifest ${file.path} is ${file.size} bytes, above the ${MAX_MANIFEST_BYTES}-byte limit; it was not parsed`,
            path: file.path,
          })
        } else {
          const text = readText(file, MAX_MANIFEST_BYTES, 'Manifest')
          if (text !== undefined) {
            const result = parseManifest(file.path, text, type)
            parsed = result.manifest
            for (const d of result.diagnostics) diagnose(d)
          }
        }
      }
      manifests.set(file.path, parsed)
      return parsed
    },
    source(file) {
      // A file without a lexer, or one this scan may not read, has no facts: answered without
      // touching the cache, which then holds only the files really read.
      const language = sourceLanguageOf(file.path)
      if (!language || (readSources !== undefined && !readSources(file.path))) return undefined
      if (sources.has(file.path)) return sources.get(file.path)
      let facts: SourceFacts | undefined
      const text = readText(file, MAX_SOURCE_BYTES, 'Source file')
      if (text !== undefined) facts = lexSource(file.path, text, language)
      sources.set(file.path, facts)
      return facts
    },
    release(files) {
      if (sources.size === 0) return
      for (const file of files) sources.delete(file.path)
    },
  }
}
