// Leave-one-set-out over the development sets v1–v15 for the intent-routing levers of issue 11
// (round seventeen). For each held set, trained on the base training data plus the OTHER sets'
// intent messages:
//   --vector softmax|mlp   the sentence-vector model: softmax regression (shipped) or a
//                          one-hidden-layer perceptron (sentenceIntent/trainDenseMlp.ts);
//   --ngram folds|base     the n-gram classifier also trained on the other sets (default: as it
//                          ships since round seventeen, trained on INTENT_ROUTER_TRAINING) or on
//                          the base data only (as it shipped before);
//   --second               the base data also holds INTENT_TRAINING_VARIED_SECOND;
//   --nested               the blend weight for a held set is chosen by a nested leave-one-set-out
//                          over the OTHER sets with models that never saw the held set (15 × 14
//                          trainings); without it, on the other sets' outer scores (whose models did
//                          see the held set: a slight leak, as intentVectorsLoso.ts does).
// Prints per-set accuracy (n-gram, vector, blend with the weight chosen inside the fold, blend at a
// fixed --weight), the pooled figures, and the confusion matrix of the pooled in-fold blend errors.
//   npx tsx bench/router/intentLosoLevers.ts [--vector mlp] [--ngram base] [--second] [--nested] [--hidden 48] [--epochs 12] [--weight 0.8] [--errors]
import { parseArgs } from 'node:util'
import { TRAINING_EXAMPLES } from '../../orchestrator/maia/intent/data/index.ts'
import { INTENT_TRAINING_VARIED_SECOND } from '../../orchestrator/maia/intent/data/intentTrainingVariedSecond.ts'
import { DEFAULT_CLASSIFIER_SEED } from '../../orchestrator/maia/intent/defaultIntentClassifier.ts'
import { INTENTS, type Intent, type LabelledExample } from '../../orchestrator/maia/intent/intents.ts'
import { trainLexicalIntentClassifier } from '../../orchestrator/maia/intent/LexicalIntentClassifier.ts'
import type { IntentClassifier } from '../../orchestrator/maia/intent/IntentClassifier.ts'
import { blendIntentScores } from '../../orchestrator/maia/intent/sentenceIntent/blendIntentScores.ts'
import { denseMlpProbabilities, trainDenseMlp } from '../../orchestrator/maia/intent/sentenceIntent/trainDenseMlp.ts'
import { denseSoftmaxProbabilities, trainDenseSoftmax } from '../../orchestrator/maia/intent/sentenceIntent/trainDenseSoftmax.ts'
import { DEV_SETS, type DevSet } from './devSets.ts'
import { sentenceVectors } from './sentenceVectorCache.ts'

const { values } = parseArgs({
  options: {
    vector: { type: 'string', default: 'softmax' },
    ngram: { type: 'string', default: 'folds' },
    second: { type: 'boolean', default: false },
    nested: { type: 'boolean', default: false },
    hidden: { type: 'string', default: '48' },
    epochs: { type: 'string' },
    'learning-rate': { type: 'string' },
    decay: { type: 'string', default: '1e-4' },
    weight: { type: 'string', default: '0.8' },
    errors: { type: 'boolean', default: false }
  }
})
const base: readonly LabelledExample[] = values.second ? [...TRAINING_EXAMPLES, ...INTENT_TRAINING_VARIED_SECOND] : TRAINING_EXAMPLES
const texts = [...new Set([...base.map((example) => example.text), ...DEV_SETS.flatMap((set) => set.intents.map((example) => example.text))])]
const vectorList = await sentenceVectors(texts)
const vectorOf = new Map(texts.map((text, index) => [text, vectorList[index]!]))
const config = `vector ${values.vector}${values.vector === 'mlp' ? ` hidden ${values.hidden}` : ''}, n-gram ${values.ngram}, base ${base.length}${values.second ? ' (with the second varied batch)' : ''}, weight ${values.nested ? 'nested' : 'on other sets\' outer scores'}`
console.log(`${config}; ${DEV_SETS.reduce((sum, set) => sum + set.intents.length, 0)} development intent messages`)

type Scores = Record<Intent, number>
interface Scored { set: string; text: string; intent: Intent; ngram: Scores; vector: Scores }
const toScores = (probabilities: ArrayLike<number>): Scores => Object.fromEntries(INTENTS.map((intent, index) => [intent, probabilities[index]!])) as Scores

type VectorModel = (vector: Float32Array) => Scores
function trainVector(train: readonly LabelledExample[]): VectorModel {
  const vectors = train.map((example) => vectorOf.get(example.text)!)
  const labels = train.map((example) => INTENTS.indexOf(example.intent))
  if (values.vector === 'mlp') {
    const model = trainDenseMlp(vectors, labels, INTENTS.length, {
      hidden: Number(values.hidden),
      decay: Number(values.decay),
      ...(values.epochs === undefined ? {} : { epochs: Number(values.epochs) }),
      ...(values['learning-rate'] === undefined ? {} : { learningRate: Number(values['learning-rate']) })
    })
    return (vector) => toScores(denseMlpProbabilities(model, vector))
  }
  const model = trainDenseSoftmax(vectors, labels, INTENTS.length, {
    ...(values.epochs === undefined ? {} : { epochs: Number(values.epochs) }),
    ...(values['learning-rate'] === undefined ? {} : { learningRate: Number(values['learning-rate']) })
  })
  return (vector) => toScores(denseSoftmaxProbabilities(model, vector))
}
if (values.ngram !== 'folds' && values.ngram !== 'base') throw new Error('--ngram is folds or base')
const baseNgram = values.ngram === 'base' ? trainLexicalIntentClassifier(base, { seed: DEFAULT_CLASSIFIER_SEED }) : undefined
const trainNgram = (train: readonly LabelledExample[]): IntentClassifier => baseNgram ?? trainLexicalIntentClassifier(train, { seed: DEFAULT_CLASSIFIER_SEED })

/** Scores of every message of `scoredSets`, by models trained on the base plus every set not in `excluded`. */
function scoreSets(excluded: readonly DevSet[], scoredSets: readonly DevSet[]): Scored[] {
  const train = [...base, ...DEV_SETS.filter((set) => !excluded.includes(set)).flatMap((set) => set.intents)]
  const ngram = trainNgram(train)
  const vector = trainVector(train)
  return scoredSets.flatMap((set) => set.intents.map((example) => ({ set: set.name, text: example.text, intent: example.intent, ngram: ngram.classify(example.text).scores as Scores, vector: vector(vectorOf.get(example.text)!) })))
}

const argmax = (scores: Scores): Intent => INTENTS.reduce((best, intent) => (scores[intent] > scores[best] ? intent : best), INTENTS[0] as Intent)
const WEIGHTS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]
const blendWith = (w: number) => (s: Scored): Scores => blendIntentScores(s.ngram, s.vector, w)
const correct = (pool: readonly Scored[], fuse: (s: Scored) => Scores): number => pool.filter((s) => argmax(fuse(s)) === s.intent).length
/** The weight with the most right answers on `pool`; ties go to the weight nearest 0.75 (the shipped range), then the larger. */
const bestWeight = (pool: readonly Scored[]): number => {
  let best = 0.8; let bestCorrect = -1
  for (const w of [...WEIGHTS].sort((a, b) => Math.abs(a - 0.75) - Math.abs(b - 0.75) || b - a)) { const c = correct(pool, blendWith(w)); if (c > bestCorrect) { bestCorrect = c; best = w } }
  return best
}

const started = performance.now()
const scored: Scored[] = []
const chosen = new Map<string, number>()
for (const held of DEV_SETS) {
  scored.push(...scoreSets([held], [held]))
  if (values.nested) {
    const inner = DEV_SETS.filter((set) => set !== held).flatMap((other) => scoreSets([held, other], [other]))
    chosen.set(held.name, bestWeight(inner))
  }
  process.stderr.write(`${held.name} done at ${((performance.now() - started) / 1000).toFixed(0)} s\n`)
}
if (!values.nested) for (const held of DEV_SETS) chosen.set(held.name, bestWeight(scored.filter((s) => s.set !== held.name)))

const pct = (a: number, b: number): string => `${(100 * a / b).toFixed(1)}% (${a}/${b})`
const fixed = Number(values.weight)
const variants: Record<string, (s: Scored) => Scores> = {
  ngram: (s) => s.ngram,
  vector: (s) => s.vector,
  'blend in-fold w': (s) => blendWith(chosen.get(s.set)!)(s),
  [`blend w=${fixed}`]: blendWith(fixed)
}
const LATE = new Set(['v11', 'v12', 'v13', 'v14', 'v15'])
const lines = [`set   ${Object.keys(variants).map((name) => name.padEnd(19)).join('')}in-fold w`]
for (const set of DEV_SETS) {
  const mine = scored.filter((s) => s.set === set.name)
  lines.push(`${set.name.padEnd(6)}${Object.values(variants).map((fuse) => pct(correct(mine, fuse), mine.length).padEnd(19)).join('')}${chosen.get(set.name)}`)
}
const late = scored.filter((s) => LATE.has(s.set))
lines.push(`ALL   ${Object.values(variants).map((fuse) => pct(correct(scored, fuse), scored.length).padEnd(19)).join('')}`)
lines.push(`v11-15${Object.values(variants).map((fuse) => pct(correct(late, fuse), late.length).padEnd(19)).join('')}`)
console.log(lines.join('\n'))
console.log(`pooled by weight: ${WEIGHTS.map((w) => `w=${w} ${pct(correct(scored, blendWith(w)), scored.length)}`).join('; ')}`)

const inFold = variants['blend in-fold w']!
const SHORT: Record<Intent, string> = { elemental_check_in: 'check_in', simple_reflection: 'reflect', shadow_work: 'shadow', complex_synthesis: 'synth', oracle_reading: 'oracle', safety_escalation: 'SAFETY' }
const matrix = [`confusion of the pooled in-fold blend (rows: actual, columns: predicted)`, `          ${INTENTS.map((intent) => SHORT[intent].padStart(9)).join('')}`]
for (const actual of INTENTS) matrix.push(`${SHORT[actual].padEnd(10)}${INTENTS.map((predicted) => String(scored.filter((s) => s.intent === actual && argmax(inFold(s)) === predicted).length).padStart(9)).join('')}`)
console.log(matrix.join('\n'))
if (values.errors) for (const s of scored) { const got = argmax(inFold(s)); if (got !== s.intent) console.log(`  ${s.set} ${s.intent} -> ${got}: ${s.text}`) }
console.log(`took ${((performance.now() - started) / 1000).toFixed(0)} s`)
