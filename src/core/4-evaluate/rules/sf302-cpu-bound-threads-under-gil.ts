import { defineRule, type RuleHit } from '../define-rule.js'
import {
  cite,
  collectEvidence,
  describeSignals,
  pickSignals,
  serviceLabel,
} from '../rule-helpers.js'

/** SF302: CPU-bound work spread over Python threads, which the GIL serialises. */
export const sf302 = defineRule({
  id: 'SF302',
  name: 'cpu-bound-threads-under-gil',
  category: 'concurrency',
  defaultSeverity: 'warning',
  summary: 'CPU-bound work parallelised with Python threads, which the GIL serialises',
  rationale:
    "The tradeoff: Python is slower at raw execution, and its concurrency story (the Global Interpreter Lock) is more awkward than Go's",
  fix: 'Use ProcessPoolExecutor or multiprocessing for CPU-bound work, move it to native extensions that release the GIL, or move it into a Go service.',
  appliesTo:
    'Python services that use thread pools (threading, ThreadPoolExecutor) together with strong CPU-bound signals (a warning) or, with no CPU-bound signal, scientific computing (a notice: NumPy releases the GIL inside its own loops, but Python code between the calls does not).',
  examples: {
    failing:
      'services/thumbnails: a Python worker that resizes images with Pillow inside a ThreadPoolExecutor(max_workers=16).',
    passing:
      'services/thumbnails: the same work in a ProcessPoolExecutor, or threads used only to wait on network calls.',
  },
  check(service): RuleHit[] {
    if (service.language.id !== 'python') return []
    const threads = pickSignals(service, ['concurrency.threads'])
    if (threads.length === 0) return []
    const cpu = pickSignals(service, ['resource.cpu-bound'], 'strong')
    const scientific = pickSignals(service, ['data.scientific'], 'strong')
    const work = cpu.length > 0 ? cpu : scientific
    if (work.length === 0) return []
    const label = serviceLabel(service)
    const threadEvidence = collectEvidence(threads)
    const workEvidence = collectEvidence(work)
    const evidence = collectEvidence([...threads, ...work])
    const base = `${label} runs ${describeSignals(work)} on Python threads. Work: ${cite(workEvidence, service.root, 2)}; threads: ${cite(threadEvidence, service.root, 2)}.`
    if (cpu.length > 0) {
      return [
        {
          message: `${base} The GIL lets one thread run Python code at a time, so CPU-bound threads add overhead, not speed.`,
          evidence,
        },
      ]
    }
    return [
      {
        severity: 'notice',
        message: `${base} NumPy releases the GIL inside its own loops, but the Python code between calls runs one thread at a time.`,
        evidence,
        fix: 'Check that the threaded work is mostly inside NumPy/SciPy calls; otherwise use ProcessPoolExecutor or multiprocessing.',
      },
    ]
  },
})
