import type { Logger } from 'pino'
import { silentLogger } from '../../../shared/log/index.ts'
import type { LevelStore } from '../../LevelStore.ts'
import { chatExportLine } from './chatExportLine.ts'
import {
  ownerIndexKey, ownerIndexValue, parseTimeIndexValue, SAMPLE_RANGE, sampleFootprint, sampleKey, timeIndexKey, timeIndexValue
} from './distillationKeys.ts'
import { resolveDistillationLimits, type DistillationLimits, type ResolvedDistillationLimits } from './distillationLimits.ts'
import { distillationSampleSchema, type DistillationExportOptions, type DistillationSample, type DistillationSet } from './distillationSet.ts'
import { countIn, countOut, type IndexedSample, type UsageTotals } from './distillationUsage.ts'
import { loadDistillationTotals } from './loadDistillationTotals.ts'
import { evictionOperations, planDistillationEvictions } from './planDistillationEvictions.ts'

export interface LevelDistillationSetComponents {
  store: LevelStore
  logger?: Logger
  /** The budget, each owner's share and the largest sample (defaults in distillationLimits.ts). */
  limits?: DistillationLimits
}

/** Samples dropped per batch when trimming at open: a set kept unbounded may hold millions. */
const TRIM_BATCH_SAMPLES = 1_000

/**
 * The distillation set in `level`, bounded: a new sample goes in with the deletions that make
 * room for it in one batch, so the samples, the index and the totals agree after any crash. The
 * totals live in memory, rebuilt from the index at the first use after open (a set kept before
 * the bound is indexed then, once, and trimmed to the budget). Writes run one at a time.
 */
export function createLevelDistillationSet(components: LevelDistillationSetComponents): DistillationSet {
  const { store } = components
  const limits = resolveDistillationLimits(components.limits)
  const log = (components.logger ?? silentLogger()).child({ component: 'orchestrator:distillation' })

  let opening: Promise<UsageTotals> | undefined
  const totals = (): Promise<UsageTotals> => {
    opening ??= openTotals(store, limits, log).catch((error: unknown) => {
      opening = undefined
      throw error
    })
    return opening
  }
  let tail: Promise<unknown> = Promise.resolve()
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task)
    tail = run.catch(() => undefined)
    return run
  }

  return {
    async add(sample) {
      const checked = distillationSampleSchema.parse(sample)
      const key = sampleKey(checked.createdAt, checked.requestId)
      const value = JSON.stringify(checked)
      const owner = checked.owner ?? ''
      const bytes = sampleFootprint(key, value, owner)
      if (bytes > limits.sampleMaxBytes) {
        // Cut short, a conversation would teach an answer to a question it no longer holds: not kept at all.
        log.warn({ requestId: checked.requestId, owner, bytes, largestSampleBytes: limits.sampleMaxBytes }, 'distillation sample not kept: larger than the per-sample cap')
        return { kept: false, reason: 'sample-too-large', bytes, largestSampleBytes: limits.sampleMaxBytes }
      }
      return await exclusive(async () => {
        const current = await totals()
        const replaced = await indexedSample(store, key)
        const victims = await planDistillationEvictions(store, current, limits, { owner, bytes }, replaced)
        // Deletions first: a rewritten sample's own entries are deleted, then written again.
        await store.batch([
          ...evictionOperations(victims),
          { type: 'put', key, value },
          { type: 'put', key: timeIndexKey(key), value: timeIndexValue(bytes, owner) },
          { type: 'put', key: ownerIndexKey(owner, key), value: ownerIndexValue(bytes) }
        ])
        for (const victim of victims) countOut(current, victim)
        countIn(current, { key, owner, bytes })
        const evicted = victims.length - (replaced === undefined ? 0 : 1)
        if (evicted > 0) log.debug({ evicted, owner, bytes: current.bytes, ownerBytes: current.owners.get(owner)?.bytes }, 'dropped the oldest distillation samples to make room')
        return { kept: true, evicted }
      })
    },

    async count() {
      return (await totals()).samples
    },

    async usage() {
      const current = await totals()
      return {
        bytes: current.bytes,
        samples: current.samples,
        owners: [...current.owners].map(([owner, usage]) => ({ owner, ...usage })).sort((a, b) => b.bytes - a.bytes),
        maxBytes: limits.maxBytes,
        ownerMaxBytes: limits.ownerMaxBytes
      }
    },

    async *exportChatJsonl(options = {}) {
      if (options.limit !== undefined && options.limit <= 0) return
      let emitted = 0
      // The iterator reads the store a batch at a time from a snapshot: adds and evictions during
      // a long export neither show up in it nor break it.
      for await (const [key, value] of store.iterator(exportRange(options))) {
        const sample = parseStoredSample(value)
        if (sample === undefined) {
          log.warn({ key }, 'skipping a distillation sample that does not parse')
          continue
        }
        const text = chatExportLine(sample)
        if (text === undefined) continue
        yield { text, cursor: { createdAt: sample.createdAt, requestId: sample.requestId } }
        emitted += 1
        if (options.limit !== undefined && emitted >= options.limit) return
      }
    }
  }
}

/** The totals at open, after dropping whatever is over the bounds (a set kept unbounded, or a lowered budget). */
async function openTotals(store: LevelStore, limits: ResolvedDistillationLimits, log: Logger): Promise<UsageTotals> {
  const totals = await loadDistillationTotals(store, log)
  const victims = await planDistillationEvictions(store, totals, limits)
  for (let start = 0; start < victims.length; start += TRIM_BATCH_SAMPLES) {
    const batch = victims.slice(start, start + TRIM_BATCH_SAMPLES)
    await store.batch(evictionOperations(batch))
    for (const victim of batch) countOut(totals, victim)
  }
  if (victims.length > 0) log.info({ dropped: victims.length, samples: totals.samples, bytes: totals.bytes, maxBytes: limits.maxBytes }, 'distillation set over its bounds at open: the oldest samples dropped')
  log.debug({ samples: totals.samples, bytes: totals.bytes, maxBytes: limits.maxBytes, ownerMaxBytes: limits.ownerMaxBytes }, 'distillation set open')
  return totals
}

async function indexedSample(store: LevelStore, key: string): Promise<IndexedSample | undefined> {
  const value = await store.get(timeIndexKey(key))
  return value === undefined ? undefined : { key, ...parseTimeIndexValue(value) }
}

/** Samples from `since`, or after `after` when that is later; never the index (under `~`). */
function exportRange(options: DistillationExportOptions): { gt: string; lt: string } | { gte: string; lt: string } {
  const from = sampleKey(options.since ?? 0, '')
  const after = options.after === undefined ? undefined : sampleKey(options.after.createdAt, options.after.requestId)
  return after !== undefined && after >= from ? { gt: after, lt: SAMPLE_RANGE.lt } : { gte: from, lt: SAMPLE_RANGE.lt }
}

function parseStoredSample(value: string): DistillationSample | undefined {
  try {
    const parsed = distillationSampleSchema.safeParse(JSON.parse(value))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}
