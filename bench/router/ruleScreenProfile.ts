// Where the rule screen's time goes, rule by rule: each rule's `unless` test and its pattern run over the normalised
// text of an evenly spaced sample of the development messages; prints the costliest rules with their share.
//   npx tsx bench/router/ruleScreenProfile.ts [--sample 2000] [--top 25]
import { parseArgs } from 'node:util'
import { SAFETY_RULES, normalizeForRules } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { format } from '../lib.ts'
import { DEV_SETS } from './devSets.ts'

const { values } = parseArgs({ options: { sample: { type: 'string', default: '2000' }, top: { type: 'string', default: '25' } } })
const development = DEV_SETS.flatMap((set) => [...set.crisis.map((message) => message.text), ...set.ordinary])
const sample = Math.min(Number(values.sample), development.length)
const step = development.length / sample
const texts = Array.from({ length: sample }, (_, index) => normalizeForRules(development[Math.floor(index * step)]!))

const normaliseStart = performance.now()
for (let index = 0; index < sample; index++) normalizeForRules(development[Math.floor(index * step)]!)
const normaliseMs = performance.now() - normaliseStart
const costs = SAFETY_RULES.map((safetyRule) => {
  const start = performance.now()
  let unlessMs = 0
  for (const text of texts) {
    const unlessStart = performance.now()
    const excepted = safetyRule.unless?.test(text) === true
    unlessMs += performance.now() - unlessStart
    if (excepted) continue
    for (const found of text.matchAll(safetyRule.pattern)) void found
  }
  return { name: safetyRule.name, totalMs: performance.now() - start, unlessMs, source: safetyRule.pattern.source.length }
})
const total = costs.reduce((sum, cost) => sum + cost.totalMs, 0) + normaliseMs
console.log(`${sample} messages, ${SAFETY_RULES.length} rules: ${format((total * 1000) / sample, 1)} µs a message; normalising ${format((100 * normaliseMs) / total, 1)}%`)
for (const cost of [...costs].sort((a, b) => b.totalMs - a.totalMs).slice(0, Number(values.top))) {
  console.log(`${format((100 * cost.totalMs) / total, 1).padStart(5)}%  ${format((cost.totalMs * 1000) / sample, 1).padStart(7)} µs (unless ${format((cost.unlessMs * 1000) / sample, 1)})  [${cost.source} chars]  ${cost.name}`)
}
