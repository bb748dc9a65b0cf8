import type { AbstractBatchOperation } from 'abstract-level'
import type { LevelStore } from '../LevelStore.ts'

/**
 * One operation of a batch on a store: on its own records, or (with `sublevel`) on its quota's
 * index, so data and the counts that bound it are committed together and a crash never splits them.
 */
export type StoreOperation = AbstractBatchOperation<LevelStore, string, string>

/** One stored item (a user's memory, a session's accounting) as its owner's quota counts it. */
export interface QuotaItem {
  /** Whose budget it counts against: an API key id (`''` for items written without one). */
  owner: string
  id: string
  /** Which of the owner's budgets it counts against (e.g. `session`, `careful`). */
  kind: string
  /** Its data as stored, key prefixes included (`storedBytes`); the quota adds its own index records. */
  bytes: number
  /** When it was last used (ms): the least recently used go first. */
  at: number
}

/** An item the quota dropped from its index: the caller deletes its data in the same batch. */
export interface EvictedItem {
  id: string
  kind: string
  /** Whose budget it counted against. */
  owner: string
}

/** What one owner keeps of one kind. */
export interface KindUsage {
  items: number
  bytes: number
}

/** What one owner keeps, by kind. */
export type OwnerUsage = Record<string, KindUsage>

/**
 * Per-owner byte budgets over a store's items, least recently used evicted first, with counts kept
 * in the store (no scan per request). Callers serialize the calls that concern one owner and
 * commit the operations returned in the same batch as their data.
 */
export interface StorageQuota {
  /**
   * Records `item` as just used, weighing `bytes` (replacing what it weighed before), and evicts its
   * owner's least recently used items of any kind over its budget; never `item` itself. An item
   * stays with the owner that first wrote it.
   */
  admit(item: QuotaItem): Promise<{ operations: StoreOperation[]; evicted: EvictedItem[] }>
  /** Drops `id` from the index (its data is being deleted); no operations when it is unknown. */
  forget(id: string): Promise<StoreOperation[]>
  /**
   * Several admits and forgets for one batch (one write that also records what it evicted, say):
   * each sees those staged before it, where separate `admit` calls would each read the same stored
   * counts and the batch would keep only the last one's.
   */
  changes(): QuotaChanges
  /** Who owns `id`, when the index knows it. */
  ownerOf(id: string): Promise<string | undefined>
  usage(owner: string): Promise<OwnerUsage>
}

/** Changes to a quota staged for one batch (`StorageQuota.changes`). */
export interface QuotaChanges {
  /** As `StorageQuota.admit`, after every change staged before it; returns what it evicted. */
  admit(item: QuotaItem): Promise<EvictedItem[]>
  /** As `StorageQuota.forget`: nothing when the index (as staged) does not know `id`. */
  forget(id: string): Promise<void>
  /** The operations that commit every change staged so far, for the caller's batch. */
  operations(): StoreOperation[]
}
