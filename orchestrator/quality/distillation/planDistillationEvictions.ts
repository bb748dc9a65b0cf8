import type { LevelStore } from '../../LevelStore.ts'
import { ownerIndexKey, ownerIndexRange, parseTimeIndexValue, sampleKeyOfOwnerIndex, sampleKeyOfTimeIndex, TIME_INDEX_RANGE, timeIndexKey } from './distillationKeys.ts'
import type { ResolvedDistillationLimits } from './distillationLimits.ts'
import { ownerBytes, type IndexedSample, type UsageTotals } from './distillationUsage.ts'

/** What is about to be written: whose sample, and its footprint. */
export interface IncomingSample {
  owner: string
  bytes: number
}

/**
 * The samples to drop so that `incoming` fits — or, without one (at open), so that the set is
 * within its bounds again: first an owner's own oldest samples while it would hold more than its
 * share (so a key that sends much pushes out its own samples, not everyone's), then the oldest of
 * all while the set would pass its budget. Reads the index only as far as it must, oldest first.
 * `replaced` (a sample under the same key, rewritten) is dropped first.
 */
export async function planDistillationEvictions(
  store: LevelStore, totals: UsageTotals, limits: ResolvedDistillationLimits, incoming?: IncomingSample, replaced?: IndexedSample
): Promise<IndexedSample[]> {
  const victims = new Map<string, IndexedSample>()
  const dropped = (owner?: string): number => {
    let bytes = 0
    for (const victim of victims.values()) if (owner === undefined || victim.owner === owner) bytes += victim.bytes
    return bytes
  }
  if (replaced !== undefined) victims.set(replaced.key, replaced)

  for (const owner of incoming === undefined ? [...totals.owners.keys()] : [incoming.owner]) {
    let excess = ownerBytes(totals, owner) + (incoming?.bytes ?? 0) - dropped(owner) - limits.ownerMaxBytes
    if (excess <= 0) continue
    for await (const [key, value] of store.iterator(ownerIndexRange(owner))) {
      const sample = { key: sampleKeyOfOwnerIndex(owner, key), owner, bytes: Number(value) }
      if (victims.has(sample.key)) continue
      victims.set(sample.key, sample)
      excess -= sample.bytes
      if (excess <= 0) break
    }
  }

  let excess = totals.bytes + (incoming?.bytes ?? 0) - dropped() - limits.maxBytes
  if (excess <= 0) return [...victims.values()]
  for await (const [key, value] of store.iterator(TIME_INDEX_RANGE)) {
    const sample = { key: sampleKeyOfTimeIndex(key), ...parseTimeIndexValue(value) }
    if (victims.has(sample.key)) continue
    victims.set(sample.key, sample)
    excess -= sample.bytes
    if (excess <= 0) break
  }
  return [...victims.values()]
}

/** The deletions that drop `samples`: each one's entry and both of its index entries. */
export function evictionOperations(samples: readonly IndexedSample[]): Array<{ type: 'del'; key: string }> {
  return samples.flatMap((sample) => [
    { type: 'del' as const, key: sample.key },
    { type: 'del' as const, key: timeIndexKey(sample.key) },
    { type: 'del' as const, key: ownerIndexKey(sample.owner, sample.key) }
  ])
}
