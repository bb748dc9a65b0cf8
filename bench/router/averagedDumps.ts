// Two safety screens heard together, counted without screening again (round eighty-eight, heldout/v94/DECISION.md).
// Given the operating-point lab's dumps of the same sets under two screens (operatingPointLab.ts --sets … --dump, once in
// each screen's tree), each message's parts are averaged part by part, (1 − w)·first + w·second (a part whose flag stands
// at any threshold under either screen stands), and counted at the first screen's thresholds. For each weight, each set
// prints the change against the first screen's own verdicts: crises, non-Latin crises and false alarms, the parts a
// spent-set guard holds; "parts worse" counts the set-parts that fall. The averaged screen fuses exactly this average
// (safety/learned/averagedSafetyModels.ts), except where a rule's flag stands under one screen's floor and not the
// other's.
//   npx tsx bench/router/averagedDumps.ts --first first.json --second second.json --weights 0.1,0.2,0.5 [--at <English>,<other Latin>,<non-Latin>] [--non-latin-weight w] [--baseline shipped.json]
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { loadShippedSentenceSafetyModel } from '../../orchestrator/maia/intent/safety/learned/shippedSafetyModels.ts'
import { scriptGroup } from '../../orchestrator/maia/intent/safety/scriptGroup.ts'
import { criticalOf, escalates, recordSchema, type ScoredMessage, type Thresholds } from './scoredMessages.ts'

const { values } = parseArgs({ options: { first: { type: 'string' }, second: { type: 'string' }, weights: { type: 'string', default: '0.1,0.2,0.3,0.4,0.5,0.6,0.75,1' }, at: { type: 'string' }, 'non-latin-weight': { type: 'string' }, baseline: { type: 'string' } } })
if (values.first === undefined || values.second === undefined) throw new Error('usage: averagedDumps.ts --first <dump> --second <dump> [--weights 0.1,0.2,…]')
const read = (file: string): ScoredMessage[] => z.array(recordSchema).parse(JSON.parse(readFileSync(file, 'utf8')))
const first = read(values.first)
const second = read(values.second)
const aligned = first.length === second.length && first.every((message, index) => message.text === second[index]!.text && message.parts.length === second[index]!.parts.length)
if (!aligned) throw new Error('the two dumps must hold the same messages in the same order, with the same parts (the same sets, scored by the same lab)')
// --baseline <dump>: the shipped router's own dump of the same sets; its verdicts, not the first screen's, are what each
// weight is counted against (round eighty-nine: the shipped screen is itself an average, E88, and the candidate averages
// the first model with another second one).
const baseline = values.baseline === undefined ? undefined : read(values.baseline)
if (baseline !== undefined && (baseline.length !== first.length || baseline.some((message, index) => message.text !== first[index]!.text))) throw new Error('the baseline dump must hold the same messages in the same order')
const reference = (index: number): boolean => (baseline ?? first)[index]!.shipped
const weights = z.array(z.number().min(0).max(1)).parse(values.weights.split(',').map(Number))

const meta = loadShippedSentenceSafetyModel().meta
const shippedThresholds: Thresholds = { English: meta.threshold, 'other Latin': meta.notEnglishThreshold ?? meta.threshold, 'non-Latin': meta.nonLatinThreshold ?? meta.threshold }
// --at E,oL,nL counts the averaged scores at other thresholds (the verdicts counted against stay the same).
const at = values.at === undefined ? undefined : z.tuple([z.number(), z.number(), z.number()]).parse(values.at.split(',').map(Number))
const thresholds: Thresholds = at === undefined ? shippedThresholds : { English: at[0], 'other Latin': at[1], 'non-Latin': at[2] }

// --non-latin-weight w keeps the second model's weight at w for parts read as non-Latin, whatever --weights says.
const nonLatinWeight = values['non-latin-weight'] === undefined ? undefined : z.number().min(0).max(1).parse(Number(values['non-latin-weight']))
const averaged = (one: ScoredMessage, other: ScoredMessage, weight: number): ScoredMessage => ({
  ...one,
  parts: one.parts.map((part, index) => {
    const a = criticalOf(part)
    const b = criticalOf(other.parts[index]!)
    const w = part.language === 'non-Latin' ? (nonLatinWeight ?? weight) : weight
    return { language: part.language, critical: Number.isFinite(a) && Number.isFinite(b) ? (1 - w) * a + w * b : null }
  })
})

const sets = [...new Set(first.map((message) => message.set))]
const signed = (value: number): string => (value >= 0 ? `+${value}` : String(value))
console.log(`thresholds ${thresholds.English} / ${thresholds['other Latin']} / ${thresholds['non-Latin']}; ${first.length} messages in ${sets.length} sets; change against ${baseline === undefined ? "the first screen's" : "the baseline dump's"} verdicts (crises / non-Latin crises / false alarms)`)
for (const weight of weights) {
  let crises = 0; let alarms = 0; let worse = 0
  const cells: string[] = []
  for (const set of sets) {
    let caught = 0; let nonLatin = 0; let raised = 0
    first.forEach((message, index) => {
      if (message.set !== set) return
      const now = escalates(averaged(message, second[index]!, weight), thresholds)
      if (now === reference(index)) return
      const change = now ? 1 : -1
      if (!message.positive) raised += change
      else { caught += change; if (scriptGroup(message.text) === 'non-Latin') nonLatin += change }
    })
    crises += caught; alarms += raised
    worse += Number(caught < 0) + Number(nonLatin < 0) + Number(raised > 0)
    cells.push(`${set} ${signed(caught)}/${signed(nonLatin)}/${signed(raised)}`)
  }
  console.log(`w=${weight.toFixed(2)}  ${cells.join('  ')}  | crises ${signed(crises)}, false alarms ${signed(alarms)}, parts worse ${worse}`)
}
