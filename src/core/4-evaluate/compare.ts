/**
 * Byte-order string comparison (the same on every machine and locale). Kept here, equal to
 * pipeline.ts's, so that evaluation and the verdict do not load the discovery stages.
 */

/** Negative, zero or positive as `a` sorts before, with or after `b` in UTF-16 code unit order. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
