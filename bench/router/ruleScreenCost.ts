// What the rule screen (screenForSafety) costs a message, against the screen as it was before rules were gated by
// the pieces of text they require (ruleGates.ts): every rule's `unless` and pattern run on every message. Timed in
// alternating rounds in one process (so machine load falls on both alike) over an evenly spaced sample of the
// development messages (v1–v56 crisis and ordinary), after a warm-up pass that compiles every regex; the two must
// answer alike on every message of the sample. Prints µs a message per round, medians and their ratio.
//   npx tsx bench/router/ruleScreenCost.ts [--rounds 4] [--sample 4000]
import type { SafetyRule } from '../../orchestrator/maia/intent/safety/SafetyRule.ts'
import { normalizeForRules, ruleMatches, SAFETY_RULES, screenForSafety, verdictOf, type SafetyMatch, type SafetyScreenResult } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { format, percentile } from '../lib.ts'
import { ruleCostSample } from './ruleCostSample.ts'

const { rounds, messages, developmentCount } = ruleCostSample()

/** The screen before the gates: each rule's `unless` tested and its pattern run on every message. */
function screenEveryRule(message: string, rules: readonly SafetyRule[] = SAFETY_RULES): SafetyScreenResult {
  const text = normalizeForRules(message)
  const matches: SafetyMatch[] = []
  for (const safetyRule of rules) matches.push(...ruleMatches(text, safetyRule))
  return verdictOf(matches)
}

const screens = { gated: (message: string) => screenForSafety(message), 'every rule': screenEveryRule } as const
type ScreenName = keyof typeof screens

// Warm-up, and the check that both answer alike.
const differing = messages.filter((message) => JSON.stringify(screenForSafety(message)) !== JSON.stringify(screenEveryRule(message)))
if (differing.length > 0) throw new Error(`the gated screen answers differently on ${differing.length} messages, e.g. ${JSON.stringify(differing[0])}`)
console.log(`${messages.length} of ${developmentCount} development messages, ${SAFETY_RULES.length} rules: both screens answer alike on every one`)

const timeOnce = (name: ScreenName): number => {
  const screen = screens[name]
  const start = performance.now()
  let flagged = 0
  for (const message of messages) if (screen(message).flagged) flagged++
  if (flagged === 0) throw new Error('no message flagged: the rules did not run')
  return ((performance.now() - start) * 1000) / messages.length
}
const timings: Record<ScreenName, number[]> = { gated: [], 'every rule': [] }
for (let round = 0; round < rounds; round++) {
  const order: ScreenName[] = round % 2 === 0 ? ['gated', 'every rule'] : ['every rule', 'gated']
  for (const name of order) timings[name].push(timeOnce(name))
  console.log(`round ${round + 1}: gated ${format(timings.gated.at(-1)!, 1)} µs a message, every rule ${format(timings['every rule'].at(-1)!, 1)} µs`)
}
const median = (list: number[]): number => percentile(list, 0.5)
console.log(`median: gated ${format(median(timings.gated), 1)} µs, every rule ${format(median(timings['every rule']), 1)} µs: ×${format(median(timings['every rule']) / median(timings.gated), 2)} faster`)
