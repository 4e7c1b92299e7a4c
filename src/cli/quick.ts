/**
 * The commands that need none of the engine: `--version` and `--help`. The CLI's entry answers them
 * from this module alone, so they cost a Node start-up and the argument parser, not the whole
 * bundle; every other command loads the CLI shell (and the engine) first.
 */
import { VERSION } from '../version.js'
import { parseCliArgs, USAGE } from './args.js'

/** What `argv` prints on stdout when it asks for the version or the help, else undefined. */
export function quickAnswer(argv: readonly string[]): string | undefined {
  const parsed = parseCliArgs(argv)
  if (!parsed.ok) return undefined
  switch (parsed.command.name) {
    case 'version':
      return `${VERSION}\n`
    case 'help':
      return `stackfit ${VERSION}: does each service's language fit its workload?\n\n${USAGE}\n`
    default:
      return undefined
  }
}
