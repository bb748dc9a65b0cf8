import type { Logger } from 'pino'
import type { LevelStore } from '../../LevelStore.ts'
import {
  ownerIndexKey, ownerIndexValue, parseTimeIndexValue, SAMPLE_RANGE, sampleFootprint, sampleKeyOfTimeIndex, TIME_INDEX_RANGE, timeIndexKey, timeIndexValue, VERSION, VERSION_KEY
} from './distillationKeys.ts'
import { countIn, emptyTotals, type UsageTotals } from './distillationUsage.ts'

/** Index entries written per batch while indexing a set kept before the index: memory stays flat. */
const INDEX_BATCH_OPERATIONS = 2_000

/**
 * The set's totals at open, from the index alone (a few dozen bytes per sample, never the samples
 * themselves). Every add and eviction writes its sample and index entries in one batch, so after
 * a crash the index still matches the samples and the totals rebuilt here are exact.
 */
export async function loadDistillationTotals(store: LevelStore, log: Logger): Promise<UsageTotals> {
  if (await store.get(VERSION_KEY) !== VERSION) await indexExistingSamples(store, log)
  const totals = emptyTotals()
  for await (const [key, value] of store.iterator(TIME_INDEX_RANGE)) {
    countIn(totals, { key: sampleKeyOfTimeIndex(key), ...parseTimeIndexValue(value) })
  }
  return totals
}

/**
 * Indexes the samples of a set kept before it was bounded: a one-time read of every sample. It
 * can be interrupted and run again (it only writes index entries, the same each time); the
 * version entry, written last, says it is done.
 */
async function indexExistingSamples(store: LevelStore, log: Logger): Promise<void> {
  let operations: Array<{ type: 'put'; key: string; value: string }> = []
  let indexed = 0
  for await (const [key, value] of store.iterator(SAMPLE_RANGE)) {
    const owner = ownerOf(value)
    const bytes = sampleFootprint(key, value, owner)
    operations.push({ type: 'put', key: timeIndexKey(key), value: timeIndexValue(bytes, owner) }, { type: 'put', key: ownerIndexKey(owner, key), value: ownerIndexValue(bytes) })
    indexed += 1
    if (operations.length >= INDEX_BATCH_OPERATIONS) {
      await store.batch(operations)
      operations = []
    }
  }
  operations.push({ type: 'put', key: VERSION_KEY, value: VERSION })
  await store.batch(operations)
  if (indexed > 0) log.info({ samples: indexed }, 'indexed the samples of a distillation set kept before it was bounded')
}

/** The owner a stored sample names; a damaged one is indexed as unowned, so it can still be dropped. */
function ownerOf(value: string): string {
  try {
    const owner = (JSON.parse(value) as { owner?: unknown }).owner
    return typeof owner === 'string' ? owner : ''
  } catch {
    return ''
  }
}
