#!/usr/bin/env node
import { createRequire as __stackfitCreateRequire } from 'node:module'; const require = __stackfitCreateRequire(import.meta.url);
import {
  quickAnswer
} from "./cli-chunks/chunk-HFLSZZLI.js";

// src/cli/index.ts
import * as nodeModule from "node:module";
var argv = process.argv.slice(2);
var quick = quickAnswer(argv);
if (quick !== void 0) {
  process.stdout.write(quick);
} else {
  enableCompileCache2();
  const { main } = await import("./cli-chunks/main-KWFE535S.js");
  process.exitCode = await main(argv, {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    now: () => performance.now()
  });
}
function enableCompileCache2() {
  const enable = nodeModule.enableCompileCache;
  if (typeof enable !== "function") return;
  try {
    enable();
  } catch {
  }
}
//# sourceMappingURL=cli.js.map
