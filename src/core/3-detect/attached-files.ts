/**
 * Signals from the deployment files discovery attached to a unit (src/core/1-discover/
 * attach-deploy-files.ts): a Helm template or Kubernetes manifest elsewhere that names the unit, a
 * Compose service built from it, the Dockerfile of the build directory that serves it. They are
 * read by the same detectors as the unit's own files; only the documents about this unit count,
 * and evidence keeps the attached file's real path and line.
 */
import type { ScanContext } from '../context.js'
import type { AttachedFile, Unit } from '../1-discover/unit.js'
import { helmTemplateAsYaml } from '../1-discover/attach-deploy-files.js'
import type { RepoView } from '../ports.js'
import type { TightLimits } from '../4-evaluate/profiles.js'
import { detectDeploymentFiles } from './deploy-files.js'
import { detectDockerfile, type AddSignal } from './dockerfile.js'

/**
 * The text detection reads for an attached file: Helm directives blanked, and every line outside
 * the attached documents blanked except document markers (`---`), so line numbers stay true and
 * the other services' documents say nothing.
 */
export function attachedText(text: string, attached: AttachedFile): string {
  const yaml = attached.format === 'helm-template' ? helmTemplateAsYaml(text) : text
  const ranges = attached.lines
  if (!ranges || attached.format === 'compose') return yaml
  return yaml
    .split('\n')
    .map((line, i) =>
      ranges.some(([from, to]) => i + 1 >= from && i + 1 <= to) || /^---\s*$/.test(line)
        ? line
        : '',
    )
    .join('\n')
}

/** Adds the signals of the unit's attached files. Never throws; bad files become diagnostics. */
export function detectAttachedFiles(
  ctx: ScanContext,
  unit: Unit,
  unitIsGo: boolean,
  add: AddSignal,
  limits?: TightLimits,
): void {
  const attached = unit.attached ?? []
  const yaml = attached.filter((a) => a.format !== 'dockerfile')
  if (yaml.length > 0) {
    const byPath = new Map(yaml.map((a) => [a.file.path, a]))
    const view: RepoView = {
      files: yaml.map((a) => a.file),
      pruned: ctx.view.pruned,
      diagnostics: ctx.view.diagnostics,
      read(path, maxBytes) {
        const result = ctx.view.read(path, maxBytes)
        const entry = byPath.get(path)
        return result.ok && entry ? { ...result, text: attachedText(result.text, entry) } : result
      },
    }
    // Only the attached files, with no Chart.yaml beside them: templates read as plain manifests.
    const files = yaml.map((a) => a.file)
    detectDeploymentFiles({ ...ctx, view }, { ...unit, files }, add, limits)
  }
  for (const entry of attached) {
    if (entry.format !== 'dockerfile') continue
    const manifest = ctx.manifest(entry.file)
    if (manifest?.type === 'Dockerfile') detectDockerfile(manifest, unitIsGo, add)
  }
}
