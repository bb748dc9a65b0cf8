/** Which requests get checked, and by whom. */
export interface QualitySampler {
  /** Whether this network-served request is sampled (drawn independently per request). */
  shouldSample(): boolean
  /** 1–2 other eligible nodes to send the same request to (never the node that answered). */
  pickPeers(candidates: readonly string[], answeredBy: string): string[]
  readonly rate: number
}

export interface QualitySamplerInit {
  /** Share of network-served requests sampled (default 0.1: the seed's phase 2, "Claude at 10%"). */
  rate?: number
  /** Other nodes asked the same prompt per sample (default 2; 1 when fewer are eligible). */
  peersPerSample?: number
  random?: () => number
}

export const DEFAULT_SAMPLE_RATE = 0.1

/**
 * Draws samples with the injected `random` (a test fixes it; production uses `Math.random`).
 * The draw happens after the answer is served, so nothing in the request, its timing or its
 * routing differs between sampled and unsampled requests: a node cannot behave only when watched.
 */
export function createQualitySampler(init: QualitySamplerInit = {}): QualitySampler {
  const rate = init.rate ?? DEFAULT_SAMPLE_RATE
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`sample rate must be within [0, 1], got ${rate}`)
  const random = init.random ?? Math.random
  const perSample = Math.max(0, Math.floor(init.peersPerSample ?? 2))
  return {
    rate,
    shouldSample: () => rate > 0 && random() < rate,
    pickPeers(candidates, answeredBy) {
      const pool = [...new Set(candidates)].filter((peerId) => peerId !== answeredBy)
      // Fisher–Yates on a copy, as far as needed.
      const picked: string[] = []
      while (picked.length < perSample && pool.length > 0) {
        const index = Math.floor(random() * pool.length)
        picked.push(pool.splice(index, 1)[0]!)
      }
      return picked
    }
  }
}
