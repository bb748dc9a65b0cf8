import type { NodeEntry } from './NodeTable.ts'

/**
 * Expected seconds until a new request on this node finishes its first `tokens` tokens:
 * the work ahead of it (the larger of gossiped load and what we ourselves sent) divided by
 * the node's concurrency, times per-request time at its measured speed, plus its measured
 * latency to first token. Nodes that have not measured a speed yet count as slow but usable.
 */
export function expectedCompletionSeconds(entry: NodeEntry, tokens = 128): number {
  const { record } = entry
  const load = Math.max(record.inFlight + record.queueDepth, entry.outstanding)
  const waves = Math.floor(load / record.maxConcurrent) + 1
  const tokensPerSecond = record.tokensPerSecond > 0 ? record.tokensPerSecond : 1
  return waves * (tokens / tokensPerSecond) + entry.firstTokenMs / 1000
}

/**
 * Power of two choices (Mitzenmacher): sample two distinct candidates at random and take the
 * one expected to finish sooner. Nearly as good as scanning every node for the least loaded,
 * without the herd behaviour of every router piling onto the same "best" node.
 */
export function selectNode(candidates: NodeEntry[], random: () => number): NodeEntry | undefined {
  if (candidates.length <= 1) return candidates[0]
  const first = Math.floor(random() * candidates.length)
  let second = Math.floor(random() * (candidates.length - 1))
  if (second >= first) second += 1
  const a = candidates[first]!
  const b = candidates[second]!
  return expectedCompletionSeconds(a) <= expectedCompletionSeconds(b) ? a : b
}
