/**
 * Language profiles: how well each language serves each of the guide's workload axes. Python and
 * Go are rated from the guide itself, each attribute quoting the sentence it rests on. The other
 * languages are stackfit's own documented judgement, each rating with its reason, so a reader can
 * disagree with a specific line rather than with a hidden branch.
 *
 * A language without a profile gets no judgement from the profile-driven rules.
 */
import type { LanguageId } from '../model.js'
import type { SignalId } from '../3-detect/signal-definitions.js'

/** The attributes a profile rates, in display order. */
export const PROFILE_ATTRIBUTES = [
  'ai-ml',
  'data',
  'concurrency',
  'latency',
  'resource-cost',
  'single-binary',
  'iteration-speed',
] as const
export type ProfileAttribute = (typeof PROFILE_ATTRIBUTES)[number]

export type Rating = 'strong' | 'adequate' | 'weak'

export interface AttributeRating {
  rating: Rating
  /** Why, in one sentence. For `source: 'guide'` this is a verbatim quote from the guide. */
  reason: string
  source: 'guide' | 'stackfit'
}

/**
 * Where a deployment limit becomes tight for one runtime: a container memory limit at or below
 * `memoryMiB`, or a CPU limit at or below `cpuCores`, is `resource.tight-limits`. The floor a
 * process needs differs by runtime (an interpreter with its packages, a JVM, a static Go binary),
 * so the same `256Mi` is tight for Python and roomy for Go. Memory is strong evidence; a CPU limit
 * only supports it (attached, never a signal alone): a CPU limit caps throughput per replica,
 * which more replicas buy back, while a memory limit is a floor every process must fit under
 * however many replicas run.
 */
export interface TightLimits {
  memoryMiB: number
  memoryReason: string
  cpuCores: number
  cpuReason: string
}

export interface LanguageProfile {
  /** Display name used in messages: `Python`, `Go`, `TypeScript/JavaScript (Node.js)`. */
  name: string
  /** Linguist ids (lower case) this profile covers. */
  languages: readonly LanguageId[]
  attributes: Readonly<Record<ProfileAttribute, AttributeRating>>
  /** Deployment limits that are tight for this runtime, with the reason for each value. */
  tightLimits: TightLimits
}

/** Tight limits for a language without a profile: the interpreted-runtime values (Python's). */
export const DEFAULT_TIGHT_LIMITS: TightLimits = {
  memoryMiB: 256,
  memoryReason:
    'No profile: the interpreted-runtime line, so an unknown runtime is judged as carefully as Python.',
  cpuCores: 0.25,
  cpuReason: 'No profile: the interpreted-runtime line.',
}

const INTERPRETED_CPU =
  'A quarter of a core or less is throttled quickly by interpreted request handling.'

/** Human wording of each attribute, for messages and docs. */
export const ATTRIBUTE_TITLES: Readonly<Record<ProfileAttribute, string>> = {
  'ai-ml': 'AI/ML ecosystem',
  data: 'data ecosystem',
  concurrency: 'concurrency',
  latency: 'low latency',
  'resource-cost': 'low resource cost',
  'single-binary': 'single-binary deployment',
  'iteration-speed': 'iteration speed',
}

/**
 * Which profile attribute a workload signal calls on. A signal counts as a workload reason for a
 * language when the language is rated strong on the attribute it maps to.
 */
export const SIGNAL_ATTRIBUTES: Readonly<Record<SignalId, ProfileAttribute>> = {
  'ai-ml.llm-client': 'ai-ml',
  'ai-ml.llm-orchestration': 'ai-ml',
  'ai-ml.inference': 'ai-ml',
  'ai-ml.training': 'ai-ml',
  'ai-ml.vector-store': 'ai-ml',
  'ai-ml.gpu': 'ai-ml',
  'ai-ml.model-artifact': 'ai-ml',
  'data.dataframe': 'data',
  'data.scientific': 'data',
  'data.pipeline': 'data',
  'data.stream-processing': 'data',
  'concurrency.realtime': 'concurrency',
  'concurrency.grpc-streaming': 'concurrency',
  'concurrency.message-broker': 'concurrency',
  'concurrency.threads': 'concurrency',
  'concurrency.high-throughput': 'concurrency',
  'latency.low-latency': 'latency',
  'resource.cpu-bound': 'latency',
  'resource.tight-limits': 'resource-cost',
  'deployment.single-binary': 'single-binary',
  // Cold starts and package size: what a small runtime footprint buys.
  'deployment.serverless': 'resource-cost',
  'prototype.notebook': 'iteration-speed',
  'prototype.rapid-ui': 'iteration-speed',
}

const guide = (rating: Rating, reason: string): AttributeRating => ({
  rating,
  reason,
  source: 'guide',
})
const own = (rating: Rating, reason: string): AttributeRating => ({
  rating,
  reason,
  source: 'stackfit',
})

/** Every profile, sorted by name. Python and Go quote the guide; the rest state stackfit's reason. */
export const PROFILES: readonly LanguageProfile[] = [
  {
    name: 'C#',
    languages: ['c#'],
    attributes: {
      'ai-ml': own(
        'adequate',
        'ML.NET, ONNX Runtime and Semantic Kernel are first-party, but most models, papers and examples still assume Python.',
      ),
      data: own(
        'weak',
        'Microsoft.Data.Analysis offers a dataframe, but .NET for Apache Spark is no longer developed and the data tooling is thin.',
      ),
      concurrency: own(
        'strong',
        'async/await on the thread pool and Kestrel handle many concurrent connections well.',
      ),
      latency: own(
        'adequate',
        'Compiled and fast once warm, with garbage-collector pauses and JIT warm-up to tune.',
      ),
      'resource-cost': own(
        'adequate',
        'Leaner than the JVM, heavier than Go; Native AOT narrows the gap.',
      ),
      'single-binary': own(
        'adequate',
        'Self-contained single-file publish and Native AOT produce one file, with more caveats than go build.',
      ),
      'iteration-speed': own(
        'adequate',
        'Good tooling and a mature web framework, with more ceremony than Python.',
      ),
    },
    tightLimits: {
      memoryMiB: 128,
      memoryReason:
        'An ASP.NET Core process has a working set of roughly 60–120 MiB; 128 MiB or less leaves the garbage collector little room.',
      cpuCores: 0.25,
      cpuReason:
        'A quarter of a core or less starves JIT compilation and the thread pool at start-up and under load.',
    },
  },
  {
    name: 'C/C++',
    languages: ['c', 'c++'],
    attributes: {
      'ai-ml': own(
        'adequate',
        'The cores of PyTorch, ONNX Runtime, TensorRT and llama.cpp are C++, but the surrounding training and experiment tooling is Python.',
      ),
      data: own(
        'adequate',
        'Arrow and fast numeric libraries exist, but there is no dataframe or pipeline ecosystem to match Python.',
      ),
      concurrency: own(
        'adequate',
        'Threads and event loops (Asio, libuv) scale, but manual memory and thread safety make it costly to get right.',
      ),
      latency: own(
        'strong',
        'Native code with no garbage collector gives the lowest, most predictable latency.',
      ),
      'resource-cost': own('strong', 'No runtime and full control over memory.'),
      'single-binary': own('strong', 'Static linking produces one self-contained binary.'),
      'iteration-speed': own(
        'weak',
        'Build systems, manual memory management and long compile times slow every change.',
      ),
    },
    tightLimits: {
      memoryMiB: 32,
      memoryReason:
        'A native process without a runtime needs a few MiB; only 32 MiB or less constrains it.',
      cpuCores: 0.05,
      cpuReason:
        'Native code does a request in microseconds; only a twentieth of a core or less is tight.',
    },
  },
  {
    name: 'Elixir',
    languages: ['elixir'],
    attributes: {
      'ai-ml': own(
        'adequate',
        'Nx, Axon and Bumblebee run and serve models on the BEAM, but the ecosystem is small next to Python.',
      ),
      data: own(
        'adequate',
        'Explorer (dataframes on Polars) and Broadway pipelines cover common cases; scientific libraries are few.',
      ),
      concurrency: own(
        'strong',
        'Millions of lightweight BEAM processes and Phoenix channels are built for many long-lived connections.',
      ),
      latency: own(
        'adequate',
        'Per-process garbage collection keeps tail latency predictable, but raw computation is slow.',
      ),
      'resource-cost': own('adequate', 'The BEAM is frugal per connection but not per CPU cycle.'),
      'single-binary': own(
        'adequate',
        'mix release bundles the runtime into one self-contained directory, not one file.',
      ),
      'iteration-speed': own(
        'adequate',
        'Phoenix is productive, but the language and OTP are less widely known.',
      ),
    },
    tightLimits: {
      memoryMiB: 128,
      memoryReason:
        'The BEAM with a Phoenix application commonly sits at 60–120 MiB; 128 MiB or less is tight.',
      cpuCores: 0.25,
      cpuReason: 'The BEAM schedulers are throttled quickly at a quarter of a core or less.',
    },
  },
  {
    name: 'Go',
    languages: ['go'],
    attributes: {
      'ai-ml': guide('weak', "its AI/ML ecosystem is a fraction of Python's."),
      data: guide(
        'weak',
        'If your backend touches machine learning, LLMs, data processing, or scientific computing, Python is the default for a reason.',
      ),
      concurrency: guide(
        'strong',
        'Goroutines make it natural to handle thousands of simultaneous connections, and the model is genuinely pleasant to work with.',
      ),
      latency: guide('strong', 'You need high concurrency or low latency.'),
      'resource-cost': guide(
        'strong',
        'Go compiles to a single native binary and generally uses less memory and CPU than an equivalent Python service.',
      ),
      'single-binary': guide(
        'strong',
        'go build produces one static binary with no runtime to install.',
      ),
      'iteration-speed': guide(
        'adequate',
        'Go is more verbose, its explicit error handling can feel repetitive',
      ),
    },
    tightLimits: {
      memoryMiB: 64,
      memoryReason:
        'A Go service with its dependencies commonly runs in 10–50 MiB of resident memory; only 64 MiB or less constrains it.',
      cpuCores: 0.1,
      cpuReason:
        'Compiled code handles a request in a fraction of the time an interpreter needs; only a tenth of a core or less is tight.',
    },
  },
  {
    name: 'Java',
    languages: ['java'],
    attributes: {
      'ai-ml': own(
        'adequate',
        'Spring AI, LangChain4j and DJL cover LLM clients and inference; training and research code is Python-first.',
      ),
      data: own('strong', 'Spark, Flink, Beam and Kafka Streams are JVM-native.'),
      concurrency: own(
        'strong',
        'Virtual threads and mature non-blocking servers (Netty) handle heavy concurrent load.',
      ),
      latency: own(
        'adequate',
        'Fast once warm, with JIT warm-up and garbage-collector pauses to tune.',
      ),
      'resource-cost': own('weak', 'The JVM needs far more memory than an equivalent Go service.'),
      'single-binary': own(
        'adequate',
        'A fat JAR still needs a JVM; GraalVM native images are possible but constrain libraries.',
      ),
      'iteration-speed': own('adequate', 'Excellent tooling, but verbose and slow to start.'),
    },
    tightLimits: {
      memoryMiB: 384,
      memoryReason:
        'A JVM service needs heap plus metaspace, code cache and thread stacks; Spring Boot services commonly sit at 250–400 MiB, so 384 MiB or less is tight (512 MiB is a common, workable limit).',
      cpuCores: 0.25,
      cpuReason:
        'A quarter of a core or less stretches JIT warm-up and garbage collection into request latency.',
    },
  },
  {
    name: 'Kotlin',
    languages: ['kotlin'],
    attributes: {
      'ai-ml': own(
        'adequate',
        'Uses the JVM libraries (Spring AI, LangChain4j, DJL); training and research code is Python-first.',
      ),
      data: own('strong', 'Spark, Flink and Kafka Streams are JVM-native and usable from Kotlin.'),
      concurrency: own('strong', 'Coroutines and Ktor handle many concurrent connections cheaply.'),
      latency: own(
        'adequate',
        'Fast once warm, with JIT warm-up and garbage-collector pauses to tune.',
      ),
      'resource-cost': own('weak', 'The JVM needs far more memory than an equivalent Go service.'),
      'single-binary': own(
        'adequate',
        'A fat JAR still needs a JVM; GraalVM native images are possible but constrain libraries.',
      ),
      'iteration-speed': own('adequate', 'Concise for the JVM, but compile times are long.'),
    },
    tightLimits: {
      memoryMiB: 384,
      memoryReason:
        'The same JVM floor as Java: heap plus metaspace, code cache and thread stacks; 384 MiB or less is tight.',
      cpuCores: 0.25,
      cpuReason:
        'A quarter of a core or less stretches JIT warm-up and garbage collection into request latency.',
    },
  },
  {
    name: 'PHP',
    languages: ['php'],
    attributes: {
      'ai-ml': own(
        'weak',
        'Community LLM clients exist, but there is no real training or inference ecosystem.',
      ),
      data: own('weak', 'No dataframe or scientific computing ecosystem to speak of.'),
      concurrency: own(
        'weak',
        'The request-per-process model does not hold long-lived connections; Swoole and ReactPHP are niche.',
      ),
      latency: own(
        'weak',
        'Each request boots the application unless a long-running server is added.',
      ),
      'resource-cost': own('weak', 'A worker process per concurrent request costs memory.'),
      'single-binary': own('weak', 'Needs the PHP runtime, extensions and a web server.'),
      'iteration-speed': own('strong', 'Laravel and Symfony make building a web backend fast.'),
    },
    tightLimits: {
      memoryMiB: 128,
      memoryReason:
        "PHP's default `memory_limit` lets one request use 128 MiB; a container limit at or below that cannot honour it for even one request, let alone a pool of workers.",
      cpuCores: 0.25,
      cpuReason: INTERPRETED_CPU,
    },
  },
  {
    name: 'Python',
    languages: ['python'],
    attributes: {
      'ai-ml': guide(
        'strong',
        'If your backend touches machine learning, LLMs, data processing, or scientific computing, Python is the default for a reason.',
      ),
      data: guide(
        'strong',
        'Python optimizes for developer speed and has an unmatched AI/data ecosystem.',
      ),
      concurrency: guide(
        'weak',
        "its concurrency story (the Global Interpreter Lock) is more awkward than Go's — though for I/O-bound API work, async Python is usually fast enough.",
      ),
      latency: guide('weak', 'Python is slower at raw execution'),
      'resource-cost': guide(
        'weak',
        'Go compiles to a single native binary and generally uses less memory and CPU than an equivalent Python service.',
      ),
      'single-binary': guide(
        'weak',
        'No virtualenv, no dependency mismatch, no "works on my machine."',
      ),
      'iteration-speed': guide(
        'strong',
        "For a solo developer or a small team trying to validate an idea, you'll often build the first version faster in Python.",
      ),
    },
    tightLimits: {
      memoryMiB: 256,
      memoryReason:
        "A CPython web process with a framework and a few dependencies commonly sits at 60–150 MiB per worker; at 256 MiB or less there is room for one or two workers, which is where Go's smaller footprint pays.",
      cpuCores: 0.25,
      cpuReason: INTERPRETED_CPU,
    },
  },
  {
    name: 'Ruby',
    languages: ['ruby'],
    attributes: {
      'ai-ml': own(
        'weak',
        'LLM clients exist (ruby-openai, langchainrb), but there is no real training or inference ecosystem.',
      ),
      data: own('weak', 'No dataframe or scientific computing ecosystem to match Python.'),
      concurrency: own(
        'weak',
        'The global VM lock serialises Ruby threads; Puma and Falcon help with I/O only.',
      ),
      latency: own('weak', 'An interpreter slower at raw execution than compiled languages.'),
      'resource-cost': own('weak', 'Rails processes are memory-hungry.'),
      'single-binary': own('weak', 'Needs the Ruby runtime and installed gems.'),
      'iteration-speed': own('strong', 'Rails is built for shipping the first version fast.'),
    },
    tightLimits: {
      memoryMiB: 256,
      memoryReason:
        'A Rails process commonly sits at 150–250 MiB; 256 MiB or less leaves room for one worker.',
      cpuCores: 0.25,
      cpuReason: INTERPRETED_CPU,
    },
  },
  {
    name: 'Rust',
    languages: ['rust'],
    attributes: {
      'ai-ml': own(
        'weak',
        'candle, burn and ONNX Runtime bindings can run models, but the ecosystem is young and most LLM SDKs are community-maintained.',
      ),
      data: own(
        'adequate',
        'Polars, DataFusion and Arrow are written in Rust, though most people use them from Python.',
      ),
      concurrency: own(
        'strong',
        'Tokio and async Rust handle heavy concurrent load with no data races.',
      ),
      latency: own(
        'strong',
        'Native code with no garbage collector gives low, predictable latency.',
      ),
      'resource-cost': own('strong', 'No runtime and no garbage collector; memory use is minimal.'),
      'single-binary': own(
        'strong',
        'cargo build produces one native binary, statically linked with musl.',
      ),
      'iteration-speed': own(
        'weak',
        'The borrow checker and long compile times slow down a team validating an idea.',
      ),
    },
    tightLimits: {
      memoryMiB: 32,
      memoryReason:
        'A Rust service without a garbage collector needs a few MiB; only 32 MiB or less constrains it.',
      cpuCores: 0.05,
      cpuReason:
        'Native code does a request in microseconds; only a twentieth of a core or less is tight.',
    },
  },
  {
    name: 'TypeScript/JavaScript (Node.js)',
    languages: ['javascript', 'typescript'],
    attributes: {
      'ai-ml': own(
        'adequate',
        'First-class SDKs for hosted LLM APIs and LangChain.js, but training and local inference libraries are thin.',
      ),
      data: own('weak', 'Danfo.js and Arquero are small next to pandas and NumPy.'),
      concurrency: own(
        'adequate',
        'The event loop handles many I/O-bound connections, but CPU work blocks it and needs worker threads.',
      ),
      latency: own(
        'adequate',
        'V8 is fast for I/O-bound work; CPU-heavy handlers stall the event loop.',
      ),
      'resource-cost': own('adequate', 'Lighter than the JVM, heavier than Go.'),
      'single-binary': own(
        'weak',
        'Needs the Node.js runtime and node_modules; single executable applications are still young.',
      ),
      'iteration-speed': own('strong', 'A huge package ecosystem and fast feedback loops.'),
    },
    tightLimits: {
      memoryMiB: 64,
      memoryReason:
        'A small Node.js service (Express, Fastify) commonly runs at 40–70 MiB resident, V8 included; at 64 MiB or less it has no headroom (100–256 MiB is a common, workable limit).',
      cpuCores: 0.25,
      cpuReason:
        'A quarter of a core or less is throttled quickly once handlers do any CPU work on the single event loop.',
    },
  },
]

/** The tight limits for a language: its profile's, else DEFAULT_TIGHT_LIMITS. */
export function tightLimitsOf(language: LanguageId): TightLimits {
  return profileOf(language)?.tightLimits ?? DEFAULT_TIGHT_LIMITS
}

/** The profile covering a linguist language id, or undefined (no judgement) when there is none. */
export function profileOf(
  language: LanguageId,
  profiles: readonly LanguageProfile[] = PROFILES,
): LanguageProfile | undefined {
  return profiles.find((p) => p.languages.includes(language))
}

/** The rating of an attribute for a language, or undefined when the language has no profile. */
export function ratingOf(
  language: LanguageId,
  attribute: ProfileAttribute,
  profiles: readonly LanguageProfile[] = PROFILES,
): AttributeRating | undefined {
  return profileOf(language, profiles)?.attributes[attribute]
}

/** The attribute a signal id calls on, or undefined for an id stackfit does not know. */
export function attributeOfSignal(id: string): ProfileAttribute | undefined {
  return Object.hasOwn(SIGNAL_ATTRIBUTES, id) ? SIGNAL_ATTRIBUTES[id as SignalId] : undefined
}

/** Names of the profiles rating `attribute` as `rating`, in profile order (for rule docs). */
export function profilesRated(attribute: ProfileAttribute, rating: Rating): string[] {
  return PROFILES.filter((p) => p.attributes[attribute].rating === rating).map((p) => p.name)
}
