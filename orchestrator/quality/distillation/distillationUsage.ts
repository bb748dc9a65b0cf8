import { VERSION_BYTES } from './distillationKeys.ts'

/** One sample as the index knows it: enough to drop it and to account for it. */
export interface IndexedSample {
  key: string
  owner: string
  bytes: number
}

/**
 * The set's running totals, kept in memory: rebuilt from the index once at open (its small
 * entries, never the samples), then moved by each add and eviction after its batch is written.
 */
export interface UsageTotals {
  bytes: number
  samples: number
  owners: Map<string, { bytes: number; samples: number }>
}

export function emptyTotals(): UsageTotals {
  return { bytes: VERSION_BYTES, samples: 0, owners: new Map() }
}

export function ownerBytes(totals: UsageTotals, owner: string): number {
  return totals.owners.get(owner)?.bytes ?? 0
}

export function countIn(totals: UsageTotals, sample: IndexedSample): void {
  const owner = totals.owners.get(sample.owner) ?? { bytes: 0, samples: 0 }
  owner.bytes += sample.bytes
  owner.samples += 1
  totals.owners.set(sample.owner, owner)
  totals.bytes += sample.bytes
  totals.samples += 1
}

export function countOut(totals: UsageTotals, sample: IndexedSample): void {
  const owner = totals.owners.get(sample.owner)
  if (owner !== undefined) {
    owner.bytes -= sample.bytes
    owner.samples -= 1
    // An owner whose samples are all gone is forgotten: the map holds only owners with samples.
    if (owner.samples <= 0) totals.owners.delete(sample.owner)
  }
  totals.bytes -= sample.bytes
  totals.samples -= 1
}
