/**
 * build.gradle / build.gradle.kts, read line by line (never evaluated): dependency declarations in
 * string notation (`implementation("g:a:v")`, `implementation 'g:a:v'`, `platform(...)` too) and map
 * notation (`implementation group: 'g', name: 'a'`), and entry points (`mainClass`, `mainClassName`,
 * the `application` and Spring Boot plugins). Version-catalog references (`libs.x`) cannot be
 * resolved from this file alone and are skipped.
 */
import { blankCStyleComments, splitLines } from '../text.js'
import { dependency, emptyManifest, type ManifestParse } from './common.js'

/** Configurations that declare dependencies; those starting with `test`/`androidTest` are development-only. */
export const GRADLE_CONFIGURATIONS: readonly string[] = [
  'api',
  'implementation',
  'compile',
  'compileOnly',
  'compileOnlyApi',
  'runtimeOnly',
  'runtime',
  'annotationProcessor',
  'kapt',
  'ksp',
  'developmentOnly',
  'testImplementation',
  'testCompileOnly',
  'testRuntimeOnly',
  'testCompile',
  'testAnnotationProcessor',
  'testFixturesImplementation',
  'testFixturesApi',
  'androidTestImplementation',
  'debugImplementation',
  'releaseImplementation',
]

const CONFIG_SET = new Set(GRADLE_CONFIGURATIONS)
const DEV_CONFIG = /^(?:test|androidTest)/
const DECLARATION =
  /^\s*([A-Za-z]+)\b\s*\(?\s*(?:(?:platform|enforcedPlatform|testFixtures)\s*\(\s*)?(["'])([^"'$]+?)\2/
const MAP_GROUP = /\bgroup\s*[:=]\s*["']([^"']+)["']/
const MAP_NAME = /\bname\s*[:=]\s*["']([^"']+)["']/
const MAP_START = /^\s*([A-Za-z]+)\b\s*\(?\s*group\s*[:=]/
const MAIN_CLASS = /\bmainClass(?:Name)?\b\s*(?:=|\.set\s*\()\s*["']([^"']+)["']/
const SERVICE_PLUGIN =
  /^\s*(?:id\s*\(?\s*["'](application|org\.springframework\.boot|io\.micronaut\.application|io\.quarkus)["']|(application)\s*$)/

/** Parses a Gradle build script. Never throws; nothing it cannot read is an error. */
export function parseGradle(path: string, text: string): ManifestParse {
  const manifest = emptyManifest(path, 'build.gradle')
  const code = blankCStyleComments(text)
  const original = splitLines(text)
  splitLines(code).forEach((raw, index) => {
    const line = index + 1
    const written = (original[index] ?? '').trim()
    const decl = DECLARATION.exec(raw)
    const config = decl?.[1]
    if (config !== undefined && CONFIG_SET.has(config)) {
      const [group, artifact] = (decl?.[3] ?? '').split(':')
      if (group && artifact) {
        manifest.dependencies.push(
          dependency(`${group}:${artifact}`, 'maven', path, line, written, DEV_CONFIG.test(config)),
        )
      }
    } else {
      const map = MAP_START.exec(raw)
      const group = MAP_GROUP.exec(raw)?.[1]
      const name = MAP_NAME.exec(raw)?.[1]
      if (map?.[1] !== undefined && CONFIG_SET.has(map[1]) && group && name) {
        manifest.dependencies.push(
          dependency(`${group}:${name}`, 'maven', path, line, written, DEV_CONFIG.test(map[1])),
        )
      }
    }
    const main = MAIN_CLASS.exec(raw)?.[1]
    if (main !== undefined) manifest.entrypoints.push({ path, line, detail: `mainClass ${main}` })
    const plugin = SERVICE_PLUGIN.exec(raw)
    const pluginId = plugin?.[1] ?? plugin?.[2]
    if (pluginId !== undefined)
      manifest.entrypoints.push({ path, line, detail: `plugin ${pluginId}` })
  })
  return { manifest, diagnostics: [] }
}
