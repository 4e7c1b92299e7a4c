import { describe, expect, it } from 'vitest'
import { parseManifest } from '../../../../src/core/parse/manifests/index.js'

const CSPROJ = `<Project Sdk="Microsoft.NET.Sdk.Web">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <AssemblyName>Acme.Orders.Api</AssemblyName>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Microsoft.ML" Version="3.0.1" />
    <PackageReference Include="Azure.AI.OpenAI">
      <Version>1.0.0-beta.17</Version>
    </PackageReference>
    <!-- <PackageReference Include="Commented.Out" Version="1.0" /> -->
    <PackageReference Include="StyleCop.Analyzers" Version="1.1.118" PrivateAssets="all" />
    <PackageReference Include="xunit" Version="2.8.1" />
    <PackageReference Update="Pinned.Only" Version="2.0" />
  </ItemGroup>
</Project>
`

describe('*.csproj', () => {
  it('reads PackageReference ids with lines, the assembly name and the web SDK entry point', () => {
    const { manifest, diagnostics } = parseManifest(
      'src/Orders.Api/Orders.Api.csproj',
      CSPROJ,
      'csproj',
    )
    expect(diagnostics).toEqual([])
    expect(manifest?.name).toBe('Acme.Orders.Api')
    expect(manifest?.dependencies.map((d) => [d.name, d.line, d.dev, d.ecosystem])).toEqual([
      ['Microsoft.ML', 9, false, 'nuget'],
      ['Azure.AI.OpenAI', 10, false, 'nuget'],
      ['StyleCop.Analyzers', 14, true, 'nuget'],
      ['xunit', 15, true, 'nuget'],
    ])
    expect(manifest?.dependencies[0]?.text).toBe(
      '<PackageReference Include="Microsoft.ML" Version="3.0.1" />',
    )
    expect(manifest?.entrypoints).toEqual([
      { path: 'src/Orders.Api/Orders.Api.csproj', line: 1, detail: 'Sdk Microsoft.NET.Sdk.Web' },
    ])
  })

  it('falls back to the file name and reads OutputType Exe', () => {
    const text =
      '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n  </PropertyGroup>\n</Project>\n'
    const { manifest } = parseManifest('tools/Migrator.csproj', text, 'csproj')
    expect(manifest?.name).toBe('Migrator')
    expect(manifest?.entrypoints).toEqual([
      { path: 'tools/Migrator.csproj', line: 3, detail: 'OutputType Exe' },
    ])
  })

  it('unbalanced XML → diagnostic with line', () => {
    const { diagnostics } = parseManifest(
      'A.csproj',
      '<Project>\n  <ItemGroup>\n</Project>\n',
      'csproj',
    )
    expect(diagnostics).toMatchObject([{ code: 'manifest-parse', path: 'A.csproj', line: 3 }])
  })
})
