import type { NodeEntry } from './NodeTable.ts'

/**
 * How many requests this orchestrator keeps on one node at once: the slots it announces
 * (`maxConcurrent`) plus room in its waiting line. Records announce how many wait now, not how
 * long the line may grow, so the line's share is the orchestrator's own setting, by default as
 * many as the node runs at once (a node with a shorter line answers `busy`, which holds it back).
 */
export function nodeCapacity(entry: NodeEntry, queueAllowance?: number): number {
  const maxConcurrent = believedConcurrency(entry)
  return maxConcurrent + (queueAllowance ?? maxConcurrent)
}

/**
 * The most requests one node is believed to run at once. Its announced `maxConcurrent` is its own
 * claim: a node announcing a million slots always looked idle and could be sent everything.
 */
export const MAX_BELIEVED_CONCURRENCY = 64

/** A node's announced slots, up to {@link MAX_BELIEVED_CONCURRENCY}. */
export function believedConcurrency(entry: NodeEntry): number {
  return Math.min(entry.record.maxConcurrent, MAX_BELIEVED_CONCURRENCY)
}

/** Whether a new request may go to this node now: below its capacity and not holding us off. */
export function hasRoom(entry: NodeEntry, now: number, queueAllowance?: number): boolean {
  return entry.outstanding < nodeCapacity(entry, queueAllowance) && (entry.saturatedUntil ?? 0) <= now
}
