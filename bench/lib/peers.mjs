// The peers the benchmark times when the user has installed them. Never installed by the
// benchmark and never into the project's own dependencies: npm peers live in bench/.peers/ with
// their own package.json; binaries are looked up on PATH.
import process from 'node:process'
import { existsSync, readFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'

/**
 * @typedef {{
 *   id: string, label: string, what: string, install: string, args: string[], okCodes: number[],
 *   npm?: { package: string }, binary?: string
 * }} Peer
 */

/** @type {ReadonlyArray<Peer>} */
export const PEERS = [
  {
    id: 'stack-analyser',
    label: '@specfy/stack-analyser',
    what: 'the closest tech-stack detector: walks the tree and reads manifests per folder',
    install:
      'mkdir -p bench/.peers && cd bench/.peers && npm init -y && npm install @specfy/stack-analyser',
    npm: { package: '@specfy/stack-analyser' },
    // It writes to path.join(cwd, output), so an absolute path would not do.
    args: ['{tree}', '--output={outFromCwd}'],
    okCodes: [0],
  },
  {
    id: 'linguist',
    label: 'github-linguist',
    what: "GitHub's language classifier (Ruby gem); needs a git work tree",
    install: 'gem install github-linguist',
    binary: 'github-linguist',
    args: ['{tree}', '--json'],
    okCodes: [0],
  },
]

function npmBin(peersDir, name) {
  const pkgDir = join(peersDir, 'node_modules', ...name.split('/'))
  try {
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'))
    const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin && Object.values(pkg.bin)[0]
    if (typeof bin !== 'string') return null
    const path = join(pkgDir, bin)
    return existsSync(path) ? { path, version: String(pkg.version ?? '') } : null
  } catch {
    return null
  }
}

function onPath(binary) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, binary))) return join(dir, binary)
  }
  return null
}

/**
 * The installed peers, ready to run.
 * @param {string} benchDir the bench/ directory (peers are looked for in bench/.peers/)
 * @param {string} node the Node binary that runs npm peers
 * @returns {Array<{ peer: Peer, argv: string[], version: string }>} in PEERS order; argv still has
 *   placeholders; never throws
 */
export function findPeers(benchDir, node) {
  const found = []
  for (const peer of PEERS) {
    if (peer.npm) {
      const bin = npmBin(join(benchDir, '.peers'), peer.npm.package)
      if (bin) found.push({ peer, argv: [node, bin.path, ...peer.args], version: bin.version })
    } else if (peer.binary) {
      const path = onPath(peer.binary)
      if (path) found.push({ peer, argv: [path, ...peer.args], version: '' })
    }
  }
  return found
}
