import { describe, expect, it } from 'vitest'
import {
  formatBytes,
  formatCount,
  formatMs,
  formatRatio,
  median,
  ratio,
  slopePerFile,
  summarize,
} from '../../bench/lib/stats.mjs'

describe('median', () => {
  it.each([
    { values: [], expected: null },
    { values: [7], expected: 7 },
    { values: [3, 1, 2], expected: 2 },
    { values: [4, 1, 3, 2], expected: 2.5 },
    { values: [10, null, 30, undefined, 20], expected: 20 },
    { values: [Number.NaN, 5, Number.POSITIVE_INFINITY], expected: 5 },
    { values: [null, undefined], expected: null },
  ])('median($values) = $expected', ({ values, expected }) => {
    expect(median(values)).toBe(expected)
  })

  it('does not reorder its input', () => {
    const values = [3, 1, 2]
    median(values)
    expect(values).toEqual([3, 1, 2])
  })
})

describe('summarize', () => {
  it('gives median, min, max and the count of finite samples', () => {
    expect(summarize([420, 380, null, 510, 400, 395])).toEqual({
      median: 400,
      min: 380,
      max: 510,
      n: 5,
    })
  })
  it('is all null with no samples', () => {
    expect(summarize([])).toEqual({ median: null, min: null, max: null, n: 0 })
  })
})

describe('ratio and slopePerFile', () => {
  it.each([
    { a: 3, b: 2, expected: 1.5 },
    { a: 0, b: 2, expected: 0 },
    { a: 3, b: 0, expected: null },
    { a: null, b: 2, expected: null },
    { a: 3, b: undefined, expected: null },
    { a: 3, b: -1, expected: null },
  ])('ratio($a, $b) = $expected', ({ a, b, expected }) => {
    expect(ratio(a, b)).toBe(expected)
  })

  it('gives the growth per extra file between two tree sizes', () => {
    // 13,709 files at 80 MiB and 274,180 files at 330 MiB: ~1,006 bytes per file.
    const slope = slopePerFile(
      { files: 13_709, value: 80 * 2 ** 20 },
      { files: 274_180, value: 330 * 2 ** 20 },
    )
    expect(slope).toBeCloseTo((250 * 2 ** 20) / (274_180 - 13_709), 6)
  })
  it.each([
    { small: { files: 10, value: null }, large: { files: 20, value: 5 } },
    { small: { files: 20, value: 1 }, large: { files: 20, value: 5 } },
    { small: { files: 30, value: 1 }, large: { files: 20, value: 5 } },
  ])('has no slope without growth or values ($small → $large)', ({ small, large }) => {
    expect(slopePerFile(small, large)).toBeNull()
  })
})

describe('formatting', () => {
  it.each([
    { ms: null, text: '–' },
    { ms: 4.26, text: '4.3 ms' },
    { ms: 349.6, text: '350 ms' },
    { ms: 3420, text: '3.42 s' },
    { ms: 125_000, text: '2 min 05 s' },
  ])('formatMs($ms) = $text', ({ ms, text }) => {
    expect(formatMs(ms)).toBe(text)
  })

  it.each([
    { bytes: null, text: '–' },
    { bytes: 512, text: '512 B' },
    { bytes: 12 * 1024, text: '12.0 KiB' },
    { bytes: 1.5 * 1024, text: '1.50 KiB' },
    { bytes: 310 * 2 ** 20, text: '310 MiB' },
    { bytes: 1.2 * 2 ** 30, text: '1.20 GiB' },
    { bytes: -2048, text: '-2.00 KiB' },
  ])('formatBytes($bytes) = $text', ({ bytes, text }) => {
    expect(formatBytes(bytes)).toBe(text)
  })

  it.each([
    { value: null, text: '–' },
    { value: 1.3249, text: '1.32×' },
    { value: 21.43, text: '21.4×' },
  ])('formatRatio($value) = $text', ({ value, text }) => {
    expect(formatRatio(value)).toBe(text)
  })

  it.each([
    { n: null, text: '–' },
    { n: 999, text: '999' },
    { n: 13_709, text: '13,709' },
    { n: 274_180, text: '274,180' },
    { n: 1_234_567, text: '1,234,567' },
  ])('formatCount($n) = $text', ({ n, text }) => {
    expect(formatCount(n)).toBe(text)
  })
})
