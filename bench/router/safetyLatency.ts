// Cost of the safety screen on every user turn (issue 11):
//   npx tsx bench/router/safetyLatency.ts
// Load time of the learned screen (inflate the shipped tables, check their SHA-256), then per
// message p50 / p99 of the rules, the learned screen and the union, over every development message
// (v1–v8) plus a few long ones.
import { screenForSafety } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { loadLearnedSafetyScreen } from '../../orchestrator/maia/intent/safety/learned/learnedSafetyScreen.ts'
import { createCombinedSafetyScreen } from '../../orchestrator/maia/intent/safety/screenWithLearned.ts'
import { format, percentile } from '../lib.ts'
import { DEV_SETS } from './devSets.ts'

const loadStart = performance.now()
const learned = loadLearnedSafetyScreen()
const loadMs = performance.now() - loadStart
const loads: number[] = []
for (let round = 0; round < 5; round++) {
  const start = performance.now()
  loadLearnedSafetyScreen()
  loads.push(performance.now() - start)
}
console.log(`learned screen load: first ${format(loadMs, 1)} ms, then median ${format(percentile(loads, 0.5), 1)} ms`)

const messages = DEV_SETS.flatMap((set) => [...set.crisis.map((message) => message.text), ...set.ordinary])
const long = messages.slice(0, 400).join(' ')
const inputs = [...messages, long, long.repeat(20)]
const combined = createCombinedSafetyScreen({ learned })
for (const [name, run] of [['rules', (text: string) => screenForSafety(text)], ['learned', (text: string) => learned.probability(text)], ['rules OR learned', (text: string) => combined(text)]] as const) {
  for (const text of inputs.slice(0, 200)) run(text)
  const timings = inputs.map((text) => {
    const start = performance.now()
    run(text)
    return performance.now() - start
  })
  console.log(`${name.padEnd(17)} p50 ${format(percentile(timings, 0.5), 3)} ms  p99 ${format(percentile(timings, 0.99), 3)} ms  max ${format(Math.max(...timings), 1)} ms (${inputs.length} messages, longest ${long.length * 20} characters)`)
}
