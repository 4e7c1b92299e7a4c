/** A small two-service repository for the policy tests, plus a way to add a policy file. */
import { memoryRepo } from '../support/memory-repo.js'
import type { RepoView } from '../../src/core/ports.js'

export const TREE: Readonly<Record<string, string>> = {
  'services/gateway/go.mod':
    'module example.com/gateway\n\ngo 1.22\n\nrequire (\n\tgithub.com/sashabaranov/go-openai v1.28.1\n\texample.com/acme-rt v1.0.0\n)\n',
  'services/gateway/main.go':
    'package main\n\nimport (\n\t"net/http"\n\n\topenai "github.com/sashabaranov/go-openai"\n)\n\nfunc main() {\n\t_ = openai.NewClient("")\n\t_ = http.ListenAndServe(":8080", nil)\n}\n',
  'services/ranker/requirements.txt': 'fastapi==0.111.0\ntorch==2.3.1\nuvicorn==0.30.1\n',
  'services/ranker/app.py':
    'import torch\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get("/rank")\ndef rank() -> dict:\n    return {"score": float(torch.rand(1))}\n',
}

/** The tree with `.stackfit.yml` (and any other files) added. */
export function repoWith(policy: string | undefined, extra: Record<string, string> = {}): RepoView {
  return memoryRepo({
    ...TREE,
    ...(policy !== undefined ? { '.stackfit.yml': policy } : {}),
    ...extra,
  })
}
