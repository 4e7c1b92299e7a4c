import { describe, expect, it } from 'vitest'
import { parseManifest } from '../../../../src/core/parse/manifests/index.js'

const SETUP_PY = `"""Packaging for the scoring worker.

install_requires=["not-a-dependency"]
"""
from setuptools import find_packages, setup

# install_requires=["also-not"]
REQUIREMENTS = [
    "celery[redis]>=5.3",
    "xgboost==2.0.3",
]

setup(
    name="scoring-worker",
    version="0.1.0",
    packages=find_packages(),
    install_requires=REQUIREMENTS,
    tests_require=["pytest"],
    extras_require={
        "dev": ["black", "mypy"],
        "gpu": ["cupy-cuda12x"],
    },
    entry_points={
        "console_scripts": [
            "score-worker = scoring.worker:main",
        ],
    },
    scripts=["bin/score-admin"],
)
`

describe('setup.py', () => {
  const { manifest, diagnostics } = parseManifest('workers/scoring/setup.py', SETUP_PY, 'setup.py')

  it('follows install_requires to its module-level list and ignores docstrings and comments', () => {
    expect(diagnostics).toEqual([])
    expect(manifest?.name).toBe('scoring-worker')
    expect(manifest?.dependencies.map((d) => [d.name, d.line, d.text, d.dev])).toEqual([
      ['celery', 9, 'celery[redis]>=5.3', false],
      ['xgboost', 10, 'xgboost==2.0.3', false],
      ['pytest', 18, 'pytest', true],
      ['black', 20, 'black', true],
      ['mypy', 20, 'mypy', true],
      ['cupy-cuda12x', 21, 'cupy-cuda12x', false],
    ])
  })

  it('lists console_scripts and scripts as entry points', () => {
    expect(manifest?.entrypoints).toEqual([
      {
        path: 'workers/scoring/setup.py',
        line: 25,
        detail: 'console_scripts: score-worker = scoring.worker:main',
      },
      { path: 'workers/scoring/setup.py', line: 28, detail: 'scripts: bin/score-admin' },
    ])
  })

  it('reads the ini-string form of entry_points and the dict() form', () => {
    const text = `from setuptools import setup
setup(
    name='cli',
    install_requires=['click'],
    entry_points="""
        [console_scripts]
        cli = cli.main:run
    """,
)
`
    const { manifest: m } = parseManifest('setup.py', text, 'setup.py')
    expect(m?.entrypoints).toEqual([
      { path: 'setup.py', line: 7, detail: 'console_scripts: cli = cli.main:run' },
    ])
    const dictForm = "setup(name='x', entry_points=dict(console_scripts=['x = x:main']))\n"
    expect(parseManifest('setup.py', dictForm, 'setup.py').manifest?.entrypoints).toEqual([
      { path: 'setup.py', line: 1, detail: 'console_scripts: x = x:main' },
    ])
  })

  it('never evaluates: computed requirements are simply not seen, without error', () => {
    const text =
      "import os\nsetup(install_requires=open('requirements.txt').read().splitlines())\nos.system('rm -rf /')\n"
    const { manifest: m, diagnostics: d } = parseManifest('setup.py', text, 'setup.py')
    expect(m?.dependencies).toEqual([])
    expect(d).toEqual([])
  })
})
