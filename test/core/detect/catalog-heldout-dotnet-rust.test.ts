import { describe, expect, it } from 'vitest'
import type { ManifestType } from '../../../src/core/facts.js'
import { dep, detect, manifest } from './support.js'

// Entries added after the held-out accuracy check (docs/accuracy.md): libraries a .NET or Rust
// service uses for AI/ML, vector search or messaging that the catalog did not know. Each is a
// library of its own kind, not one repository's quirk: .NET Aspire client integrations wrap SDKs
// the catalog already lists, Pgvector's EF Core and Dapper packages sit next to Pgvector, and the
// llama.cpp / whisper.cpp crates next to llama-cpp-2.
describe('held-out additions: .NET Aspire integrations, pgvector, Rust inference crates', () => {
  it.each([
    ['nuget', 'Aspire.Azure.AI.OpenAI', 'ai-ml.llm-client', 'strong'],
    ['nuget', 'Aspire.OpenAI', 'ai-ml.llm-client', 'strong'],
    ['nuget', 'Aspire.Azure.AI.Inference', 'ai-ml.llm-client', 'strong'],
    ['nuget', 'Azure.AI.Inference', 'ai-ml.llm-client', 'strong'],
    ['nuget', 'CommunityToolkit.Aspire.OllamaSharp', 'ai-ml.llm-client', 'strong'],
    ['nuget', 'Pgvector.EntityFrameworkCore', 'ai-ml.vector-store', 'strong'],
    ['nuget', 'Pgvector.Dapper', 'ai-ml.vector-store', 'strong'],
    ['nuget', 'Pgvector', 'ai-ml.vector-store', 'strong'],
    ['nuget', 'Aspire.Qdrant.Client', 'ai-ml.vector-store', 'strong'],
    ['nuget', 'Aspire.RabbitMQ.Client', 'concurrency.message-broker', 'strong'],
    ['nuget', 'Aspire.Confluent.Kafka', 'concurrency.message-broker', 'strong'],
    ['nuget', 'Aspire.Azure.Messaging.ServiceBus', 'concurrency.message-broker', 'strong'],
    ['nuget', 'Azure.Messaging.EventHubs', 'concurrency.message-broker', 'strong'],
    ['nuget', 'aspire.rabbitmq.client', 'concurrency.message-broker', 'strong'],
    ['nuget', 'Grpc.Net.ClientFactory', 'concurrency.grpc-streaming', 'weak'],
    ['cargo', 'llama-cpp-sys-2', 'ai-ml.inference', 'strong'],
    ['cargo', 'llama_cpp', 'ai-ml.inference', 'strong'],
    ['cargo', 'whisper-rs', 'ai-ml.inference', 'strong'],
    ['cargo', 'cudarc', 'ai-ml.gpu', 'weak'],
  ] as const)('%s %s → %s (%s)', (ecosystem, name, signal, strength) => {
    const [path, type]: [string, ManifestType] =
      ecosystem === 'nuget' ? ['svc/Api.csproj', 'csproj'] : ['svc/Cargo.toml', 'Cargo.toml']
    const result = detect({
      manifests: [manifest(path, type, [dep(ecosystem, name, path, 3, { text: name })])],
    })
    expect(result.signals).toContainEqual(
      expect.objectContaining({
        id: signal,
        strength,
        evidence: [{ path, line: 3, detail: name }],
      }),
    )
  })

  it.each([
    // Hosting integrations run the resource from an AppHost; the service's own package is the
    // client integration above.
    ['nuget', 'Aspire.Hosting.RabbitMQ'],
    ['nuget', 'CommunityToolkit.Aspire.Hosting.Ollama'],
    ['nuget', 'Aspire.StackExchange.Redis'],
    ['cargo', 'pyo3'],
  ] as const)('%s %s alone is not a signal', (ecosystem, name) => {
    const [path, type]: [string, ManifestType] =
      ecosystem === 'nuget' ? ['svc/Api.csproj', 'csproj'] : ['svc/Cargo.toml', 'Cargo.toml']
    const result = detect({
      manifests: [manifest(path, type, [dep(ecosystem, name, path, 3, { text: name })])],
    })
    expect(result.signals).toEqual([])
  })
})
