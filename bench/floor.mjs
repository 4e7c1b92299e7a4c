#!/usr/bin/env node
// The I/O floor: the work any scan of the tree cannot avoid, done as plainly and as fast as Node
// allows. Walk with fdir (skipping .git and node_modules), stat every file, and read every
// manifest and source file once, in full, with synchronous reads. No parsing, no output besides
// one JSON line of counts on stdout, so the benchmark can compare stackfit against it.
//
//   node bench/floor.mjs <dir>
import process from 'node:process'
import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { fdir } from 'fdir'
import { fileKindOf } from './lib/file-kinds.mjs'

const root = process.argv[2]
if (root === undefined) {
  process.stderr.write('usage: node bench/floor.mjs <dir>\n')
  process.exit(2)
}

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
for (const path of paths) {
  const stat = statSync(path, { throwIfNoEntry: false })
  if (stat === undefined) {
    unreadable++
    continue
  }
  statted++
  if (fileKindOf(basename(path)) === 'other') continue
  try {
    bytes += readFileSync(path).byteLength
    read++
  } catch {
    unreadable++
  }
}

process.stdout.write(
  JSON.stringify({ files: paths.length, statted, read, bytes, unreadable }) + '\n',
)
