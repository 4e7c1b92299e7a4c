/**
 * The built-in presets `extends:` accepts. Each is a policy file's content, validated by the same
 * schema as user files (test/config/presets.test.ts).
 */
import type { ConfigFile } from './types.js'

export interface Preset {
  name: 'recommended' | 'strict'
  description: string
  config: ConfigFile
}

/** Every built-in preset; `recommended` is what a file without `extends:` builds on. */
export const PRESETS: readonly Preset[] = [
  {
    name: 'recommended',
    description:
      "The guide's rules at their built-in severities (warning and notice: advice that does not fail the default `fail-on: error`).",
    config: {},
  },
  {
    name: 'strict',
    description:
      "The guide's mismatches are errors: SF101, SF201, SF301, SF302, SF401, SF402 and SF501 report at `error`; SF901 (lone language) stays a notice.",
    config: {
      rules: {
        SF101: 'error',
        SF201: 'error',
        SF301: 'error',
        SF302: 'error',
        SF401: 'error',
        SF402: 'error',
        SF501: 'error',
      },
    },
  },
]

/** The preset with this name, or undefined. */
export function findPreset(name: string): Preset | undefined {
  return PRESETS.find((p) => p.name === name)
}
