/**
 * Dockerfile / Containerfile: base images (`FROM`, skipping references to earlier stages),
 * `CMD`/`ENTRYPOINT` entry points, `ENV`/`ARG` settings and `VAR=value` prefixes of `RUN` commands,
 * and packages installed by `RUN pip install ...` (PyPI) and `RUN npm install ...` (npm) with the
 * line each package is written on. Handles parser directives (`# escape=`), line continuations,
 * comment lines inside continuations and heredocs.
 */
import type { Dependency } from '../../facts.js'
import type { Evidence } from '../../model.js'
import { splitLines } from '../text.js'
import { dependency, emptyManifest, type ManifestParse } from './common.js'
import { requirementName } from './pip-requirement.js'

/** One instruction: keyword, and its words with the physical line each word is on. */
interface Instruction {
  keyword: string
  line: number
  /** The instruction as written, continuation lines joined with a space. */
  text: string
  words: { value: string; line: number }[]
}

const DIRECTIVE = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/
const KEYWORD = /^\s*([A-Za-z]+)(?:\s+|$)/
const HEREDOC = /<<-?\s*["']?([A-Za-z_][A-Za-z0-9_]*)["']?/g
const WORD = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/
const SEPARATORS = new Set(['&&', '||', ';', '|', '&'])
const COMMAND_PREFIXES = new Set(['sudo', 'env', 'time', 'exec', 'nice', 'nohup'])
const PIP_VALUE_OPTIONS = new Set([
  '-r',
  '--requirement',
  '-c',
  '--constraint',
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '--trusted-host',
  '-t',
  '--target',
  '--prefix',
  '--root',
  '--src',
  '--platform',
  '--python-version',
  '--implementation',
  '--abi',
  '--progress-bar',
  '--cache-dir',
  '-C',
  '--config-settings',
  '--global-option',
  '--no-binary',
  '--only-binary',
  '--upgrade-strategy',
  '--python',
  '-p',
  '--log',
  '--timeout',
  '--retries',
  '--proxy',
  '--cert',
  '--client-cert',
  '--exists-action',
  '--index-strategy',
  '--extra-index',
  '--default-index',
])
const NPM_VALUE_OPTIONS = new Set([
  '--prefix',
  '--registry',
  '--cache',
  '--tag',
  '-w',
  '--workspace',
  '--filter',
])
const NPM_DEV_FLAGS = new Set(['-D', '--save-dev', '--dev'])
const PYTHON_BINARY = /^(?:.*\/)?python(?:\d+(?:\.\d+)?)?$/
const PIP_BINARY = /^(?:.*\/)?pip(?:\d+(?:\.\d+)?)?$/
const NPM_VERSION = /^(@[^/@]+\/[^@]+|[^@]+)(?:@.*)?$/
const NPM_NAME = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i

/** Parses a Dockerfile. Never throws; a Dockerfile with no FROM is still returned (without error). */
export function parseDockerfile(path: string, text: string): ManifestParse {
  const manifest = emptyManifest(path, 'Dockerfile')
  const baseImages: Evidence[] = []
  const env: Evidence[] = []
  const stages = new Set<string>()
  for (const ins of instructions(text)) {
    const args = ins.words.slice(1)
    if (ins.keyword === 'FROM') {
      const image = args.find((w) => !w.value.startsWith('--'))
      if (image === undefined) continue
      const asIndex = args.findIndex((w) => w.value.toLowerCase() === 'as')
      const stage = asIndex >= 0 ? args[asIndex + 1]?.value : undefined
      if (!stages.has(image.value.toLowerCase()))
        baseImages.push({ path, line: image.line, detail: image.value })
      if (stage !== undefined) stages.add(stage.toLowerCase())
    } else if (ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') {
      manifest.entrypoints.push({ path, line: ins.line, detail: ins.text })
    } else if (ins.keyword === 'ENV' || ins.keyword === 'ARG') {
      env.push({ path, line: ins.line, detail: ins.text })
    } else if (ins.keyword === 'RUN') {
      for (const command of commands(args)) runCommand(path, command, env, manifest.dependencies)
    }
  }
  manifest.baseImages = baseImages
  manifest.env = env
  return { manifest, diagnostics: [] }
}

/** Splits a Dockerfile into instructions, honouring `# escape=`, continuations and heredocs. */
function instructions(text: string): Instruction[] {
  const lines = splitLines(text)
  let escape = '\\'
  let i = 0
  // Parser directives are only recognised before any other line.
  for (; i < lines.length; i++) {
    const d = DIRECTIVE.exec(lines[i] ?? '')
    if (!d) break
    if (d[1]?.toLowerCase() === 'escape' && (d[2] === '`' || d[2] === '\\')) escape = d[2]
  }
  const out: Instruction[] = []
  while (i < lines.length) {
    const first = lines[i] ?? ''
    const keyword = KEYWORD.exec(first)
    if (first.trim() === '' || first.trimStart().startsWith('#') || !keyword?.[1]) {
      i++
      continue
    }
    const ins: Instruction = { keyword: keyword[1].toUpperCase(), line: i + 1, text: '', words: [] }
    const parts: string[] = []
    let heredocs: string[] = []
    while (i < lines.length) {
      const raw = lines[i] ?? ''
      const lineNo = i + 1
      i++
      // Comment and empty lines inside a continuation are dropped, not ends of the instruction.
      if (parts.length > 0 && (raw.trim() === '' || raw.trimStart().startsWith('#'))) continue
      const trimmed = raw.trimEnd()
      const continues = trimmed.endsWith(escape)
      const body = continues ? trimmed.slice(0, -1) : trimmed
      parts.push(body.trim())
      for (const m of body.matchAll(HEREDOC)) if (m[1] !== undefined) heredocs.push(m[1])
      addWords(ins, body, lineNo)
      if (continues && i < lines.length) continue
      // A heredoc body runs until its delimiter line; its lines are commands of this instruction.
      if (heredocs.length > 0) ins.words.push({ value: ';', line: lineNo })
      while (heredocs.length > 0 && i < lines.length) {
        const docLine = lines[i] ?? ''
        i++
        if (docLine.trim() === heredocs[0]) {
          heredocs = heredocs.slice(1)
          continue
        }
        parts.push(docLine.trim())
        addWords(ins, docLine, i)
        ins.words.push({ value: ';', line: i })
      }
      break
    }
    ins.text = parts.filter((p) => p !== '').join(' ')
    out.push(ins)
  }
  return out
}

function addWords(ins: Instruction, body: string, line: number): void {
  for (const m of body.matchAll(WORD)) {
    let value = m[1] ?? m[2] ?? m[3] ?? ''
    if (m[3] === undefined) {
      ins.words.push({ value, line })
      continue
    }
    // Split shell operators glued to words: `torch&&` or `numpy;`.
    if (value.length > 2 && (value.endsWith(';') || value.endsWith('&&'))) {
      const cut = value.endsWith(';') ? 1 : 2
      ins.words.push({ value: value.slice(0, -cut), line })
      value = value.slice(-cut)
    }
    ins.words.push({ value, line })
  }
}

/** Splits RUN words into commands at shell separators. */
function commands(
  words: readonly { value: string; line: number }[],
): { value: string; line: number }[][] {
  const out: { value: string; line: number }[][] = [[]]
  for (const w of words) {
    if (SEPARATORS.has(w.value)) out.push([])
    else out[out.length - 1]?.push(w)
  }
  return out.filter((c) => c.length > 0)
}

function runCommand(
  path: string,
  words: { value: string; line: number }[],
  env: Evidence[],
  out: Dependency[],
): void {
  let i = 0
  for (; i < words.length; i++) {
    const w = words[i]?.value ?? ''
    if (ASSIGNMENT.test(w)) env.push({ path, line: words[i]?.line ?? 1, detail: w })
    else if (!COMMAND_PREFIXES.has(w)) break
  }
  const rest = words.slice(i).map((w) => w.value)
  const [a, b, c, d] = rest
  let start = -1
  let ecosystem: 'pypi' | 'npm' = 'pypi'
  if (a !== undefined && PIP_BINARY.test(a) && b === 'install') start = 2
  else if (
    a !== undefined &&
    PYTHON_BINARY.test(a) &&
    b === '-m' &&
    c !== undefined &&
    PIP_BINARY.test(c) &&
    d === 'install'
  )
    start = 4
  else if (a === 'uv' && b === 'pip' && c === 'install') start = 3
  else if (
    (a === 'npm' && (b === 'install' || b === 'i' || b === 'add')) ||
    ((a === 'yarn' || a === 'pnpm') && b === 'add')
  ) {
    ecosystem = 'npm'
    start = 2
  } else if (a === 'yarn' && b === 'global' && c === 'add') {
    ecosystem = 'npm'
    start = 3
  }
  if (start < 0) return
  const args = words.slice(i + start)
  const dev = ecosystem === 'npm' && args.some((w) => NPM_DEV_FLAGS.has(w.value))
  const valueOptions = ecosystem === 'pypi' ? PIP_VALUE_OPTIONS : NPM_VALUE_OPTIONS
  for (let k = 0; k < args.length; k++) {
    const w = args[k]
    if (w === undefined) continue
    if (w.value.startsWith('-')) {
      if (valueOptions.has(w.value)) k++
      // `-e <vcs url>` names a package by its egg; a local path does not.
      if ((w.value === '-e' || w.value === '--editable') && ecosystem === 'pypi') {
        const target = args[k + 1]
        const name = target ? requirementName(target.value) : undefined
        if (target && name !== undefined)
          out.push(dependency(name, 'pypi', path, target.line, target.value, false))
        k++
      }
      continue
    }
    const name = ecosystem === 'pypi' ? requirementName(w.value) : npmName(w.value)
    if (name !== undefined) out.push(dependency(name, ecosystem, path, w.line, w.value, dev))
  }
}

/** `@scope/pkg@1.2` → `@scope/pkg`; undefined for paths, URLs and variables. */
function npmName(spec: string): string | undefined {
  if (spec.includes('$') || spec.includes(':') || spec.startsWith('.') || spec.startsWith('/'))
    return undefined
  const name = NPM_VERSION.exec(spec)?.[1]
  return name !== undefined && NPM_NAME.test(name) ? name : undefined
}
