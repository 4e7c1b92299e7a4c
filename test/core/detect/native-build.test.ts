import { describe, expect, it } from 'vitest'
import { NATIVE_BUILD_RULES } from '../../../src/core/3-detect/catalog/native-build.js'
import { cmakeReferences, isCmakeFile } from '../../../src/core/3-detect/native-build.js'
import { analyze } from '../../../src/core/pipeline.js'
import { memoryRepo } from '../../support/memory-repo.js'

const CMAKE = `cmake_minimum_required(VERSION 3.20)
project(backend LANGUAGES CXX CUDA)
# find_package(Torch) is only a comment here
find_package(CUDAToolkit 12.6 REQUIRED COMPONENTS CUDA::cudart)
add_library(backend_impl STATIC src/backend.cpp)
target_link_libraries(backend_impl PRIVATE CUDA::cudart
    tensorrt_llm \${EXTRA_LIBS} fmt::fmt)
`

describe('CMake references', () => {
  it('reads find_package and target_link_libraries names with their own lines, not comments', () => {
    expect(cmakeReferences(CMAKE)).toEqual([
      { call: 'find_package', name: 'CUDAToolkit', line: 4 },
      { call: 'target_link_libraries', name: 'CUDA::cudart', line: 6 },
      { call: 'target_link_libraries', name: 'tensorrt_llm', line: 7 },
      { call: 'target_link_libraries', name: 'fmt::fmt', line: 7 },
    ])
  })

  it.each([
    ['CMakeLists.txt', true],
    ['backends/trtllm/cmake/trtllm.cmake', true],
    ['src/CMakeLists.txt.in', false],
    ['docs/cmake.md', false],
  ])('%s is a CMake file: %s', (path, expected) => {
    expect(isCmakeFile(path)).toBe(expected)
  })

  it('every rule names packages or libraries, a reason, and a known signal family', () => {
    for (const rule of NATIVE_BUILD_RULES) {
      expect(rule.packages.length + rule.libraries.length).toBeGreaterThan(0)
      expect(rule.reason.length).toBeGreaterThan(20)
      expect(rule.signal.startsWith('ai-ml.')).toBe(true)
    }
  })
})

describe('a Rust service that links an inference engine through CMake', () => {
  const tree = {
    'svc/Cargo.toml': '[package]\nname = "svc"\nversion = "0.1.0"\n\n[dependencies]\ntokio = "1"\n',
    'svc/src/main.rs': 'fn main() {}\n',
    'svc/CMakeLists.txt': CMAKE,
    'svc/tests/CMakeLists.txt': 'target_link_libraries(t PRIVATE torch)\n',
  }

  it('gets GPU and inference signals cited at the CMake lines, and SF101 follows', () => {
    const analysis = analyze(memoryRepo(tree))
    const svc = analysis.services.find((s) => s.root === 'svc')
    const cited = (id: string): string[] =>
      (svc?.signals.find((s) => s.id === id)?.evidence ?? []).map((e) => `${e.path}:${e.line}`)
    expect(cited('ai-ml.gpu')).toEqual(['svc/CMakeLists.txt:4', 'svc/CMakeLists.txt:6'])
    expect(cited('ai-ml.inference')).toEqual(['svc/CMakeLists.txt:7'])
  })

  it('without the CMake file, the same service has no AI/ML signal', () => {
    const rest = Object.fromEntries(
      Object.entries(tree).filter(([path]) => path !== 'svc/CMakeLists.txt'),
    )
    const analysis = analyze(memoryRepo(rest))
    const svc = analysis.services.find((s) => s.root === 'svc')
    expect(svc?.signals.filter((s) => s.category === 'ai-ml')).toEqual([])
  })
})
