/**
 * Files whose mere presence is a signal: model weights by extension and notebooks. They are never
 * read; the size from the file listing is enough.
 */
import type { Strength } from '../../model.js'
import type { SignalId } from '../signal-definitions.js'

/** A file-extension rule. */
export interface FileRule {
  signal: SignalId
  /** Lower-case extensions with the dot. */
  extensions: readonly string[]
  strength: Strength
  /**
   * When set, files smaller than this many bytes are only `weak`: the format is generic (pickle,
   * HDF5) and small files of it are usually data or test fixtures, not model weights.
   */
  strongFromBytes?: number
  reason: string
}

/** Model artefacts and notebooks. */
export const FILE_RULES: readonly FileRule[] = [
  {
    signal: 'ai-ml.model-artifact',
    extensions: [
      '.onnx',
      '.pt',
      '.pth',
      '.safetensors',
      '.gguf',
      '.ggml',
      '.keras',
      '.tflite',
      '.mlmodel',
      '.joblib',
    ],
    strength: 'strong',
    reason: 'Formats used for model weights only.',
  },
  {
    signal: 'ai-ml.model-artifact',
    extensions: ['.pkl', '.h5'],
    strength: 'strong',
    strongFromBytes: 1024 * 1024,
    reason: 'Pickle and HDF5 also hold plain data; from 1 MiB they are most likely model weights.',
  },
  {
    signal: 'prototype.notebook',
    extensions: ['.ipynb'],
    strength: 'weak',
    reason: 'Jupyter notebooks: exploratory work kept next to the service.',
  },
]

/** With this many notebooks or more in one unit, `prototype.notebook` is strong. */
export const STRONG_NOTEBOOK_COUNT = 3
