import { z } from 'zod'
import { canonicalJson, sha256Hex } from '../../shared/util/index.ts'

const writtenFileSchema = z.object({ lines: z.number().int().min(0), bytes: z.number().int().min(0), sha256: z.string().regex(/^0x[0-9a-f]{64}$/) })

/** `card.json`: what a dataset holds, where it came from, and its content hash. */
export const datasetCardSchema = z.object({
  format: z.literal('maia-dataset/1'),
  template: z.enum(['llama3', 'chatml']).nullable(),
  split: z.object({ seed: z.string(), ratios: z.object({ train: z.number(), validation: z.number(), test: z.number() }), unit: z.string() }),
  sources: z.object({
    library: z.object({
      directory: z.string(),
      documents: z.array(z.object({
        file: z.string(), title: z.string(), author: z.string(), translator: z.string().optional(), licence: z.string(), curator: z.string().optional(),
        passages: z.number().int(), examples: z.number().int()
      }))
    }).nullable(),
    distillation: z.object({
      files: z.array(z.string()),
      examples: z.number().int(),
      /** The cap on one API key's share (ownerShare.ts); absent in cards built before it. */
      ownerShare: z.number().optional(),
      /** Each key (SHA-256 of its id, or "unknown"): examples written and examples cut by the cap. */
      owners: z.array(z.object({ owner: z.string(), examples: z.number().int(), capped: z.number().int() })).optional()
    }).nullable(),
    dialogues: z.object({ files: z.array(z.string()), examples: z.number().int(), licences: z.array(z.string()) }).nullable()
  }),
  counts: z.object({
    candidates: z.number().int(),
    exactDuplicates: z.number().int(),
    nearDuplicates: z.number().int(),
    contaminated: z.number().int(),
    kept: z.number().int(),
    train: z.number().int(),
    validation: z.number().int(),
    test: z.number().int()
  }),
  licences: z.array(z.string()),
  curators: z.array(z.object({ address: z.string(), sources: z.array(z.string()), examples: z.number().int() })),
  /** `detects`: the kinds the scrubber looks for (absent in older cards); "scrubbed" means of those kinds only. */
  pii: z.object({ scrubbed: z.array(z.string()), detects: z.array(z.string()).optional(), redactions: z.record(z.string(), z.number().int()) }),
  deduplication: z.object({ method: z.string(), permutations: z.number().int(), shingleWords: z.number().int(), bands: z.number().int(), rows: z.number().int(), threshold: z.number(), examples: z.array(z.object({ unit: z.string(), duplicateOf: z.string(), similarity: z.number() })) }),
  contamination: z.object({ method: z.string(), n: z.number().int(), evaluationFiles: z.number().int(), evaluationTexts: z.number().int(), hits: z.array(z.object({ unit: z.string(), evaluationFile: z.string(), ngram: z.string() })) }),
  files: z.object({ train: writtenFileSchema, validation: writtenFileSchema, test: writtenFileSchema }),
  hash: z.string().regex(/^0x[0-9a-f]{64}$/)
})
export type DatasetCard = z.infer<typeof datasetCardSchema>

/**
 * The card's content hash: SHA-256 of its canonical JSON without `hash`. The card holds each
 * split file's SHA-256, so this one value names the whole dataset; it is what `maia model submit
 * --dataset` puts on chain.
 */
export function datasetCardHash(card: Omit<DatasetCard, 'hash'>): `0x${string}` {
  const { hash: _ignored, ...body } = card as DatasetCard
  return sha256Hex(canonicalJson(body))
}
