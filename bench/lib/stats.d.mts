export interface Summary {
  median: number | null
  min: number | null
  max: number | null
  n: number
}
export function median(values: ReadonlyArray<number | null | undefined>): number | null
export function summarize(values: ReadonlyArray<number | null | undefined>): Summary
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null
export function slopePerFile(
  small: { files: number; value: number | null },
  large: { files: number; value: number | null },
): number | null
export function formatMs(ms: number | null): string
export function formatBytes(bytes: number | null): string
export function formatRatio(value: number | null): string
export function formatCount(n: number | null): string
