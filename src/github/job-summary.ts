/**
 * The job summary through @actions/core.
 */
import * as core from '@actions/core'

/**
 * Replaces this step's job summary with `markdown` (already within the size budget). Returns false,
 * after logging why, when the runner offers no summary file; never throws.
 */
export async function writeJobSummary(markdown: string): Promise<boolean> {
  try {
    await core.summary.addRaw(markdown).write({ overwrite: true })
    return true
  } catch (error) {
    core.info(
      `stackfit: the job summary was not written: ${error instanceof Error ? error.message : String(error)}`,
    )
    return false
  } finally {
    core.summary.emptyBuffer()
  }
}
