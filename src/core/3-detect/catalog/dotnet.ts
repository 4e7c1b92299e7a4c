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
      ],
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
      packages: ['Qdrant.Client', 'Pinecone.Client', 'Milvus.Client', 'Pgvector'],
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
      packages: ['Grpc.Net.Client', 'Grpc.Core'],
      note: 'Client side.',
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
      ],
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
