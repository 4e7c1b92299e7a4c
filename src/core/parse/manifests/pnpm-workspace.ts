/**
 * pnpm-workspace.yaml: the `packages` globs. It declares a workspace and never a package.
 */
import { parseDocument } from 'yaml'
import { parseDiagnostic, stripBom } from '../text.js'
import { emptyManifest, record, stringList, type ManifestParse } from './common.js'

const YAML_POSITION = /\s*at line \d+, column \d+:?\s*$/

/** Parses a pnpm-workspace.yaml. Never throws; YAML errors keep their line and column. */
export function parsePnpmWorkspace(path: string, text: string): ManifestParse {
  const manifest = emptyManifest(path, 'pnpm-workspace.yaml')
  manifest.workspaceOnly = true
  try {
    const doc = parseDocument(stripBom(text))
    const error = doc.errors[0]
    if (error) {
      const pos = error.linePos?.[0]
      return {
        manifest,
        diagnostics: [
          parseDiagnostic(
            path,
            `invalid YAML: ${(error.message.split('\n')[0] ?? '').replace(YAML_POSITION, '')}`,
            pos?.line,
            pos?.col,
          ),
        ],
      }
    }
    manifest.workspaceMembers = stringList(record(doc.toJS())?.['packages'])
    return { manifest, diagnostics: [] }
  } catch (error) {
    return { manifest, diagnostics: [parseDiagnostic(path, `invalid YAML: ${String(error)}`)] }
  }
}
