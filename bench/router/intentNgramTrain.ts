// Trains the shipped n-gram intent classifier on INTENT_ROUTER_TRAINING and stores it beside the
// router (orchestrator/maia/intent/lexicalIntentModel.bin/.json), so no process trains it at
// first use. Run after any change to the intent training data (its test fails until then):
//   npx tsx bench/router/intentNgramTrain.ts
import { writeFileSync } from 'node:fs'
import { INTENT_ROUTER_TRAINING } from '../../orchestrator/maia/intent/data/index.ts'
import { DEFAULT_CLASSIFIER_SEED } from '../../orchestrator/maia/intent/defaultIntentClassifier.ts'
import { trainLexicalIntentModel } from '../../orchestrator/maia/intent/LexicalIntentClassifier.ts'
import { encodeLexicalIntentModel, lexicalTrainingFingerprint } from '../../orchestrator/maia/intent/lexicalIntentModel.ts'

const started = performance.now()
const trained = trainLexicalIntentModel(INTENT_ROUTER_TRAINING, { seed: DEFAULT_CLASSIFIER_SEED })
const { weights, meta } = encodeLexicalIntentModel(trained, {
  trainingFingerprint: lexicalTrainingFingerprint(INTENT_ROUTER_TRAINING, DEFAULT_CLASSIFIER_SEED),
  training: { examples: INTENT_ROUTER_TRAINING.length, seed: DEFAULT_CLASSIFIER_SEED, set: 'INTENT_ROUTER_TRAINING' }
})
const folder = new URL('../../orchestrator/maia/intent/', import.meta.url)
writeFileSync(new URL('lexicalIntentModel.bin', folder), weights)
writeFileSync(new URL('lexicalIntentModel.json', folder), `${JSON.stringify(meta)}\n`)
console.log(`trained on ${INTENT_ROUTER_TRAINING.length} messages in ${Math.round(performance.now() - started)} ms; wrote lexicalIntentModel.bin (${weights.length} bytes, ${meta.vocabulary.length} features, sha256 ${meta.sha256}) and .json`)
