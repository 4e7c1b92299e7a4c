/**
 * `.stackfit.yml` text → a validated ConfigFile, or every error at once with file, line and column.
 * Validation is the shipped JSON Schema (schema/stackfit.schema.json), compiled at build time into
 * config-validator.generated.js by ajv's standalone code (scripts/gen-config-validator.mjs), so ajv
 * is not loaded at run time; then the checks a schema cannot express: rule ids and names, language
 * names, signal categories, dates.
 */
import type { ErrorObject } from 'ajv'
import { validate as validateSchema } from './config-validator.generated.js'
import schemaJson from '../../schema/stackfit.schema.json' with { type: 'json' }
import { RULES } from '../core/4-evaluate/catalog.js'
import { languageByAlias, languageId } from '../core/2-classify/languages.js'
import { CATEGORIES } from '../core/model.js'
import { didYouMean } from './did-you-mean.js'
import { parseLocatedYaml, type DataPath, type LocatedYaml } from './located-yaml.js'
import type { ConfigError, ConfigFile } from './types.js'

/** The policy file's JSON Schema, as shipped. */
export const CONFIG_SCHEMA: Readonly<Record<string, unknown>> = schemaJson

/** Built-in presets `extends:` accepts besides a repository file. */
export const PRESET_NAMES = ['recommended', 'strict'] as const

export type ParseResult = { ok: true; config: ConfigFile } | { ok: false; errors: ConfigError[] }

/** `rules.SF101`, `waivers[2].reason`, or `the file` for the root. */
export function displayPath(path: DataPath): string {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else out += out === '' ? segment : `.${segment}`
  }
  return out === '' ? 'the file' : out
}

function pointerToPath(pointer: string, data: unknown): (string | number)[] {
  if (pointer === '') return []
  const out: (string | number)[] = []
  let node = data
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    const key = Array.isArray(node) ? Number(segment) : segment
    out.push(key)
    node = (node as Record<string | number, unknown> | undefined)?.[key]
  }
  return out
}

function valueAt(data: unknown, path: DataPath): unknown {
  let node = data
  for (const segment of path)
    node = (node as Record<string | number, unknown> | undefined)?.[segment]
  return node
}

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return typeof value
}

function shown(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value))
}

const ALL_RULE_KEYS: readonly string[] = RULES.flatMap((r) => [r.id, r.name])
const SEVERITY_WORDS = 'error, warning, notice or off'

/** Turns one ajv error into a message and the path to point at. */
function describe(
  error: ErrorObject,
  data: unknown,
): { path: DataPath; key?: boolean; message: string } | undefined {
  const path = pointerToPath(error.instancePath, data)
  const where = displayPath(path)
  const value = valueAt(data, path)
  const params = error.params as Record<string, unknown>
  const description = (error.parentSchema as { description?: string } | undefined)?.description
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params['additionalProperty'])
      const allowed = Object.keys(
        (error.parentSchema as { properties?: Record<string, unknown> }).properties ?? {},
      ).filter((k) => k !== '$schema')
      return {
        path: [...path, key],
        key: true,
        message: `unknown key "${key}" in ${where}${didYouMean(key, allowed)}; accepted: ${allowed.join(', ')}`,
      }
    }
    case 'required':
      return {
        path,
        message: `${where} needs "${String(params['missingProperty'])}"`,
      }
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]).map(String)
      return {
        path,
        message: `${where} must be one of ${allowed.join(', ')} (got ${shown(value)})${typeof value === 'string' ? didYouMean(value, allowed) : ''}`,
      }
    }
    case 'propertyNames':
      return undefined // the nested enum error says which name is wrong
    case 'type':
      return {
        path,
        message: `${where} must be ${params['type'] === 'array' ? 'a list' : params['type'] === 'object' ? 'a mapping' : `a ${String(params['type'])}`} (got ${typeName(value)})`,
      }
    case 'minLength':
    case 'minItems':
    case 'minProperties':
      return { path, message: `${where} must not be empty` }
    case 'exclusiveMinimum':
      return { path, message: `${where} must be greater than 0 (got ${shown(value)})` }
    case 'uniqueItems':
      return { path, message: `${where} lists the same entry twice` }
    case 'pattern':
      return {
        path,
        message: `${where} is not valid (got ${shown(value)})${description ? `: ${description}` : ''}`,
      }
    default:
      return { path, message: `${where} ${error.message ?? 'is not valid'}` }
  }
}

/**
 * Reduces ajv's errors to one per problem: a rule setting that is neither a severity nor a
 * `{ severity }` mapping gets one message instead of one per `oneOf` branch; a misspelt key in a
 * mapping restricted by `propertyNames` is named with its position.
 */
function schemaErrors(
  raw: readonly ErrorObject[],
  data: unknown,
  yaml: LocatedYaml,
  file: string,
): ConfigError[] {
  const oneOfPaths = new Set(raw.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath))
  const out: ConfigError[] = []
  const seen = new Set<string>()
  for (const error of raw) {
    let described: { path: DataPath; key?: boolean; message: string } | undefined
    const settingPath = [...oneOfPaths].find(
      (p) => error.instancePath === p || error.instancePath.startsWith(`${p}/`),
    )
    if (settingPath !== undefined) {
      const path = pointerToPath(settingPath, data)
      const value = valueAt(data, path)
      const isObject = typeof value === 'object' && value !== null && !Array.isArray(value)
      if (isObject && error.instancePath !== settingPath) described = describe(error, data)
      else if (
        isObject &&
        (error.keyword === 'required' || error.keyword === 'additionalProperties')
      )
        described = describe(error, data)
      else if (!isObject)
        described = {
          path,
          message: `${displayPath(path)} must be one of ${SEVERITY_WORDS}, or a mapping with "severity" (got ${shown(value)})`,
        }
    } else if (error.keyword === 'enum' && error.propertyName !== undefined) {
      const name = error.propertyName
      const path = pointerToPath(error.instancePath, data)
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String)
      described = {
        path: [...path, name],
        key: true,
        message: `unknown key "${name}" in ${displayPath(path)}${didYouMean(name, allowed)}; accepted: ${allowed.join(', ')}`,
      }
    } else {
      described = describe(error, data)
    }
    if (!described) continue
    const position = yaml.positionOf(described.path, { key: described.key ?? false })
    const key = `${position.line}:${position.column}:${described.message}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ file, ...position, message: described.message })
  }
  return out
}

function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const asRecord = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {})
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

/**
 * Checks a schema cannot express; positions come from the YAML. Runs also when the schema found
 * errors (so every error is reported in one round), hence it reads the data defensively.
 */
function semanticErrors(data: unknown, yaml: LocatedYaml, file: string): ConfigError[] {
  const config = asRecord(data)
  const out: ConfigError[] = []
  const push = (path: DataPath, message: string, key = false): void => {
    out.push({ file, ...yaml.positionOf(path, { key }), message })
  }
  const checkRuleKey = (path: DataPath, name: string, key: boolean): void => {
    if (ALL_RULE_KEYS.includes(name)) return
    const what = key
      ? `unknown rule "${name}" in ${displayPath(path.slice(0, -1))}`
      : `${displayPath(path)} names an unknown rule "${name}"`
    push(
      path,
      `${what}${didYouMean(name, ALL_RULE_KEYS)}; rules are named by id (SF101) or name (ai-ml-outside-python)`,
      key,
    )
  }
  if (typeof config['extends'] === 'string') {
    const value = config['extends']
    const isFile = /\.ya?ml$/i.test(value)
    if (!isFile && !(PRESET_NAMES as readonly string[]).includes(value))
      push(
        ['extends'],
        `extends must be ${PRESET_NAMES.join(' or ')}, or a .yml/.yaml file in the repository (got "${value}")${didYouMean(value, PRESET_NAMES)}`,
      )
  }
  for (const name of Object.keys(asRecord(config['rules'])))
    checkRuleKey(['rules', name], name, true)
  asList(config['overrides']).forEach((o, i) => {
    for (const name of Object.keys(asRecord(asRecord(o)['rules'])))
      checkRuleKey(['overrides', i, 'rules', name], name, true)
  })
  asList(config['waivers']).forEach((w, i) => {
    const rule = asRecord(w)['rule']
    const expires = asRecord(w)['expires']
    if (typeof rule === 'string' && rule !== '') checkRuleKey(['waivers', i, 'rule'], rule, false)
    if (typeof expires === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(expires) && !isRealDate(expires))
      push(
        ['waivers', i, 'expires'],
        `waivers[${i}].expires is not a calendar date (got "${expires}")`,
      )
  })
  const checkLanguages = (path: DataPath, languages: unknown): void => {
    asList(languages).forEach((language, i) => {
      if (
        typeof language === 'string' &&
        language !== '' &&
        languageByAlias(language) === undefined
      )
        push(
          [...path, i],
          `${displayPath([...path, i])} is not a known programming language (got "${language}")`,
        )
    })
  }
  const policy = asRecord(config['policy'])
  checkLanguages(['policy', 'languages'], policy['languages'])
  for (const [category, entry] of Object.entries(asRecord(policy['placement'])))
    checkLanguages(['policy', 'placement', category, 'languages'], asRecord(entry)['languages'])
  asList(config['signals']).forEach((entry, i) => {
    const signal = asRecord(entry)['signal']
    if (typeof signal !== 'string' || !signal.includes('.')) return
    const category = signal.slice(0, signal.indexOf('.'))
    if (!(CATEGORIES as readonly string[]).includes(category))
      push(
        ['signals', i, 'signal'],
        `signals[${i}].signal must start with a workload category (${CATEGORIES.join(', ')}) (got "${signal}")${didYouMean(category, CATEGORIES)}`,
      )
  })
  return out
}

/** Lower-cased linguist id for a language name or alias: `Golang` → `go`. */
export function normaliseLanguage(name: string): string {
  const language = languageByAlias(name)
  return language === undefined ? name.toLowerCase() : languageId(language)
}

/**
 * Parses and validates one policy file. Returns every error at once, sorted by line and column,
 * each naming `file`, the line, the column, what was found and what is accepted. An empty file is
 * an empty policy. Never throws.
 */
export function parseConfig(text: string, file: string): ParseResult {
  const yaml = parseLocatedYaml(text)
  if (yaml.errors.length > 0)
    return {
      ok: false,
      errors: yaml.errors.map((e) => ({ file, ...e.position, message: `YAML: ${e.message}` })),
    }
  const data = yaml.data ?? {}
  const errors = [
    ...(validateSchema(data) ? [] : schemaErrors(validateSchema.errors ?? [], data, yaml, file)),
    ...semanticErrors(data, yaml, file),
  ]
  if (errors.length > 0) {
    errors.sort((a, b) => a.line - b.line || a.column - b.column)
    return { ok: false, errors }
  }
  return { ok: true, config: data as ConfigFile }
}

/** Positions of the parts of a parsed file that findings point at (waivers, requirements). */
export function configLines(text: string): (path: DataPath) => number {
  const yaml = parseLocatedYaml(text)
  return (path) => yaml.positionOf(path).line
}
