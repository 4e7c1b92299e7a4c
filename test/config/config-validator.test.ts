import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { validate } from '../../src/config/config-validator.generated.js'
import { CONFIG_SCHEMA } from '../../src/config/parse-config.js'

const root = join(import.meta.dirname, '..', '..')

/** Policy documents (as parsed YAML) on both sides of every kind of schema keyword. */
const DOCUMENTS: { name: string; data: unknown }[] = [
  { name: 'empty', data: {} },
  { name: 'not a mapping', data: ['rules'] },
  { name: 'unknown key', data: { rulez: {} } },
  { name: 'rule severities', data: { rules: { SF101: 'error', SF102: 'loud' } } },
  { name: 'empty string where minLength 1', data: { extends: '' } },
  { name: 'fail-on', data: { 'fail-on': 'sometimes' } },
  {
    name: 'waivers',
    data: { waivers: [{ rule: 'SF101', service: 'services/a', reason: '', expires: 3 }] },
  },
  { name: 'wrong types everywhere', data: { rules: [], waivers: {}, languages: 'Go' } },
  { name: 'astral characters count once', data: { extends: '\u{1F600}' } },
]

describe('the generated policy validator', () => {
  it('equals what scripts/gen-config-validator.mjs produces from the schema', () => {
    // Exits 1 with a message when a committed file is stale.
    expect(() =>
      execFileSync(
        process.execPath,
        [join(root, 'scripts', 'gen-config-validator.mjs'), '--check'],
        {
          stdio: 'pipe',
        },
      ),
    ).not.toThrow()
  })

  it.each(DOCUMENTS)('$name: same verdict and errors as ajv compiling the schema', ({ data }) => {
    const reference = new Ajv2020({ allErrors: true, strict: true, verbose: true }).compile(
      CONFIG_SCHEMA,
    )
    const expected = reference(data)
    const shape = (errors: typeof reference.errors) =>
      (errors ?? []).map((e) => [e.keyword, e.instancePath, e.params, e.parentSchema])
    expect(validate(data)).toBe(expected)
    expect(shape(validate.errors)).toEqual(shape(reference.errors))
  })

  it('keeps ajv out of the bundles', () => {
    const bundles = [
      join(root, 'dist', 'index.js'),
      join(root, 'dist', 'cli.js'),
      ...readdirSync(join(root, 'dist', 'cli-chunks'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => join(root, 'dist', 'cli-chunks', f)),
    ]
    for (const bundle of bundles)
      expect(readFileSync(bundle, 'utf8'), bundle).not.toMatch(/node_modules\/ajv\//)
  })
})
