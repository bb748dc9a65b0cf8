// Leave one spent set out, for intent routing (issue 11, round fifty-seven): would the intent models route a fresh set's
// intent messages better if they also trained on the other spent sets' intent messages? For each named spent set the
// n-gram classifier and the sentence-vector softmax are trained as shipped on INTENT_ROUTER_TRAINING less
// INTENT_TRAINING_SPENT ("base"), and on that plus the other named sets' intent messages ("with the other spent sets"),
// blended at the shipped n-gram weight; the held set's messages that are not safety escalations (those the safety screen
// decides) are routed by the argmax over the five other intents.
//   npx tsx bench/router/intentSpentFold.ts --sets v57,v58,v59,v60,v61,v62,v63,v64 [--weights 1,2,3]
// --weights (round sixty-seven): the other spent sets' messages repeated w times each (w = 1 is the shipped training), a
// measure of whether the outside writers' labelling should count more than the project's own training messages.
// Over v57–v74 (2026-12-05, 1,800 messages; 13 min): base 1,559, with×1 1,661, with×2 1,671 (×1.006 over with×1: 7 sets
// up, 4 down, 7 equal), with×3 1,672. Log: none kept in the repo; the command above with --sets v57,…,v74 --weights 1,2,3. Counting them twice
// did not carry to the next fresh set: W38 routed 103 of v76's 120 intent messages against 104 (heldout/v76/DECISION.md).
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { INTENT_ROUTER_TRAINING } from '../../orchestrator/maia/intent/data/index.ts'
import { INTENT_TRAINING_SPENT } from '../../orchestrator/maia/intent/data/intentTrainingSpent.ts'
import { DEFAULT_CLASSIFIER_SEED } from '../../orchestrator/maia/intent/defaultIntentClassifier.ts'
import { INTENTS, type Intent, type LabelledExample } from '../../orchestrator/maia/intent/intents.ts'
import { trainLexicalIntentClassifier } from '../../orchestrator/maia/intent/LexicalIntentClassifier.ts'
import { blendIntentScores } from '../../orchestrator/maia/intent/sentenceIntent/blendIntentScores.ts'
import { denseSoftmaxProbabilities, trainDenseSoftmax } from '../../orchestrator/maia/intent/sentenceIntent/trainDenseSoftmax.ts'
import { heldOutSetFiles } from './heldOutSetFiles.ts'
import { sentenceVectors } from './sentenceVectorCache.ts'

const { values } = parseArgs({ options: { sets: { type: 'string' }, weights: { type: 'string', default: '1' } } })
if (values.sets === undefined) throw new Error('--sets <spent sets> is required, e.g. --sets v57,v58,v59')
const names = values.sets.split(',')
const weights = z.array(z.coerce.number().int().min(1).max(20)).min(1).parse(values.weights.split(','))
const meta = z.object({ ngramWeight: z.number(), training: z.object({ epochs: z.number(), l2: z.number(), learningRate: z.number() }).passthrough() }).passthrough()
  .parse(JSON.parse(readFileSync(new URL('../../orchestrator/maia/intent/sentenceIntent/sentenceIntentModel.json', import.meta.url), 'utf8')))
const spentCopy = new Set(INTENT_TRAINING_SPENT)
const base = INTENT_ROUTER_TRAINING.filter((example) => !spentCopy.has(example))
const intentsOf = new Map<string, readonly LabelledExample[]>()
for (const name of names) {
  const { intents } = await heldOutSetFiles(name)
  if (intents === undefined) throw new Error(`set ${name} has no intent messages`)
  intentsOf.set(name, intents)
}
const texts = [...new Set([...base, ...[...intentsOf.values()].flat()].map((example) => example.text))]
const vectorList = await sentenceVectors(texts)
const vectorOf = new Map(texts.map((text, index) => [text, vectorList[index]!]))
type Scores = Record<Intent, number>
const OTHER_INTENTS = INTENTS.filter((intent) => intent !== 'safety_escalation')
const argmax = (scores: Scores): Intent => OTHER_INTENTS.reduce((best, intent) => (scores[intent] > scores[best] ? intent : best), OTHER_INTENTS[0]!)

const sides = ['base', ...weights.map((weight) => `with×${weight}`)]
const totals: Record<string, number> = Object.fromEntries(sides.map((side) => [side, 0]))
let messages = 0
for (const held of names) {
  const routed: Record<string, number> = Object.fromEntries(sides.map((side) => [side, 0]))
  const rows = intentsOf.get(held)!.filter((example) => example.intent !== 'safety_escalation')
  const others = names.filter((name) => name !== held).flatMap((name) => intentsOf.get(name)!)
  for (const [index, side] of sides.entries()) {
    const training = index === 0 ? base : [...base, ...Array.from({ length: weights[index - 1]! }, () => others).flat()]
    const ngram = trainLexicalIntentClassifier(training, { seed: DEFAULT_CLASSIFIER_SEED })
    const dense = trainDenseSoftmax(training.map((example) => vectorOf.get(example.text)!), training.map((example) => INTENTS.indexOf(example.intent)), INTENTS.length, meta.training)
    for (const row of rows) {
      const ngramScores = ngram.classify(row.text).scores as Scores
      const probabilities = denseSoftmaxProbabilities(dense, vectorOf.get(row.text)!)
      const vectorScores = Object.fromEntries(INTENTS.map((intent, index) => [intent, probabilities[index]!])) as Scores
      if (argmax(blendIntentScores(ngramScores, vectorScores, meta.ngramWeight)) === row.intent) routed[side] = (routed[side] ?? 0) + 1
    }
  }
  for (const side of sides) totals[side] = (totals[side] ?? 0) + (routed[side] ?? 0)
  messages += rows.length
  console.log(`${held}: ${sides.map((side) => `${side} ${routed[side]}/${rows.length}`).join(', ')}`)
}
console.log(`pooled: ${sides.map((side) => `${side} ${totals[side]}/${messages} (×${((totals[side] ?? 0) / Math.max(1, totals.base ?? 0)).toFixed(3)})`).join(', ')}`)
