// Leave-one-set-out measurement of sentence vectors in the safety screen (issue 11, round
// fourteen). For each development set, trained on the shipped training data and the OTHER sets:
//   ngram   the shipped n-gram logistic regression (as bench/router/safetyLoso.ts);
//   vector  a logistic regression on the 512-d Universal Sentence Encoder lite vector;
//   concat  (--concat <scale>) the n-gram LR with the vector appended as dense features × scale;
//   max / mean / blend  the n-gram and vector probabilities fused; blend = w·logit(ngram) +
//           (1−w)·logit(vector), w chosen per held-out set on the OTHER sets' held-out scores.
// Every variant: union with the rules (rule floor on the n-gram windows), threshold chosen on the
// other sets' held-out scores at the pooled false-alarm target, as safetyLoso.ts does.
//   npx tsx bench/router/safetyLosoVectors.ts --composed 40 --rule-floor 0.005 --target-fa 0.0175 [--concat 1] [--vector-scale 22.6] [--errors blend] [--only v11,v12] [--ngram-only] [--without-fifth-batch] [--without-sixth-batch] [--without-seventh-batch] [--without-eighth-batch] [--without-ninth-batch]
// Vectors come from bench/router/sentenceVectorCache.ts (embedding what the cache lacks first).
import { parseArgs } from 'node:util'
import { screenForSafety } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { ruleFloorWindows } from '../../orchestrator/maia/intent/safety/ruleFloorWindows.ts'
import { hashedFeatures, HASH_BITS, type HashedVector } from '../../orchestrator/maia/intent/safety/learned/hashedFeatures.ts'
import { scoreBinary, trainBinaryLogisticRegression } from '../../orchestrator/maia/intent/safety/learned/BinaryLogisticRegression.ts'
import { scoreDense, trainDenseLogisticRegression } from '../../orchestrator/maia/intent/safety/learned/DenseLogisticRegression.ts'
import { binaryExamples, DEV_SETS, type BinaryExample } from './devSets.ts'
import { safetyBaseExamples } from './safetyBaseExamples.ts'
import { sentenceVectors } from './sentenceVectorCache.ts'

const { values } = parseArgs({ options: { composed: { type: 'string', default: '0' }, 'target-fa': { type: 'string', default: '0.0175' }, 'rule-floor': { type: 'string', default: '0.005' }, concat: { type: 'string' }, 'vector-scale': { type: 'string', default: '22.6' }, 'vector-training': { type: 'string', default: '{}' }, errors: { type: 'string' }, only: { type: 'string' }, 'ngram-only': { type: 'boolean', default: false }, 'without-fifth-batch': { type: 'boolean', default: false }, 'without-sixth-batch': { type: 'boolean', default: false }, 'without-seventh-batch': { type: 'boolean', default: false }, 'without-eighth-batch': { type: 'boolean', default: false }, 'without-ninth-batch': { type: 'boolean', default: false } } })
const targetFa = Number(values['target-fa'])
const ruleFloor = Number(values['rule-floor'])
const vectorScale = Number(values['vector-scale'])
const concatScale = values.concat === undefined ? undefined : Number(values.concat)

const base: BinaryExample[] = safetyBaseExamples(Number(values.composed), { fifthBatch: !values['without-fifth-batch'], sixthBatch: !values['without-sixth-batch'], seventhBatch: !values['without-seventh-batch'], eighthBatch: !values['without-eighth-batch'], ninthBatch: !values['without-ninth-batch'] })
const allTexts = [...new Set([...base.map((example) => example.text), ...DEV_SETS.flatMap(binaryExamples).map((example) => example.text)])]
// --ngram-only without --concat reads no vector (round twenty-three): the n-gram folds need not wait for the encoder.
const needsVectors = !values['ngram-only'] || concatScale !== undefined
const vectorList = needsVectors ? await sentenceVectors(allTexts) : []
const vectorOf = new Map(needsVectors ? allTexts.map((text, index) => [text, vectorList[index]!.map((value) => value * vectorScale)]) : [])
console.log(`examples ${base.length} base, ${allTexts.length} distinct texts with vectors`)

const ngramCache = new Map<string, HashedVector>()
const ngram = (text: string): HashedVector => { let v = ngramCache.get(text); if (!v) { v = hashedFeatures(text); ngramCache.set(text, v) } return v }
const DENSE_OFFSET = 1 << HASH_BITS
const withVector = (text: string): HashedVector => {
  const sparse = ngram(text)
  const dense = vectorOf.get(text)!
  const indices = new Uint32Array(sparse.indices.length + dense.length)
  const valuesOut = new Float32Array(sparse.indices.length + dense.length)
  indices.set(sparse.indices); valuesOut.set(sparse.values)
  for (let d = 0; d < dense.length; d++) { indices[sparse.indices.length + d] = DENSE_OFFSET + d; valuesOut[sparse.indices.length + d] = (concatScale ?? 0) * dense[d]! / vectorScale }
  return { indices, values: valuesOut }
}

interface Scored { set: string; text: string; positive: boolean; kind?: string; ngram: number; vector: number; concat: number; rule: boolean }
const scored: Scored[] = []
const started = performance.now()
for (const held of DEV_SETS.filter((set) => values.only === undefined || values.only.split(',').includes(set.name))) {
  const train = [...base, ...DEV_SETS.filter((set) => set !== held).flatMap(binaryExamples)]
  const labels = train.map((example) => example.positive)
  const ngramModel = trainBinaryLogisticRegression(train.map((example) => ngram(example.text)), labels)
  // --ngram-only (round nineteen): the dense vector LR is skipped (its column stays 0.5); the shipped fusion uses the perceptron (safetyLosoLevers.ts).
  const vectorModel = values['ngram-only'] ? undefined : trainDenseLogisticRegression(train.map((example) => vectorOf.get(example.text)!), labels, JSON.parse(values['vector-training']))
  const concatModel = concatScale === undefined ? undefined : trainBinaryLogisticRegression(train.map((example) => withVector(example.text)), labels)
  const floorScore = (text: string) => Math.max(...ruleFloorWindows(text).map((window) => scoreBinary(ngramModel, ngram(window))))
  const score = (text: string, positive: boolean, kind?: string) => scored.push({ set: held.name, text, positive, kind, ngram: scoreBinary(ngramModel, ngram(text)), vector: vectorModel === undefined ? 0.5 : scoreDense(vectorModel, vectorOf.get(text)!), concat: concatModel === undefined ? 0 : scoreBinary(concatModel, withVector(text)), rule: screenForSafety(text).flagged && floorScore(text) >= ruleFloor })
  for (const message of held.crisis) score(message.text, true, message.kind)
  for (const text of held.ordinary) score(text, false)
  console.log(`${held.name} done at ${((performance.now() - started) / 1000).toFixed(0)} s`)
}

const logit = (p: number) => Math.log(Math.max(p, 1e-12) / Math.max(1 - p, 1e-12))
type Fuse = (s: Scored) => number
const pct = (a: number, b: number) => `${(100 * a / b).toFixed(1)}% (${a}/${b})`
function threshold(pool: Scored[], fuse: Fuse): number {
  const negatives = pool.filter((s) => !s.positive && !s.rule).map(fuse).sort((a, b) => b - a)
  const allowed = Math.floor(targetFa * pool.filter((s) => !s.positive).length) - pool.filter((s) => !s.positive && s.rule).length
  return allowed < 0 ? Infinity : (negatives[allowed] ?? -Infinity) + 1e-9
}
const pooledRecall = (pool: Scored[], fuse: Fuse, sets: string[]) => sets.reduce((sum, name) => {
  const t = threshold(pool.filter((s) => s.set !== name), fuse)
  return sum + pool.filter((s) => s.set === name && s.positive && (s.rule || fuse(s) >= t)).length
}, 0)
const BLEND_WEIGHTS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]
const blendWith = (w: number): Fuse => (s) => w * logit(s.ngram) + (1 - w) * logit(s.vector)
const variants: Record<string, (heldName: string) => Fuse> = {
  ngram: () => (s) => s.ngram,
  vector: () => (s) => s.vector,
  ...(concatScale === undefined ? {} : { concat: () => (s: Scored) => s.concat }),
  max: () => (s) => Math.max(s.ngram, s.vector),
  mean: () => (s) => (s.ngram + s.vector) / 2,
  // w chosen on the other sets only: inner leave-one-set-out over them, best pooled recall.
  blend: (heldName) => {
    const pool = scored.filter((s) => s.set !== heldName)
    const sets = [...new Set(pool.map((s) => s.set))]
    let best = 0.5; let bestRecall = -1
    for (const w of BLEND_WEIGHTS) { const r = pooledRecall(pool, blendWith(w), sets); if (r > bestRecall) { bestRecall = r; best = w } }
    chosenWeights.set(heldName, best)
    return blendWith(best)
  }
}
const chosenWeights = new Map<string, number>()
const sets = [...new Set(scored.map((s) => s.set))]
for (const [name, variant] of Object.entries(variants)) {
  let caught = 0; let crisisTotal = 0; let alarms = 0; let ordinaryTotal = 0
  const lines: string[] = []
  for (const held of sets) {
    const fuse = variant(held)
    const t = threshold(scored.filter((s) => s.set !== held), fuse)
    const mine = scored.filter((s) => s.set === held)
    const flag = (s: Scored) => s.rule || fuse(s) >= t
    const crisis = mine.filter((s) => s.positive); const ordinary = mine.filter((s) => !s.positive)
    const c = crisis.filter(flag).length; const a = ordinary.filter(flag).length
    caught += c; crisisTotal += crisis.length; alarms += a; ordinaryTotal += ordinary.length
    const kinds = [...new Set(crisis.map((s) => s.kind))].map((kind) => { const of = crisis.filter((s) => s.kind === kind); return `${kind} ${of.filter(flag).length}/${of.length}` }).join('  ')
    lines.push(`  ${held}: union ${pct(c, crisis.length)} FA ${pct(a, ordinary.length)}${name === 'blend' ? ` w=${chosenWeights.get(held)}` : ''}${['v11', 'v12', 'v13'].includes(held) ? `\n      ${kinds}` : ''}`)
    if (values.errors === name) {
      for (const s of crisis) if (!flag(s)) lines.push(`      MISSED [${s.kind}] ngram ${s.ngram.toFixed(3)} vector ${s.vector.toFixed(3)} ${s.text}`)
      for (const s of ordinary) if (flag(s)) lines.push(`      FALSE ALARM ${s.rule ? 'rule ' : ''}ngram ${s.ngram.toFixed(3)} vector ${s.vector.toFixed(3)} ${s.text}`)
    }
  }
  console.log(`${name}: ALL union ${pct(caught, crisisTotal)} FA ${pct(alarms, ordinaryTotal)}`)
  console.log(lines.join('\n'))
}
if (process.env.LOSO_DUMP) (await import('node:fs')).writeFileSync(process.env.LOSO_DUMP, JSON.stringify(scored))
