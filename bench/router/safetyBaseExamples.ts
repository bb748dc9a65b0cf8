// The shipped safety training data as binary examples (issue 11), shared by the training script and
// the leave-one-set-out benches so that every one of them trains on exactly the same messages.
import { TRAINING_EXAMPLES } from '../../orchestrator/maia/intent/data/index.ts'
import { SAFETY_TRAINING, SAFETY_TRAINING_NEGATIVES } from '../../orchestrator/maia/intent/data/safetyTraining.ts'
import { SAFETY_TRAINING_FOURTH_BATCH, SAFETY_TRAINING_FOURTH_BATCH_ORDINARY } from '../../orchestrator/maia/intent/data/safetyTrainingFourthBatch.ts'
import { SAFETY_TRAINING_FIFTH_BATCH, SAFETY_TRAINING_FIFTH_BATCH_ORDINARY } from '../../orchestrator/maia/intent/data/safetyTrainingFifthBatch.ts'
import { SAFETY_TRAINING_SIXTH_BATCH, SAFETY_TRAINING_SIXTH_BATCH_ORDINARY } from '../../orchestrator/maia/intent/data/safetyTrainingSixthBatch.ts'
import { SAFETY_TRAINING_SEVENTH_BATCH, SAFETY_TRAINING_SEVENTH_BATCH_ORDINARY } from '../../orchestrator/maia/intent/data/safetyTrainingSeventhBatch.ts'
import { SAFETY_TRAINING_EIGHTH_BATCH, SAFETY_TRAINING_EIGHTH_BATCH_ORDINARY } from '../../orchestrator/maia/intent/data/safetyTrainingEighthBatch.ts'
import { SAFETY_TRAINING_NINTH_BATCH, SAFETY_TRAINING_NINTH_BATCH_ORDINARY } from '../../orchestrator/maia/intent/data/safetyTrainingNinthBatch.ts'
import { SAFETY_TRAINING_TENTH_BATCH, SAFETY_TRAINING_TENTH_BATCH_ORDINARY } from '../../orchestrator/maia/intent/data/safetyTrainingTenthBatch.ts'
import { SAFETY_TRAINING_ELEVENTH_BATCH, SAFETY_TRAINING_ELEVENTH_BATCH_ORDINARY } from '../../orchestrator/maia/intent/data/safetyTrainingEleventhBatch.ts'
import { SAFETY_TRAINING_TWELFTH_BATCH, SAFETY_TRAINING_TWELFTH_BATCH_ORDINARY } from '../../orchestrator/maia/intent/data/safetyTrainingTwelfthBatch.ts'
import { SAFETY_TRAINING_THIRTEENTH_BATCH, SAFETY_TRAINING_THIRTEENTH_BATCH_ORDINARY } from '../../orchestrator/maia/intent/data/safetyTrainingThirteenthBatch.ts'
import { SAFETY_TRAINING_FOURTEENTH_BATCH, SAFETY_TRAINING_FOURTEENTH_BATCH_ORDINARY } from '../../orchestrator/maia/intent/data/safetyTrainingFourteenthBatch.ts'
import { SAFETY_TRAINING_FIFTEENTH_BATCH, SAFETY_TRAINING_FIFTEENTH_BATCH_ORDINARY } from '../../orchestrator/maia/intent/data/safetyTrainingFifteenthBatch.ts'
import { SAFETY_TRAINING_SIXTEENTH_BATCH, SAFETY_TRAINING_SIXTEENTH_BATCH_ORDINARY } from '../../orchestrator/maia/intent/data/safetyTrainingSixteenthBatch.ts'
import { composeSafetyExamples } from '../../orchestrator/maia/intent/data/composed/composeSafetyExamples.ts'
import type { BinaryExample } from './devSets.ts'

export interface SafetyBaseOptions {
  /** false: leave out round sixteen's fourth batch (to measure on the data of round fifteen). */
  readonly fourthBatch?: boolean
  /** false: leave out round nineteen's fifth batch (to measure on the data of round eighteen). */
  readonly fifthBatch?: boolean
  /** false: leave out round twenty's sixth batch (to measure on the data of round nineteen). */
  readonly sixthBatch?: boolean
  /** false: leave out round twenty-one's seventh batch (to measure on the data of round twenty). */
  readonly seventhBatch?: boolean
  /** false: leave out round twenty-two's eighth batch (to measure on the data of round twenty-one). */
  readonly eighthBatch?: boolean
  /** false: leave out round twenty-three's ninth batch (to measure on the data of round twenty-two). */
  readonly ninthBatch?: boolean
  /** false: leave out the tenth batch (non-Latin crises and ordinary messages; wired in after v25, bench/router/heldout/README.md). */
  readonly tenthBatch?: boolean
  /** false: leave out the eleventh batch (non-Latin near-twin hard negatives and their mirror crises; wired in with the tenth). */
  readonly eleventhBatch?: boolean
  /**
   * false: leave out the twelfth batch (data/safetyTrainingTwelfthBatch.ts: crises in under-covered
   * languages and scripts, and hard negatives told as past, over, idiomatic or playful; wired in after
   * v28 judged it, bench/router/heldout/v28/DECISION.md).
   */
  readonly twelfthBatch?: boolean
  /**
   * false: leave out the thirteenth batch (data/safetyTrainingThirteenthBatch.ts: a language × kind grid of
   * crises in 50 languages and as many ordinary messages in each; round twenty-six, bench/router/heldout/v30/DECISION.md).
   */
  readonly thirteenthBatch?: boolean
  /**
   * false: leave out the fourteenth batch (data/safetyTrainingFourteenthBatch.ts: crises of every kind in
   * thinly held European languages, Nepali and romanised chat, and near twins told as over, past or taken
   * back; round twenty-seven, bench/router/heldout/v32/DECISION.md).
   */
  readonly fourteenthBatch?: boolean
  /**
   * false: leave out the fifteenth batch (data/safetyTrainingFifteenthBatch.ts: a language-coverage grid, every
   * kind and at least two method questions in some fifty languages the data lacked or held thinly; round
   * twenty-eight, judged on the next fresh set: bench/router/heldout/README.md).
   */
  readonly fifteenthBatch?: boolean
  /**
   * true: add the sixteenth batch (data/safetyTrainingSixteenthBatch.ts: manipulation carried in translation,
   * summary, code review, encodings, Unicode tricks and claimed roles in some thirty-five languages, emergencies
   * in the languages v33 exposed, and innocent twins). Not wired into SAFETY_TRAINING: round twenty-nine's
   * candidate with it did not ship (bench/router/heldout/v34/DECISION.md, heldout/README.md).
   */
  readonly sixteenthBatch?: boolean
}

/** Crisis and ordinary training messages, the intent examples, and `composed` rounds of composed messages. */
export function safetyBaseExamples(composed: number, options: SafetyBaseOptions = {}): BinaryExample[] {
  const left = new Set([
    ...(options.fourthBatch === false ? [...SAFETY_TRAINING_FOURTH_BATCH.map((example) => example.text), ...SAFETY_TRAINING_FOURTH_BATCH_ORDINARY] : []),
    ...(options.fifthBatch === false ? [...SAFETY_TRAINING_FIFTH_BATCH.map((example) => example.text), ...SAFETY_TRAINING_FIFTH_BATCH_ORDINARY] : []),
    ...(options.sixthBatch === false ? [...SAFETY_TRAINING_SIXTH_BATCH.map((example) => example.text), ...SAFETY_TRAINING_SIXTH_BATCH_ORDINARY] : []),
    ...(options.seventhBatch === false ? [...SAFETY_TRAINING_SEVENTH_BATCH.map((example) => example.text), ...SAFETY_TRAINING_SEVENTH_BATCH_ORDINARY] : []),
    ...(options.eighthBatch === false ? [...SAFETY_TRAINING_EIGHTH_BATCH.map((example) => example.text), ...SAFETY_TRAINING_EIGHTH_BATCH_ORDINARY] : []),
    ...(options.ninthBatch === false ? [...SAFETY_TRAINING_NINTH_BATCH.map((example) => example.text), ...SAFETY_TRAINING_NINTH_BATCH_ORDINARY] : []),
    ...(options.tenthBatch === false ? [...SAFETY_TRAINING_TENTH_BATCH.map((example) => example.text), ...SAFETY_TRAINING_TENTH_BATCH_ORDINARY] : []),
    ...(options.eleventhBatch === false ? [...SAFETY_TRAINING_ELEVENTH_BATCH.map((example) => example.text), ...SAFETY_TRAINING_ELEVENTH_BATCH_ORDINARY] : []),
    ...(options.twelfthBatch === false ? [...SAFETY_TRAINING_TWELFTH_BATCH.map((example) => example.text), ...SAFETY_TRAINING_TWELFTH_BATCH_ORDINARY] : []),
    ...(options.thirteenthBatch === false ? [...SAFETY_TRAINING_THIRTEENTH_BATCH.map((example) => example.text), ...SAFETY_TRAINING_THIRTEENTH_BATCH_ORDINARY] : []),
    ...(options.fourteenthBatch === false ? [...SAFETY_TRAINING_FOURTEENTH_BATCH.map((example) => example.text), ...SAFETY_TRAINING_FOURTEENTH_BATCH_ORDINARY] : []),
    ...(options.fifteenthBatch === false ? [...SAFETY_TRAINING_FIFTEENTH_BATCH.map((example) => example.text), ...SAFETY_TRAINING_FIFTEENTH_BATCH_ORDINARY] : [])
  ])
  return [
    ...SAFETY_TRAINING.filter((example) => !left.has(example.text)).map((example) => ({ text: example.text, positive: true, kind: example.kind })),
    ...SAFETY_TRAINING_NEGATIVES.filter((text) => !left.has(text)).map((text) => ({ text, positive: false })),
    ...(options.sixteenthBatch === true ? [...SAFETY_TRAINING_SIXTEENTH_BATCH.map((example) => ({ text: example.text, positive: true, kind: example.kind })), ...SAFETY_TRAINING_SIXTEENTH_BATCH_ORDINARY.map((text) => ({ text, positive: false }))] : []),
    ...TRAINING_EXAMPLES.map((example) => ({ text: example.text, positive: example.intent === 'safety_escalation' })),
    ...(composed > 0 ? composeSafetyExamples(composed) : [])
  ]
}
