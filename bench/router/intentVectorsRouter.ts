// The sentence intent model inside routeAsync (issue 11, intent routing), before and after:
//   npx tsx bench/router/intentVectorsRouter.ts
// 1. Every development crisis message (v1–v14) through routeAsync with n-grams alone ("before":
//    sentenceIntent false) and with the blend ("after", the shipped default): how many escalate.
//    The blend never lowers safety_escalation's probability and escalation is the screen's
//    (DEFAULT_SAFETY_THRESHOLD is +∞), so the counts must match.
// 2. Intent accuracy on the development intent messages, before and after. The vector model is
//    trained on these messages: an in-sample sanity check, not a generalisation figure (that is
//    intentVectorsLoso.ts).
// 3. Latency of routeAsync per turn, before and after, on every 20th development message: new turns
//    (the turn is embedded) and the same turns again (cached).
// Both routers of parts 1–2 embed through one blender's cache, so each message is embedded once.
import { createIntentRouter, type IntentRouter } from '../../orchestrator/maia/intent/createIntentRouter.ts'
import { createSentenceAwareSafetyScreen } from '../../orchestrator/maia/intent/safety/screenWithSentences.ts'
import { createSentenceIntentBlender } from '../../orchestrator/maia/intent/sentenceIntent/createSentenceIntentBlender.ts'
import { createTextVectorCache } from '../../orchestrator/maia/sentenceEncoder/index.ts'
import { format, percentile } from '../lib.ts'
import { DEV_SETS } from './devSets.ts'

const logger = { error: (details: Record<string, unknown>, message: string) => console.error(message, details) }
const pct = (a: number, b: number) => `${(100 * a / b).toFixed(1)}% (${a}/${b})`

// 3 first, on fresh routers (cold caches): before, then after, on the same sample.
const sample = DEV_SETS.flatMap((set) => [...set.crisis.map((message) => message.text), ...set.ordinary, ...set.intents.map((example) => example.text)]).filter((_, index) => index % 20 === 0)
const latency = async (name: string, router: IntentRouter): Promise<void> => {
  const started = performance.now()
  await router.routeAsync('warm up: load the classifier, the screens and the encoder')
  console.log(`${name}: first call (loads included) ${format(performance.now() - started, 0)} ms`)
  for (const pass of ['new turns', 'cached turns']) {
    const timings: number[] = []
    for (const text of sample) {
      const start = performance.now()
      await router.routeAsync(text)
      timings.push(performance.now() - start)
    }
    console.log(`  ${pass.padEnd(13)} p50 ${format(percentile(timings, 0.5), 2)} ms  p99 ${format(percentile(timings, 0.99), 2)} ms  mean ${format(timings.reduce((a, b) => a + b, 0) / timings.length, 2)} ms (${sample.length} messages)`)
  }
}
await latency('routeAsync before (n-grams alone)', createIntentRouter({ sentenceIntent: false, logger }))
await latency('routeAsync after (blend, shipped default)', createIntentRouter({ logger }))

const vectors = createTextVectorCache(50_000)
const blender = createSentenceIntentBlender({ logger, vectors })
const before = createIntentRouter({ sentenceIntent: false, asyncScreen: createSentenceAwareSafetyScreen({ logger, vectors }) })
const after = createIntentRouter({ sentenceIntent: blender, asyncScreen: createSentenceAwareSafetyScreen({ logger, vectors }), logger })
const totals = { crisis: 0, before: 0, after: 0, intents: 0, beforeRight: 0, afterRight: 0 }
for (const set of DEV_SETS) {
  let caughtBefore = 0; let caughtAfter = 0; let rightBefore = 0; let rightAfter = 0
  for (const message of set.crisis) {
    if ((await before.routeAsync(message.text)).intent === 'safety_escalation') caughtBefore++
    if ((await after.routeAsync(message.text)).intent === 'safety_escalation') caughtAfter++
  }
  for (const example of set.intents) {
    if ((await before.routeAsync(example.text)).intent === example.intent) rightBefore++
    if ((await after.routeAsync(example.text)).intent === example.intent) rightAfter++
  }
  totals.crisis += set.crisis.length; totals.before += caughtBefore; totals.after += caughtAfter
  totals.intents += set.intents.length; totals.beforeRight += rightBefore; totals.afterRight += rightAfter
  console.log(`${set.name.padEnd(4)} crisis escalated: before ${pct(caughtBefore, set.crisis.length)}, after ${pct(caughtAfter, set.crisis.length)}; intents (in-sample for the vector model): before ${pct(rightBefore, set.intents.length)}, after ${pct(rightAfter, set.intents.length)}`)
}
console.log(`ALL  crisis escalated: before ${pct(totals.before, totals.crisis)}, after ${pct(totals.after, totals.crisis)}; intents: before ${pct(totals.beforeRight, totals.intents)}, after ${pct(totals.afterRight, totals.intents)}`)
// The loaded sentence encoder keeps the event loop alive: a one-shot bench exits when done.
process.exit(0)
