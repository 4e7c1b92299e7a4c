export const GENERATOR_VERSION: number
export interface PlannedFile {
  path: string
  template: string
  size: number
  seed: number
  params: Record<string, unknown>
}
export interface PlannedService {
  root: string
  language: string
  archetype: string
  files: number
}
export interface TreePlan {
  files: number
  seed: number
  entries: PlannedFile[]
  services: PlannedService[]
}
export function hashString(text: string): number
export function createRandom(seed: number): () => number
export function treeName(options: { files: number; seed: number }): string
export function planTree(options: { files: number; seed: number }): TreePlan
export function renderFile(entry: PlannedFile): string | Uint8Array
export function writeTree(
  dir: string,
  plan: TreePlan,
  onProgress?: (done: number, total: number) => void,
): { files: number; bytes: number }
