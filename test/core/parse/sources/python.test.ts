import { describe, expect, it } from 'vitest'
import { lexSource } from '../../../../src/core/parse/sources/index.js'

const imports = (text: string): [string, number][] =>
  lexSource('m.py', text, 'python').imports.map((i) => [i.module, i.line])
const hints = (text: string): [string, number][] =>
  lexSource('m.py', text, 'python').hints.map((h) => [h.id, h.line])

describe('python imports', () => {
  it.each<[string, string, [string, number][]]>([
    ['plain', 'import torch\n', [['torch', 1]]],
    [
      'dotted with alias and list',
      'import numpy as np, os.path\n',
      [
        ['numpy', 1],
        ['os.path', 1],
      ],
    ],
    [
      'from dotted',
      'from langchain.chat_models import ChatOpenAI\n',
      [['langchain.chat_models', 1]],
    ],
    [
      'from with parenthesised names over lines',
      'from fastapi import (\n    FastAPI,\n    WebSocket,\n)\nimport redis\n',
      [
        ['fastapi', 1],
        ['redis', 5],
      ],
    ],
    [
      'relative imports are skipped',
      'from . import views\nfrom .models import User\nfrom ..core import x\n',
      [],
    ],
    [
      'inside a function and try block',
      'def f():\n    import pandas as pd\ntry:\n    import ujson as json\nexcept ImportError:\n    import json\n',
      [
        ['pandas', 2],
        ['ujson', 4],
        ['json', 6],
      ],
    ],
    [
      'after a colon or semicolon on one line',
      'try: import orjson\nexcept ImportError: pass\nx = 1; import sys\n',
      [
        ['orjson', 1],
        ['sys', 3],
      ],
    ],
    [
      'backslash continuation',
      'import os, \\\n    sys\n',
      [
        ['os', 1],
        ['sys', 2],
      ],
    ],
    ['future import', 'from __future__ import annotations\n', [['__future__', 1]]],
    [
      'raise ... from is not an import',
      'try:\n    pass\nexcept E as e:\n    raise X() from e\n',
      [],
    ],
    ['yield from is not an import', 'def g():\n    yield from other()\n', []],
    [
      'an import keyword inside a call is not a statement',
      'print(import_thing)\nx = importlib.import_module("m")\n',
      [],
    ],
  ])('%s', (_, text, expected) => {
    expect(imports(text)).toEqual(expected)
  })

  it('ignores imports in comments, docstrings, strings and f-strings', () => {
    const text = `"""Module docstring.

import torch
from transformers import pipeline
"""
# import tensorflow
x = "import jax"
y = 'from sklearn import svm'
z = f"{'import keras'} {x!r} import \\"nope\\""
w = rb'import raw'
sql = '''
from users import *
'''
def f():
    """import numpy"""
    return 1
import real_one
`
    expect(imports(text)).toEqual([['real_one', 17]])
  })

  it('an f-string with nested quotes of the same kind does not swallow code', () => {
    const text = 'msg = f"{d["key"]} done"\nimport after\n'
    expect(imports(text)).toEqual([['after', 2]])
  })

  it('keeps the trimmed source line as text', () => {
    const facts = lexSource('a.py', '    from openai import OpenAI  # client\n', 'python')
    expect(facts.imports).toEqual([
      { module: 'openai', line: 1, text: 'from openai import OpenAI  # client' },
    ])
  })
})

describe('python hints', () => {
  it.each<[string, string, [string, number][]]>([
    [
      'main guard',
      'def main(): ...\n\nif __name__ == "__main__":\n    main()\n',
      [['py.main-guard', 3]],
    ],
    [
      'main guard, single quotes reversed',
      "if '__main__' == __name__:\n    pass\n",
      [['py.main-guard', 1]],
    ],
    ['uvicorn.run', 'import uvicorn\nuvicorn.run(app, host="0.0.0.0")\n', [['py.server-run', 2]]],
    ['flask app.run', 'app.run(debug=True)\n', [['py.server-run', 1]]],
    ['aiohttp run_app', 'web.run_app(make_app())\n', [['py.server-run', 1]]],
    ['serve_forever', 'httpd.serve_forever()\n', [['py.server-run', 1]]],
    ['threading.Thread', 't = threading.Thread(target=work)\n', [['py.threading', 1]]],
    [
      'ThreadPoolExecutor',
      'with concurrent.futures.ThreadPoolExecutor(max_workers=8) as ex:\n    pass\n',
      [['py.threading', 1]],
    ],
    [
      'multiprocessing.Pool',
      'with multiprocessing.Pool(4) as p:\n    p.map(f, xs)\n',
      [['py.multiprocessing', 1]],
    ],
    ['ProcessPoolExecutor', 'ex = ProcessPoolExecutor()\n', [['py.multiprocessing', 1]]],
    [
      'async def and asyncio.run',
      'async def main():\n    pass\nasyncio.run(main())\n',
      [
        ['py.asyncio', 1],
        ['py.asyncio', 3],
      ],
    ],
    [
      'FastAPI websocket decorator',
      '@app.websocket("/ws")\nasync def ws(websocket): ...\n',
      [
        ['py.websocket-handler', 1],
        ['py.asyncio', 2],
      ],
    ],
    [
      'flask-sock route',
      '@sock.route("/echo")\ndef echo(ws): ...\n',
      [['py.websocket-handler', 1]],
    ],
    [
      'socketio handler',
      "@socketio.on('message')\ndef handle(data): ...\n",
      [['py.websocket-handler', 1]],
    ],
    [
      'StreamingResponse',
      'return StreamingResponse(gen(), media_type="text/event-stream")\n',
      [['py.streaming-response', 1]],
    ],
    [
      'EventSourceResponse',
      'return EventSourceResponse(events())\n',
      [['py.streaming-response', 1]],
    ],
    [
      'stream_with_context',
      'return Response(stream_with_context(gen()))\n',
      [['py.streaming-response', 1]],
    ],
    [
      'defining a function named run is not a call',
      'def run(self):\n    pass\nclass Thread(Base):\n    pass\n',
      [],
    ],
    ['ordinary route decorator', '@app.route("/")\ndef index(): ...\n', []],
  ])('%s', (_, text, expected) => {
    expect(hints(text)).toEqual(expected)
  })

  it('hints in comments and strings do not count', () => {
    const text = `# uvicorn.run(app)
"""
if __name__ == "__main__":
    threading.Thread(target=x).start()
"""
doc = "StreamingResponse(gen())"
`
    expect(hints(text)).toEqual([])
  })

  it('carries the source line as text, so catalog rules can look at it', () => {
    const facts = lexSource('w.py', 'pool = ThreadPoolExecutor(max_workers=4)\n', 'python')
    expect(facts.hints).toEqual([
      { id: 'py.threading', line: 1, text: 'pool = ThreadPoolExecutor(max_workers=4)' },
    ])
  })
})
