/** Hex packages that signal a workload in Elixir, and Elixir's web frameworks. */
import type { EcosystemCatalog } from './types.js'

/** The Elixir catalog (mix.exs). */
export const ELIXIR_CATALOG: EcosystemCatalog = {
  ecosystem: 'hex',
  title: 'Elixir (Hex)',
  languages: [],
  importStyle: 'none',
  signals: [
    {
      signal: 'ai-ml.llm-client',
      strength: 'strong',
      packages: ['openai_ex', 'openai', 'anthropix', 'req_llm'],
    },
    {
      signal: 'ai-ml.llm-orchestration',
      strength: 'strong',
      packages: ['langchain', 'instructor'],
    },
    { signal: 'ai-ml.inference', strength: 'strong', packages: ['bumblebee', 'ortex'] },
    { signal: 'ai-ml.training', strength: 'strong', packages: ['axon', 'scholar'] },
    {
      signal: 'ai-ml.gpu',
      strength: 'weak',
      packages: ['exla'],
      note: 'The XLA compiler backend for Nx: CPU or GPU.',
    },
    { signal: 'ai-ml.vector-store', strength: 'strong', packages: ['pgvector'] },
    { signal: 'data.dataframe', strength: 'strong', packages: ['explorer'] },
    { signal: 'data.scientific', strength: 'strong', packages: ['nx'] },
    { signal: 'data.pipeline', strength: 'strong', packages: ['flow'] },
    { signal: 'data.stream-processing', strength: 'strong', packages: ['broadway'] },
    { signal: 'concurrency.realtime', strength: 'strong', packages: ['phoenix_live_view'] },
    {
      signal: 'concurrency.grpc-streaming',
      strength: 'weak',
      packages: ['grpc'],
      note: 'Client and server alike.',
    },
    {
      signal: 'concurrency.message-broker',
      strength: 'strong',
      packages: ['broadway_kafka', 'broadway_rabbitmq', 'amqp', 'brod', 'gnat', 'kafka_ex'],
    },
    { signal: 'resource.cpu-bound', strength: 'strong', packages: ['image', 'vix', 'evision'] },
  ],
  frameworks: [
    {
      framework: 'phoenix',
      role: 'web',
      model: 'goroutines',
      packages: ['phoenix'],
      note: 'BEAM processes: lightweight and preemptive, the same shape as goroutines.',
    },
    { framework: 'plug', role: 'web', model: 'goroutines', packages: ['plug_cowboy', 'bandit'] },
  ],
}
