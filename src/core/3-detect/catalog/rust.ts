/**
 * Crates that signal a workload in Rust, and Rust's web and RPC frameworks (all async on Tokio
 * or a similar runtime). Crate names match with `-` and `_` treated alike.
 */
import type { EcosystemCatalog } from './types.js'

/** The Rust catalog (Cargo.toml dependencies). */
export const RUST_CATALOG: EcosystemCatalog = {
  ecosystem: 'cargo',
  title: 'Rust (crates.io)',
  languages: [],
  importStyle: 'none',
  signals: [
    {
      signal: 'ai-ml.llm-client',
      strength: 'strong',
      packages: ['async-openai', 'openai-api-rs', 'ollama-rs', 'genai', 'anthropic-sdk'],
    },
    {
      signal: 'ai-ml.llm-orchestration',
      strength: 'strong',
      packages: ['rig-core', 'llm-chain', 'langchain-rust'],
    },
    {
      signal: 'ai-ml.inference',
      strength: 'strong',
      packages: [
        'candle-core',
        'candle-transformers',
        'candle-nn',
        'ort',
        'tract-onnx',
        'llama-cpp-2',
        'llama-cpp-sys-2',
        'llama_cpp',
        'whisper-rs',
        'mistralrs',
        'rust-bert',
        'fastembed',
      ],
    },
    {
      signal: 'ai-ml.inference',
      strength: 'weak',
      packages: ['tokenizers', 'safetensors'],
      note: 'Building blocks only.',
    },
    {
      signal: 'ai-ml.training',
      strength: 'strong',
      packages: ['burn', 'tch', 'linfa', 'smartcore', 'dfdx'],
    },
    {
      signal: 'ai-ml.gpu',
      strength: 'weak',
      packages: ['cudarc'],
      note: 'CUDA driver and cuBLAS bindings: GPU compute, most often for models, sometimes for other numeric work.',
    },
    {
      signal: 'ai-ml.vector-store',
      strength: 'strong',
      packages: ['qdrant-client', 'pgvector', 'lancedb', 'hnsw_rs', 'pinecone-sdk'],
    },
    { signal: 'data.dataframe', strength: 'strong', packages: ['polars', 'arrow'] },
    { signal: 'data.pipeline', strength: 'strong', packages: ['datafusion', 'ballista'] },
    {
      signal: 'data.scientific',
      strength: 'weak',
      packages: ['ndarray', 'nalgebra', 'statrs'],
      note: 'Numeric building blocks.',
    },
    {
      signal: 'data.stream-processing',
      strength: 'strong',
      packages: ['timely', 'differential-dataflow', 'arroyo'],
    },
    {
      signal: 'concurrency.realtime',
      strength: 'strong',
      packages: [
        'tokio-tungstenite',
        'tungstenite',
        'async-tungstenite',
        'actix-ws',
        'socketioxide',
      ],
    },
    {
      signal: 'concurrency.grpc-streaming',
      strength: 'weak',
      packages: ['tonic'],
      note: 'Client and server alike.',
    },
    {
      signal: 'concurrency.message-broker',
      strength: 'strong',
      packages: [
        'rdkafka',
        'lapin',
        'async-nats',
        'nats',
        'pulsar',
        'rumqttc',
        'paho-mqtt',
        'aws-sdk-sqs',
      ],
    },
    {
      signal: 'latency.low-latency',
      strength: 'weak',
      packages: ['simd-json', 'sonic-rs'],
      note: 'Faster JSON.',
    },
    {
      signal: 'resource.cpu-bound',
      strength: 'strong',
      packages: ['image', 'opencv', 'ffmpeg-next'],
    },
    {
      signal: 'concurrency.threads',
      strength: 'weak',
      packages: ['rayon'],
      note: 'Data parallelism on a thread pool.',
    },
    {
      signal: 'deployment.serverless',
      strength: 'strong',
      packages: ['lambda_runtime', 'lambda_http'],
    },
  ],
  frameworks: [
    { framework: 'actix-web', role: 'web', model: 'async', packages: ['actix-web'] },
    { framework: 'axum', role: 'web', model: 'async', packages: ['axum'] },
    { framework: 'rocket', role: 'web', model: 'async', packages: ['rocket'] },
    { framework: 'warp', role: 'web', model: 'async', packages: ['warp'] },
    { framework: 'poem', role: 'web', model: 'async', packages: ['poem'] },
    { framework: 'tonic', role: 'rpc', model: 'async', packages: ['tonic'] },
    {
      framework: 'tokio',
      role: 'worker',
      model: 'async',
      packages: ['tokio'],
      note: 'The async runtime itself; web frameworks above run on it.',
    },
  ],
}
