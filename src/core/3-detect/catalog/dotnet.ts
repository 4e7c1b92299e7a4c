/**
 * NuGet packages that signal a workload in C# and F#, and ASP.NET Core. NuGet ids match
 * case-insensitively.
 */
import type { EcosystemCatalog } from './types.js'

/** The .NET catalog (csproj PackageReference). */
export const DOTNET_CATALOG: EcosystemCatalog = {
  ecosystem: 'nuget',
  title: 'C# and F# (NuGet)',
  languages: [],
  importStyle: 'none',
  signals: [
    {
      signal: 'ai-ml.llm-client',
      strength: 'strong',
      packages: [
        'Azure.AI.OpenAI',
        'OpenAI',
        'Anthropic.SDK',
        'OllamaSharp',
        'Google.Cloud.AIPlatform.V1',
        'Microsoft.Extensions.AI*',
        'Azure.AI.Inference',
      ],
    },
    {
      signal: 'ai-ml.llm-client',
      strength: 'strong',
      packages: [
        'Aspire.Azure.AI.OpenAI',
        'Aspire.OpenAI',
        'Aspire.Azure.AI.Inference',
        'CommunityToolkit.Aspire.OllamaSharp',
      ],
      note: '.NET Aspire client integrations: each wraps one of the SDKs above and registers it for dependency injection, so the service names the integration instead of the SDK.',
    },
    {
      signal: 'ai-ml.llm-orchestration',
      strength: 'strong',
      packages: ['Microsoft.SemanticKernel*', 'LangChain', 'Microsoft.KernelMemory*'],
    },
    {
      signal: 'ai-ml.inference',
      strength: 'strong',
      packages: [
        'Microsoft.ML.OnnxRuntime',
        'Microsoft.ML.OnnxRuntime.Gpu',
        'Microsoft.ML.OnnxRuntime.Managed',
        'LLamaSharp',
      ],
    },
    {
      signal: 'ai-ml.training',
      strength: 'strong',
      packages: [
        'Microsoft.ML',
        'Microsoft.ML.FastTree',
        'Microsoft.ML.LightGbm',
        'Microsoft.ML.Vision',
        'Microsoft.ML.AutoML',
        'Microsoft.ML.TorchSharp',
        'TorchSharp',
        'TensorFlow.NET',
      ],
      note: 'ML.NET packages are listed one by one: Microsoft.ML.OnnxRuntime is inference, not training.',
    },
    {
      signal: 'ai-ml.vector-store',
      strength: 'strong',
      packages: ['Qdrant.Client', 'Pinecone.Client', 'Milvus.Client', 'Pgvector*'],
      note: '`Pgvector*` covers the Entity Framework Core and Dapper packages (Pgvector.EntityFrameworkCore, Pgvector.Dapper).',
    },
    {
      signal: 'ai-ml.vector-store',
      strength: 'strong',
      packages: ['Aspire.Qdrant.Client', 'Aspire.Milvus.Client'],
      note: '.NET Aspire client integrations of the vector stores above.',
    },
    {
      signal: 'data.dataframe',
      strength: 'strong',
      packages: ['Microsoft.Data.Analysis', 'Deedle'],
    },
    {
      signal: 'data.dataframe',
      strength: 'weak',
      packages: ['Apache.Arrow', 'Parquet.Net'],
      note: 'Columnar memory and files: often analytics, sometimes storage or interchange only.',
    },
    { signal: 'data.scientific', strength: 'strong', packages: ['MathNet.Numerics'] },
    { signal: 'data.pipeline', strength: 'strong', packages: ['Microsoft.Spark'] },
    {
      signal: 'concurrency.realtime',
      strength: 'strong',
      packages: ['Microsoft.AspNetCore.SignalR*', 'Microsoft.Azure.SignalR'],
    },
    {
      signal: 'concurrency.grpc-streaming',
      strength: 'strong',
      packages: ['Grpc.AspNetCore'],
      note: 'Serves gRPC.',
    },
    {
      signal: 'concurrency.grpc-streaming',
      strength: 'weak',
      packages: ['Grpc.Net.Client', 'Grpc.Net.ClientFactory', 'Grpc.Core'],
      note: 'Client side (Grpc.Net.ClientFactory registers typed gRPC clients).',
    },
    {
      signal: 'concurrency.message-broker',
      strength: 'strong',
      packages: [
        'Confluent.Kafka',
        'RabbitMQ.Client',
        'MassTransit',
        'NServiceBus',
        'NATS.Client',
        'NATS.Net',
        'Azure.Messaging.ServiceBus',
        'AWSSDK.SQS',
        'Google.Cloud.PubSub.V1',
        'Azure.Messaging.EventHubs',
      ],
    },
    {
      signal: 'concurrency.message-broker',
      strength: 'strong',
      packages: [
        'Aspire.RabbitMQ.Client',
        'Aspire.RabbitMQ.Client.v7',
        'Aspire.Confluent.Kafka',
        'Aspire.NATS.Net',
        'Aspire.Azure.Messaging.ServiceBus',
        'Aspire.Azure.Messaging.EventHubs',
      ],
      note: '.NET Aspire client integrations of the brokers above.',
    },
    {
      signal: 'resource.cpu-bound',
      strength: 'strong',
      packages: ['SixLabors.ImageSharp', 'SkiaSharp', 'Magick.NET*', 'OpenCvSharp4*'],
    },
    {
      signal: 'deployment.serverless',
      strength: 'strong',
      packages: [
        'Amazon.Lambda.Core',
        'Amazon.Lambda.AspNetCoreServer',
        'Microsoft.Azure.Functions.Worker*',
        'Microsoft.NET.Sdk.Functions',
      ],
    },
  ],
  frameworks: [
    {
      framework: 'aspnetcore',
      role: 'web',
      model: 'async',
      packages: ['Microsoft.AspNetCore.*'],
      note: 'ASP.NET Core packages; a project that only uses the Web SDK without packages is not seen here.',
    },
    { framework: 'grpc-dotnet', role: 'rpc', model: 'async', packages: ['Grpc.AspNetCore'] },
  ],
}
