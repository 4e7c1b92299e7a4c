/**
 * The configuration reference of the README: one row per key of schema/stackfit.schema.json, so
 * the documentation cannot drift from what the parser accepts.
 */
import { CONFIG_SCHEMA } from './parse-config.js'
import { PRESETS } from './presets.js'
import { REQUIREMENT_RULES } from '../core/3-detect/declared.js'
import { REQUIREMENT_KEYS } from './resolve-policy.js'

interface SchemaNode {
  $ref?: string
  type?: string
  enum?: unknown[]
  oneOf?: SchemaNode[]
  description?: string
  default?: unknown
  properties?: Record<string, SchemaNode>
  items?: SchemaNode
  additionalProperties?: SchemaNode | boolean
  propertyNames?: SchemaNode
}

const DEFS = (CONFIG_SCHEMA['$defs'] ?? {}) as Record<string, SchemaNode>

function deref(node: SchemaNode): SchemaNode {
  if (!node.$ref) return node
  const target = DEFS[node.$ref.split('/').pop() ?? ''] ?? {}
  return { ...deref(target), ...(node.description ? { description: node.description } : {}) }
}

function typeOf(node: SchemaNode): string {
  const n = deref(node)
  if (n.enum) return n.enum.map((v) => `\`${String(v)}\``).join(', ')
  if (n.oneOf) return n.oneOf.map(typeOf).join(' or ')
  if (n.type === 'array') return `list of ${n.items ? typeOf(n.items) : 'values'}`
  if (n.type === 'object' && n.properties && !n.additionalProperties) return 'mapping'
  if (n.type === 'object') return 'mapping'
  return n.type ?? 'value'
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

function rows(node: SchemaNode, prefix: string, out: string[]): void {
  const n = deref(node)
  for (const [key, raw] of Object.entries(n.properties ?? {})) {
    if (key === '$schema') continue
    const child = deref(raw)
    const name = `${prefix}${key}`
    const fallback = child.default !== undefined ? `\`${String(child.default)}\`` : ''
    out.push(
      `| \`${name}\` | ${cell(typeOf(child))} | ${fallback} | ${cell(raw.description ?? child.description ?? '')} |`,
    )
    rows(child, `${name}.`, out)
    if (child.items) rows(child.items, `${name}[].`, out)
    if (typeof child.additionalProperties === 'object') {
      const slot = child.propertyNames ? '<category>' : key === 'rules' ? '<rule>' : '<service>'
      rows(child.additionalProperties, `${name}.${slot}.`, out)
    }
  }
}

/** The README's configuration reference (Markdown), ending with a newline. Deterministic. */
export function renderConfigReference(): string {
  const out = ['| key | type | default | description |', '| --- | --- | --- | --- |']
  rows(CONFIG_SCHEMA as SchemaNode, '', out)
  const presets = PRESETS.map((p) => `- \`${p.name}\`: ${p.description}`)
  const yamlKey = new Map(Object.entries(REQUIREMENT_KEYS).map(([yaml, field]) => [field, yaml]))
  const thresholds = REQUIREMENT_RULES.map(
    (r) => `- \`${yamlKey.get(r.key) ?? r.key}\` → \`${r.signal}\`: ${r.reason}`,
  )
  return [
    ...out,
    '',
    'Presets:',
    '',
    ...presets,
    '',
    'Declared requirements and the signals they become:',
    '',
    ...thresholds,
    '',
  ].join('\n')
}
