// Where the rule screen's time goes, rule by rule, as screenForSafety runs them: over the normalised text of an
// evenly spaced sample of the development messages, the lookup of each message's pieces (ruleGates.ts), then per
// rule its `unless` test and its pattern, each run only where the gates let it; prints the costliest with their share.
//   npx tsx bench/router/ruleScreenProfile.ts [--sample 2000] [--top 25] [--every-rule]
// --every-rule times the screen as it was before the gates: every rule's `unless` and pattern on every message.
import { parseArgs } from 'node:util'
import { canMatch, gateOf, presentClauses } from '../../orchestrator/maia/intent/safety/ruleGates.ts'
import { SAFETY_RULES, normalizeForRules } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { format } from '../lib.ts'
import { DEV_SETS } from './devSets.ts'

const { values } = parseArgs({ options: { sample: { type: 'string', default: '2000' }, top: { type: 'string', default: '25' }, 'every-rule': { type: 'boolean', default: false } } })
const development = DEV_SETS.flatMap((set) => [...set.crisis.map((message) => message.text), ...set.ordinary])
const sample = Math.min(Number(values.sample), development.length)
const step = development.length / sample
const originals = Array.from({ length: sample }, (_, index) => development[Math.floor(index * step)]!)
const gates = SAFETY_RULES.map(gateOf)
const gated = (clauseIds: readonly number[], present: Uint8Array): boolean => values['every-rule'] || canMatch(clauseIds, present)

const timed = <T>(run: () => T): [T, number] => {
  const start = performance.now()
  const result = run()
  return [result, performance.now() - start]
}
const [texts, normaliseMs] = timed(() => originals.map(normalizeForRules))
const [present, lookupMs] = timed(() => texts.map(presentClauses))
const ruleCosts = (): Array<{ name: string; unlessMs: number; patternMs: number; runs: number }> => SAFETY_RULES.map((safetyRule, index) => {
  let unlessMs = 0
  let patternMs = 0
  let runs = 0
  texts.forEach((text, message) => {
    const gate = gates[index]!
    if (!gated(gate.pattern, present[message]!)) return
    const [excepted, ms] = timed(() => safetyRule.unless !== undefined && gated(gate.unless, present[message]!) && safetyRule.unless.test(text))
    unlessMs += ms
    if (excepted) return
    runs++
    patternMs += timed(() => [...text.matchAll(safetyRule.pattern)].length)[1]
  })
  return { name: safetyRule.name, unlessMs, patternMs, runs }
})
// The first pass compiles each regex (the largest take tens of milliseconds); the second is what a warm screen costs.
ruleCosts()
const costs = ruleCosts()
const total = normaliseMs + lookupMs + costs.reduce((sum, cost) => sum + cost.unlessMs + cost.patternMs, 0)
const perMessage = (ms: number): string => `${format((ms * 1000) / sample, 1)} µs`
const share = (ms: number): string => `${format((100 * ms) / total, 1)}%`
console.log(`${sample} messages, ${SAFETY_RULES.length} rules: ${perMessage(total)} a message; normalising ${share(normaliseMs)}, looking up pieces ${share(lookupMs)}, unless tests ${share(costs.reduce((sum, cost) => sum + cost.unlessMs, 0))}, patterns ${share(costs.reduce((sum, cost) => sum + cost.patternMs, 0))}; patterns run ${format((100 * costs.reduce((sum, cost) => sum + cost.runs, 0)) / (sample * SAFETY_RULES.length), 1)}% of rule x message`)
for (const cost of [...costs].sort((a, b) => b.unlessMs + b.patternMs - a.unlessMs - a.patternMs).slice(0, Number(values.top))) {
  console.log(`${share(cost.unlessMs + cost.patternMs).padStart(6)}  ${perMessage(cost.unlessMs + cost.patternMs).padStart(10)} (unless ${perMessage(cost.unlessMs)}; pattern run on ${cost.runs})  ${cost.name}`)
}
