import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  PROFILES,
  PROFILE_ATTRIBUTES,
  SIGNAL_ATTRIBUTES,
  attributeOfSignal,
  profileOf,
  ratingOf,
  type ProfileAttribute,
  type Rating,
} from '../../../src/core/4-evaluate/profiles.js'
import { SIGNALS } from '../../../src/core/3-detect/signal-definitions.js'
import { renderProfilesDoc } from '../../../src/core/4-evaluate/profiles-doc.js'

const guidePath = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'shared',
  'guide',
  'python-vs-go.md',
)
const guide = existsSync(guidePath) ? readFileSync(guidePath, 'utf8') : undefined

describe('language profiles', () => {
  it('are sorted by name and cover each language once', () => {
    const names = PROFILES.map((p) => p.name)
    expect([...names].sort()).toEqual(names)
    const ids = PROFILES.flatMap((p) => p.languages)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it.each([
    'python',
    'go',
    'typescript',
    'javascript',
    'java',
    'kotlin',
    'rust',
    'c#',
    'ruby',
    'php',
    'elixir',
    'c',
    'c++',
  ])('profile %s', (id) => {
    expect(profileOf(id)).toBeDefined()
  })

  it.each(['scala', 'unknown', 'jupyter notebook', 'shell'])('give no judgement for %s', (id) => {
    expect(profileOf(id)).toBeUndefined()
    expect(ratingOf(id, 'ai-ml')).toBeUndefined()
  })

  it.each(PROFILES.map((p) => [p.name, p] as const))(
    '%s rates every attribute with a reason',
    (_, profile) => {
      expect(Object.keys(profile.attributes).sort()).toEqual([...PROFILE_ATTRIBUTES].sort())
      for (const attribute of PROFILE_ATTRIBUTES) {
        const rated = profile.attributes[attribute]
        expect(['strong', 'adequate', 'weak']).toContain(rated.rating)
        expect(rated.reason.length).toBeGreaterThan(15)
      }
    },
  )

  it.each(['Python', 'Go'])('%s is rated from the guide alone', (name) => {
    const profile = PROFILES.find((p) => p.name === name)
    for (const attribute of PROFILE_ATTRIBUTES)
      expect(profile?.attributes[attribute].source).toBe('guide')
  })

  it('rates only Python and Go from the guide', () => {
    const fromGuide = PROFILES.filter((p) =>
      PROFILE_ATTRIBUTES.some((a) => p.attributes[a].source === 'guide'),
    )
    expect(fromGuide.map((p) => p.name)).toEqual(['Go', 'Python'])
  })

  const guideQuotes = PROFILES.flatMap((p) =>
    PROFILE_ATTRIBUTES.filter((a) => p.attributes[a].source === 'guide').map(
      (a) => [`${p.name} ${a}`, p.attributes[a].reason] as const,
    ),
  )
  it.skipIf(!guide).each(guideQuotes)(
    guide
      ? '%s quotes the guide verbatim'
      : '%s quotes the guide verbatim (SKIPPED: ../shared/guide/python-vs-go.md not found)',
    (_, reason) => {
      expect(guide).toContain(reason)
    },
  )

  const guideRatings: [string, ProfileAttribute, Rating][] = [
    ['python', 'ai-ml', 'strong'],
    ['python', 'data', 'strong'],
    ['python', 'iteration-speed', 'strong'],
    ['python', 'concurrency', 'weak'],
    ['python', 'latency', 'weak'],
    ['python', 'resource-cost', 'weak'],
    ['python', 'single-binary', 'weak'],
    ['go', 'ai-ml', 'weak'],
    ['go', 'data', 'weak'],
    ['go', 'concurrency', 'strong'],
    ['go', 'latency', 'strong'],
    ['go', 'resource-cost', 'strong'],
    ['go', 'single-binary', 'strong'],
    ['go', 'iteration-speed', 'adequate'],
  ]
  it.each(guideRatings)('the guide rates %s %s as %s', (language, attribute, rating) => {
    expect(ratingOf(language, attribute)?.rating).toBe(rating)
  })

  it('maps every signal to an attribute and no unknown id', () => {
    expect(Object.keys(SIGNAL_ATTRIBUTES).sort()).toEqual(SIGNALS.map((s) => s.id).sort())
    expect(attributeOfSignal('concurrency.realtime')).toBe('concurrency')
    expect(attributeOfSignal('ai-ml.not-a-signal')).toBeUndefined()
    expect(attributeOfSignal('toString')).toBeUndefined()
  })

  it('shares one profile between TypeScript and JavaScript', () => {
    expect(profileOf('typescript')).toBe(profileOf('javascript'))
  })
})

describe('renderProfilesDoc', () => {
  it('has one overview row and one section per profile, with every reason', () => {
    const doc = renderProfilesDoc()
    const lines = doc.split('\n')
    expect(lines).toContain('| Go | weak | weak | strong | strong | strong | strong | adequate |')
    expect(lines).toContain('| Python | strong | strong | weak | weak | weak | weak | strong |')
    expect(lines.filter((l) => l.startsWith('## '))).toEqual(PROFILES.map((p) => `## ${p.name}`))
    for (const p of PROFILES)
      for (const a of PROFILE_ATTRIBUTES) expect(doc).toContain(p.attributes[a].reason)
    expect(doc).toContain(
      "- **AI/ML ecosystem**: weak — the guide: “its AI/ML ecosystem is a fraction of Python's.”",
    )
  })
})
