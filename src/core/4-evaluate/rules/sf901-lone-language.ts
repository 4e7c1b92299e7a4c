import type { Service } from '../../model.js'
import { compareStrings } from '../compare.js'
import { defineRule, type RuleHit } from '../define-rule.js'
import {
  ATTRIBUTE_TITLES,
  PROFILE_ATTRIBUTES,
  attributeOfSignal,
  profileOf,
  type LanguageProfile,
} from '../profiles.js'
import { joinWords, serviceEvidence, serviceLabel } from '../rule-helpers.js'

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/** A workload reason exists when the service's language is rated better than the team's. */
const RATING_ORDER = { weak: 0, adequate: 1, strong: 2 } as const

/** How many other services and libraries make a language the team's. */
const MIN_TEAM_UNITS = 2

interface TeamLanguage {
  profile: LanguageProfile
  services: number
  libraries: number
}

/**
 * The profiled languages of the other services and libraries, most used first (ties in byte order
 * of the profile name). Services of unknown or unprofiled languages are not counted.
 */
function teamLanguages(
  self: Service,
  all: readonly Service[],
  profiles: readonly LanguageProfile[],
): TeamLanguage[] {
  const byName = new Map<string, TeamLanguage>()
  for (const other of all) {
    if (other.root === self.root) continue
    if (other.kind !== 'service' && other.kind !== 'library') continue
    const profile = profileOf(other.language.id, profiles)
    if (!profile) continue
    const entry = byName.get(profile.name) ?? { profile, services: 0, libraries: 0 }
    if (other.kind === 'service') entry.services += 1
    else entry.libraries += 1
    byName.set(profile.name, entry)
  }
  return [...byName.values()].sort(
    (a, b) =>
      b.services + b.libraries - (a.services + a.libraries) ||
      compareStrings(a.profile.name, b.profile.name),
  )
}

/** SF901: a service in a language no other code in the repository uses, with no workload reason. */
export const sf901 = defineRule({
  id: 'SF901',
  name: 'lone-language',
  category: 'hygiene',
  defaultSeverity: 'notice',
  summary:
    'A service in a language the rest of the repository does not use, with no workload reason',
  rationale: 'The team already knows Python.',
  fix: "Write the service in the team's main language, or record why this one needs its own language by waiving the finding with that reason.",
  appliesTo:
    "Services whose language no other service, library or frontend of the repository uses. Needs a team language: the one most other services and libraries use, by at least two of them. Passes when a strong signal calls for something the service's language is rated better at than the team language (strong over adequate or weak, adequate over weak). Languages without a profile get no judgement.",
  examples: {
    failing:
      'services/billing: the only Ruby service in a repository of five Python services, with no workload signal that Ruby serves better.',
    passing:
      'services/gateway: the only Go service among Python services, holding thousands of WebSocket connections (Go is strong at concurrency, Python weak).',
  },
  check(service, context): RuleHit[] {
    const own = profileOf(service.language.id, context.profiles)
    if (!own) return []
    const all = context.analysis.services
    const sameLanguage = all.some(
      (other) =>
        other.root !== service.root &&
        (other.kind === 'service' || other.kind === 'library' || other.kind === 'frontend') &&
        profileOf(other.language.id, context.profiles) === own,
    )
    if (sameLanguage) return []
    const main = teamLanguages(service, all, context.profiles)[0]
    // One other service is not yet a team habit: in a two-service repository both would be "lone".
    if (!main || main.services + main.libraries < MIN_TEAM_UNITS) return []
    const reason = service.signals.find((signal) => {
      if (signal.strength !== 'strong') return false
      const attribute = attributeOfSignal(signal.id)
      if (!attribute) return false
      return (
        RATING_ORDER[own.attributes[attribute].rating] >
        RATING_ORDER[main.profile.attributes[attribute].rating]
      )
    })
    if (reason) return []
    const counts = joinWords(
      [
        main.services > 0 ? count(main.services, 'service', 'services') : '',
        main.libraries > 0 ? count(main.libraries, 'library', 'libraries') : '',
      ].filter((s) => s !== ''),
    )
    const strengths = PROFILE_ATTRIBUTES.filter(
      (attribute) => own.attributes[attribute].rating === 'strong',
    ).map((attribute) => ATTRIBUTE_TITLES[attribute])
    const needs = strengths.length > 0 ? ` (${joinWords(strengths)})` : ''
    return [
      {
        message: `${serviceLabel(service)} is the only ${own.name} code in the repository; the rest is mostly ${main.profile.name} (${counts}), and none of its workload signals calls for what ${own.name} is strong at${needs}. The guide's advice applies: the team already knows ${main.profile.name}.`,
        evidence: serviceEvidence(service),
        fix: `Write it in ${main.profile.name}, which the team already maintains, unless something outside the code requires ${own.name}; then waive this finding and say why.`,
      },
    ]
  },
})
