/**
 * Shapes met in the held-out accuracy check (docs/accuracy.md), run through the real parsers: .NET
 * projects whose MSBuild settings say what they are (MAUI apps, Aspire AppHosts), an API client
 * package that depends on aiohttp, and a test suite whose fixtures hold `__main__` scripts.
 */
import { describe, expect, it } from 'vitest'
import { discoverServices } from '../../../src/core/1-discover/discover-services.js'
import { createScanContext } from '../../../src/core/context.js'
import { memoryRepo } from '../../support/memory-repo.js'

function kinds(tree: Record<string, string>): Record<string, string> {
  const result = discoverServices(createScanContext(memoryRepo(tree)), {})
  return Object.fromEntries(result.units.map((u) => [u.root, u.kind]))
}

const CS = 'namespace App;\npublic static class Program { public static void Main() {} }\n'

describe('.NET projects that declare their kind', () => {
  it.each([
    [
      'an Aspire AppHost SDK with a version',
      '<Project Sdk="Aspire.AppHost.Sdk/13.1.0">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n  </PropertyGroup>\n</Project>\n',
      'infra',
    ],
    [
      'an AppHost that says IsAspireHost',
      '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <IsAspireHost>true</IsAspireHost>\n  </PropertyGroup>\n</Project>\n',
      'infra',
    ],
    [
      'a MAUI app',
      '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <UseMaui>true</UseMaui>\n  </PropertyGroup>\n</Project>\n',
      'frontend',
    ],
    [
      'a Blazor WebAssembly app',
      '<Project Sdk="Microsoft.NET.Sdk.BlazorWebAssembly">\n</Project>\n',
      'frontend',
    ],
    [
      'a WPF app',
      '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>WinExe</OutputType>\n    <UseWPF>true</UseWPF>\n  </PropertyGroup>\n</Project>\n',
      'frontend',
    ],
    [
      'a console app (still a service)',
      '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n  </PropertyGroup>\n</Project>\n',
      'service',
    ],
    [
      'a web app with UseMaui false',
      '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <UseMaui>false</UseMaui>\n  </PropertyGroup>\n</Project>\n',
      'service',
    ],
  ])('%s → %s', (_name, csproj, kind) => {
    expect(kinds({ 'src/App/App.csproj': csproj, 'src/App/Program.cs': CS })).toEqual({
      'src/App': kind,
    })
  })

  it('names the setting as the kind evidence', () => {
    const result = discoverServices(
      createScanContext(
        memoryRepo({
          'AppHost/AppHost.csproj':
            '<Project Sdk="Aspire.AppHost.Sdk/9.0.0">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n  </PropertyGroup>\n</Project>\n',
          'AppHost/Program.cs': CS,
        }),
      ),
      {},
    )
    expect(result.units[0]?.kindEvidence).toEqual([
      {
        path: 'AppHost/AppHost.csproj',
        line: 1,
        detail: 'Sdk Aspire.AppHost.Sdk/9.0.0: .NET Aspire AppHost',
      },
    ])
  })
})

describe('Python units that only look like services', () => {
  it.each([
    [
      'an API client package that depends on aiohttp',
      {
        'clients/python/pyproject.toml':
          '[project]\nname = "acme-client"\ndependencies = ["aiohttp>=3.8", "pydantic>2"]\n',
        'clients/python/acme_client/client.py': 'import aiohttp\n\nclass Client:\n    pass\n',
      },
      'library',
    ],
    [
      'an aiohttp server that runs its app',
      {
        'svc/requirements.txt': 'aiohttp==3.9.0\n',
        'svc/serve.py': 'from aiohttp import web\n\napp = web.Application()\nweb.run_app(app)\n',
      },
      'service',
    ],
    [
      'a test suite whose fixtures hold scripts',
      {
        'it-tests/requirements.txt': 'pytest==8.0.0\nrequests==2.31.0\n',
        'it-tests/fixtures/export.py':
          'def main():\n    pass\n\nif __name__ == "__main__":\n    main()\n',
        'it-tests/conftest.py': 'import pytest\n',
      },
      'library',
    ],
  ])('%s → %s', (_name, tree, kind) => {
    const root = Object.keys(tree)[0]!.split('/').slice(0, -1).join('/')
    expect(kinds(tree)[root]).toBe(kind)
  })
})
