// The arguments and the message sample the rule-screen cost benches share (crossLanguageRuleCost.ts, ruleScreenCost.ts):
// --rounds alternating rounds, over --sample development messages (v1–v56 crisis and ordinary) evenly spaced.
import { parseArgs } from 'node:util'
import { DEV_SETS } from './devSets.ts'

export interface RuleCostSample {
  readonly rounds: number
  readonly messages: readonly string[]
  /** How many development messages the sample was drawn from. */
  readonly developmentCount: number
}

/** Reads --rounds (default 4) and --sample (default 4000) and draws the sample; a bad number fails with the flag's name. */
export function ruleCostSample(): RuleCostSample {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '4' }, sample: { type: 'string', default: '4000' } } })
  const rounds = Number(values.rounds)
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds takes a positive whole number, got ${values.rounds}`)
  const sample = Number(values.sample)
  if (!Number.isInteger(sample) || sample < 1) throw new Error(`--sample takes a positive whole number, got ${values.sample}`)
  const development = DEV_SETS.flatMap((set) => [...set.crisis.map((message) => message.text), ...set.ordinary])
  const step = Math.max(1, development.length / sample)
  const messages = Array.from({ length: Math.min(sample, development.length) }, (_, index) => development[Math.floor(index * step)]!)
  return { rounds, messages, developmentCount: development.length }
}
