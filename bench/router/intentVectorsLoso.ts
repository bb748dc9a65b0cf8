// Leave-one-set-out measurement of a sentence-vector intent model (issue 11, intent routing).
// For each development set v1–v14 (its `intents` messages held out), trained on TRAINING_EXAMPLES
// plus the OTHER sets' intent messages:
//   ngram   the lexical n-gram classifier (--ngram shipped: TRAINING_EXAMPLES only, as it shipped
//           until round seventeen; --ngram folds: also the other sets, as the shipped n-gram now
//           trains on INTENT_ROUTER_TRAINING; intentLosoLevers.ts measures the round-17 levers);
//   vector  a softmax regression on the 512-d Universal Sentence Encoder lite vector;
//   blend   P ∝ P_ngram^w · P_vector^(1−w) (sentenceIntent/blendIntentScores.ts), w chosen for each
//           held set by an inner leave-one-set-out over the OTHER sets only (best pooled accuracy).
// Accuracy is over the six intents as the router decides (safety_escalation is the argmax here; the
// router itself escalates only through its screen, see createIntentRouter.ts).
//   npx tsx bench/router/intentVectorsLoso.ts [--ngram shipped|folds] [--epochs 30] [--l2 1e-4] [--learning-rate 0.05] [--errors]
// Vectors come from bench/router/sentenceVectorCache.ts (embedding only what the cache lacks).
import { parseArgs } from 'node:util'
import { TRAINING_EXAMPLES } from '../../orchestrator/maia/intent/data/index.ts'
import { DEFAULT_CLASSIFIER_SEED } from '../../orchestrator/maia/intent/defaultIntentClassifier.ts'
import { INTENTS, type Intent, type LabelledExample } from '../../orchestrator/maia/intent/intents.ts'
import { trainLexicalIntentClassifier } from '../../orchestrator/maia/intent/LexicalIntentClassifier.ts'
import { blendIntentScores } from '../../orchestrator/maia/intent/sentenceIntent/blendIntentScores.ts'
import { denseSoftmaxProbabilities, trainDenseSoftmax } from '../../orchestrator/maia/intent/sentenceIntent/trainDenseSoftmax.ts'
import { DEV_SETS } from './devSets.ts'
import { sentenceVectors } from './sentenceVectorCache.ts'

const { values } = parseArgs({ options: { ngram: { type: 'string', default: 'shipped' }, epochs: { type: 'string', default: '30' }, l2: { type: 'string', default: '1e-4' }, 'learning-rate': { type: 'string', default: '0.05' }, errors: { type: 'boolean', default: false } } })
const training = { epochs: Number(values.epochs), l2: Number(values.l2), learningRate: Number(values['learning-rate']) }

const texts = [...new Set([...TRAINING_EXAMPLES.map((example) => example.text), ...DEV_SETS.flatMap((set) => set.intents.map((example) => example.text))])]
const vectorList = await sentenceVectors(texts)
const vectorOf = new Map(texts.map((text, index) => [text, vectorList[index]!]))
console.log(`${TRAINING_EXAMPLES.length} training examples, ${DEV_SETS.reduce((sum, set) => sum + set.intents.length, 0)} development intent messages; vector training ${JSON.stringify(training)}; n-gram ${values.ngram}`)

type Scores = Record<Intent, number>
interface Scored { set: string; text: string; intent: Intent; ngram: Scores; vector: Scores }
const toScores = (probabilities: ArrayLike<number>): Scores => Object.fromEntries(INTENTS.map((intent, index) => [intent, probabilities[index]!])) as Scores
const shipped = values.ngram === 'shipped' ? trainLexicalIntentClassifier(TRAINING_EXAMPLES, { seed: DEFAULT_CLASSIFIER_SEED }) : undefined

const scored: Scored[] = []
const started = performance.now()
for (const held of DEV_SETS) {
  const train: LabelledExample[] = [...TRAINING_EXAMPLES, ...DEV_SETS.filter((set) => set !== held).flatMap((set) => set.intents)]
  const ngram = shipped ?? trainLexicalIntentClassifier(train, { seed: DEFAULT_CLASSIFIER_SEED })
  const vector = trainDenseSoftmax(train.map((example) => vectorOf.get(example.text)!), train.map((example) => INTENTS.indexOf(example.intent)), INTENTS.length, training)
  for (const example of held.intents) scored.push({ set: held.name, text: example.text, intent: example.intent, ngram: ngram.classify(example.text).scores as Scores, vector: toScores(denseSoftmaxProbabilities(vector, vectorOf.get(example.text)!)) })
  process.stderr.write(`${held.name} done at ${((performance.now() - started) / 1000).toFixed(0)} s\n`)
}

const argmax = (scores: Scores): Intent => INTENTS.reduce((best, intent) => (scores[intent] > scores[best] ? intent : best), INTENTS[0] as Intent)
type Fuse = (s: Scored) => Scores
const WEIGHTS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]
const blendWith = (w: number): Fuse => (s) => blendIntentScores(s.ngram, s.vector, w)
const correct = (pool: Scored[], fuse: Fuse) => pool.filter((s) => argmax(fuse(s)) === s.intent).length
const chosen = new Map<string, number>()
const bestWeight = (pool: Scored[]): number => {
  let best = 0.5; let bestCorrect = -1
  for (const w of WEIGHTS) { const c = correct(pool, blendWith(w)); if (c > bestCorrect) { bestCorrect = c; best = w } }
  return best
}
const variants: Record<string, (held: string) => Fuse> = {
  ngram: () => (s) => s.ngram,
  vector: () => (s) => s.vector,
  blend: (held) => { const w = bestWeight(scored.filter((s) => s.set !== held)); chosen.set(held, w); return blendWith(w) }
}
const pct = (a: number, b: number) => `${(100 * a / b).toFixed(1)}% (${a}/${b})`
const sets = DEV_SETS.map((set) => set.name)
const table: string[] = [`set   ${Object.keys(variants).map((name) => name.padEnd(17)).join('')}w`]
const totals = Object.fromEntries(Object.keys(variants).map((name) => [name, { right: 0, all: 0, late: 0, lateAll: 0 }]))
const errors: string[] = []
for (const held of sets) {
  const mine = scored.filter((s) => s.set === held)
  const cells: string[] = []
  for (const [name, variant] of Object.entries(variants)) {
    const fuse = variant(held)
    const right = correct(mine, fuse)
    const total = totals[name]!
    total.right += right; total.all += mine.length
    if (Number(held.slice(1)) >= 8) { total.late += right; total.lateAll += mine.length }
    cells.push(pct(right, mine.length).padEnd(17))
    if (values.errors && name === 'blend') for (const s of mine) { const got = argmax(fuse(s)); if (got !== s.intent) errors.push(`  ${held} ${s.intent} -> ${got}: ${s.text}`) }
  }
  table.push(`${held.padEnd(6)}${cells.join('')}${chosen.get(held)}`)
}
table.push(`ALL   ${Object.values(totals).map((t) => pct(t.right, t.all).padEnd(17)).join('')}`)
table.push(`v8-14 ${Object.values(totals).map((t) => pct(t.late, t.lateAll).padEnd(17)).join('')}`)
console.log(table.join('\n'))
const globalWeight = bestWeight(scored)
console.log(`weight chosen on all sets' leave-one-set-out scores (what ships): ${globalWeight}; pooled accuracy ${pct(correct(scored, blendWith(globalWeight)), scored.length)}`)
for (const w of WEIGHTS) console.log(`  w=${w}: ${pct(correct(scored, blendWith(w)), scored.length)}`)
const confusions = new Map<string, number>()
for (const s of scored) { const got = argmax(blendWith(globalWeight)(s)); if (got !== s.intent) confusions.set(`${s.intent} -> ${got}`, (confusions.get(`${s.intent} -> ${got}`) ?? 0) + 1) }
// What the router does with a message its screen does not flag: the best intent other than safety_escalation.
const argmaxOther = (scores: Scores): Intent => INTENTS.filter((intent) => intent !== 'safety_escalation').reduce((best, intent) => (scores[intent] > scores[best] ? intent : best), INTENTS[0] as Intent)
const ordinary = scored.filter((s) => s.intent !== 'safety_escalation')
for (const [name, fuse] of [['ngram', (s: Scored) => s.ngram], ['vector', (s: Scored) => s.vector], [`blend w=${globalWeight}`, blendWith(globalWeight)]] as const) {
  const late = ordinary.filter((s) => Number(s.set.slice(1)) >= 8)
  console.log(`non-safety messages, best non-safety intent (the router's choice when the screen is silent), ${name}: ALL ${pct(ordinary.filter((s) => argmaxOther(fuse(s)) === s.intent).length, ordinary.length)}, v8-14 ${pct(late.filter((s) => argmaxOther(fuse(s)) === s.intent).length, late.length)}`)
}
console.log(`blend (w=${globalWeight}) confusions: ${[...confusions].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join('; ')}`)
if (values.errors) console.log(errors.join('\n'))
