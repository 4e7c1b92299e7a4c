import { describe, expect, it } from 'vitest'
import { manifestTypeOf, parseManifest } from '../../../../src/core/parse/manifests/index.js'

const REQUIREMENTS = `# Inference service
--index-url https://download.pytorch.org/whl/cu121
-r base.txt
-c constraints.txt

torch==2.3.0+cu121
transformers[torch]>=4.41,<5 ; python_version >= "3.10"
Pillow  # images
numpy==1.26.4 \\
    --hash=sha256:aaaa \\
    --hash=sha256:bbbb
-e git+https://github.com/acme/tokenizers-fork.git@v2#egg=Fast_Tokenizer
-e ./libs/shared
git+https://github.com/openai/whisper.git#egg=openai-whisper
https://files.example.org/pkgs/onnxruntime_gpu-1.18.0-cp311-cp311-linux_x86_64.whl
my-pkg @ https://example.org/my_pkg-1.0.tar.gz
./local/wheel-dir/
    sentencepiece
`

describe('requirements.txt', () => {
  const { manifest, diagnostics } = parseManifest(
    'ml/requirements.txt',
    REQUIREMENTS,
    'requirements.txt',
  )

  it('lists each requirement once with its first physical line and text, skipping options and paths', () => {
    expect(diagnostics).toEqual([])
    expect(manifest?.dependencies.map((d) => [d.name, d.line])).toEqual([
      ['torch', 6],
      ['transformers', 7],
      ['pillow', 8],
      ['numpy', 9],
      ['fast-tokenizer', 12],
      ['openai-whisper', 14],
      ['onnxruntime-gpu', 15],
      ['my-pkg', 16],
      ['sentencepiece', 18],
    ])
    expect(manifest?.dependencies[2]?.text).toBe('Pillow')
    expect(manifest?.dependencies[1]?.text).toBe(
      'transformers[torch]>=4.41,<5 ; python_version >= "3.10"',
    )
    expect(
      manifest?.dependencies.every((d) => d.ecosystem === 'pypi' && !d.dev && !d.indirect),
    ).toBe(true)
  })

  it.each([
    ['requirements-dev.txt', true],
    ['requirements_test.txt', true],
    ['dev-requirements.txt', true],
    ['requirements/lint.txt', true],
    ['requirements/base.txt', false],
    ['requirements.txt', false],
    ['requirements-gpu.txt', false],
  ])('%s → dev %s', (path, dev) => {
    const { manifest } = parseManifest(path, 'requests\n', 'requirements.txt')
    expect(manifest?.dependencies[0]?.dev).toBe(dev)
  })

  it('reports lines that are not requirements, once, with the first line', () => {
    const { manifest, diagnostics } = parseManifest(
      'requirements.txt',
      'flask\n<<<<<<< HEAD\n!!!\nredis\n',
      'requirements.txt',
    )
    expect(manifest?.dependencies.map((d) => d.name)).toEqual(['flask', 'redis'])
    expect(diagnostics).toMatchObject([
      { code: 'manifest-parse', line: 2, path: 'requirements.txt' },
    ])
    expect(diagnostics[0]?.message).toContain('1 more')
  })

  it('an empty file is an empty manifest without diagnostics', () => {
    expect(parseManifest('requirements.txt', '', 'requirements.txt')).toEqual({
      manifest: {
        path: 'requirements.txt',
        type: 'requirements.txt',
        dependencies: [],
        entrypoints: [],
        workspaceMembers: [],
        workspaceOnly: false,
      },
      diagnostics: [],
    })
  })

  it.each([
    ['requirements.txt', 'requirements.txt'],
    ['svc/requirements-dev.txt', 'requirements.txt'],
    ['svc/dev-requirements.txt', 'requirements.txt'],
    ['svc/requirements.in', 'requirements.txt'],
    ['svc/requirements/base.txt', 'requirements.txt'],
    ['svc/requirements/README.md', undefined],
    ['svc/notes.txt', undefined],
  ])('manifestTypeOf(%s) = %s', (path, type) => {
    expect(manifestTypeOf(path)).toBe(type)
  })
})
