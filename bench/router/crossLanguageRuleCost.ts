// What the rules written for other languages (SafetyRule.acrossLanguages: the framed-method rules of
// framedMethodAcrossLanguages.ts and the emergencies of emergencyAcrossLanguages.ts, rounds fifty-five and fifty-six)
// cost the rule screen on every user turn, against the same screen without them, in one process:
//   npx tsx bench/router/crossLanguageRuleCost.ts [--rounds 4] [--sample 4000]
// Over an evenly spaced sample of the development messages (v1–v56 crisis and ordinary; all 51,638 take ~3 minutes a
// pass here), the two rule lists are timed in alternating rounds
// (so machine load falls on both alike); prints µs a message for each, per round and as medians, and their ratio.
import { SAFETY_RULES, screenForSafety } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { format, percentile } from '../lib.ts'
import { ruleCostSample } from './ruleCostSample.ts'

const { rounds, messages, developmentCount } = ruleCostSample()
const withoutThem = SAFETY_RULES.filter((rule) => rule.acrossLanguages !== true)
console.log(`${messages.length} of ${developmentCount} development messages; ${SAFETY_RULES.length} rules, ${SAFETY_RULES.length - withoutThem.length} of them written for other languages`)

const timeOnce = (rules: typeof SAFETY_RULES): number => {
  const start = performance.now()
  let flagged = 0
  for (const message of messages) if (screenForSafety(message, rules).flagged) flagged++
  if (flagged === 0) throw new Error('no message flagged: the rules did not run')
  return ((performance.now() - start) * 1000) / messages.length
}
timeOnce(SAFETY_RULES)
timeOnce(withoutThem)
const all: number[] = []
const without: number[] = []
for (let round = 0; round < rounds; round++) {
  const [first, second] = round % 2 === 0 ? [SAFETY_RULES, withoutThem] : [withoutThem, SAFETY_RULES]
  const a = timeOnce(first)
  const b = timeOnce(second)
  all.push(first === SAFETY_RULES ? a : b)
  without.push(first === SAFETY_RULES ? b : a)
  console.log(`round ${round + 1}: all rules ${format(all.at(-1)!, 1)} µs a message, without them ${format(without.at(-1)!, 1)} µs`)
}
const median = (list: number[]): number => percentile(list, 0.5)
console.log(`median: all rules ${format(median(all), 1)} µs, without the rules for other languages ${format(median(without), 1)} µs: ×${format(median(all) / median(without), 2)}`)
