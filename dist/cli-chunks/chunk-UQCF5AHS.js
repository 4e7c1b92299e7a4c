#!/usr/bin/env node
import { createRequire as __stackfitCreateRequire } from 'node:module'; const require = __stackfitCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/cli/args.ts
import { parseArgs } from "node:util";
var FORMATS = ["text", "json", "markdown", "sarif"];
var FAIL_ON = ["error", "warning", "notice", "never"];
var FAIL_ON_SCOPES = ["new", "all"];
var SCOPES = ["changed", "all"];
var USAGE = `Usage: stackfit <command> [options]

Commands:
  scan [dir]              Scan a monorepo (default: the current directory)
  rules                   List the rule catalog
  explain <service-dir>   Show every signal of one service and how each rule reasoned

Options for scan:
  -f, --format <fmt>      text | json | markdown | sarif (default: text)
  -o, --output <file>     Write the report to a file instead of stdout
      --fail-on <level>   error | warning | notice | never (default: the policy file's, else error)
  -c, --config <file>     Policy file (default: .stackfit.yml or .stackfit.yaml in the scanned directory)
      --base <ref>        Compare with a git ref (its merge base with HEAD): what the change did
      --fail-on-scope <s> new | all: which findings can fail (default: new with --base, else all)
      --scope <s>         changed | all: with --base, the touched services' findings or all
      --color, --no-color Force or disable colour (default: on for a TTY, off with NO_COLOR)
  -q, --quiet             No progress or notes on stderr
      --low-memory        Keep peak memory low (V8's optimize-for-size mode), for more CPU time

Options for rules:
  -f, --format <fmt>      text | json | markdown (default: text)

Options for explain:
      --root <dir>        The repository root the service belongs to (default: the current directory)

Exit codes: 0 passed, 1 findings at or above --fail-on, 2 usage error, 3 unexpected failure.`;
function oneOf(value, allowed, flag) {
  if (value === void 0) return void 0;
  if (allowed.includes(value)) return value;
  return `${flag} must be one of ${allowed.join(", ")} (got "${value}")`;
}
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        "fail-on": { type: "string" },
        config: { type: "string", short: "c" },
        base: { type: "string" },
        "fail-on-scope": { type: "string" },
        scope: { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        quiet: { type: "boolean", short: "q" },
        "low-memory": { type: "boolean" },
        root: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: message.split("\n")[0] ?? message };
  }
  const { values, positionals } = parsed;
  if (values.version) return { ok: true, command: { name: "version" } };
  const [name, ...rest] = positionals;
  if (values.help || name === void 0 || name === "help") {
    return { ok: true, command: { name: "help", topic: name === "help" ? rest[0] : name } };
  }
  const color = values["no-color"] ? false : values.color ? true : void 0;
  switch (name) {
    case "scan": {
      if (rest.length > 1)
        return { ok: false, problem: `scan takes one directory (got ${rest.length})` };
      const format = oneOf(values.format, FORMATS, "--format") ?? "text";
      if (!FORMATS.includes(format)) return { ok: false, problem: format };
      const failOn = oneOf(values["fail-on"], FAIL_ON, "--fail-on") ?? "error";
      if (!FAIL_ON.includes(failOn)) return { ok: false, problem: failOn };
      if (values.root !== void 0)
        return { ok: false, problem: "--root is an option of explain, not scan" };
      if (values.output === "") return { ok: false, problem: "--output needs a file name" };
      if (values.base === "") return { ok: false, problem: "--base needs a git ref" };
      if (values.config === "") return { ok: false, problem: "--config needs a file name" };
      const failOnScope = oneOf(values["fail-on-scope"], FAIL_ON_SCOPES, "--fail-on-scope");
      if (failOnScope !== void 0 && !FAIL_ON_SCOPES.includes(failOnScope))
        return { ok: false, problem: failOnScope };
      const scope = oneOf(values.scope, SCOPES, "--scope");
      if (scope !== void 0 && !SCOPES.includes(scope))
        return { ok: false, problem: scope };
      if (scope !== void 0 && values.base === void 0)
        return { ok: false, problem: "--scope needs --base (without it every service is scanned)" };
      return {
        ok: true,
        command: {
          name: "scan",
          dir: rest[0] ?? ".",
          format,
          ...values.output !== void 0 ? { output: values.output } : {},
          failOn,
          ...color !== void 0 ? { color } : {},
          quiet: values.quiet ?? false,
          ...values.base !== void 0 ? { base: values.base } : {},
          ...failOnScope !== void 0 ? { failOnScope } : {},
          ...scope !== void 0 ? { scope } : {},
          ...values.config !== void 0 ? { config: values.config } : {},
          ...values["low-memory"] ? { lowMemory: true } : {}
        }
      };
    }
    case "rules": {
      if (rest.length > 0)
        return { ok: false, problem: `rules takes no arguments (got "${rest[0]}")` };
      const allowed = ["text", "json", "markdown"];
      const format = oneOf(values.format, allowed, "--format") ?? "text";
      if (!allowed.includes(format)) return { ok: false, problem: format };
      return {
        ok: true,
        command: { name: "rules", format }
      };
    }
    case "explain": {
      if (rest.length !== 1)
        return { ok: false, problem: "explain takes exactly one service directory" };
      return {
        ok: true,
        command: {
          name: "explain",
          service: rest[0],
          root: values.root ?? ".",
          ...color !== void 0 ? { color } : {}
        }
      };
    }
    default:
      return { ok: false, problem: `unknown command "${name}" (expected scan, rules or explain)` };
  }
}

// src/version.ts
var VERSION = "0.1.0";

// src/cli/quick.ts
function quickAnswer(argv) {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) return void 0;
  switch (parsed.command.name) {
    case "version":
      return `${VERSION}
`;
    case "help":
      return `stackfit ${VERSION}: does each service's language fit its workload?

${USAGE}
`;
    default:
      return void 0;
  }
}

export {
  __commonJS,
  __toESM,
  VERSION,
  parseCliArgs,
  quickAnswer
};
//# sourceMappingURL=chunk-UQCF5AHS.js.map
