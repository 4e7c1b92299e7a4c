/**
 * Every workload signal stackfit can emit. The catalog entries (catalog/*.ts) and detectors
 * reference these ids; rules read them. docs/signals.md is generated from this list.
 */
import type { Category } from '../model.js'

export interface SignalDefinition {
  id: string
  category: Category
  title: string
  /** What the signal means for the service, in one or two sentences. */
  description: string
}

export const SIGNALS = [
  {
    id: 'ai-ml.llm-client',
    category: 'ai-ml',
    title: 'LLM API client',
    description:
      'Calls a hosted large-language-model API (OpenAI, Anthropic, Gemini, Bedrock, ...). A thin client: real AI work, but light.',
  },
  {
    id: 'ai-ml.llm-orchestration',
    category: 'ai-ml',
    title: 'LLM orchestration',
    description:
      'Builds chains, agents or retrieval pipelines around LLMs (LangChain, LlamaIndex, Haystack, langchaingo, ...).',
  },
  {
    id: 'ai-ml.inference',
    category: 'ai-ml',
    title: 'Local model inference',
    description:
      'Runs models in-process: transformers, ONNX Runtime, llama.cpp bindings, TensorRT, model servers.',
  },
  {
    id: 'ai-ml.training',
    category: 'ai-ml',
    title: 'Model training',
    description:
      'Trains or fine-tunes models: PyTorch, TensorFlow, JAX, scikit-learn, XGBoost, ...',
  },
  {
    id: 'ai-ml.vector-store',
    category: 'ai-ml',
    title: 'Vector store',
    description:
      'Stores or searches embeddings: Pinecone, Qdrant, Weaviate, Milvus, Chroma, FAISS, pgvector.',
  },
  {
    id: 'ai-ml.gpu',
    category: 'ai-ml',
    title: 'GPU runtime',
    description:
      'Asks for a GPU: CUDA base images, NVIDIA runtimes, `nvidia.com/gpu` resource requests.',
  },
  {
    id: 'ai-ml.model-artifact',
    category: 'ai-ml',
    title: 'Model artefact',
    description: 'Ships model weights in the tree (.onnx, .pt, .safetensors, .gguf, .pkl, .h5).',
  },
  {
    id: 'data.dataframe',
    category: 'data',
    title: 'Dataframes',
    description: 'Processes tabular data in memory: pandas, Polars, Arrow, gota, Danfo.',
  },
  {
    id: 'data.scientific',
    category: 'data',
    title: 'Scientific computing',
    description: 'Numerical and scientific libraries: NumPy, SciPy, gonum, statsmodels.',
  },
  {
    id: 'data.pipeline',
    category: 'data',
    title: 'Data pipeline',
    description:
      'Batch or distributed data processing: Spark, Beam, Dask, Ray, Airflow, Dagster, dbt.',
  },
  {
    id: 'data.stream-processing',
    category: 'data',
    title: 'Stream processing',
    description: 'Processes event streams statefully: Flink, Kafka Streams, Faust, Bytewax.',
  },
  {
    id: 'concurrency.realtime',
    category: 'concurrency',
    title: 'Realtime connections',
    description:
      'Holds many long-lived connections: WebSockets, Socket.IO, server-sent events, streaming fan-out.',
  },
  {
    id: 'concurrency.grpc-streaming',
    category: 'concurrency',
    title: 'gRPC',
    description: 'Serves or calls gRPC, often with streaming RPCs.',
  },
  {
    id: 'concurrency.message-broker',
    category: 'concurrency',
    title: 'Message broker',
    description:
      'Consumes or produces on a queue or log: Kafka, NATS, RabbitMQ, SQS, Pulsar, Redis streams.',
  },
  {
    id: 'concurrency.threads',
    category: 'concurrency',
    title: 'Thread pools',
    description:
      'Parallelises work with OS threads (threading, ThreadPoolExecutor). In Python, the GIL serialises CPU-bound threads.',
  },
  {
    id: 'concurrency.high-throughput',
    category: 'concurrency',
    title: 'High traffic',
    description:
      'Deployed for heavy load: many replicas, a horizontal autoscaler with a high ceiling, or a declared request rate.',
  },
  {
    id: 'latency.low-latency',
    category: 'latency',
    title: 'Latency tuning',
    description:
      'Reaches for latency tuning (uvloop, orjson, fasthttp) or declares a latency budget.',
  },
  {
    id: 'resource.cpu-bound',
    category: 'resource',
    title: 'CPU-bound work',
    description:
      'Does CPU-heavy work in-process: image and video processing, compression, cryptography, numeric loops.',
  },
  {
    id: 'resource.tight-limits',
    category: 'resource',
    title: 'Tight resource limits',
    description:
      'Runs under small memory or CPU limits (Kubernetes limits, Compose mem_limit) or declares a memory budget.',
  },
  {
    id: 'deployment.single-binary',
    category: 'deployment',
    title: 'Single-binary deployment',
    description:
      'Ships as one static binary: FROM scratch or distroless static images, CGO_ENABLED=0, PyInstaller, or a declared requirement.',
  },
  {
    id: 'deployment.serverless',
    category: 'deployment',
    title: 'Serverless',
    description:
      'Deployed as functions (AWS Lambda, Cloud Functions), where cold start and package size matter.',
  },
  {
    id: 'prototype.notebook',
    category: 'prototype',
    title: 'Notebooks',
    description: 'Keeps Jupyter notebooks next to the service: exploratory work.',
  },
  {
    id: 'prototype.rapid-ui',
    category: 'prototype',
    title: 'Rapid UI framework',
    description: 'Builds its UI with a prototyping framework: Streamlit, Gradio, Dash, Panel.',
  },
] as const satisfies readonly SignalDefinition[]

export type SignalId = (typeof SIGNALS)[number]['id']
