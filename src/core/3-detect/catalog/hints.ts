/**
 * Code hints (patterns the lexers recognise outside comments and strings) that emit signals.
 * Hints not listed here (`go.goroutine`, `py.asyncio`, `py.main-guard`, ...) are not signals by
 * themselves: a goroutine is how Go does everything, not a sign of heavy load.
 */
import type { Strength } from '../../model.js'
import type { SignalId } from '../signal-definitions.js'

/** A hint rule. */
export interface HintRule {
  hint: string
  signal: SignalId
  strength: Strength
  /**
   * When set, the hint only counts if its text contains one of `textIncludes`, or the unit already
   * has one of `orUnitSignals` from its dependencies and imports.
   */
  when?: { textIncludes: readonly string[]; orUnitSignals: readonly SignalId[] }
  /**
   * The hint does not count when one of these hints is on the same line of the same file: the
   * call belongs to that one (a thread pool handed to a gRPC server is the server's I/O pool).
   */
  unlessSameLine?: readonly string[]
  reason: string
}

/** Hints that emit signals. */
export const HINT_RULES: readonly HintRule[] = [
  {
    hint: 'py.websocket-handler',
    signal: 'concurrency.realtime',
    strength: 'strong',
    reason: 'A WebSocket or Socket.IO handler holds a connection open per client.',
  },
  {
    hint: 'py.streaming-response',
    signal: 'concurrency.realtime',
    strength: 'strong',
    reason: 'A streaming or server-sent-events response holds a connection open while it streams.',
  },
  {
    hint: 'py.grpc-server',
    signal: 'concurrency.grpc-streaming',
    strength: 'weak',
    reason:
      'The service creates a gRPC server (`grpc.server(...)`, `grpc.aio.server(...)`): it serves RPCs, which is ordinary API serving unless the RPCs stream.',
  },
  {
    hint: 'go.grpc-server',
    signal: 'concurrency.grpc-streaming',
    strength: 'weak',
    reason:
      'The service creates a gRPC server (`grpc.NewServer(...)`): it serves RPCs, which is ordinary API serving unless the RPCs stream.',
  },
  {
    hint: 'py.threading',
    signal: 'concurrency.threads',
    strength: 'weak',
    when: {
      textIncludes: ['ThreadPoolExecutor'],
      orUnitSignals: [
        'resource.cpu-bound',
        'data.scientific',
        'data.dataframe',
        'ai-ml.inference',
        'ai-ml.training',
      ],
    },
    unlessSameLine: ['py.grpc-server'],
    reason:
      "Thread pools, or threads in a service with CPU-heavy libraries; a lone background thread is not a signal, nor is the pool handed to `grpc.server(...)` on the same line (the server's I/O pool, the standard way to serve gRPC; a pool built on an earlier line and passed in is a blind spot).",
  },
  {
    hint: 'js.worker-threads',
    signal: 'concurrency.threads',
    strength: 'weak',
    reason: 'Node worker threads move work off the event loop.',
  },
]
