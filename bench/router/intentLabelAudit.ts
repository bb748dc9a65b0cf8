// Lists training messages whose label the rest of the data disagrees with (issue 11, round
// seventeen: are the label boundaries themselves inconsistent?). Ten-fold cross-validation over the
// training data (TRAINING_EXAMPLES, plus INTENT_TRAINING_VARIED_SECOND with --second) and every
// development set's intent messages: each message is scored by the n-gram classifier blended with
// the sentence-vector softmax (w = 0.8) trained on the other nine folds. Messages predicted as
// another intent with at least --min-confidence are printed for a careful reader to judge; the
// audit changes nothing. Development-set messages are scored too but marked [dev]: they are
// fixed sets, never relabelled.
//   npx tsx bench/router/intentLabelAudit.ts [--second] [--min-confidence 0.6]
import { parseArgs } from 'node:util'
import { TRAINING_EXAMPLES } from '../../orchestrator/maia/intent/data/index.ts'
import { INTENT_TRAINING_VARIED_SECOND } from '../../orchestrator/maia/intent/data/intentTrainingVariedSecond.ts'
import { DEFAULT_CLASSIFIER_SEED } from '../../orchestrator/maia/intent/defaultIntentClassifier.ts'
import { INTENTS, type Intent, type LabelledExample } from '../../orchestrator/maia/intent/intents.ts'
import { trainLexicalIntentClassifier } from '../../orchestrator/maia/intent/LexicalIntentClassifier.ts'
import { seededRandom, shuffled } from '../../orchestrator/maia/intent/random.ts'
import { blendIntentScores } from '../../orchestrator/maia/intent/sentenceIntent/blendIntentScores.ts'
import { denseSoftmaxProbabilities, trainDenseSoftmax } from '../../orchestrator/maia/intent/sentenceIntent/trainDenseSoftmax.ts'
import { DEV_SETS } from './devSets.ts'
import { sentenceVectors } from './sentenceVectorCache.ts'

const { values } = parseArgs({ options: { second: { type: 'boolean', default: false }, 'min-confidence': { type: 'string', default: '0.6' } } })
const training: LabelledExample[] = values.second ? [...TRAINING_EXAMPLES, ...INTENT_TRAINING_VARIED_SECOND] : [...TRAINING_EXAMPLES]
const development = new Set(DEV_SETS.flatMap((set) => set.intents.map((example) => example.text)))
const all: LabelledExample[] = [...training, ...DEV_SETS.flatMap((set) => set.intents)]
const vectors = await sentenceVectors(all.map((example) => example.text))
const FOLDS = 10
const order = shuffled(all.map((_, index) => index), seededRandom(11))
const foldOf = new Map(order.map((index, position) => [index, position % FOLDS]))
type Scores = Record<Intent, number>
const flagged: Array<{ text: string; label: Intent; predicted: Intent; confidence: number; dev: boolean }> = []
for (let fold = 0; fold < FOLDS; fold++) {
  const trainIndexes = all.map((_, index) => index).filter((index) => foldOf.get(index) !== fold)
  const ngram = trainLexicalIntentClassifier(trainIndexes.map((index) => all[index]!), { seed: DEFAULT_CLASSIFIER_SEED })
  const vector = trainDenseSoftmax(trainIndexes.map((index) => vectors[index]!), trainIndexes.map((index) => INTENTS.indexOf(all[index]!.intent)), INTENTS.length)
  for (const [index, example] of all.entries()) {
    if (foldOf.get(index) !== fold) continue
    const probabilities = denseSoftmaxProbabilities(vector, vectors[index]!)
    const vectorScores = Object.fromEntries(INTENTS.map((intent, k) => [intent, probabilities[k]!])) as Scores
    const blended = blendIntentScores(ngram.classify(example.text).scores, vectorScores, 0.8)
    const predicted = INTENTS.reduce((best, intent) => (blended[intent] > blended[best] ? intent : best), INTENTS[0] as Intent)
    if (predicted !== example.intent && blended[predicted] >= Number(values['min-confidence'])) flagged.push({ text: example.text, label: example.intent, predicted, confidence: blended[predicted], dev: development.has(example.text) })
  }
  process.stderr.write(`fold ${fold} done\n`)
}
flagged.sort((a, b) => a.label.localeCompare(b.label) || a.predicted.localeCompare(b.predicted) || b.confidence - a.confidence)
console.log(`${flagged.length} of ${all.length} messages predicted as another intent with confidence >= ${values['min-confidence']} (ten-fold cross-validation)`)
for (const item of flagged) console.log(`${item.dev ? '[dev] ' : ''}${item.label} -> ${item.predicted} ${item.confidence.toFixed(2)}: ${item.text}`)
