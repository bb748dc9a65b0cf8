import { z } from 'zod'
import { VERSION_BYTES } from './distillationKeys.ts'

/**
 * What the set holds at most, samples and index together: 256 MiB keeps ~1,300 samples of a
 * 200,000-character conversation, or tens of thousands of ordinary ones. Unbounded, one key
 * sending such prompts grew it by ~20 KB per request served at the default sample rate: 18.7 GiB
 * after a million requests (test/attacks/exhaustion/distillation-growth.test.ts).
 */
export const DEFAULT_DISTILLATION_MAX_BYTES = 256 * 2 ** 20
/** Share of the budget one owner (API key) holds at most: the others keep at least the rest. */
export const DEFAULT_DISTILLATION_OWNER_SHARE = 0.5
/** Largest sample kept: twice the API's largest request body, with room for the answers. */
export const DEFAULT_DISTILLATION_MAX_SAMPLE_BYTES = 8 * 2 ** 20

/** Bounds of the distillation set; every one optional, defaults above. */
export const distillationLimitsSchema = z.object({
  maxBytes: z.number().int().min(1_024).optional(),
  ownerShare: z.number().gt(0).max(1).optional(),
  maxSampleBytes: z.number().int().min(1).optional()
}).strict()
export type DistillationLimits = z.infer<typeof distillationLimitsSchema>

/** The bounds as the set applies them, in bytes. */
export interface ResolvedDistillationLimits {
  maxBytes: number
  ownerMaxBytes: number
  /** Never more than one owner's share: a sample kept always fits once older ones are dropped. */
  sampleMaxBytes: number
}

export function resolveDistillationLimits(limits: DistillationLimits = {}): ResolvedDistillationLimits {
  const checked = distillationLimitsSchema.parse(limits)
  const maxBytes = checked.maxBytes ?? DEFAULT_DISTILLATION_MAX_BYTES
  const ownerMaxBytes = Math.floor(maxBytes * (checked.ownerShare ?? DEFAULT_DISTILLATION_OWNER_SHARE))
  return {
    maxBytes,
    ownerMaxBytes,
    sampleMaxBytes: Math.min(checked.maxSampleBytes ?? DEFAULT_DISTILLATION_MAX_SAMPLE_BYTES, ownerMaxBytes, maxBytes - VERSION_BYTES)
  }
}
