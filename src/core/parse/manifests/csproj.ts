/**
 * *.csproj (MSBuild / NuGet): `<PackageReference Include="...">` ids, the assembly name, entry
 * points (`<OutputType>Exe</OutputType>` or a web SDK, `Sdk="Microsoft.NET.Sdk.Web"`) and the kind
 * a project declares outright (PROJECT_KINDS), and `<ProjectReference Include="...">` paths as
 * `localReferences` (`PrivateAssets="all"` marks one build-time only, like a dev dependency).
 */
import { parseDiagnostic, stripBom } from '../text.js'
import { dependency, emptyManifest, localTarget, type ManifestParse } from './common.js'
import { scanXml } from './xml-tags.js'

const CSPROJ_SUFFIX = /\.csproj$/i
const EXE_OUTPUT = new Set(['exe', 'winexe'])
const SERVICE_SDKS = new Set(['microsoft.net.sdk.web', 'microsoft.net.sdk.worker'])
/**
 * MSBuild settings that say what a project is whatever its OutputType: an app for a phone, a
 * desktop or the browser is a `frontend`; a .NET Aspire AppHost, which starts and wires the other
 * projects and their containers (the deployment description, run by a developer or Aspire's
 * publisher), is `infra`. `sdk` matches the `<Project Sdk="...">` name without its `/version`;
 * `property` matches `<Name>true</Name>`. Names compare case-insensitively.
 */
export const PROJECT_KINDS: readonly {
  sdk?: string
  property?: string
  kind: 'frontend' | 'infra'
  what: string
}[] = [
  { sdk: 'Aspire.AppHost.Sdk', kind: 'infra', what: '.NET Aspire AppHost' },
  { property: 'IsAspireHost', kind: 'infra', what: '.NET Aspire AppHost' },
  { property: 'UseMaui', kind: 'frontend', what: '.NET MAUI app for phones and desktops' },
  { property: 'UseWPF', kind: 'frontend', what: 'WPF desktop app' },
  { property: 'UseWindowsForms', kind: 'frontend', what: 'Windows Forms desktop app' },
  {
    sdk: 'Microsoft.NET.Sdk.BlazorWebAssembly',
    kind: 'frontend',
    what: 'Blazor WebAssembly app that runs in the browser',
  },
]

const KIND_BY_SDK = new Map(PROJECT_KINDS.flatMap((k) => (k.sdk ? [[k.sdk.toLowerCase(), k]] : [])))
const KIND_BY_PROPERTY = new Map(
  PROJECT_KINDS.flatMap((k) => (k.property ? [[k.property.toLowerCase(), k]] : [])),
)

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
    } else if (el.name === 'ProjectReference') {
      const include = el.attributes['Include'] ?? el.attributes['include'] ?? ''
      const target = localTarget(path, include, true)
      if (target === undefined) return
      const file = include.replace(/\\/g, '/')
      const name = file.slice(file.lastIndexOf('/') + 1).replace(CSPROJ_SUFFIX, '')
      const privateAssets = (el.attributes['PrivateAssets'] ?? '').toLowerCase() === 'all'
      ;(manifest.localReferences ??= []).push({
        name,
        target,
        path,
        line: el.line,
        text: el.lineText.trim(),
        via: 'ProjectReference',
        dev: privateAssets,
      })
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
    if (manifest.declaredKind !== undefined) return
    const sdk = el.name === 'Project' ? (el.attributes['Sdk'] ?? '') : ''
    const declared =
      sdk !== ''
        ? KIND_BY_SDK.get(sdk.replace(/\/.*$/, '').trim().toLowerCase())
        : el.text.trim().toLowerCase() === 'true'
          ? KIND_BY_PROPERTY.get(el.name.toLowerCase())
          : undefined
    if (declared !== undefined) {
      const detail = sdk !== '' ? `Sdk ${sdk}` : `<${el.name}>true</${el.name}>`
      manifest.declaredKind = {
        kind: declared.kind,
        evidence: { path, line: el.line, detail: `${detail}: ${declared.what}` },
      }
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
