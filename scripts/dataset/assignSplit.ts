import { createHash } from 'node:crypto'

export const SPLIT_NAMES = ['train', 'validation', 'test'] as const
export type SplitName = (typeof SPLIT_NAMES)[number]

/** Shares of units per split; they sum to 1. */
export interface SplitRatios {
  readonly validation: number
  readonly test: number
}

/** 90 / 5 / 5: the library alone gives ~2,000 passages, so ~100 held-out test examples. */
export const DEFAULT_SPLIT_RATIOS: SplitRatios = { validation: 0.05, test: 0.05 }
export const DEFAULT_SPLIT_SEED = 'maia-dataset-v1'

/**
 * The split of a source unit (a passage, a dialogue, a sampled request), drawn from
 * SHA-256(seed, unit): the same on every machine and run, independent of input order and of
 * what else is in the dataset, so adding inputs never moves an example between splits and a
 * whole unit always lands in one split.
 *
 * @example
 * assignSplit('library:plato-apology.md#12', 'maia-dataset-v1') // 'train'
 */
export function assignSplit(unit: string, seed: string, ratios: SplitRatios = DEFAULT_SPLIT_RATIOS): SplitName {
  const digest = createHash('sha256').update(seed).update('\0').update(unit).digest()
  const fraction = digest.readUInt32BE(0) / 2 ** 32
  if (fraction < ratios.test) return 'test'
  if (fraction < ratios.test + ratios.validation) return 'validation'
  return 'train'
}
