// Cost of the safety screen on every user turn (issue 11):
//   npx tsx bench/router/safetyLatency.ts
// Load time of the learned screen (inflate the shipped tables, check their SHA-256), then per
// message p50 / p99 of the rules, the learned screen and the union, over every development message
// (v1–v15 since round seventeen) plus a few long ones; then the sentence-aware screen (round fourteen) on a sample.
import { screenForSafety } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { loadLearnedSafetyScreen } from '../../orchestrator/maia/intent/safety/learned/learnedSafetyScreen.ts'
import { getShippedLearnedSafetyScreen } from '../../orchestrator/maia/intent/safety/learned/shippedSafetyModels.ts'
import { createCombinedSafetyScreen } from '../../orchestrator/maia/intent/safety/screenWithLearned.ts'
import { createSentenceAwareSafetyScreen } from '../../orchestrator/maia/intent/safety/screenWithSentences.ts'
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
// Since round eighty-eight the shipped screen is two models averaged (shippedSafetyModels.ts): timed beside the first alone.
const shippedStart = performance.now()
const shipped = getShippedLearnedSafetyScreen()
console.log(`shipped screen load (two models averaged): ${format(performance.now() - shippedStart, 1)} ms`)

const messages = DEV_SETS.flatMap((set) => [...set.crisis.map((message) => message.text), ...set.ordinary])
const long = messages.slice(0, 400).join(' ')
const inputs = [...messages, long, long.repeat(20)]
const combined = createCombinedSafetyScreen({ learned: shipped })
for (const [name, run] of [['rules', (text: string) => screenForSafety(text)], ['learned, one model', (text: string) => learned.probability(text)], ['learned, shipped', (text: string) => shipped.probability(text)], ['rules OR learned', (text: string) => combined(text)]] as const) {
  for (const text of inputs.slice(0, 200)) run(text)
  const timings = inputs.map((text) => {
    const start = performance.now()
    run(text)
    return performance.now() - start
  })
  console.log(`${name.padEnd(18)} p50 ${format(percentile(timings, 0.5), 3)} ms  p99 ${format(percentile(timings, 0.99), 3)} ms  max ${format(Math.max(...timings), 1)} ms (${inputs.length} messages, longest ${long.length * 20} characters)`)
}

// Round fourteen: the sentence-aware screen (rules OR n-grams fused with the sentence encoder).
// Loading the encoder and the first message are timed apart; then every message of a sample is
// embedded once (a cold cache: the worst case of a new turn) and once more (the cache).
const sentenceLoadStart = performance.now()
const sentenceAware = createSentenceAwareSafetyScreen({ learned: shipped, logger: { error: (details, message) => console.error(message, details) } })
const firstVerdict = await sentenceAware('hello there')
const firstMs = performance.now() - sentenceLoadStart
console.log(`sentence-aware screen: first message (encoder and model load included) ${format(firstMs, 1)} ms, sentence vector used: ${firstVerdict.sentences}`)
const sample = [...messages.filter((_, index) => index % 20 === 0), long, long.repeat(20)]
for (const pass of ['new turns', 'cached turns']) {
  const timings: number[] = []
  for (const text of sample) {
    const start = performance.now()
    await sentenceAware(text)
    timings.push(performance.now() - start)
  }
  console.log(`${`sentence-aware, ${pass}`.padEnd(30)} p50 ${format(percentile(timings, 0.5), 3)} ms  p99 ${format(percentile(timings, 0.99), 3)} ms  max ${format(Math.max(...timings), 1)} ms (${sample.length} messages)`)
}
// The loaded sentence encoder keeps the event loop alive (reported to the lead): a one-shot bench exits when done.
process.exit(0)
