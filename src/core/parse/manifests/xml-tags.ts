/**
 * A forgiving, linear XML tag scanner for pom.xml and *.csproj: elements with their attributes,
 * text and line, with the path of enclosing element names. Comments, CDATA, processing
 * instructions and doctypes are skipped. It never resolves entities or external references.
 */
import { lineMap } from '../text.js'

/** A closed element: local name, attributes, direct text, the line of its start tag and its ancestors. */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  text: string
  line: number
  /** Trimmed source line of the start tag. */
  lineText: string
  /** Local names of the enclosing elements, outermost first. */
  ancestors: string[]
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>/y
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
const ENTITY = /&(lt|gt|amp|quot|apos);/g

/**
 * Scans XML text and calls `visit` for each element when it closes. Returns a problem (with line)
 * for the first unbalanced tag or unterminated construct; scanning recovers and continues.
 */
export function scanXml(
  text: string,
  visit: (element: XmlElement) => void,
): { message: string; line: number } | undefined {
  const lines = lineMap(text)
  const open: {
    name: string
    attributes: Record<string, string>
    text: string
    line: number
    offset: number
  }[] = []
  let problem: { message: string; line: number } | undefined
  const report = (message: string, offset: number): void => {
    problem ??= { message, line: lines.lineOf(offset) }
  }
  let i = 0
  while (i < text.length) {
    const lt = text.indexOf('<', i)
    const top = open[open.length - 1]
    if (lt < 0) {
      if (top) top.text += text.slice(i)
      break
    }
    if (top) top.text += text.slice(i, lt)
    const skipTo = (terminator: string): void => {
      const end = text.indexOf(terminator, lt)
      if (end < 0) {
        report(`unterminated "${text.slice(lt, lt + 9)}"`, lt)
        i = text.length
      } else i = end + terminator.length
    }
    if (text.startsWith('<!--', lt)) skipTo('-->')
    else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt)
      if (top && end >= 0) top.text += text.slice(lt + 9, end)
      skipTo(']]>')
    } else if (text.startsWith('<?', lt)) skipTo('?>')
    else if (text.startsWith('<!', lt)) skipTo('>')
    else {
      TAG.lastIndex = lt
      const m = TAG.exec(text)
      if (!m) {
        report(`malformed tag "${text.slice(lt, lt + 30).split('\n')[0] ?? ''}"`, lt)
        i = lt + 1
        continue
      }
      i = TAG.lastIndex
      const name = localName(m[2] ?? '')
      if (m[1] === '/') {
        const index = findLast(open, name)
        if (index < 0) {
          report(`closing tag </${name}> has no matching start tag`, lt)
          continue
        }
        if (index !== open.length - 1)
          report(`<${open[open.length - 1]?.name ?? ''}> is not closed before </${name}>`, lt)
        while (open.length > index) {
          const element = open.pop()
          if (element) emit(element)
        }
        continue
      }
      const element = {
        name,
        attributes: attributesOf(m[3] ?? ''),
        text: '',
        line: lines.lineOf(lt),
        offset: lt,
      }
      if (m[4] === '/') emit(element)
      else open.push(element)
    }
  }
  const unclosed = open[open.length - 1]
  if (unclosed) report(`<${unclosed.name}> is never closed`, unclosed.offset)
  while (open.length > 0) {
    const element = open.pop()
    if (element) emit(element)
  }
  return problem

  function emit(element: {
    name: string
    attributes: Record<string, string>
    text: string
    line: number
  }): void {
    visit({
      name: element.name,
      attributes: element.attributes,
      text: element.text.replace(ENTITY, (_, e: string) => ENTITIES[e] ?? '').trim(),
      line: element.line,
      lineText: lines.textOf(element.line),
      ancestors: open.map((o) => o.name),
    })
  }
}

function localName(name: string): string {
  const colon = name.lastIndexOf(':')
  return colon >= 0 ? name.slice(colon + 1) : name
}

function findLast(open: readonly { name: string }[], name: string): number {
  for (let i = open.length - 1; i >= 0; i--) if (open[i]?.name === name) return i
  return -1
}

function attributesOf(source: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of source.matchAll(ATTRIBUTE)) {
    if (m[1] !== undefined)
      out[m[1]] = (m[2] ?? m[3] ?? '').replace(ENTITY, (_, e: string) => ENTITIES[e] ?? '')
  }
  return out
}
