/**
 * What pip would install for one requirement specifier, as a normalised PyPI name: shared by
 * requirements files and `RUN pip install` lines in Dockerfiles.
 */
import { normalisePypiName, pep508Name } from '../text.js'

const EGG = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/
const URL_SCHEME = /^(?:[a-z][a-z0-9+.-]*):\/\//i
const WHEEL_OR_SDIST =
  /(?:^|\/)([A-Za-z0-9][A-Za-z0-9._]*?)-\d[^/]*\.(?:whl|tar\.gz|zip|tar\.bz2)$/i
const DIRECT_REFERENCE = /^\s*[A-Za-z0-9][A-Za-z0-9._-]*\s*(?:\[[^\]]*\])?\s*@/

/**
 * The normalised name of a requirement: `Flask[async]==2.0` → `flask`,
 * `git+https://host/x.git#egg=my_pkg` → `my-pkg`, `torch @ https://...` → `torch`,
 * `https://host/numpy-1.26.0-cp311-...whl` → `numpy`. Undefined for local paths, bare archive URLs
 * and anything that is not a requirement.
 */
export function requirementName(spec: string): string | undefined {
  const s = spec.trim()
  if (s === '' || s.includes('$')) return undefined
  if (DIRECT_REFERENCE.test(s)) return pep508Name(s)
  const egg = EGG.exec(s)
  if (egg?.[1] !== undefined) return normalisePypiName(egg[1])
  const archive = WHEEL_OR_SDIST.exec(s)
  if (archive?.[1] !== undefined) return normalisePypiName(archive[1])
  if (
    URL_SCHEME.test(s) ||
    s.startsWith('.') ||
    s.startsWith('/') ||
    s.startsWith('~') ||
    s.includes('/')
  ) {
    return undefined
  }
  return pep508Name(s)
}
