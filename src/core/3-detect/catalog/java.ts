/**
 * Maven and Gradle artifacts (`groupId:artifactId`) that signal a workload on the JVM (Java,
 * Kotlin, Scala), and the JVM's web frameworks with their concurrency model.
 */
import type { EcosystemCatalog } from './types.js'

/** The JVM catalog (pom.xml and build.gradle dependencies). */
export const JAVA_CATALOG: EcosystemCatalog = {
  ecosystem: 'maven',
  title: 'Java, Kotlin and Scala (Maven, Gradle)',
  languages: [],
  importStyle: 'none',
  signals: [
    {
      signal: 'ai-ml.llm-client',
      strength: 'strong',
      packages: [
        'com.openai:openai-java',
        'com.anthropic:anthropic-java',
        'com.google.genai:google-genai',
        'com.azure:azure-ai-openai',
        'com.google.cloud:google-cloud-vertexai',
        'com.theokanning.openai-gpt3-java:service',
        'io.github.ollama4j:ollama4j',
      ],
    },
    {
      signal: 'ai-ml.llm-orchestration',
      strength: 'strong',
      packages: [
        'dev.langchain4j:*',
        'org.springframework.ai:*',
        'com.microsoft.semantic-kernel:*',
      ],
      note: 'LangChain4j, Spring AI and Semantic Kernel for Java, with all their modules.',
    },
    {
      signal: 'ai-ml.inference',
      strength: 'strong',
      packages: [
        'ai.djl:*',
        'ai.djl.pytorch:*',
        'ai.djl.huggingface:*',
        'com.microsoft.onnxruntime:onnxruntime',
        'com.microsoft.onnxruntime:onnxruntime_gpu',
        'org.tensorflow:tensorflow-core-platform',
        'org.tensorflow:tensorflow-core-api',
        'de.kherud:llama',
      ],
    },
    {
      signal: 'ai-ml.training',
      strength: 'strong',
      packages: [
        'org.deeplearning4j:*',
        'org.tribuo:*',
        'nz.ac.waikato.cms.weka:weka-stable',
        'com.github.haifengl:smile-core',
        'ml.dmlc:xgboost4j*',
        'org.apache.spark:spark-mllib*',
      ],
    },
    {
      signal: 'ai-ml.vector-store',
      strength: 'strong',
      packages: [
        'io.pinecone:pinecone-client',
        'io.qdrant:client',
        'io.weaviate:client',
        'io.milvus:milvus-sdk-java',
        'com.pgvector:pgvector',
      ],
    },
    {
      signal: 'data.dataframe',
      strength: 'strong',
      packages: ['tech.tablesaw:tablesaw-core', 'org.jetbrains.kotlinx:dataframe*'],
    },
    {
      signal: 'data.dataframe',
      strength: 'weak',
      packages: ['org.apache.arrow:arrow-vector', 'org.apache.parquet:parquet-hadoop'],
      note: 'Columnar formats: often analytics, sometimes storage only.',
    },
    {
      signal: 'data.scientific',
      strength: 'strong',
      packages: ['org.apache.commons:commons-math3', 'org.nd4j:*', 'org.hipparchus:*'],
    },
    {
      signal: 'data.pipeline',
      strength: 'strong',
      packages: [
        'org.apache.spark:spark-core*',
        'org.apache.spark:spark-sql*',
        'org.apache.beam:beam-*',
      ],
    },
    {
      signal: 'data.stream-processing',
      strength: 'strong',
      packages: [
        'org.apache.flink:flink-*',
        'org.apache.kafka:kafka-streams',
        'org.apache.spark:spark-streaming*',
      ],
    },
    {
      signal: 'concurrency.realtime',
      strength: 'strong',
      packages: [
        'org.springframework.boot:spring-boot-starter-websocket',
        'org.java-websocket:Java-WebSocket',
        'com.corundumstudio.socketio:netty-socketio',
        'jakarta.websocket:jakarta.websocket-api',
        'io.quarkus:quarkus-websockets*',
        'io.ktor:ktor-server-websockets*',
      ],
    },
    {
      signal: 'concurrency.grpc-streaming',
      strength: 'weak',
      packages: ['io.grpc:grpc-*'],
      note: 'Client and server alike.',
    },
    {
      signal: 'concurrency.grpc-streaming',
      strength: 'strong',
      packages: ['net.devh:grpc-server-spring-boot-starter', 'io.quarkus:quarkus-grpc'],
      note: 'Server starters: the service serves gRPC.',
    },
    {
      signal: 'concurrency.message-broker',
      strength: 'strong',
      packages: [
        'org.apache.kafka:kafka-clients',
        'org.springframework.kafka:spring-kafka',
        'com.rabbitmq:amqp-client',
        'org.springframework.boot:spring-boot-starter-amqp',
        'io.nats:jnats',
        'org.apache.pulsar:pulsar-client',
        'software.amazon.awssdk:sqs',
        'io.awspring.cloud:spring-cloud-aws-starter-sqs',
        'com.google.cloud:google-cloud-pubsub',
        'org.apache.activemq:*',
      ],
    },
    {
      signal: 'latency.low-latency',
      strength: 'strong',
      packages: ['com.lmax:disruptor', 'net.openhft:chronicle-*'],
    },
    {
      signal: 'resource.cpu-bound',
      strength: 'strong',
      packages: ['org.openpnp:opencv', 'org.bytedeco:javacv*', 'com.twelvemonkeys.imageio:*'],
    },
    {
      signal: 'deployment.serverless',
      strength: 'strong',
      packages: [
        'com.amazonaws:aws-lambda-java-core',
        'com.google.cloud.functions:functions-framework-api',
        'io.quarkus:quarkus-amazon-lambda*',
        'org.springframework.cloud:spring-cloud-function-adapter-aws',
      ],
    },
  ],
  frameworks: [
    {
      framework: 'spring-boot',
      role: 'web',
      model: 'threads',
      packages: ['org.springframework.boot:spring-boot-starter-web'],
      note: 'Servlet stack: a thread per request.',
    },
    {
      framework: 'spring-webflux',
      role: 'web',
      model: 'async',
      packages: ['org.springframework.boot:spring-boot-starter-webflux'],
    },
    {
      framework: 'quarkus',
      role: 'web',
      model: 'async',
      packages: [
        'io.quarkus:quarkus-rest*',
        'io.quarkus:quarkus-resteasy*',
        'io.quarkus:quarkus-vertx-http',
      ],
    },
    {
      framework: 'micronaut',
      role: 'web',
      model: 'async',
      packages: ['io.micronaut:micronaut-http-server-netty'],
    },
    {
      framework: 'vert.x',
      role: 'web',
      model: 'event-loop',
      packages: ['io.vertx:vertx-web', 'io.vertx:vertx-core'],
    },
    { framework: 'javalin', role: 'web', model: 'threads', packages: ['io.javalin:javalin'] },
    {
      framework: 'dropwizard',
      role: 'web',
      model: 'threads',
      packages: ['io.dropwizard:dropwizard-core'],
    },
    { framework: 'ktor', role: 'web', model: 'async', packages: ['io.ktor:ktor-server-core*'] },
    {
      framework: 'grpc-java',
      role: 'rpc',
      model: 'threads',
      packages: ['io.grpc:grpc-netty*', 'net.devh:grpc-server-spring-boot-starter'],
    },
  ],
}
