// Trains the shipped sentence intent model (orchestrator/maia/intent/sentenceIntent/
// sentenceIntentModel.bin/.json) on INTENT_ROUTER_TRAINING (TRAINING_EXAMPLES, the second varied batch and every
// development set's intent messages, v1–v29 since round twenty-six, as the shipped n-gram classifier trains), with the
// n-gram weight chosen by leave-one-set-out (intentLosoLevers.ts --ngram folds: the weight chosen
// inside every fold, and the best pooled one).
//   npx tsx bench/router/intentVectorsTrain.ts --ngram-weight 0.8 [--epochs 30] [--l2 1e-4] [--learning-rate 0.05]
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { INTENT_ROUTER_TRAINING } from '../../orchestrator/maia/intent/data/index.ts'
import { INTENTS } from '../../orchestrator/maia/intent/intents.ts'
import { encodeSentenceIntentModel } from '../../orchestrator/maia/intent/sentenceIntent/sentenceIntentModel.ts'
import { trainDenseSoftmax } from '../../orchestrator/maia/intent/sentenceIntent/trainDenseSoftmax.ts'
import { UNIVERSAL_SENTENCE_ENCODER_ID } from '../../orchestrator/maia/sentenceEncoder/index.ts'
import { sentenceVectors } from './sentenceVectorCache.ts'

const { values } = parseArgs({ options: { 'ngram-weight': { type: 'string' }, epochs: { type: 'string', default: '30' }, l2: { type: 'string', default: '1e-4' }, 'learning-rate': { type: 'string', default: '0.05' } } })
if (values['ngram-weight'] === undefined) throw new Error('--ngram-weight is required (take it from intentVectorsLoso.ts)')
const training = { epochs: Number(values.epochs), l2: Number(values.l2), learningRate: Number(values['learning-rate']) }
const examples = INTENT_ROUTER_TRAINING
const vectors = await sentenceVectors(examples.map((example) => example.text))
const model = trainDenseSoftmax(vectors, examples.map((example) => INTENTS.indexOf(example.intent)), INTENTS.length, training)
const { weights, meta } = encodeSentenceIntentModel(model, {
  encoderId: UNIVERSAL_SENTENCE_ENCODER_ID,
  ngramWeight: Number(values['ngram-weight']),
  training: { ...training, examples: examples.length, sets: 'INTENT_ROUTER_TRAINING (TRAINING_EXAMPLES + INTENT_TRAINING_VARIED_SECOND + the development sets\' intent messages, v1–v26, + the tenth batch\'s intent messages)', command: `npx tsx bench/router/intentVectorsTrain.ts ${process.argv.slice(2).join(' ')}` }
})
const folder = new URL('../../orchestrator/maia/intent/sentenceIntent/', import.meta.url)
writeFileSync(new URL('sentenceIntentModel.bin', folder), weights)
writeFileSync(new URL('sentenceIntentModel.json', folder), `${JSON.stringify(meta, null, 2)}\n`)
console.log(`trained on ${examples.length} messages; wrote sentenceIntentModel.bin (${weights.length} bytes, sha256 ${meta.sha256}) and .json (ngramWeight ${meta.ngramWeight})`)
