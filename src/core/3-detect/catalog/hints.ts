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
    reason:
      'Thread pools, or threads in a service with CPU-heavy libraries; a lone background thread is not a signal.',
  },
  {
    hint: 'js.worker-threads',
    signal: 'concurrency.threads',
    strength: 'weak',
    reason: 'Node worker threads move work off the event loop.',
  },
]
