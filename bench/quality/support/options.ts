import { parseArgs } from 'node:util'
import { ADVERSARY_KINDS, type AdversaryKind } from '../../../orchestrator/quality/verification/index.ts'
import { DEFAULT_COST_ASSUMPTIONS } from './samplingCost.ts'

export interface BenchOptions {
  readonly json: boolean
  readonly verbose: boolean
  readonly kinds: readonly AdversaryKind[]
  /** Seeded runs per adversary. */
  readonly runs: number
  /** Requests served per run at most (the cap a run that is never caught stops at). */
  readonly maxRequests: number
  /** Honest answers verified. */
  readonly honest: number
  readonly seed: number
  readonly verifierThreads: number
  /** Every n-th honest answer comes from a node on 2 threads (0: none). */
  readonly twoThreadEvery: number
  /** What answers carry to the loop: token ids and stop reason (the protocol now), or text only (before). */
  readonly claims: 'tokens' | 'text'
  readonly turnsPerSession: number
  readonly cpuHourUsd: number
  /** Honest answers of MAIA's shape (passages in the prompt, 256-token answers) whose verification is timed. */
  readonly servingAnswers: number
}

const USAGE = `npx tsx bench/quality/adversaries.ts [--json] [--runs 20] [--max-requests 300] [--honest 2160] [--seed 1]
  [--kinds different-weights,smaller-model,garbage-tokens,truncated,replayed] [--verifier-threads 1]
  [--two-thread-every 40] [--claims tokens|text]
  [--turns-per-session 4] [--cpu-hour-usd 0.05] [--serving-answers 24] [--verbose]`

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
      kinds: { type: 'string', default: ADVERSARY_KINDS.join(',') },
      runs: { type: 'string', default: '20' },
      'max-requests': { type: 'string', default: '300' },
      honest: { type: 'string', default: '2160' },
      seed: { type: 'string', default: '1' },
      'verifier-threads': { type: 'string', default: '1' },
      'two-thread-every': { type: 'string', default: '40' },
      claims: { type: 'string', default: 'tokens' },
      'turns-per-session': { type: 'string', default: String(DEFAULT_COST_ASSUMPTIONS.turnsPerSession) },
      'cpu-hour-usd': { type: 'string', default: String(DEFAULT_COST_ASSUMPTIONS.cpuHourUsd) },
      'serving-answers': { type: 'string', default: '24' }
    }
  })
  if (values.help) {
    console.error(USAGE)
    process.exit(0)
  }
  const kinds = values.kinds.split(',').map((kind) => kind.trim()).filter((kind) => kind.length > 0)
  const unknown = kinds.filter((kind) => !(ADVERSARY_KINDS as readonly string[]).includes(kind))
  if (unknown.length > 0) throw new RangeError(`unknown adversary kinds: ${unknown.join(', ')} (known: ${ADVERSARY_KINDS.join(', ')})`)
  const integer = (name: string, text: string, min: number): number => {
    const value = Number(text)
    if (!Number.isInteger(value) || value < min) throw new RangeError(`--${name} must be an integer ≥ ${min}, got ${text}\n${USAGE}`)
    return value
  }
  if (values.claims !== 'tokens' && values.claims !== 'text') throw new RangeError(`--claims must be tokens or text, got ${values.claims}`)
  const cpuHourUsd = Number(values['cpu-hour-usd'])
  if (!(cpuHourUsd >= 0)) throw new RangeError(`--cpu-hour-usd must be ≥ 0, got ${values['cpu-hour-usd']}`)
  return {
    json: values.json, verbose: values.verbose,
    kinds: kinds as AdversaryKind[],
    runs: integer('runs', values.runs, 1),
    maxRequests: integer('max-requests', values['max-requests'], 1),
    honest: integer('honest', values.honest, 0),
    seed: integer('seed', values.seed, 0),
    verifierThreads: integer('verifier-threads', values['verifier-threads'], 1),
    twoThreadEvery: integer('two-thread-every', values['two-thread-every'], 0),
    claims: values.claims,
    turnsPerSession: integer('turns-per-session', values['turns-per-session'], 1),
    cpuHourUsd,
    servingAnswers: integer('serving-answers', values['serving-answers'], 0)
  }
}
