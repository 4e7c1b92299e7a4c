/**
 * Renders the language profiles as a Markdown page (proposed home: docs/profiles.md), so every
 * rating and its reason can be read and argued with.
 */
import { ATTRIBUTE_TITLES, PROFILES, PROFILE_ATTRIBUTES, type LanguageProfile } from './profiles.js'

function cell(text: string): string {
  return text.replace(/\|/g, '\\|')
}

/**
 * The profiles page: an overview table (language × attribute rating), then each language's
 * ratings with their reasons, marking which come from the guide. Deterministic; ends with one newline.
 */
export function renderProfilesDoc(profiles: readonly LanguageProfile[] = PROFILES): string {
  const out: string[] = [
    '# Language profiles',
    '',
    "How well each language serves each of the guide's workload axes. Python and Go are rated from the guide, quoting it; the other languages are stackfit's own judgement with a stated reason. A language without a profile gets no judgement from the rules that use profiles.",
    '',
    `| Language | ${PROFILE_ATTRIBUTES.map((a) => ATTRIBUTE_TITLES[a]).join(' | ')} |`,
    `| --- | ${PROFILE_ATTRIBUTES.map(() => '---').join(' | ')} |`,
    ...profiles.map(
      (p) =>
        `| ${cell(p.name)} | ${PROFILE_ATTRIBUTES.map((a) => p.attributes[a].rating).join(' | ')} |`,
    ),
  ]
  for (const p of profiles) {
    out.push(
      '',
      `## ${p.name}`,
      '',
      `Linguist languages: ${p.languages.map((l) => `\`${l}\``).join(', ')}.`,
      '',
    )
    for (const a of PROFILE_ATTRIBUTES) {
      const rated = p.attributes[a]
      const reason = rated.source === 'guide' ? `the guide: “${rated.reason}”` : rated.reason
      out.push(`- **${ATTRIBUTE_TITLES[a]}**: ${rated.rating} — ${reason}`)
    }
  }
  return out.join('\n') + '\n'
}
