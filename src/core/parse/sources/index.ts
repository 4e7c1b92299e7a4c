/**
 * Source lexers: which files have one, and the facts (imports outside comments and strings, code
 * hints, generated marker, Go package name) each file yields.
 */
import type { SourceFacts, WaiverComment } from '../../facts.js'
import { isGenerated } from './generated.js'
import { lexGo } from './go.js'
import { lexJs } from './js.js'
import { lexPython } from './python.js'

/** Languages with a lexer. */
export type LexedLanguage = 'python' | 'go' | 'javascript' | 'typescript'

/** File extensions per lexed language. `.d.ts` declaration files are excluded separately. */
export const SOURCE_EXTENSIONS: readonly { extension: string; language: LexedLanguage }[] = [
  { extension: '.py', language: 'python' },
  { extension: '.pyw', language: 'python' },
  { extension: '.go', language: 'go' },
  { extension: '.js', language: 'javascript' },
  { extension: '.mjs', language: 'javascript' },
  { extension: '.cjs', language: 'javascript' },
  { extension: '.jsx', language: 'javascript' },
  { extension: '.ts', language: 'typescript' },
  { extension: '.mts', language: 'typescript' },
  { extension: '.cts', language: 'typescript' },
  { extension: '.tsx', language: 'typescript' },
]

const DECLARATION_FILE = /\.d\.[mc]?ts$/i

/**
 * The lexer language for a path by its extension (case-insensitive), or undefined when there is no
 * lexer for it (including TypeScript declaration files, which hold no runtime code).
 */
export function sourceLanguageOf(path: string): LexedLanguage | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase()
  if (DECLARATION_FILE.test(base)) return undefined
  const dot = base.lastIndexOf('.')
  if (dot <= 0) return undefined
  const extension = base.slice(dot)
  return SOURCE_EXTENSIONS.find((e) => e.extension === extension)?.language
}

/**
 * Lexes one source file. Imports and hints come only from code (never from comments or strings);
 * line comments holding `stackfit-ignore` become `waiverComments`. Everything keeps source order.
 * Linear in the text; never throws — on an internal failure it returns what it has.
 */
export function lexSource(path: string, text: string, language: LexedLanguage): SourceFacts {
  const facts: SourceFacts = { path, language, generated: false, imports: [], hints: [] }
  try {
    facts.generated = isGenerated(text)
    const comments: WaiverComment[] = []
    if (language === 'python') {
      Object.assign(facts, lexPython(text, comments))
    } else if (language === 'go') {
      Object.assign(facts, lexGo(text, comments))
    } else {
      Object.assign(facts, lexJs(text, comments))
    }
    if (comments.length > 0) facts.waiverComments = comments
  } catch {
    // The lexers are total over strings; this guards the pipeline against a bug, not bad input.
  }
  return facts
}
