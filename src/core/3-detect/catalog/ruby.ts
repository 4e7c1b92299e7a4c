/** RubyGems that signal a workload, and Ruby's web and worker frameworks. */
import type { EcosystemCatalog } from './types.js'

/** The Ruby catalog (Gemfile). */
export const RUBY_CATALOG: EcosystemCatalog = {
  ecosystem: 'rubygems',
  title: 'Ruby (RubyGems)',
  languages: [],
  importStyle: 'none',
  signals: [
    {
      signal: 'ai-ml.llm-client',
      strength: 'strong',
      packages: [
        'ruby-openai',
        'openai',
        'anthropic',
        'ruby_llm',
        'gemini-ai',
        'cohere-ruby',
        'ollama-ai',
      ],
    },
    { signal: 'ai-ml.llm-orchestration', strength: 'strong', packages: ['langchainrb', 'boxcars'] },
    {
      signal: 'ai-ml.inference',
      strength: 'strong',
      packages: ['onnxruntime', 'informers', 'transformers-rb'],
    },
    {
      signal: 'ai-ml.training',
      strength: 'strong',
      packages: ['torch-rb', 'rumale', 'xgboost', 'lightgbm'],
    },
    {
      signal: 'ai-ml.vector-store',
      strength: 'strong',
      packages: ['pgvector', 'neighbor', 'qdrant-ruby', 'pinecone', 'weaviate-ruby', 'chroma-db'],
    },
    {
      signal: 'data.dataframe',
      strength: 'strong',
      packages: ['rover-df', 'polars-df', 'daru', 'red-arrow'],
    },
    {
      signal: 'data.scientific',
      strength: 'weak',
      packages: ['numo-narray'],
      note: 'Numeric arrays.',
    },
    {
      signal: 'concurrency.realtime',
      strength: 'strong',
      packages: ['actioncable', 'anycable', 'anycable-rails', 'faye-websocket', 'async-websocket'],
    },
    {
      signal: 'concurrency.grpc-streaming',
      strength: 'weak',
      packages: ['grpc'],
      note: 'Client and server alike.',
    },
    {
      signal: 'concurrency.message-broker',
      strength: 'strong',
      packages: ['ruby-kafka', 'rdkafka', 'karafka', 'bunny', 'sneakers', 'nats-pure', 'shoryuken'],
    },
    {
      signal: 'concurrency.message-broker',
      strength: 'weak',
      packages: ['sidekiq', 'resque', 'good_job', 'solid_queue'],
      note: 'Background-job queues.',
    },
    {
      signal: 'resource.cpu-bound',
      strength: 'strong',
      packages: ['ruby-vips', 'mini_magick', 'rmagick', 'image_processing'],
    },
  ],
  frameworks: [
    { framework: 'rails', role: 'web', model: 'sync', packages: ['rails'] },
    { framework: 'sinatra', role: 'web', model: 'sync', packages: ['sinatra'] },
    { framework: 'hanami', role: 'web', model: 'sync', packages: ['hanami'] },
    { framework: 'roda', role: 'web', model: 'sync', packages: ['roda'] },
    { framework: 'grape', role: 'web', model: 'sync', packages: ['grape'] },
    { framework: 'falcon', role: 'web', model: 'async', packages: ['falcon'] },
    { framework: 'sidekiq', role: 'worker', model: 'threads', packages: ['sidekiq'] },
  ],
}
