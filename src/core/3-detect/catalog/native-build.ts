/**
 * What a native build file says about the workload: a CMake project that finds or links a GPU
 * runtime or an inference engine runs that work in the service's own process, even when no
 * manifest of its language names it (a Rust or Go service wrapping TensorRT-LLM, llama.cpp or
 * libtorch through C++). Matched in `CMakeLists.txt` and `*.cmake` files of the unit: the package
 * names of `find_package(...)` and the library names of `target_link_libraries(...)`, compared
 * case-insensitively; a trailing `*` matches a prefix.
 */
import type { Strength } from '../../model.js'
import type { SignalId } from '../signal-definitions.js'

export interface NativeBuildRule {
  signal: SignalId
  strength: Strength
  /** `find_package` names (`CUDAToolkit`). */
  packages: readonly string[]
  /** `target_link_libraries` names (`CUDA::cudart`, `tensorrt_llm`). */
  libraries: readonly string[]
  reason: string
}

/** Native build rules, in the order docs/signals.md lists them. */
export const NATIVE_BUILD_RULES: readonly NativeBuildRule[] = [
  {
    signal: 'ai-ml.gpu',
    strength: 'strong',
    packages: ['CUDAToolkit', 'CUDA', 'hip', 'rocblas', 'cudnn', 'NCCL'],
    libraries: ['CUDA::*', 'cudart', 'cublas*', 'cudnn*', 'hip::*', 'roc::*', 'nccl*'],
    reason: 'CUDA, cuDNN, NCCL and ROCm/HIP: the process drives a GPU itself.',
  },
  {
    signal: 'ai-ml.inference',
    strength: 'strong',
    packages: ['TensorRT', 'Torch', 'onnxruntime', 'OpenVINO', 'ggml', 'llama', 'tensorflowlite'],
    libraries: [
      'tensorrt_llm*',
      'nvinfer*',
      'torch',
      'torch_cuda',
      'onnxruntime*',
      'openvino::*',
      'ggml*',
      'llama',
      'tensorflowlite*',
    ],
    reason:
      'Inference engines linked into the process: TensorRT(-LLM), libtorch, ONNX Runtime, OpenVINO, llama.cpp/ggml, TensorFlow Lite.',
  },
]
