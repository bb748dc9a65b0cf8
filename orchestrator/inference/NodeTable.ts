import type { CapabilityRecord } from '../../shared/protocol/index.ts'

/** What the router knows about one node: its last record plus what this orchestrator measured. */
export interface NodeEntry {
  record: CapabilityRecord
  lastSeen: number
  /** Requests this orchestrator has outstanding on the node right now. */
  outstanding: number
  /**
   * `outstanding` when the current record arrived: the part of the load it announces that was ours,
   * so the rest is other orchestrators' (selectNode.ts). Absent: none of ours then.
   */
  outstandingAtRecord?: number
  /**
   * Our requests on the node that ended since the current record arrived. A heartbeat the node sent while one of them
   * ran can arrive after it ended: counted as ours when the next record arrives, it is not read as other
   * orchestrators' load (an honest node that reports its load lost every comparison until its next heartbeat, while
   * a node announcing none never did: test/attacks/network/routing-capture.test.ts).
   */
  endedSinceRecord?: number
  /** Smoothed time to first token seen from here, ms (0 until measured). */
  firstTokenMs: number
  /**
   * Smoothed generation speed seen from here (tokens after the first over the time they took),
   * tokens/s; absent until measured. Routing believes it over the speed the node announces.
   */
  measuredTokensPerSecond?: number
  /** Consecutive failures; reset by a success. */
  failures: number
  /** Not routed to before this time (after a failure). */
  quarantinedUntil: number
  /**
   * Not sent more work before this time: the node answered `busy` (back-pressure, not a
   * failure). Cleared early when one of our requests on it finishes. Absent: never busy.
   */
  saturatedUntil?: number
}

/** Tokens after the first an answer needs before its speed is measured. */
const MIN_TOKENS_TO_MEASURE = 3
/** Milliseconds those tokens must span: tokens gathered into one frame arrive at once. */
const MIN_MS_TO_MEASURE = 5

/**
 * The live table of nodes built from gossip. A node that misses heartbeats for `maxAgeMs`
 * disappears; one that fails is quarantined with exponential backoff, which its next success
 * clears; one that answers `busy` is only held back briefly (it is full, not broken).
 */
export class NodeTable {
  readonly #entries = new Map<string, NodeEntry>()
  readonly #maxAgeMs: number
  readonly #now: () => number

  constructor(options: { maxAgeMs: number; now: () => number }) {
    this.#maxAgeMs = options.maxAgeMs
    this.#now = options.now
  }

  /** Records a verified capability record; older records than the one held are ignored. */
  upsert(record: CapabilityRecord): void {
    const existing = this.#entries.get(record.peerId)
    if (existing === undefined) {
      this.#entries.set(record.peerId, { record, lastSeen: this.#now(), outstanding: 0, firstTokenMs: 0, failures: 0, quarantinedUntil: 0 })
      return
    }
    if (record.timestamp <= existing.record.timestamp) return
    existing.record = record
    existing.outstandingAtRecord = existing.outstanding + (existing.endedSinceRecord ?? 0)
    existing.endedSinceRecord = 0
    existing.lastSeen = this.#now()
  }

  get(peerId: string): NodeEntry | undefined {
    return this.#entries.get(peerId)
  }

  remove(peerId: string): void {
    this.#entries.delete(peerId)
  }

  /** Drops nodes whose last heartbeat is older than the maximum age. */
  expire(): string[] {
    const expired: string[] = []
    const cutoff = this.#now() - this.#maxAgeMs
    for (const [peerId, entry] of this.#entries) {
      if (entry.lastSeen < cutoff) {
        this.#entries.delete(peerId)
        expired.push(peerId)
      }
    }
    return expired
  }

  /** Nodes that are fresh, not quarantined and accepted by `filter`. */
  routable(filter: (entry: NodeEntry) => boolean = () => true): NodeEntry[] {
    const now = this.#now()
    const cutoff = now - this.#maxAgeMs
    return [...this.#entries.values()].filter((entry) => entry.lastSeen >= cutoff && entry.quarantinedUntil <= now && filter(entry))
  }

  all(): NodeEntry[] {
    return [...this.#entries.values()]
  }

  /**
   * A verified answer: resets failures, and smooths in its time to first token and, given
   * `generation` (tokens after the first and the milliseconds they took), its speed.
   */
  recordSuccess(peerId: string, firstTokenMs: number | null, generation?: { tokens: number; ms: number }): void {
    const entry = this.#entries.get(peerId)
    if (entry === undefined) return
    // A node that answers well is healthy again, whatever failed before (a request that was
    // already running when it was quarantined, a transient network error).
    entry.failures = 0
    entry.quarantinedUntil = 0
    if (firstTokenMs !== null) entry.firstTokenMs = entry.firstTokenMs === 0 ? firstTokenMs : 0.3 * firstTokenMs + 0.7 * entry.firstTokenMs
    // Too few tokens, or all of them in one burst, say nothing about speed.
    if (generation !== undefined && generation.tokens >= MIN_TOKENS_TO_MEASURE && generation.ms >= MIN_MS_TO_MEASURE) {
      const speed = generation.tokens / (generation.ms / 1000)
      entry.measuredTokensPerSecond = entry.measuredTokensPerSecond === undefined ? speed : 0.3 * speed + 0.7 * entry.measuredTokensPerSecond
    }
  }

  /** The node is full (it answered `busy`): send it nothing more for `holdMs`, or until a slot frees. */
  recordBusy(peerId: string, holdMs: number): void {
    const entry = this.#entries.get(peerId)
    if (entry === undefined) return
    entry.saturatedUntil = this.#now() + holdMs
  }

  /** One of our requests on the node ended, so it has a free slot again. */
  recordSlotFreed(peerId: string): void {
    const entry = this.#entries.get(peerId)
    if (entry !== undefined) entry.saturatedUntil = 0
  }

  recordFailure(peerId: string): void {
    const entry = this.#entries.get(peerId)
    if (entry === undefined) return
    entry.failures += 1
    entry.quarantinedUntil = this.#now() + Math.min(30_000, 500 * 2 ** (entry.failures - 1))
  }
}
