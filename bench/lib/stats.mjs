// Statistics and number formatting for the benchmark. Pure: numbers in, numbers or strings out.

/**
 * The median of the finite numbers in `values` (the mean of the two middle ones for an even count).
 * @param {ReadonlyArray<number | null | undefined>} values
 * @returns {number | null} null when there is no finite number; never throws, never mutates input
 */
export function median(values) {
  const sorted = values
    .filter((v) => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/**
 * Median, minimum, maximum and count of the finite numbers in `values`.
 * @param {ReadonlyArray<number | null | undefined>} values
 * @returns {{ median: number | null, min: number | null, max: number | null, n: number }}
 *   n counts the finite numbers only; the others are null when n is 0
 */
export function summarize(values) {
  const finite = values.filter((v) => typeof v === 'number' && Number.isFinite(v))
  if (finite.length === 0) return { median: null, min: null, max: null, n: 0 }
  return {
    median: median(finite),
    min: Math.min(...finite),
    max: Math.max(...finite),
    n: finite.length,
  }
}

/**
 * a ÷ b.
 * @param {number | null | undefined} a
 * @param {number | null | undefined} b
 * @returns {number | null} null when either is missing or b is not positive
 */
export function ratio(a, b) {
  if (
    typeof a !== 'number' ||
    typeof b !== 'number' ||
    !Number.isFinite(a) ||
    !Number.isFinite(b) ||
    b <= 0
  )
    return null
  return a / b
}

/**
 * The slope between two (files, value) points: how much `value` grows per extra file.
 * @param {{ files: number, value: number | null }} small
 * @param {{ files: number, value: number | null }} large
 * @returns {number | null} null when a value is missing or the file counts do not grow
 */
export function slopePerFile(small, large) {
  if (small.value === null || large.value === null || large.files <= small.files) return null
  return (large.value - small.value) / (large.files - small.files)
}

const dash = '–'

/**
 * Formats milliseconds for a table: `850 ms`, `3.42 s`, `2 min 05 s`.
 * @param {number | null} ms
 * @returns {string} an en dash for null
 */
export function formatMs(ms) {
  if (ms === null || !Number.isFinite(ms)) return dash
  if (ms < 1000) return `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`
  if (ms < 120_000) return `${(ms / 1000).toFixed(2)} s`
  const s = Math.round(ms / 1000)
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`
}

/**
 * Formats a byte count with binary units: `512 B`, `12.0 KiB`, `310 MiB`, `1.20 GiB`.
 * @param {number | null} bytes
 * @returns {string} an en dash for null
 */
export function formatBytes(bytes) {
  if (bytes === null || !Number.isFinite(bytes)) return dash
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let value = Math.abs(bytes)
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const sign = bytes < 0 ? '-' : ''
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2
  return `${sign}${value.toFixed(digits)} ${units[unit]}`
}

/**
 * Formats a ratio: `1.32×`.
 * @param {number | null} value
 * @returns {string} an en dash for null
 */
export function formatRatio(value) {
  if (value === null || !Number.isFinite(value)) return dash
  return `${value >= 10 ? value.toFixed(1) : value.toFixed(2)}×`
}

/**
 * Formats an integer with thousands separators that do not depend on the locale: `274,000`.
 * @param {number | null} n
 * @returns {string} an en dash for null
 */
export function formatCount(n) {
  if (n === null || !Number.isFinite(n)) return dash
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
