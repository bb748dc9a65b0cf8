import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { LearnedSafetyModelError } from '../../errors.ts'
import { safetyKindSchema, type SafetyKind } from '../../safetyKinds.ts'
import { DEFAULT_HASHED_FEATURE_WEIGHTS, foldFeatures, hashedFeatures, type HashedVector } from './hashedFeatures.ts'
import { getShippedSafetyConcepts, loadSafetyConcepts, type SafetyConcepts } from './safetyConcepts.ts'
import { getShippedWordClusters, loadWordClusters, type WordClusters } from './wordClusters.ts'
import { decodeWeights, decodeWeightTables, shippedModelMetaSchema, type QuantisedTable, type ShippedModelMeta } from './shippedModelFormat.ts'

/** The learned screen: a probability that a message needs a safety reply, and its threshold. */
export interface LearnedSafetyScreen {
  /** P(escalate) for one message (a few hundred hashed features; tens of microseconds). */
  probability(message: string): number
  /** The most likely kind, for a message already judged an escalation (one-vs-rest, highest score). */
  kindOf(message: string): SafetyKind
  readonly threshold: number
  readonly meta: ShippedModelMeta
}

/** Longer messages are scored on their first and last halves of this many characters: the cost stays bounded. */
export const MAX_SCORED_CHARACTERS = 20_000

/**
 * The features of the message scored last, with the settings they were computed under. The shipped screen averages two
 * models that read the same features (shippedSafetyModels.ts), and asks each for a probability and then a kind of the
 * same message: one computation serves them all instead of four (round eighty-eight; the features are most of a
 * score's cost). Never mutated once computed.
 */
let lastScored: { readonly settings: string; readonly message: string; readonly vector: HashedVector } | undefined

const WEIGHTS_URL = new URL('./safetyModel.bin', import.meta.url)
const KIND_WEIGHTS_URL = new URL('./safetyKindModel.bin', import.meta.url)
const META_URL = new URL('./safetyModel.json', import.meta.url)

/**
 * Loads a learned screen from its two files (the shipped ones by default): checks the
 * metadata with zod and the weights against their SHA-256, so a truncated or stale file fails
 * loudly instead of screening badly.
 */
export function loadLearnedSafetyScreen(files: { weights: string | URL; kindWeights: string | URL; meta: string | URL; concepts?: string | URL; clusters?: string | URL } = { weights: WEIGHTS_URL, kindWeights: KIND_WEIGHTS_URL, meta: META_URL }): LearnedSafetyScreen {
  let meta: ShippedModelMeta
  let bytes: Buffer
  let kindBytes: Buffer
  let kinds: SafetyKind[]
  try {
    bytes = readFileSync(files.weights)
    kindBytes = readFileSync(files.kindWeights)
    meta = shippedModelMetaSchema.parse(JSON.parse(readFileSync(files.meta, 'utf8')))
    kinds = meta.kinds.names.map((name) => safetyKindSchema.parse(name))
  } catch (cause) {
    throw new LearnedSafetyModelError('unreadable', { cause })
  }
  checkDigest(bytes, meta.sha256)
  checkDigest(kindBytes, meta.kinds.sha256)
  // A file without feature weights predates concepts and word clusters (rounds nine and ten).
  const featureWeights = meta.featureWeights ?? { ...DEFAULT_HASHED_FEATURE_WEIGHTS, concepts: 0, clusters: 0, clusterPairs: 0 }
  let concepts: SafetyConcepts | undefined
  if ((featureWeights.concepts ?? 0) > 0) {
    concepts = files.concepts === undefined ? getShippedSafetyConcepts() : loadSafetyConcepts(files.concepts)
    if (concepts.sha256 !== meta.conceptsSha256) throw new LearnedSafetyModelError('checksum mismatch', { details: { file: 'concept lexicon', expected: meta.conceptsSha256, actual: concepts.sha256 } })
  }
  let clusters: WordClusters | undefined
  if ((featureWeights.clusters ?? 0) > 0 || (featureWeights.clusterPairs ?? 0) > 0) {
    clusters = files.clusters === undefined ? getShippedWordClusters() : loadWordClusters(files.clusters)
    if (clusters.sha256 !== meta.wordClustersSha256) throw new LearnedSafetyModelError('checksum mismatch', { details: { file: 'word clusters', expected: meta.wordClustersSha256, actual: clusters.sha256 } })
  }
  const weights = decodeWeights(bytes, meta)
  const kindTables = decodeWeightTables(kindBytes, kinds.length, meta.kinds.hashBits, meta.kinds.scale)
  // Screens loaded with the same feature settings read the same features of a message: computed once (see lastScored).
  const settings = JSON.stringify([featureWeights, concepts?.sha256 ?? null, clusters?.sha256 ?? null])
  const features = (message: string): HashedVector => {
    if (lastScored !== undefined && lastScored.settings === settings && lastScored.message === message) return lastScored.vector
    const vector = hashedFeatures(message.length > MAX_SCORED_CHARACTERS ? `${message.slice(0, MAX_SCORED_CHARACTERS / 2)} . ${message.slice(-MAX_SCORED_CHARACTERS / 2)}` : message, featureWeights, concepts, clusters)
    lastScored = { settings, message, vector }
    return vector
  }
  return {
    threshold: meta.threshold,
    meta,
    probability(message) {
      return 1 / (1 + Math.exp(-linear(weights, meta.bias, features(message))))
    },
    kindOf(message) {
      const vector = foldFeatures(features(message), meta.kinds.hashBits)
      let best = 0
      let bestScore = Number.NEGATIVE_INFINITY
      kindTables.forEach((table, index) => {
        const score = linear(table, meta.kinds.biases[index] ?? 0, vector)
        if (score > bestScore) {
          best = index
          bestScore = score
        }
      })
      return kinds[best] as SafetyKind
    }
  }
}

function linear({ table, scale }: QuantisedTable, bias: number, vector: HashedVector): number {
  let sum = 0
  for (let entry = 0; entry < vector.indices.length; entry++) sum += (table[vector.indices[entry] as number] ?? 0) * (vector.values[entry] as number)
  return bias + sum * scale
}

function checkDigest(bytes: Uint8Array, expected: string): void {
  const actual = createHash('sha256').update(bytes).digest('hex')
  if (actual !== expected) throw new LearnedSafetyModelError('checksum mismatch', { details: { expected, actual } })
}
