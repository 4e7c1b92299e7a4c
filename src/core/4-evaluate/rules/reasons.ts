/**
 * How a message gives the reason behind a rating: the guide's own words for Python and Go,
 * stackfit's stated reason for the other profiled languages.
 */
import { ATTRIBUTE_TITLES, type LanguageProfile, type ProfileAttribute } from '../profiles.js'

/**
 * One sentence: `The guide: "its AI/ML ecosystem is a fraction of Python's."` or
 * `Ruby's data ecosystem is rated weak. No dataframe …`. Never empty.
 */
export function becauseOf(profile: LanguageProfile, attribute: ProfileAttribute): string {
  const rated = profile.attributes[attribute]
  if (rated.source === 'guide') return `The guide: "${rated.reason}"`
  return `${profile.name}'s ${ATTRIBUTE_TITLES[attribute]} is rated ${rated.rating}. ${rated.reason}`
}
