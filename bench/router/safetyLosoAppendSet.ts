// Extends a leave-one-set-out dump (LOSO_DUMP of bench/router/safetyLosoVectors.ts) with a newer
// development set, scored by the SHIPPED n-gram screen (issue 11, round seventeen). That is a
// genuine fold for the new set only while the shipped model was never trained on it, which the
// script checks against safetyModel.json's trainedOn.sets; the older sets' folds stay as they
// were (trained without the new set: slightly conservative). Saves re-running all folds (about
// an hour on a shared two-core machine). The dense "vector" and "concat" columns are left at 0.5 /
// 0 (unused by the n-gram + perceptron fusion that ships).
//   npx tsx bench/router/safetyLosoAppendSet.ts --from /tmp/maia-use-cache/loso-r16f.json --set v15 --to /tmp/maia-use-cache/loso-r17h.json [--rule-floor 0.005]
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { getShippedLearnedSafetyScreen } from '../../orchestrator/maia/intent/safety/learned/shippedSafetyModels.ts'
import { ruleFloorWindows } from '../../orchestrator/maia/intent/safety/ruleFloorWindows.ts'
import { screenForSafety } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { DEV_SETS } from './devSets.ts'

const { values } = parseArgs({ options: { from: { type: 'string' }, set: { type: 'string' }, to: { type: 'string' }, 'rule-floor': { type: 'string', default: '0.005' } } })
if (values.from === undefined || values.set === undefined || values.to === undefined) throw new Error('--from, --set and --to are required')
const ruleFloor = Number(values['rule-floor'])
const held = DEV_SETS.find((set) => set.name === values.set)
if (held === undefined) throw new Error(`no development set ${values.set}`)
const meta = z.object({ trainedOn: z.object({ sets: z.array(z.string()) }) }).passthrough().parse(JSON.parse(readFileSync(new URL('../../orchestrator/maia/intent/safety/learned/safetyModel.json', import.meta.url), 'utf8')))
if (meta.trainedOn.sets.includes(held.name)) throw new Error(`the shipped n-gram model was trained on ${held.name}: its scores are not held out`)
const rowSchema = z.object({ set: z.string(), text: z.string(), positive: z.boolean(), kind: z.string().optional(), ngram: z.number(), vector: z.number(), concat: z.number(), rule: z.boolean() })
const rows = z.array(rowSchema).parse(JSON.parse(readFileSync(values.from, 'utf8')))
if (rows.some((row) => row.set === held.name)) throw new Error(`${values.from} already holds ${held.name}`)
const screen = getShippedLearnedSafetyScreen()
const score = (text: string, positive: boolean, kind?: string) => {
  const ngram = screen.probability(text)
  const floor = Math.max(ngram, ...ruleFloorWindows(text).map((window) => screen.probability(window)))
  rows.push({ set: held.name, text, positive, ...(kind === undefined ? {} : { kind }), ngram, vector: 0.5, concat: 0, rule: screenForSafety(text).flagged && floor >= ruleFloor })
}
for (const message of held.crisis) score(message.text, true, message.kind)
for (const text of held.ordinary) score(text, false)
writeFileSync(values.to, JSON.stringify(rows))
console.log(`${values.to}: ${rows.length} rows (${held.name}: ${held.crisis.length} crisis, ${held.ordinary.length} ordinary, scored by the shipped n-gram model trained on ${meta.trainedOn.sets.at(-1)})`)
