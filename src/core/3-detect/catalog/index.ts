/** Every ecosystem catalog, in the order docs/signals.md lists them. */
import { DOTNET_CATALOG } from './dotnet.js'
import { ELIXIR_CATALOG } from './elixir.js'
import { GO_CATALOG } from './go.js'
import { JAVA_CATALOG } from './java.js'
import { JAVASCRIPT_CATALOG } from './javascript.js'
import { PHP_CATALOG } from './php.js'
import { PYTHON_CATALOG } from './python.js'
import { RUBY_CATALOG } from './ruby.js'
import { RUST_CATALOG } from './rust.js'
import type { EcosystemCatalog } from './types.js'

/** The ecosystem catalogs; one per ecosystem, never two for the same one. */
export const CATALOGS: readonly EcosystemCatalog[] = [
  PYTHON_CATALOG,
  GO_CATALOG,
  JAVASCRIPT_CATALOG,
  JAVA_CATALOG,
  RUST_CATALOG,
  DOTNET_CATALOG,
  RUBY_CATALOG,
  PHP_CATALOG,
  ELIXIR_CATALOG,
]
