/** Composer packages that signal a workload in PHP, and PHP's web frameworks. */
import type { EcosystemCatalog } from './types.js'

/** The PHP catalog (composer.json). Package names match case-insensitively. */
export const PHP_CATALOG: EcosystemCatalog = {
  ecosystem: 'packagist',
  title: 'PHP (Packagist)',
  languages: [],
  importStyle: 'none',
  signals: [
    {
      signal: 'ai-ml.llm-client',
      strength: 'strong',
      packages: [
        'openai-php/client',
        'openai-php/laravel',
        'mozex/anthropic-php',
        'google-gemini-php/client',
      ],
    },
    {
      signal: 'ai-ml.llm-orchestration',
      strength: 'strong',
      packages: ['theodo-group/llphant', 'neuron-core/neuron-ai', 'prism-php/prism'],
    },
    {
      signal: 'ai-ml.inference',
      strength: 'strong',
      packages: ['ankane/onnxruntime', 'codewithkyrian/transformers'],
    },
    { signal: 'ai-ml.training', strength: 'strong', packages: ['rubix/ml', 'php-ai/php-ml'] },
    {
      signal: 'ai-ml.vector-store',
      strength: 'strong',
      packages: ['pgvector/pgvector', 'probots-io/pinecone-php', 'hkulekci/qdrant'],
    },
    {
      signal: 'data.scientific',
      strength: 'weak',
      packages: ['markrogoyski/math-php'],
      note: 'Maths helpers.',
    },
    {
      signal: 'concurrency.realtime',
      strength: 'strong',
      packages: [
        'cboden/ratchet',
        'beyondcode/laravel-websockets',
        'laravel/reverb',
        'workerman/workerman',
      ],
    },
    {
      signal: 'concurrency.realtime',
      strength: 'weak',
      packages: ['pusher/pusher-php-server'],
      note: 'A hosted realtime service: the connections are held elsewhere.',
    },
    {
      signal: 'concurrency.grpc-streaming',
      strength: 'weak',
      packages: ['grpc/grpc'],
      note: 'Client side.',
    },
    {
      signal: 'concurrency.message-broker',
      strength: 'strong',
      packages: [
        'php-amqplib/php-amqplib',
        'enqueue/rdkafka',
        'basis-company/nats',
        'longlang/phpkafka',
      ],
    },
    {
      signal: 'resource.cpu-bound',
      strength: 'strong',
      packages: ['intervention/image', 'php-ffmpeg/php-ffmpeg', 'spatie/image'],
    },
    { signal: 'deployment.serverless', strength: 'strong', packages: ['bref/bref'] },
  ],
  frameworks: [
    { framework: 'laravel', role: 'web', model: 'sync', packages: ['laravel/framework'] },
    { framework: 'symfony', role: 'web', model: 'sync', packages: ['symfony/framework-bundle'] },
    { framework: 'slim', role: 'web', model: 'sync', packages: ['slim/slim'] },
    { framework: 'reactphp', role: 'web', model: 'event-loop', packages: ['react/http'] },
    { framework: 'hyperf', role: 'web', model: 'async', packages: ['hyperf/framework'] },
  ],
}
