import { z } from 'zod'
import { LearnedSafetyModelError } from '../../errors.ts'
import { readChecksummedModel } from '../../readChecksummedModel.ts'
import { decodeSentenceMlp, sentenceMlpLogit } from './SentenceMlp.ts'

/**
 * The sentence-vector half of the learned screen (issue 11, round fourteen): a logistic
 * regression over the bundled sentence encoder's 512-d vector, fused with the n-gram screen as
 * `ngramWeight·logit(P_ngram) + (1 − ngramWeight)·logit(P_vector) ≥ threshold`. The weight and
 * threshold were chosen on leave-one-set-out scores (bench/router/trainSafetyModel.ts). Since round
 * sixteen the shipped vector model is a one-hidden-layer perceptron (format `maia-safety-sentence-mlp-v1`,
 * SentenceMlp.ts); the logistic format still loads. Since round eighty the three thresholds (this one,
 * `notEnglishThreshold`, `nonLatinThreshold`) sit where the spent sets detection never trained on give about 1% false
 * alarms, not where training data did (bench/router/heldout/v87/DECISION.md); retraining keeps them with
 * `--keep-operating-point`.
 */
const linearSentenceMetaSchema = z.object({
  format: z.literal('maia-safety-sentence-v1'),
  /** The encoder whose vectors the weights were trained on (SentenceEncoder.id): another encoder's vectors are meaningless here. */
  encoderId: z.string().min(1),
  dimensions: z.number().int().positive(),
  /** Unit vectors are multiplied by this before the weights apply (as in training). */
  inputScale: z.number().positive(),
  bias: z.number(),
  ngramWeight: z.number().min(0).max(1),
  /** On the fused log-odds scale. */
  threshold: z.number(),
  /**
   * Round nineteen: the fused log-odds below which a rule's flag on a short message is overruled
   * (both halves of the learned screen find it plainly ordinary); absent: rules are never overruled here.
   */
  ruleFloor: z.number().optional(),
  /**
   * Round twenty-one: which rules the floor may overrule: 'suicide_self_harm' (rounds nineteen and
   * twenty, and the default when absent) or 'every_kind' (methods, manipulation, emergencies and harm too).
   */
  ruleFloorScope: z.enum(['suicide_self_harm', 'every_kind']).optional(),
  /**
   * Round forty-six: the floor for a message on which a manipulation rule fired. It can only lower
   * `ruleFloor` (the lower of the two applies), never raise it. A request for the hidden rules or another
   * user's chats written in a language the learned screen knows little of scored down to −2.3 while
   * the rule named it; ordinary messages that trip a manipulation rule ("what is a prompt
   * injection?") scored −3.5 and below. Absent: `ruleFloor` for every kind.
   */
  manipulationRuleFloor: z.number().optional(),
  /**
   * Round fifty-six: the floor for a message not in English on which a rule written for other languages
   * fired (SafetyRule.acrossLanguages: framed method questions, emergencies). Like `manipulationRuleFloor` it
   * can only lower `ruleFloor`. The encoder was trained on English: on v63 the framed-method rule named four
   * questions in Italian, Turkish, Lithuanian and Korean that the fused score put at −1.1 to −1.7, under
   * `ruleFloor` −1, so their flags were overruled. Absent: `ruleFloor` for these rules too.
   */
  acrossLanguagesRuleFloor: z.number().optional(),
  /**
   * Round twenty-two: a message showing one of `cues` (safety/distanceCue.ts) is held at a distance:
   * a rule's flag on it (short messages, rules of `ruleFloorScope`'s kinds) is overruled below
   * `ruleFloor` instead of the ordinary floor, and its fused score must clear the threshold by
   * `margin` log-odds. Absent: no message is treated apart.
   */
  /**
   * Round twenty-six: the fused threshold for messages in a non-Latin script (safety/scriptGroup.ts).
   * The sentence encoder was trained on English; on other scripts the screen leans on n-grams, its
   * scores run lower and its false alarms are rare, so these messages get their own operating point,
   * picked on held-out development sets (bench/router/safetyScriptThreshold.ts). Absent: `threshold`
   * for every message.
   */
  nonLatinThreshold: z.number().optional(),
  /**
   * Round forty-seven: the fused threshold for a Latin-script message that is not in English
   * (safety/languageGroup.ts), for the same reason as `nonLatinThreshold`: the encoder knows English.
   * Absent: `threshold` for every Latin-script message.
   */
  notEnglishThreshold: z.number().optional(),
  distance: z.object({
    cues: z.array(z.enum(['past', 'jest', 'quoted', 'study'])).min(1),
    ruleFloor: z.number(),
    ruleFloorScope: z.enum(['suicide_self_harm', 'every_kind']),
    margin: z.number().min(0)
  }).optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/u)
})
/** Round sixteen: a one-hidden-layer perceptron on the vector (SentenceMlp.ts) instead of a logistic regression. */
const mlpSentenceMetaSchema = linearSentenceMetaSchema.omit({ format: true, bias: true }).extend({
  format: z.literal('maia-safety-sentence-mlp-v1'),
  hidden: z.number().int().positive(),
  outputBias: z.number()
})
export const sentenceSafetyMetaSchema = z.discriminatedUnion('format', [linearSentenceMetaSchema, mlpSentenceMetaSchema])
export type SentenceSafetyMeta = z.infer<typeof sentenceSafetyMetaSchema>

export interface SentenceSafetyModel {
  readonly meta: SentenceSafetyMeta
  /** log-odds of escalation from the sentence vector alone. */
  logit(vector: Float32Array): number
  /** The fused log-odds of the n-gram probability and the vector's log-odds. */
  fused(ngramProbability: number, vector: Float32Array): number
}

const WEIGHTS_URL = new URL('./safetySentenceModel.bin', import.meta.url)
const META_URL = new URL('./safetySentenceModel.json', import.meta.url)

/** log(p / (1 − p)), with p kept inside (0, 1) so a certain score stays finite. */
export const logOdds = (probability: number): number => {
  const p = Math.min(Math.max(probability, 1e-12), 1 - 1e-12)
  return Math.log(p / (1 - p))
}

/** Float32 little-endian weights, one per dimension. */
export function encodeSentenceWeights(weights: Float32Array): Buffer {
  return Buffer.from(new Float32Array(weights).buffer)
}

/** Loads the sentence model (the shipped files by default), checking its metadata with zod and its weights against their SHA-256. */
export function loadSentenceSafetyModel(files: { weights: string | URL; meta: string | URL } = { weights: WEIGHTS_URL, meta: META_URL }): SentenceSafetyModel {
  const { bytes, meta } = readChecksummedModel(files, sentenceSafetyMetaSchema, (reason, options) => new LearnedSafetyModelError(reason, { ...options, details: { file: 'sentence model', ...options.details } }))
  if (meta.format === 'maia-safety-sentence-mlp-v1') {
    const expected = (meta.dimensions * meta.hidden + 2 * meta.hidden) * 4
    if (bytes.length !== expected) throw new LearnedSafetyModelError('wrong size', { details: { file: 'sentence model', bytes: bytes.length, expected } })
    const mlp = decodeSentenceMlp(bytes, meta)
    const logit = (vector: Float32Array): number => sentenceMlpLogit(mlp, vector)
    return { meta, logit, fused: (ngramProbability, vector) => meta.ngramWeight * logOdds(ngramProbability) + (1 - meta.ngramWeight) * logit(vector) }
  }
  if (bytes.length !== meta.dimensions * 4) throw new LearnedSafetyModelError('wrong size', { details: { file: 'sentence model', bytes: bytes.length, dimensions: meta.dimensions } })
  const weights = new Float32Array(new Uint8Array(bytes).buffer)
  const logit = (vector: Float32Array): number => {
    let z = meta.bias
    for (let index = 0; index < weights.length; index++) z += weights[index]! * (vector[index] ?? 0) * meta.inputScale
    return z
  }
  return {
    meta,
    logit,
    fused: (ngramProbability, vector) => meta.ngramWeight * logOdds(ngramProbability) + (1 - meta.ngramWeight) * logit(vector)
  }
}
