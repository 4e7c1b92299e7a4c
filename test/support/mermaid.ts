/**
 * Parses Mermaid text with the `mermaid` library itself, the way GitHub renders it. Mermaid needs
 * a DOM even to parse (it loads DOMPurify, which binds to `window` when the module is first
 * evaluated), so a jsdom window is installed on globalThis before mermaid is imported.
 */

interface MermaidApi {
  initialize(config: { startOnLoad: boolean }): void
  parse(text: string): Promise<unknown>
}

let loading: Promise<MermaidApi> | undefined

// jsdom ships no type declarations; this is the part of it used here.
interface JsdomModule {
  JSDOM: new (html: string) => { window: { document: unknown } }
}

async function load(): Promise<MermaidApi> {
  const specifier: string = 'jsdom'
  const { JSDOM } = (await import(specifier)) as JsdomModule
  const dom = new JSDOM('<!doctype html><html><body></body></html>')
  const g = globalThis as Record<string, unknown>
  g['window'] ??= dom.window
  g['document'] ??= dom.window.document
  const { default: mermaid } = (await import('mermaid')) as { default: MermaidApi }
  mermaid.initialize({ startOnLoad: false })
  return mermaid
}

/** Resolves when mermaid accepts the diagram; rejects with mermaid's parse error otherwise. */
export async function parseMermaid(text: string): Promise<void> {
  loading ??= load()
  const mermaid = await loading
  await mermaid.parse(text)
}
