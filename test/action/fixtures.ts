import type { Evidence, Finding, Report, Service, Severity } from '../../src/core/model.js'

/** A finding as the rules engine would produce it, anchored at `path:line`. */
export function finding(
  ruleId: string,
  severity: Severity,
  anchor: Evidence,
  extra: Partial<Finding> = {},
): Finding {
  return {
    ruleId,
    ruleName: RULE_NAMES[ruleId] ?? 'some-rule',
    category: 'ai-ml',
    severity,
    service: extra.service ?? anchor.path.split('/').slice(0, 2).join('/'),
    message: `${anchor.path.split('/')[1] ?? 'service'} runs ${RULE_NAMES[ruleId] ?? 'work'} (${anchor.detail}).`,
    fix: 'Move the model work into a Python service and call it over HTTP or a queue.',
    evidence: [anchor],
    fingerprint: `fp-${ruleId}-${anchor.path}-${anchor.detail}`.replace(/[^A-Za-z0-9._:-]/g, '_'),
    ...extra,
  }
}

const RULE_NAMES: Record<string, string> = {
  SF101: 'ai-ml-outside-python',
  SF201: 'data-processing-outside-python',
  SF301: 'realtime-load-on-sync-python',
  SF501: 'split-mixed-workload',
  SF901: 'lone-language',
}

export function service(root: string, language: string): Service {
  return {
    root,
    name: root.split('/').pop() ?? root,
    kind: 'service',
    kindEvidence: [],
    markers: [],
    language: { id: language, shares: [{ id: language, bytes: 1000, share: 1 }], evidence: [] },
    signals: [],
    frameworks: [],
  }
}

/** A report around the findings, with a verdict computed the way decide() would count. */
export function report(
  findings: Finding[],
  services: Service[] = [service('services/llm-gateway', 'go')],
): Report {
  const counts = { error: 0, warning: 0, notice: 0 }
  for (const f of findings) if (!f.waived) counts[f.severity]++
  const total = counts.error + counts.warning + counts.notice
  return {
    schemaVersion: '1.0',
    tool: { name: 'stackfit', version: '0.1.0' },
    root: '.',
    services,
    findings,
    exclusions: [],
    diagnostics: [],
    verdict: {
      conclusion: counts.error > 0 ? 'fail' : 'pass',
      counts,
      failOn: 'error',
      headline: total === 0 ? 'stackfit: no findings' : `stackfit: ${total} findings`,
    },
  }
}

/** The go.mod of an LLM gateway, as the e2e fixture has it; line 6 requires go-openai. */
export const GO_MOD_PATCH = [
  '@@ -1,5 +1,8 @@',
  ' module example.com/llm-gateway',
  ' ',
  ' go 1.22',
  ' ',
  '-require github.com/gin-gonic/gin v1.9.1',
  '+require (',
  '+\tgithub.com/gin-gonic/gin v1.9.1',
  '+\tgithub.com/sashabaranov/go-openai v1.20.0',
  '+)',
].join('\n')
