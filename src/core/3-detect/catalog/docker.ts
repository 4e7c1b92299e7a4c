/**
 * What a Dockerfile says about the workload: base images (GPU runtimes, model servers, static
 * images for one binary, serverless base images) and build settings. Image names are matched
 * after normalisation: lower case, no `docker.io/` or `library/` prefix, no digest.
 */
import type { Strength } from '../../model.js'
import type { SignalId } from '../signal-definitions.js'

/** A base-image rule. */
export interface BaseImageRule {
  signal: SignalId
  strength: Strength
  /** Repository names (`nvidia/cuda`), trailing `*` for a prefix; `*` alone matches any image. */
  images: readonly string[]
  /** When set, the tag or repository must also contain one of these words (`gpu`, `cuda`). */
  requires?: readonly string[]
  /** The Dockerfile must also build Go: a `golang` stage, or a unit whose language is Go. */
  requiresGoBuild?: boolean
  reason: string
}

/** Base images that emit a signal. */
export const BASE_IMAGE_RULES: readonly BaseImageRule[] = [
  {
    signal: 'ai-ml.gpu',
    strength: 'strong',
    images: [
      'nvidia/cuda',
      'nvcr.io/nvidia/*',
      'pytorch/pytorch',
      'vllm/vllm-openai',
      'huggingface/*',
      'ghcr.io/huggingface/*',
      'rocm/*',
    ],
    reason:
      'CUDA and ROCm runtimes, NVIDIA NGC images, PyTorch and Hugging Face images ship a GPU stack.',
  },
  {
    signal: 'ai-ml.gpu',
    strength: 'strong',
    images: ['*'],
    requires: ['cuda', 'gpu'],
    reason: 'Any image whose name or tag says CUDA or GPU (`tensorflow/tensorflow:2.16.1-gpu`).',
  },
  {
    signal: 'ai-ml.inference',
    strength: 'strong',
    images: [
      'vllm/vllm-openai',
      'ghcr.io/huggingface/text-generation-inference',
      'ghcr.io/huggingface/text-embeddings-inference',
      'nvcr.io/nvidia/tritonserver',
      'ollama/ollama',
      'ghcr.io/ggerganov/llama.cpp',
      'ghcr.io/ggml-org/llama.cpp',
    ],
    reason: 'Model servers: the container serves a model.',
  },
  {
    signal: 'ai-ml.training',
    strength: 'weak',
    images: [
      'pytorch/pytorch',
      'tensorflow/tensorflow',
      'nvcr.io/nvidia/pytorch',
      'nvcr.io/nvidia/tensorflow',
    ],
    reason: 'The image ships a training framework; whether the service trains is not known.',
  },
  {
    signal: 'deployment.single-binary',
    strength: 'strong',
    images: [
      'scratch',
      'gcr.io/distroless/static*',
      'gcr.io/distroless/base*',
      'cgr.dev/chainguard/static',
    ],
    requiresGoBuild: true,
    reason: 'An empty or distroless runtime image holding a Go binary: single-binary deployment.',
  },
  {
    signal: 'deployment.serverless',
    strength: 'strong',
    images: ['public.ecr.aws/lambda/*', 'amazon/aws-lambda-*'],
    reason: 'AWS Lambda base images.',
  },
]

/** Images that mark a Go build stage (for `requiresGoBuild`). */
export const GO_BUILDER_IMAGES: readonly string[] = [
  'golang',
  'cgr.dev/chainguard/go',
  'tinygo/tinygo',
]

/** An environment setting in a Dockerfile that emits a signal. */
export interface DockerEnvRule {
  signal: SignalId
  strength: Strength
  variable: string
  value: string
  reason: string
}

/** Dockerfile `ENV`/`ARG`/`RUN VAR=value` settings that emit a signal. */
export const DOCKER_ENV_RULES: readonly DockerEnvRule[] = [
  {
    signal: 'deployment.single-binary',
    strength: 'weak',
    variable: 'CGO_ENABLED',
    value: '0',
    reason: 'A Go build without cgo links statically; the image it lands in is not known.',
  },
]
