import { z } from 'zod'
import { sha256Hex } from '../../shared/util/index.ts'

/**
 * The most of the distillation examples one API key may supply, by default. A fifth: enough that
 * an application with most of the traffic still shapes the data, too little for one key to set its
 * topics and framing (a red-team key sending 300 of 360 prompts had 83% of the examples).
 */
export const DEFAULT_OWNER_SHARE = 0.2
/** `--owner-share`: above 0, at most 1 (1 turns the cap off). */
export const ownerShareSchema = z.number().gt(0).max(1)
/** Lines without an owner (exports from before owners were recorded, raw files) count as one owner. */
export const UNKNOWN_OWNER = 'unknown'

/**
 * How many kept examples each owner may keep: `share / (1 − share)` times what all the other
 * owners kept, so an owner cut to its limit holds `share` of the result while the others are
 * whole. Each limit is reckoned against the others' uncut counts, not a fixed point: with fewer
 * than 1 / share owners no assignment keeps every owner under the share, and a fixed point would
 * cut everyone to nothing; small owners are never the ones a cap is for. A lone owner is not cut
 * (there is no one to crowd out; the card shows it supplied everything).
 *
 * @example
 * ownerLimits(new Map([['attacker', 300], ['a', 20], ['b', 20], ['c', 20]]), 0.2).get('attacker') // 15: 15 of 75
 */
export function ownerLimits(keptByOwner: ReadonlyMap<string, number>, share: number): Map<string, number> {
  const limits = new Map<string, number>()
  const total = [...keptByOwner.values()].reduce((sum, count) => sum + count, 0)
  const uncapped = share >= 1 || keptByOwner.size <= 1
  for (const [owner, count] of keptByOwner) {
    // The small epsilon keeps 0.2 / 0.8 × 60 at 15, not 14.999….
    const limit = uncapped ? count : Math.floor((share / (1 - share)) * (total - count) + 1e-9)
    limits.set(owner, Math.min(count, limit))
  }
  return limits
}

/**
 * An owner as card.json names it: SHA-256 of the key id, so the published card does not carry
 * the id the orchestrator knows the key by, while one key stays one entry.
 */
export function ownerLabel(owner: string): string {
  return owner === UNKNOWN_OWNER ? UNKNOWN_OWNER : sha256Hex(`maia-dataset-owner\n${owner}`)
}
