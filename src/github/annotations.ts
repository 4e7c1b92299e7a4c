/**
 * Workflow annotations through @actions/core, one per planned spec.
 */
import * as core from '@actions/core'
import type { AnnotationSpec } from '../core/5-report/publish/annotations.js'

/** Emits each planned annotation with its file, line and title, in plan order. Never throws. */
export function emitAnnotations(specs: readonly AnnotationSpec[]): void {
  for (const spec of specs) {
    const properties: core.AnnotationProperties = { title: spec.title }
    if (spec.file !== undefined) properties.file = spec.file
    if (spec.startLine !== undefined) properties.startLine = spec.startLine
    if (spec.level === 'error') core.error(spec.message, properties)
    else if (spec.level === 'warning') core.warning(spec.message, properties)
    else core.notice(spec.message, properties)
  }
}
