import { describe, expect, it } from 'vitest'
import { parsePatchAddedLines } from '../../src/core/5-report/publish/patch.js'
import { GO_MOD_PATCH } from './fixtures.js'

describe('parsePatchAddedLines', () => {
  it.each([
    ['a go.mod require block replacing one line', GO_MOD_PATCH, [5, 6, 7, 8]],
    [
      'a new file',
      '@@ -0,0 +1,3 @@\n+FROM nvidia/cuda:12.2.0-runtime-ubuntu22.04\n+RUN pip install torch\n+CMD ["python", "serve.py"]',
      [1, 2, 3],
    ],
    [
      'two hunks with context and a removal',
      '@@ -10,4 +10,5 @@ def main():\n     app = Flask(__name__)\n-    run()\n+    import torch\n+    run(torch)\n     return app\n@@ -40,2 +41,3 @@ class X:\n     pass\n+    y = 1\n     z = 2',
      [11, 12, 42],
    ],
    ['a hunk header without counts', '@@ -3 +3 @@\n-import flask\n+import fastapi', [3]],
    [
      'no newline at end of file',
      '@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file',
      [2],
    ],
    ['an empty context line with its space stripped', '@@ -1,3 +1,4 @@\n a\n\n+new\n b', [3]],
    ['removals only', '@@ -1,3 +1,1 @@\n-a\n-b\n c', []],
    ['an empty patch', '', []],
    ['garbage', 'not a diff\n+looks added but is outside any hunk', []],
  ])('%s', (_, patch, expected) => {
    expect([...parsePatchAddedLines(patch)].sort((a, b) => a - b)).toEqual(expected)
  })

  it('ignores text after a hunk is complete', () => {
    const patch = '@@ -1,1 +1,2 @@\n a\n+b\n+++ b/other-file\n+not counted'
    expect([...parsePatchAddedLines(patch)]).toEqual([2])
  })
})
