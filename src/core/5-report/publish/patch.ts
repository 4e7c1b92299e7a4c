/**
 * Reading the `patch` field GitHub returns for each pull-request file (a unified diff without file
 * headers) into the line numbers the pull request adds.
 */

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

/**
 * Returns the 1-based line numbers, in the new version of the file, of every line the patch adds
 * (the RIGHT side of the diff, `+` lines). Context and removed lines are not included. Lines outside
 * a hunk (file headers, trailing text) and `\ No newline at end of file` markers are ignored; a
 * malformed or empty patch gives an empty set. Never throws.
 */
export function parsePatchAddedLines(patch: string): Set<number> {
  const added = new Set<number>()
  let newLine = 0
  let oldLeft = 0
  let newLeft = 0
  for (const line of patch.split('\n')) {
    const header = HUNK_HEADER.exec(line)
    if (header) {
      oldLeft = header[2] === undefined ? 1 : Number(header[2])
      newLeft = header[4] === undefined ? 1 : Number(header[4])
      newLine = Number(header[3])
      continue
    }
    if (oldLeft <= 0 && newLeft <= 0) continue
    const marker = line[0]
    if (marker === '+') {
      added.add(newLine)
      newLine++
      newLeft--
    } else if (marker === '-') {
      oldLeft--
    } else if (marker === ' ' || line === '') {
      // GitHub may strip the single space of an empty context line.
      newLine++
      newLeft--
      oldLeft--
    }
  }
  return added
}

/** Lines added by a pull request, keyed by repo-relative path. */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number>>
