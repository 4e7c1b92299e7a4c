/**
 * *.csproj (MSBuild / NuGet): `<PackageReference Include="...">` ids, the assembly name, and entry
 * points: `<OutputType>Exe</OutputType>` or a web SDK (`Sdk="Microsoft.NET.Sdk.Web"`).
 */
import { parseDiagnostic, stripBom } from '../text.js'
import { dependency, emptyManifest, type ManifestParse } from './common.js'
import { scanXml } from './xml-tags.js'

const CSPROJ_SUFFIX = /\.csproj$/i
const EXE_OUTPUT = new Set(['exe', 'winexe'])
const SERVICE_SDKS = new Set(['microsoft.net.sdk.web', 'microsoft.net.sdk.worker'])
const DEV_PACKAGE =
  /^(?:xunit|nunit|mstest|microsoft\.net\.test\.sdk|coverlet\.|moq$|fluentassertions$)/i

/** Parses a *.csproj. Never throws; malformed XML gives a diagnostic and whatever was recovered. */
export function parseCsproj(path: string, text: string): ManifestParse {
  const manifest = emptyManifest(path, 'csproj')
  const problem = scanXml(stripBom(text), (el) => {
    if (el.name === 'PackageReference') {
      const id = el.attributes['Include'] ?? el.attributes['include']
      if (id === undefined || id === '') return
      const privateAssets = (el.attributes['PrivateAssets'] ?? '').toLowerCase() === 'all'
      manifest.dependencies.push(
        dependency(id, 'nuget', path, el.line, el.lineText, privateAssets || DEV_PACKAGE.test(id)),
      )
    } else if (el.name === 'AssemblyName' && el.text !== '') {
      manifest.name = el.text
    } else if (el.name === 'OutputType' && EXE_OUTPUT.has(el.text.toLowerCase())) {
      manifest.entrypoints.push({ path, line: el.line, detail: `OutputType ${el.text}` })
    } else if (
      el.name === 'Project' &&
      SERVICE_SDKS.has((el.attributes['Sdk'] ?? '').toLowerCase())
    ) {
      manifest.entrypoints.push({
        path,
        line: el.line,
        detail: `Sdk ${el.attributes['Sdk'] ?? ''}`,
      })
    }
  })
  if (manifest.name === undefined) {
    const base = path.slice(path.lastIndexOf('/') + 1)
    manifest.name = base.replace(CSPROJ_SUFFIX, '')
  }
  const diagnostics = problem
    ? [parseDiagnostic(path, `invalid XML: ${problem.message}`, problem.line)]
    : []
  return { manifest, diagnostics }
}
