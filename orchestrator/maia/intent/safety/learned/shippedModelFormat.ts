import { deflateSync, inflateSync } from 'node:zlib'
import { z } from 'zod'
import type { BinaryModel } from './BinaryLogisticRegression.ts'
import { HASH_BITS } from './hashedFeatures.ts'

/**
 * What travels beside the weights: how to read them, the threshold chosen by
 * leave-one-set-out measurement, and what the model was trained on (for the record).
 */
export const shippedModelMetaSchema = z.object({
  format: z.literal('maia-safety-linear-v1'),
  hashBits: z.number().int().min(8).max(24),
  bias: z.number(),
  /** A weight is `int8 × scale`. */
  scale: z.number().positive(),
  /** P(escalate) at or above which the learned screen flags a message. */
  threshold: z.number().min(0).max(1),
  /**
   * A structured rule's flag counts only when P(escalate) is at least this: the rules' false
   * alarms on fresh hard negatives ("a rope for my hammock") score near 0, their true catches
   * rarely do. Chosen leave-one-set-out (bench/router/safetyLoso.ts `LOSO_FLOORS`); absent = 0.
   */
  ruleFloor: z.number().min(0).max(1).optional(),
  trainedOn: z.object({ positives: z.number().int(), negatives: z.number().int(), sets: z.array(z.string()) }),
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
  /** Weights of each feature group (hashedFeatures.ts) the model was trained with: scoring must use the same. */
  featureWeights: z.object({ words: z.number(), bigrams: z.number(), chars: z.number(), spans: z.number(), concepts: z.number().optional(), skips: z.number().optional(), clusters: z.number().optional(), clusterPairs: z.number().optional() }).optional(),
  /** SHA-256 of the concept lexicon (safetyConcepts.json) the model was trained with, when it uses concepts. */
  conceptsSha256: z.string().regex(/^[0-9a-f]{64}$/u).optional(),
  /** SHA-256 of the word-cluster table (wordClusters.bin) the model was trained with, when it uses clusters. */
  wordClustersSha256: z.string().regex(/^[0-9a-f]{64}$/u).optional(),
  /** One-vs-rest kind model over folded features: names the kind when only the learned screen flags. */
  kinds: z.object({
    names: z.array(z.string()).min(2),
    hashBits: z.number().int().min(8).max(20),
    biases: z.array(z.number()),
    scale: z.number().positive(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/u)
  })
})
export type ShippedModelMeta = z.infer<typeof shippedModelMetaSchema>

/** Dense int8 weights over every hash bucket, deflated (most buckets are 0, so it packs small). */
export function encodeWeights(model: BinaryModel, hashBits = HASH_BITS): { bytes: Buffer; scale: number } {
  let largest = 0
  for (const weight of model.weights.values()) largest = Math.max(largest, Math.abs(weight))
  const scale = (largest || 1) / 127
  const table = new Int8Array(1 << hashBits)
  for (const [bucket, weight] of model.weights) if (bucket < table.length) table[bucket] = Math.round(weight / scale)
  return { bytes: deflateSync(Buffer.from(table.buffer), { level: 9 }), scale }
}

/** Several models' weights as consecutive int8 tables of 2^hashBits buckets each, one shared scale, deflated. */
export function encodeWeightTables(models: readonly BinaryModel[], hashBits: number): { bytes: Buffer; scale: number } {
  let largest = 0
  for (const model of models) for (const weight of model.weights.values()) largest = Math.max(largest, Math.abs(weight))
  const scale = (largest || 1) / 127
  const size = 1 << hashBits
  const table = new Int8Array(size * models.length)
  models.forEach((model, index) => {
    for (const [bucket, weight] of model.weights) if (bucket < size) table[index * size + bucket] = Math.round(weight / scale)
  })
  return { bytes: deflateSync(Buffer.from(table.buffer), { level: 9 }), scale }
}

/** A quantised weight table: weight of bucket i = `table[i] × scale` (kept int8: no conversion at load). */
export interface QuantisedTable {
  readonly table: Int8Array
  readonly scale: number
}

/** The inverse of {@link encodeWeightTables}: one quantised table per model. */
export function decodeWeightTables(bytes: Uint8Array, count: number, hashBits: number, scale: number): QuantisedTable[] {
  const raw = inflateSync(bytes)
  const size = 1 << hashBits
  if (raw.byteLength !== size * count) throw new RangeError(`weights hold ${raw.byteLength} buckets, expected ${size * count}`)
  const table = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength)
  return Array.from({ length: count }, (_, index) => ({ table: table.subarray(index * size, (index + 1) * size), scale }))
}

/** The inverse of {@link encodeWeights}: the quantised table indexed by bucket. */
export function decodeWeights(bytes: Uint8Array, meta: Pick<ShippedModelMeta, 'hashBits' | 'scale'>): QuantisedTable {
  const [only] = decodeWeightTables(bytes, 1, meta.hashBits, meta.scale)
  return only as QuantisedTable
}
