#!/usr/bin/env node
// The I/O floor: the work any scan of the tree cannot avoid, done as plainly and as fast as Node
// allows. Walk with fdir (skipping .git and node_modules), stat every file, and read every
// manifest and source file once, in full, with synchronous reads. No parsing, no output besides
// one JSON line of counts on stdout, so the benchmark can compare stackfit against it.
//
//   node bench/floor.mjs <dir>
//   node bench/floor.mjs <dir> --lex <module>
//
// With --lex, each source file read is also decoded and lexed by stackfit's own lexers (the
// module bench/lib/lexers.mjs builds): the floor of a scan that reports imports with their
// evidence lines, which no reading of the tree alone can give.
import process from 'node:process'
import { readFileSync, statSync } from 'node:fs'
import { basename, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { fdir } from 'fdir'
import { fileKindOf } from './lib/file-kinds.mjs'

const [root, flag, lexModule] = process.argv.slice(2)
if (root === undefined || (flag !== undefined && (flag !== '--lex' || lexModule === undefined))) {
  process.stderr.write('usage: node bench/floor.mjs <dir> [--lex <module>]\n')
  process.exit(2)
}
const lexers = lexModule === undefined ? undefined : await import(pathToFileURL(lexModule).href)

const SKIPPED_DIRS = new Set(['.git', 'node_modules'])

const paths = new fdir()
  .withFullPaths()
  .exclude((dirName) => SKIPPED_DIRS.has(dirName))
  .crawl(root)
  .sync()

let statted = 0
let read = 0
let bytes = 0
let unreadable = 0
let lexed = 0
let imports = 0
for (const path of paths) {
  const stat = statSync(path, { throwIfNoEntry: false })
  if (stat === undefined) {
    unreadable++
    continue
  }
  statted++
  if (fileKindOf(basename(path)) === 'other') continue
  let buf
  try {
    buf = readFileSync(path)
  } catch {
    unreadable++
    continue
  }
  bytes += buf.byteLength
  read++
  if (lexers === undefined) continue
  const rel = relative(root, path)
  const language = lexers.sourceLanguageOf(rel)
  if (language === undefined) continue
  const decoded = lexers.decodeText(buf, buf.byteLength, false)
  if (!decoded.ok) continue
  imports += lexers.lexSource(rel, decoded.text, language).imports.length
  lexed++
}

process.stdout.write(
  JSON.stringify({
    files: paths.length,
    statted,
    read,
    bytes,
    unreadable,
    ...(lexers === undefined ? {} : { lexed, imports }),
  }) + '\n',
)
