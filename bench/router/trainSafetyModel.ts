// Trains the learned safety screen (issue 11) and writes the shipped model:
//   npx tsx bench/router/trainSafetyModel.ts [--target-fa 0.015] [--composed 40] [--rule-floor 0.01]
// Training data: the shipped training sets (orchestrator/maia/intent/data) and the development
// sets v1–v10 (bench/router/devSets.ts). Never the lead's next one-shot held-out set.
// Features include the GloVe word clusters (wordClusters.bin, built by
// bench/router/buildWordClusters.ts) and, when weighted, the WordNet concept lexicon
// (safetyConcepts.json, bench/router/buildSafetyConcepts.ts); the metadata records their SHA-256.
// The threshold is chosen before the final training, on leave-one-set-out scores: each set is
// scored by a model trained without it, and the threshold is the lowest whose pooled false-alarm
// rate of the union (rules whose flag survives the rule floor, OR the learned screen) on those
// held-out scores stays within the target (bench/router/safetyLoso.ts reports per set).
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { TRAINING_EXAMPLES } from '../../orchestrator/maia/intent/data/index.ts'
import { SAFETY_TRAINING, SAFETY_TRAINING_NEGATIVES } from '../../orchestrator/maia/intent/data/safetyTraining.ts'
import { scoreBinary, trainBinaryLogisticRegression } from '../../orchestrator/maia/intent/safety/learned/BinaryLogisticRegression.ts'
import { DEFAULT_HASHED_FEATURE_WEIGHTS, foldFeatures, HASH_BITS, hashedFeatures } from '../../orchestrator/maia/intent/safety/learned/hashedFeatures.ts'
import { encodeWeights, encodeWeightTables, type ShippedModelMeta } from '../../orchestrator/maia/intent/safety/learned/shippedModelFormat.ts'
import { SAFETY_KINDS } from '../../orchestrator/maia/intent/safetyKinds.ts'
import { screenForSafety } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import { ruleFloorWindows } from '../../orchestrator/maia/intent/safety/ruleFloorWindows.ts'
import { getShippedSafetyConcepts } from '../../orchestrator/maia/intent/safety/learned/safetyConcepts.ts'
import { getShippedWordClusters } from '../../orchestrator/maia/intent/safety/learned/wordClusters.ts'
import { composeSafetyExamples } from '../../orchestrator/maia/intent/data/composed/composeSafetyExamples.ts'
import { binaryExamples, DEV_SETS, type BinaryExample } from './devSets.ts'

const { values } = parseArgs({ options: { composed: { type: 'string', default: '0' }, 'target-fa': { type: 'string', default: '0.015' }, 'rule-floor': { type: 'string', default: '0' } } })
const targetFa = Number(values['target-fa'])
const ruleFloor = Number(values['rule-floor'])

/** The shipped training data, as binary examples (also used by the leave-one-set-out bench). */
export const BASE_EXAMPLES: readonly BinaryExample[] = [
  ...SAFETY_TRAINING.map((example) => ({ text: example.text, positive: true, kind: example.kind })),
  ...SAFETY_TRAINING_NEGATIVES.map((text) => ({ text, positive: false })),
  ...TRAINING_EXAMPLES.map((example) => ({ text: example.text, positive: example.intent === 'safety_escalation' })),
  ...(Number(values.composed) > 0 ? composeSafetyExamples(Number(values.composed)) : [])
]

const train = (examples: readonly BinaryExample[]) => trainBinaryLogisticRegression(examples.map((example) => hashedFeatures(example.text)), examples.map((example) => example.positive))

const started = performance.now()
const heldOutNegativeScores: number[] = []
let ruleAlarms = 0
let negatives = 0
for (const held of DEV_SETS) {
  const model = train([...BASE_EXAMPLES, ...DEV_SETS.filter((set) => set !== held).flatMap(binaryExamples)])
  for (const text of held.ordinary) {
    const score = scoreBinary(model, hashedFeatures(text))
    negatives++
    if (screenForSafety(text).flagged && Math.max(score, ...ruleFloorWindows(text).map((window) => scoreBinary(model, hashedFeatures(window)))) >= ruleFloor) ruleAlarms++
    else heldOutNegativeScores.push(score)
  }
}
heldOutNegativeScores.sort((a, b) => b - a)
const allowed = Math.max(0, Math.floor(targetFa * negatives) - ruleAlarms)
const threshold = Number(((heldOutNegativeScores[allowed] ?? 0.5) + 1e-6).toFixed(6))
console.log(`rule alarms surviving the floor ${ruleFloor}: ${ruleAlarms}/${negatives}; learned alarms allowed ${allowed}`)
console.log(`threshold ${threshold} (pooled leave-one-set-out false alarms ${targetFa}) after ${((performance.now() - started) / 1000).toFixed(1)} s`)

const all = [...BASE_EXAMPLES, ...DEV_SETS.flatMap(binaryExamples)]
const model = train(all)
const { bytes, scale } = encodeWeights(model)

// The kind model: one-vs-rest over every positive that carries a kind, on features folded to 2^16.
const KIND_BITS = 16
const kinded = all.filter((example) => example.positive && example.kind !== undefined)
const kindVectors = kinded.map((example) => foldFeatures(hashedFeatures(example.text), KIND_BITS))
const kindModels = SAFETY_KINDS.map((kind) => trainBinaryLogisticRegression(kindVectors, kinded.map((example) => example.kind === kind)))
const kindTables = encodeWeightTables(kindModels, KIND_BITS)
const meta: ShippedModelMeta = {
  format: 'maia-safety-linear-v1',
  hashBits: HASH_BITS,
  bias: model.bias,
  scale,
  threshold,
  ...(ruleFloor > 0 ? { ruleFloor } : {}),
  trainedOn: { positives: all.filter((example) => example.positive).length, negatives: all.filter((example) => !example.positive).length, sets: ['orchestrator/maia/intent/data', ...(Number(values.composed) > 0 ? [`composed × ${values.composed}`] : []), ...DEV_SETS.map((set) => set.name)] },
  sha256: createHash('sha256').update(bytes).digest('hex'),
  featureWeights: { ...DEFAULT_HASHED_FEATURE_WEIGHTS },
  ...((DEFAULT_HASHED_FEATURE_WEIGHTS.concepts ?? 0) > 0 ? { conceptsSha256: getShippedSafetyConcepts().sha256 } : {}),
  ...((DEFAULT_HASHED_FEATURE_WEIGHTS.clusters ?? 0) > 0 || (DEFAULT_HASHED_FEATURE_WEIGHTS.clusterPairs ?? 0) > 0 ? { wordClustersSha256: getShippedWordClusters().sha256 } : {}),
  kinds: { names: [...SAFETY_KINDS], hashBits: KIND_BITS, biases: kindModels.map((kindModel) => kindModel.bias), scale: kindTables.scale, sha256: createHash('sha256').update(kindTables.bytes).digest('hex') }
}
const folder = new URL('../../orchestrator/maia/intent/safety/learned/', import.meta.url)
writeFileSync(new URL('safetyModel.bin', folder), bytes)
writeFileSync(new URL('safetyKindModel.bin', folder), kindTables.bytes)
writeFileSync(new URL('safetyModel.json', folder), `${JSON.stringify(meta, null, 2)}\n`)
console.log(`wrote safetyModel.bin (${bytes.length} bytes, ${model.weights.size} weights) kind model ${kindTables.bytes.length} bytes over ${kinded.length} kinded messages, and safetyModel.json in ${((performance.now() - started) / 1000).toFixed(1)} s`)
