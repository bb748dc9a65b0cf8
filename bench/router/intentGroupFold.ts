// One grouped held-out fold for intent routing (issue 11, round twenty-four), the intent twin of
// safetyGroupFold.ts: the n-gram classifier and the sentence-vector softmax are trained as shipped on
// INTENT_ROUTER_TRAINING less every intent message of the held sets (INTENT_TRAINING_DEVELOPMENT
// copies the development sets' messages), blended at the shipped n-gram weight, and the held sets'
// intent messages are routed by the argmax over the six intents (as intentVectorsLoso.ts: the router
// itself escalates through its screen). Reported per held set and by script (Latin / non-Latin),
// because v24 routed its non-Latin intent messages far worse than its Latin ones.
// Round twenty-five wired the tenth batch's 100 non-Latin intent messages (TENTH_BATCH_INTENT_EXAMPLES)
// into INTENT_ROUTER_TRAINING; --without-tenth-batch-intents trains both models without them (the
// "without" side of that round's comparison, measured as the tree was before the wiring).
// Round twenty-seven wired the reflection batch (INTENT_TRAINING_REFLECTION); --without-reflection-batch
// trains without it.
//   npx tsx bench/router/intentGroupFold.ts --hold v24,v25,v26 [--without-tenth-batch-intents] [--without-reflection-batch] [--errors]
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { INTENT_ROUTER_TRAINING } from '../../orchestrator/maia/intent/data/index.ts'
import { TENTH_BATCH_INTENT_EXAMPLES } from '../../orchestrator/maia/intent/data/safetyTrainingTenthBatch.ts'
import { INTENT_TRAINING_REFLECTION } from '../../orchestrator/maia/intent/data/intentTrainingReflection.ts'
import { DEFAULT_CLASSIFIER_SEED } from '../../orchestrator/maia/intent/defaultIntentClassifier.ts'
import { INTENTS, type Intent } from '../../orchestrator/maia/intent/intents.ts'
import { trainLexicalIntentClassifier } from '../../orchestrator/maia/intent/LexicalIntentClassifier.ts'
import { blendIntentScores } from '../../orchestrator/maia/intent/sentenceIntent/blendIntentScores.ts'
import { denseSoftmaxProbabilities, trainDenseSoftmax } from '../../orchestrator/maia/intent/sentenceIntent/trainDenseSoftmax.ts'
import { DEV_SETS } from './devSets.ts'
import { scriptGroup } from './safetyScriptGroup.ts'
import { sentenceVectors } from './sentenceVectorCache.ts'

const { values } = parseArgs({ options: { hold: { type: 'string' }, errors: { type: 'boolean', default: false }, 'without-tenth-batch-intents': { type: 'boolean', default: false }, 'without-reflection-batch': { type: 'boolean', default: false } } })
if (values.hold === undefined) throw new Error('--hold <sets> is required, e.g. --hold v22,v23,v24')
const held = DEV_SETS.filter((set) => values.hold!.split(',').includes(set.name))
if (held.length !== values.hold.split(',').length) throw new Error(`not all of ${values.hold} are development sets`)
const meta = z.object({ ngramWeight: z.number(), training: z.object({ epochs: z.number(), l2: z.number(), learningRate: z.number() }).passthrough() }).passthrough()
  .parse(JSON.parse(readFileSync(new URL('../../orchestrator/maia/intent/sentenceIntent/sentenceIntentModel.json', import.meta.url), 'utf8')))

const heldTexts = new Set(held.flatMap((set) => set.intents.map((example) => example.text.toLowerCase())))
const leftOutBatches = new Set([...(values['without-tenth-batch-intents'] ? TENTH_BATCH_INTENT_EXAMPLES : []), ...(values['without-reflection-batch'] ? INTENT_TRAINING_REFLECTION : [])])
const routerTraining = INTENT_ROUTER_TRAINING.filter((example) => !leftOutBatches.has(example))
const training = routerTraining.filter((example) => !heldTexts.has(example.text.toLowerCase()))
const messages = held.flatMap((set) => set.intents.map((example) => ({ set: set.name, ...example })))
const texts = [...new Set([...training, ...messages].map((example) => example.text))]
const vectorList = await sentenceVectors(texts)
const vectorOf = new Map(texts.map((text, index) => [text, vectorList[index]!]))
const started = performance.now()
const ngram = trainLexicalIntentClassifier(training, { seed: DEFAULT_CLASSIFIER_SEED })
const vector = trainDenseSoftmax(training.map((example) => vectorOf.get(example.text)!), training.map((example) => INTENTS.indexOf(example.intent)), INTENTS.length, meta.training)
console.log(`trained on ${training.length} of ${routerTraining.length} examples (without ${values.hold}${values['without-tenth-batch-intents'] ? '; without the tenth batch\'s intent messages' : ''}${values['without-reflection-batch'] ? '; without the reflection batch' : ''}) in ${((performance.now() - started) / 1000).toFixed(0)} s; n-gram weight ${meta.ngramWeight}`)

type Scores = Record<Intent, number>
const argmax = (scores: Scores): Intent => INTENTS.reduce((best, intent) => (scores[intent] > scores[best] ? intent : best), INTENTS[0] as Intent)
const routed = messages.map((message) => {
  const ngramScores = ngram.classify(message.text).scores as Scores
  const vectorScores = Object.fromEntries(INTENTS.map((intent, index) => [intent, denseSoftmaxProbabilities(vector, vectorOf.get(message.text)!)[index]!])) as Scores
  return { ...message, ngram: argmax(ngramScores), blend: argmax(blendIntentScores(ngramScores, vectorScores, meta.ngramWeight)) }
})
const pct = (a: number, b: number) => `${(100 * a / Math.max(1, b)).toFixed(1)}% (${a}/${b})`
const line = (rows: typeof routed) => `blend ${pct(rows.filter((row) => row.blend === row.intent).length, rows.length)}, n-gram alone ${pct(rows.filter((row) => row.ngram === row.intent).length, rows.length)}`
console.log(`ALL held ${values.hold}: ${line(routed)}`)
for (const set of held) console.log(`  ${set.name}: ${line(routed.filter((row) => row.set === set.name))}`)
for (const group of ['Latin', 'non-Latin']) {
  console.log(`  ${group} script: ${line(routed.filter((row) => scriptGroup(row.text) === group))}`)
  for (const set of held) console.log(`    ${set.name}: ${line(routed.filter((row) => row.set === set.name && scriptGroup(row.text) === group))}`)
}
if (values.errors) for (const row of routed) if (row.blend !== row.intent) console.log(`    ${row.set} ${row.intent} → ${row.blend}: ${row.text}`)
