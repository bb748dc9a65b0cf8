// Does the learned safety screen still gain from more hand-written data? Trains on the shipped
// and composed data plus the first k development sets and scores set v8 (never among them):
//   npx tsx bench/router/safetyLearningCurve.ts
// Threshold per point: the one giving 1.5% false alarms on v8's own ordinary messages, so the
// figures compare recall at equal false alarms (an oracle threshold: a curve, not a result).
import { TRAINING_EXAMPLES } from '../../orchestrator/maia/intent/data/index.ts'
import { composeSafetyExamples } from '../../orchestrator/maia/intent/data/composed/composeSafetyExamples.ts'
import { SAFETY_TRAINING, SAFETY_TRAINING_NEGATIVES } from '../../orchestrator/maia/intent/data/safetyTraining.ts'
import { scoreBinary, trainBinaryLogisticRegression } from '../../orchestrator/maia/intent/safety/learned/BinaryLogisticRegression.ts'
import { hashedFeatures } from '../../orchestrator/maia/intent/safety/learned/hashedFeatures.ts'
import { binaryExamples, DEV_SETS, type BinaryExample } from './devSets.ts'

const base: BinaryExample[] = [
  ...SAFETY_TRAINING.map((example) => ({ text: example.text, positive: true })),
  ...SAFETY_TRAINING_NEGATIVES.map((text) => ({ text, positive: false })),
  ...TRAINING_EXAMPLES.map((example) => ({ text: example.text, positive: example.intent === 'safety_escalation' })),
  ...composeSafetyExamples(40)
]
const held = DEV_SETS.find((set) => set.name === 'v8')!
const others = DEV_SETS.filter((set) => set !== held)
for (const k of [0, 1, 3, 5, 7]) {
  const train = [...base, ...others.slice(0, k).flatMap(binaryExamples)]
  const model = trainBinaryLogisticRegression(train.map((example) => hashedFeatures(example.text)), train.map((example) => example.positive))
  const negatives = held.ordinary.map((text) => scoreBinary(model, hashedFeatures(text))).sort((a, b) => b - a)
  const threshold = (negatives[Math.floor(0.015 * negatives.length)] ?? 0) + 1e-9
  const caught = held.crisis.filter((message) => scoreBinary(model, hashedFeatures(message.text)) >= threshold).length
  console.log(`trained on ${train.length} messages (${k} development sets): v8 recall ${caught}/${held.crisis.length} at 1.5% false alarms`)
}
