import type { NodeEntry } from './NodeTable.ts'
import { believedConcurrency } from './nodeCapacity.ts'

/**
 * Expected seconds until a new request on this node finishes its first `tokens` tokens:
 * the work ahead of it (what we ourselves have on it now, plus the load its last heartbeat
 * announced beyond what was ours then, running or ended since the record before: other orchestrators') divided by the node's concurrency,
 * times per-request time at its measured speed, plus its measured latency to first token. A node
 * that announces no speed yet is assumed to be as fast as `unknownSpeed` (the typical node), so it
 * gets traffic and a real measurement.
 *
 * Why not the larger of the announced load and ours: a heartbeat is up to seconds old, so a node
 * that announced itself full while running our requests kept looking full after they finished,
 * two such nodes tied, and the faster-looking one won with no free slot (two nodes at full
 * offered load: +40 ms p50 from queueing in bench/routing-throughput.ts). A node that announces
 * less than it runs gains nothing by it (our own count still holds); more, only loses traffic.
 */
export function expectedCompletionSeconds(entry: NodeEntry, unknownSpeed = 1, tokens = 128): number {
  const { record } = entry
  const othersLoad = Math.max(0, record.inFlight + record.queueDepth - (entry.outstandingAtRecord ?? 0))
  const load = entry.outstanding + othersLoad
  const waves = Math.floor(load / believedConcurrency(entry)) + 1
  return waves * (tokens / believedSpeed(entry, unknownSpeed)) + entry.firstTokenMs / 1000
}

/**
 * The speed routing believes: what this orchestrator measured on the node's answers; before
 * that, what it announces, but never more than `reference` (the typical node). An announced
 * speed is the node's own claim, signed but unchecked: believed in full, a node announcing 1e9
 * tokens/s won every comparison and drew all the traffic (and its pay) at any real speed.
 */
export function believedSpeed(entry: NodeEntry, reference: number): number {
  if (entry.measuredTokensPerSecond !== undefined) return entry.measuredTokensPerSecond
  const announced = entry.record.tokensPerSecond
  return announced > 0 ? Math.min(announced, reference) : reference
}

/**
 * Power of two choices (Mitzenmacher): sample two distinct candidates at random and take the
 * one expected to finish sooner. Nearly as good as scanning every node for the least loaded,
 * without the herd behaviour of every router piling onto the same "best" node. With `weightOf`
 * (reputation, in (0, 1]), a node's expected time is divided by its weight: a node at weight 0.5
 * must be twice as fast to win, and one at the reputation floor still wins when it is idle.
 */
export function selectNode(candidates: NodeEntry[], random: () => number, weightOf?: (entry: NodeEntry) => number): NodeEntry | undefined {
  if (candidates.length <= 1) return candidates[0]
  const first = Math.floor(random() * candidates.length)
  let second = Math.floor(random() * (candidates.length - 1))
  if (second >= first) second += 1
  const a = candidates[first]!
  const b = candidates[second]!
  const unknownSpeed = medianSpeed(candidates)
  const weighted = (entry: NodeEntry): number => expectedCompletionSeconds(entry, unknownSpeed) / Math.max(0.01, Math.min(1, weightOf?.(entry) ?? 1))
  const [timeA, timeB] = [weighted(a), weighted(b)]
  // Within measurement noise the pair is a tie, settled at random: decided by a few milliseconds
  // of first-token time, the same node won every time, and the loser, never sent anything again,
  // was never measured again (an honest node's cold-start latency kept it out for good).
  if (Math.abs(timeA - timeB) <= NEAR_TIE_SHARE * Math.min(timeA, timeB)) return random() < 0.5 ? a : b
  return timeA <= timeB ? a : b
}

/** Expected completion times closer than this share of the smaller are a tie. */
export const NEAR_TIE_SHARE = 0.1

/**
 * The typical node's speed: the median of the speeds this orchestrator measured, or, before any,
 * the lower median of the announced ones (a lone liar among two cannot set it); 1 token/s when
 * nothing is known.
 */
export function medianSpeed(candidates: NodeEntry[]): number {
  const measured = candidates.map((entry) => entry.measuredTokensPerSecond).filter((speed): speed is number => speed !== undefined && speed > 0)
  const speeds = (measured.length > 0 ? measured : candidates.map((entry) => entry.record.tokensPerSecond).filter((speed) => speed > 0)).sort((a, b) => a - b)
  return speeds.length === 0 ? 1 : speeds[Math.floor((speeds.length - 1) / 2)]!
}
