#!/usr/bin/env node
// Scores stackfit against the hand-labelled corpus. Fetches nothing: every repository is a
// directory the user checked out, passed as `--repo <dir>` or `--repo <label-name>=<dir>`.
//
//   node bench/corpus/score.mjs --repo ../checkouts/robot-shop --repo katib=../katib
//   node bench/corpus/score.mjs --labels test/fixtures/corpus/labels --repo ... --json
//
// Exit codes: 0 scored, 2 usage error (one line on stderr), 3 stackfit failed on a repository.
import { spawnSync } from 'node:child_process'
import console from 'node:console'
import process from 'node:process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseLabels, renderIssues, renderTable, scoreReport } from './lib/score.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const projectRoot = resolve(here, '..', '..')

function usage(reason) {
  console.error(`score: ${reason}`)
  console.error(
    'usage: score.mjs --repo [<name>=]<dir> ... [--labels <dir>] [--cli <dist/cli.js>] [--json]',
  )
  process.exit(2)
}

function parseArgs(argv) {
  const options = {
    repos: [],
    labels: join(here, 'labels'),
    cli: join(projectRoot, 'dist', 'cli.js'),
    json: false,
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const value = () => {
      const v = argv[++i]
      if (v === undefined || v.startsWith('--')) usage(`${arg} needs a value`)
      return v
    }
    if (arg === '--repo') options.repos.push(value())
    else if (arg === '--labels') options.labels = value()
    else if (arg === '--cli') options.cli = value()
    else if (arg === '--json') options.json = true
    else if (arg === '--help' || arg === '-h') usage('help')
    else usage(`unknown argument ${arg}`)
  }
  if (options.repos.length === 0) usage('give at least one --repo <dir> (a checkout you made)')
  return options
}

function loadLabels(dir) {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    usage(`labels directory ${dir} does not exist`)
  const all = new Map()
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue
    const file = join(dir, name)
    const parsed = parseLabels(readFileSync(file, 'utf8'), file)
    if (parsed.errors) {
      for (const e of parsed.errors) console.error(e)
      process.exit(2)
    }
    all.set(name.replace(/\.ya?ml$/, ''), parsed.labels)
  }
  return all
}

function pick(spec, labels) {
  const eq = spec.indexOf('=')
  const [name, dir] = eq > 0 ? [spec.slice(0, eq), spec.slice(eq + 1)] : [undefined, spec]
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    usage(`--repo ${spec}: ${dir} is not a directory`)
  const wanted = name ?? basename(resolve(dir))
  const found =
    labels.get(wanted) ??
    [...labels.values()].find(
      (l) => l.repository.split('/')[1] === wanted || l.repository === wanted,
    )
  if (!found) usage(`--repo ${spec}: no label file for "${wanted}" (use <name>=<dir>)`)
  return { labels: found, dir }
}

function headOf(dir) {
  // Only a checkout's own top level counts: a directory inside another repository has no commit.
  const r = spawnSync('git', ['-C', dir, 'rev-parse', '--show-toplevel', 'HEAD'], {
    encoding: 'utf8',
  })
  if (r.status !== 0) return undefined
  const [top, head] = r.stdout.trim().split('\n')
  return top !== undefined && resolve(top) === resolve(dir) ? head : undefined
}

const options = parseArgs(process.argv.slice(2))
const labels = loadLabels(options.labels)
const scores = []
for (const spec of options.repos) {
  const { labels: repoLabels, dir } = pick(spec, labels)
  const head = headOf(dir)
  if (head !== undefined && head !== repoLabels.commit) {
    console.error(`score: ${repoLabels.repository} is at ${head}, labelled at ${repoLabels.commit}`)
  }
  const run = spawnSync(
    process.execPath,
    [options.cli, 'scan', dir, '--format', 'json', '--fail-on', 'never', '-q'],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  )
  if (run.status !== 0) {
    console.error(
      `score: stackfit failed on ${dir} (exit ${run.status}): ${run.stderr.trim().split('\n')[0] ?? ''}`,
    )
    process.exit(3)
  }
  scores.push(scoreReport(repoLabels, JSON.parse(run.stdout)))
}
if (options.json) console.log(JSON.stringify(scores, null, 2))
else console.log(`${renderTable(scores)}\n\n${renderIssues(scores)}`)
