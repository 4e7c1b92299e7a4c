/**
 * How every RepoView turns bytes into text, so a file reads the same from the disk and from git:
 * NUL bytes in the first 8 KiB mean binary, strict UTF-8, a multi-byte character cut by the byte
 * cap is dropped rather than reported, and a leading byte-order mark is removed.
 */
import { isUtf8 } from 'node:buffer'
import type { ReadResult } from '../core/ports.js'

export const BINARY_SNIFF_BYTES = 8192

/** Decodes `buf[0..n)`; `truncated` says the file goes on past `n`. Never throws. */
export function decodeText(buf: Buffer, n: number, truncated: boolean): ReadResult {
  const checked = checkText(buf, n, truncated)
  if (!checked.ok) return checked
  return { ok: true, text: checked.bytes.toString('utf8'), truncated }
}

/**
 * What decodeText would decode, undecoded: the same failures, and on success the bytes of its
 * text (a view into `buf`, byte-order mark and a character cut by the cap left out). Never throws.
 */
export function checkText(
  buf: Buffer,
  n: number,
  truncated: boolean,
): { ok: true; bytes: Buffer; truncated: boolean } | Extract<ReadResult, { ok: false }> {
  if (buf.subarray(0, Math.min(n, BINARY_SNIFF_BYTES)).includes(0)) {
    return {
      ok: false,
      reason: 'binary',
      message: `contains NUL bytes in the first ${BINARY_SNIFF_BYTES} bytes`,
    }
  }
  const end = truncated ? n - incompleteTail(buf, n) : n
  const body = buf.subarray(0, end)
  if (!isUtf8(body)) return { ok: false, reason: 'not-utf8', message: 'not valid UTF-8' }
  const bom = end >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf
  return { ok: true, bytes: bom ? body.subarray(3) : body, truncated }
}

/** Bytes at the end of `buf[0..n)` that start a multi-byte UTF-8 character cut short. */
function incompleteTail(buf: Uint8Array, n: number): number {
  let i = n - 1
  let continuation = 0
  while (i >= 0 && continuation < 3 && ((buf[i] ?? 0) & 0xc0) === 0x80) {
    i--
    continuation++
  }
  if (i < 0) return 0
  const lead = buf[i] ?? 0
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1
  return i + length > n ? n - i : 0
}
