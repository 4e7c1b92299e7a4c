/**
 * pom.xml (Maven): the artifactId, `<dependency>` entries as `groupId:artifactId` (test scope is
 * development-only; `<dependencyManagement>` and plugin dependencies declare nothing the code
 * uses), `<modules>`, `<packaging>pom</packaging>` aggregators and `<mainClass>` entry points.
 */
import { parseDiagnostic, stripBom } from '../text.js'
import { dependency, emptyManifest, type ManifestParse } from './common.js'
import { scanXml, type XmlElement } from './xml-tags.js'

const DEV_SCOPES = new Set(['test'])
const NOT_USED_BY_CODE = new Set(['dependencyManagement', 'plugin', 'extension'])

/** Parses a pom.xml. Never throws; malformed XML gives a diagnostic and whatever was recovered. */
export function parsePom(path: string, text: string): ManifestParse {
  const manifest = emptyManifest(path, 'pom.xml')
  let groupId: string | undefined
  let artifact: XmlElement | undefined
  let scope: string | undefined
  let packaging: string | undefined
  const problem = scanXml(stripBom(text), (el) => {
    const parent = el.ancestors[el.ancestors.length - 1]
    const top = el.ancestors.length === 1 && parent === 'project'
    if (parent === 'dependency') {
      if (el.name === 'groupId') groupId = el.text
      else if (el.name === 'artifactId') artifact = el
      else if (el.name === 'scope') scope = el.text
      return
    }
    if (el.name === 'dependency') {
      const used = parent === 'dependencies' && !el.ancestors.some((a) => NOT_USED_BY_CODE.has(a))
      if (used && artifact && artifact.text !== '') {
        const name = groupId ? `${groupId}:${artifact.text}` : artifact.text
        const dev = DEV_SCOPES.has((scope ?? '').toLowerCase())
        manifest.dependencies.push(
          dependency(name, 'maven', path, artifact.line, artifact.lineText, dev),
        )
      }
      groupId = artifact = scope = undefined
    } else if (top && el.name === 'artifactId') manifest.name = el.text
    else if (top && el.name === 'packaging') packaging = el.text
    else if (el.name === 'module' && parent === 'modules' && el.text !== '')
      manifest.workspaceMembers.push(el.text)
    else if (el.name === 'mainClass' && el.text !== '') {
      manifest.entrypoints.push({ path, line: el.line, detail: `mainClass: ${el.text}` })
    }
  })
  manifest.workspaceOnly = packaging === 'pom'
  const diagnostics = problem
    ? [parseDiagnostic(path, `invalid XML: ${problem.message}`, problem.line)]
    : []
  return { manifest, diagnostics }
}
