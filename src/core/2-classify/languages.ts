/**
 * Which programming language a file is written in, from linguist's own data (the generated
 * language table) plus two small documented tables: how to resolve an extension that several
 * programming languages share, and which languages describe how code is built rather than what
 * the service is written in.
 */
import {
  ALIAS_ENTRIES,
  EXTENSION_ENTRIES,
  FILENAME_ENTRIES,
  PROGRAMMING_ENTRIES,
} from './language-table.generated.js'

export interface AmbiguousExtension {
  /** Lower-cased extension with its dot. */
  extension: string
  /** The linguist name chosen for it; a language that is not programming means "not code". */
  language: string
  why: string
}

/**
 * Extensions several linguist languages share, resolved to the one a backend monorepo most likely
 * holds. Linguist itself resolves these with content heuristics; a share computed from bytes
 * tolerates the rare miss. An extension not listed here resolves to a non-programming candidate
 * when there is one (not counting is the safer mistake), else to the first candidate in byte
 * order. A test lists the common extensions so they never fall through.
 */
export const AMBIGUOUS_EXTENSIONS: readonly AmbiguousExtension[] = [
  { extension: '.cgi', language: 'Perl', why: 'CGI scripts are mostly Perl' },
  { extension: '.cls', language: 'Apex', why: 'Salesforce Apex classes are the common .cls code' },
  { extension: '.cs', language: 'C#', why: 'C# by far; Smalltalk file-outs are rare' },
  { extension: '.cue', language: 'CUE', why: 'CUE configuration language, not cue sheets' },
  { extension: '.d', language: 'D', why: 'D sources; make dependency files are usually ignored' },
  { extension: '.es', language: 'JavaScript', why: 'ES module sources' },
  { extension: '.ex', language: 'Elixir', why: 'Elixir, not Euphoria' },
  { extension: '.fcgi', language: 'Python', why: 'FastCGI entry scripts in web apps' },
  { extension: '.fs', language: 'F#', why: 'F# in .NET repositories' },
  {
    extension: '.h',
    language: 'C',
    why: 'C headers; C++ and Objective-C headers share the extension',
  },
  {
    extension: '.inc',
    language: 'PHP',
    why: 'PHP includes are the common .inc in web repositories',
  },
  { extension: '.l', language: 'Lex', why: 'lexer sources next to C code' },
  {
    extension: '.m',
    language: 'Objective-C',
    why: 'Objective-C; MATLAB code in a backend is rarer',
  },
  { extension: '.md', language: 'Markdown', why: 'Markdown prose, not GCC machine descriptions' },
  { extension: '.ml', language: 'OCaml', why: 'OCaml, not Standard ML' },
  { extension: '.mm', language: 'Objective-C++', why: 'Objective-C++ sources' },
  {
    extension: '.mod',
    language: 'Modula-2',
    why: 'rare everywhere; go.mod is matched by its file name first',
  },
  { extension: '.php', language: 'PHP', why: 'PHP, not Hack' },
  {
    extension: '.pkl',
    language: 'Pickle',
    why: 'pickled Python objects (often models), not Pkl sources',
  },
  { extension: '.pl', language: 'Perl', why: 'Perl scripts; Prolog and Raku are rarer' },
  { extension: '.pm', language: 'Perl', why: 'Perl modules' },
  { extension: '.pp', language: 'Puppet', why: 'Puppet manifests in infrastructure code' },
  { extension: '.pro', language: 'QMake', why: 'Qt project files' },
  { extension: '.r', language: 'R', why: 'R scripts (data work)' },
  { extension: '.rpy', language: 'Python', why: 'Python scripts' },
  { extension: '.rs', language: 'Rust', why: 'Rust, not RenderScript or XML' },
  { extension: '.s', language: 'Unix Assembly', why: 'GNU assembler sources' },
  { extension: '.sc', language: 'Scala', why: 'Scala scripts' },
  { extension: '.sol', language: 'Solidity', why: 'Solidity contracts, not Gerber files' },
  {
    extension: '.spec',
    language: 'RPM Spec',
    why: 'RPM spec files (data); PyInstaller specs are rarer',
  },
  {
    extension: '.sql',
    language: 'SQL',
    why: 'plain SQL (migrations, schemas) is data in linguist',
  },
  { extension: '.star', language: 'Starlark', why: 'Bazel and Tilt build files' },
  { extension: '.t', language: 'Perl', why: 'Perl test scripts' },
  { extension: '.ts', language: 'TypeScript', why: 'TypeScript, not Qt translation XML' },
  { extension: '.tsx', language: 'TSX', why: 'React components in TypeScript' },
  { extension: '.txt', language: 'Text', why: 'plain text' },
  { extension: '.v', language: 'Verilog', why: 'Verilog hardware descriptions' },
]

/**
 * Programming languages that build, package or provision a service rather than implement it.
 * They appear in the shares (linguist counts them) but are never chosen as the service's
 * language: a Go service with a Dockerfile is a Go service, and a directory holding only a
 * Dockerfile has no known implementation language.
 */
export const BUILD_LANGUAGES: readonly string[] = [
  'Batchfile',
  'Bicep',
  'CMake',
  'Dockerfile',
  'HCL',
  'Just',
  'Makefile',
  'Nix',
  'QMake',
  'Starlark',
]

/**
 * Scripting languages that glue a project together (start scripts, Docker entrypoints, test and
 * release wrappers) more often than they implement it. They count in the shares and can be a
 * unit's language, but never over a language that one of the unit's build manifests vouches for
 * and that the unit has code in: an npm package with 700 bytes of JavaScript and 3 KB of
 * `scripts/*.sh` wrappers is a JavaScript package. (Linguist, which answers for a whole
 * repository, has no such rule.) A glue script alone never makes a directory a project either.
 */
export const GLUE_LANGUAGES: readonly string[] = ['Batchfile', 'PowerShell', 'Shell']

const EXTENSIONS = new Map(EXTENSION_ENTRIES)
const FILENAMES = new Map(FILENAME_ENTRIES)
const ALIASES = new Map(ALIAS_ENTRIES)
const PROGRAMMING = new Map(PROGRAMMING_ENTRIES)
const PREFERRED = new Map(AMBIGUOUS_EXTENSIONS.map((a) => [a.extension, a.language]))
const BUILD = new Set(BUILD_LANGUAGES)
const GLUE = new Set(GLUE_LANGUAGES)

function pick(names: readonly string[], extension?: string): string | undefined {
  if (names.length <= 1) return names[0]
  const preferred = extension === undefined ? undefined : PREFERRED.get(extension)
  if (preferred !== undefined && names.includes(preferred)) return preferred
  return names.find((name) => !PROGRAMMING.has(name)) ?? names[0]
}

/**
 * The linguist language of a path, of any type (`Markdown`, `YAML`, `Go`), or undefined when
 * linguist does not know it. Exact file names win over extensions; the longest matching
 * extension wins (`x.sh.in` → Shell). Never throws.
 */
export function linguistLanguageOf(path: string): string | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1)
  const byName = FILENAMES.get(base)
  if (byName) return pick(byName)
  const lower = base.toLowerCase()
  for (let i = lower.indexOf('.', 1); i !== -1; i = lower.indexOf('.', i + 1)) {
    const extension = lower.slice(i)
    const names = EXTENSIONS.get(extension)
    if (names) return pick(names, extension)
  }
  return undefined
}

/**
 * The programming language a path is written in, folded into its linguist group (TSX →
 * TypeScript), or undefined when the file is not code: markup, data, prose, unknown, and
 * notebooks, which classify-language counts by cell. Never throws.
 */
export function programmingLanguageOf(path: string): string | undefined {
  const name = linguistLanguageOf(path)
  return name === undefined ? undefined : PROGRAMMING.get(name)
}

/** The programming language (group-folded) for a name or alias in any case, e.g. `python`, `R`, `julia`. */
export function languageByAlias(alias: string): string | undefined {
  const name = ALIASES.get(alias.trim().toLowerCase())
  return name === undefined ? undefined : PROGRAMMING.get(name)
}

/** True for languages that build or provision code rather than implement it (see BUILD_LANGUAGES). */
export function isBuildLanguage(name: string): boolean {
  return BUILD.has(name)
}

/** The report id of a linguist language: its name in lower case (`Go` → `go`, `C#` → `c#`). */
export function languageId(name: string): string {
  return name.toLowerCase()
}

/** True for languages that glue a project together (see GLUE_LANGUAGES). */
export function isGlueLanguage(name: string): boolean {
  return GLUE.has(name)
}

/**
 * True when a path names a Jupyter notebook: it ends with `.ipynb` in any case. The same answer as
 * `path.toLowerCase().endsWith('.ipynb')`, without lower-casing the whole path (it is asked of
 * every file of a scan). Never throws.
 */
export function isNotebookPath(path: string): boolean {
  const n = path.length
  return n >= 6 && path.charCodeAt(n - 6) === 46 && path.slice(n - 5).toLowerCase() === 'ipynb'
}
