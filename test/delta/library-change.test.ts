/**
 * A service takes the strong signals of the in-repository libraries it references by path
 * (src/core/3-detect/inherited-signals.ts), so a pull request that changes only the library changes
 * the service's workload too. Both scopes must see it: the service is new to the finding even
 * though no path of it changed, and a PR that only touches the service still reads the library it
 * references, at head and at base.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { main, type CliIO } from '../../src/cli/main.js'
import type { Report } from '../../src/core/model.js'
import { createHistory, type Changes, type History } from './git-history.js'

const API_GO_MOD = `module example.com/api

go 1.22

require example.com/ml v0.0.0

replace example.com/ml => ../../libs/ml
`
const API_MAIN = `package main

import (
\t"net/http"

\tml "example.com/ml"
)

func main() {
\t_ = ml.Score
\t_ = http.ListenAndServe(":8080", nil)
}
`
const ML_GO_MOD = 'module example.com/ml\n\ngo 1.22\n'
const ML_PLAIN =
  'package ml\n\n// Score ranks an item.\nfunc Score(x float64) float64 { return x * 2 }\n'
const ML_ONNX = `package ml

import ort "github.com/yalue/onnxruntime_go"

var _ = ort.InitializeEnvironment

// Score ranks an item.
func Score(x float64) float64 { return x * 2 }
`
const ML_ONNX_GO_MOD = `${ML_GO_MOD}\nrequire github.com/yalue/onnxruntime_go v1.13.0\n`

const BASE: Changes = {
  'services/api/go.mod': API_GO_MOD,
  'services/api/main.go': API_MAIN,
  'services/api/README.md': '# api\n',
  'libs/ml/go.mod': ML_GO_MOD,
  'libs/ml/score.go': ML_PLAIN,
}

let history: History | undefined
afterEach(() => history?.remove())

function pullRequest(base: Changes, changes: Changes): History {
  history = createHistory(base)
  history.git('checkout', '-q', '-b', 'pr')
  history.commit('the pull request', changes)
  return history
}

async function scan(h: History, ...args: string[]): Promise<{ code: number; report: Report }> {
  let stdout = ''
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: () => undefined,
    cwd: h.dir,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    now: () => 0,
  }
  const code = await main(['scan', '--base', 'main', '--format', 'json', '-q', ...args], io)
  return { code, report: JSON.parse(stdout) as Report }
}

const statuses = (report: Report): string[] =>
  report.findings.map((f) => `${f.status ?? '-'} ${f.ruleId} ${f.service}`)

describe('a pull request and the libraries services reference', () => {
  it.each(['changed', 'all'])(
    'scope %s: ML added to a library only is new for the Go service that references it',
    async (scope) => {
      const h = pullRequest(BASE, {
        'libs/ml/go.mod': ML_ONNX_GO_MOD,
        'libs/ml/score.go': ML_ONNX,
      })
      const { code, report } = await scan(h, '--scope', scope, '--fail-on', 'warning')
      expect(statuses(report)).toContain('new SF101 services/api')
      expect(code).toBe(1)
      const api = report.services.find((s) => s.root === 'services/api')
      expect(api?.counted).toBeUndefined()
      expect(report.delta?.touched).toContain('services/api')
    },
  )

  it.each(['changed', 'all'])(
    'scope %s: a README edit in the service keeps the lent finding existing',
    async (scope) => {
      const h = pullRequest(
        { ...BASE, 'libs/ml/go.mod': ML_ONNX_GO_MOD, 'libs/ml/score.go': ML_ONNX },
        { 'services/api/README.md': '# api\n\nNow with docs.\n' },
      )
      const { code, report } = await scan(h, '--scope', scope, '--fail-on', 'warning')
      expect(statuses(report)).toContain('existing SF101 services/api')
      expect(statuses(report).filter((s) => s.startsWith('new '))).toEqual([])
      expect(code).toBe(0)
    },
  )
})
