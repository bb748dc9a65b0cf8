import { InvalidQualityWeightError } from './errors.ts'
import { WEIGHT_SCALE } from './earnings.ts'
import type { ServedStanding, StoredReceipt } from './ReceiptStore.ts'

/**
 * A node's standing as the reward weighting reads it (the reputation book, by node address).
 *
 * Why receipts are weighed by the standing in force when they were served, not at settlement: a
 * node quarantined late in an epoch for low quality scores (or wrongly) used to lose the pay of every
 * receipt it had served in good standing, because the multiplier was read once, when the epoch was
 * sealed (test/attacks/trust/scoring-collusion.test.ts, seed 17: 339 receipts, 100 of them honest,
 * all paid 0). Low scores say something about the answers around them, not about answers served
 * before, so each receipt keeps the multiplier it was served at.
 *
 * A proven lie is different: a `dishonest` verdict with evidence (the node's own signed receipt, the
 * verifier's findings; what slashing cites) is found by sampling ~10% of answers, so the unsampled
 * answers it served in the same stretch are likely lies too, and once a root is posted its pay cannot
 * be taken back. So a node proven to lie after the first of its receipts in an epoch was served
 * forfeits all its receipts of that epoch (not only those after the offence: the answers before it
 * are the ones the lie casts doubt on). A node that was proven to lie before all of them (it served
 * its quarantine and came back) keeps them at the low multiplier its record then gave it.
 */
export interface RewardStanding {
  /** The node's reward multiplier now, in [0, 1] (0 while quarantined). */
  rewardMultiplier(node: string): number
  /**
   * How many lies the node has been proven to tell so far (`NodeReputation.integrityFailures`: only
   * `dishonest` verdicts with evidence that binds the node count). Without it a proven lie cannot be
   * told from low scores, and a node at multiplier 0 at settlement forfeits the epoch, as before.
   */
  provenLies?(node: string): number
}

/** The fields of a receipt the weighting reads (a `StoredReceipt` has them all). */
export type WeighedEntry = Pick<StoredReceipt, 'digest' | 'node' | 'servedStanding'>

/**
 * The weight of each receipt of an epoch, decided with the whole epoch in view (a proven lie by its
 * node, in the epoch, forfeits the node's other receipts of it too).
 */
export type EpochWeighing<E extends WeighedEntry = StoredReceipt> = (receipts: readonly E[]) => (receipt: E) => number

/** Rounds a weight to the steps earnings apply it in, so what is stored is exactly what is applied. */
export function quantizeWeight(weight: number): number {
  return Math.round(weight * WEIGHT_SCALE) / WEIGHT_SCALE
}

/**
 * The standing to store with a receipt served now; undefined when the standing reads no valid
 * multiplier (the receipt is then weighed at settlement, as receipts stored before stamping were).
 *
 * @example
 * standingWhenServed({ rewardMultiplier: () => 0.8, provenLies: () => 0 }, node) // { rewardMultiplier: 0.8, provenLies: 0 }
 */
export function standingWhenServed(standing: RewardStanding, node: string): ServedStanding | undefined {
  const multiplier = standing.rewardMultiplier(node)
  if (!Number.isFinite(multiplier) || multiplier < 0 || multiplier > 1) return undefined
  const provenLies = standing.provenLies?.(node)
  const validLies = provenLies !== undefined && Number.isSafeInteger(provenLies) && provenLies >= 0
  return { rewardMultiplier: quantizeWeight(multiplier), ...(validLies ? { provenLies } : {}) }
}

function groupByNode<E extends WeighedEntry>(receipts: readonly E[]): Map<string, E[]> {
  const byNode = new Map<string, E[]>()
  for (const receipt of receipts) {
    const group = byNode.get(receipt.node)
    if (group === undefined) byNode.set(receipt.node, [receipt])
    else group.push(receipt)
  }
  return byNode
}

/**
 * Whether the node forfeits its receipts of this epoch: it was proven to lie after the first of them
 * was served (its count of proven lies grew since). Where that cannot be told (no count read, or a
 * receipt stored before counts were), a node at multiplier 0 now forfeits: fail closed, as settlement
 * always did, rather than pay a liar.
 */
function forfeitsEpoch(node: string, receipts: readonly WeighedEntry[], standing: RewardStanding): boolean {
  const liesWhenServed = receipts.map((receipt) => receipt.servedStanding?.provenLies)
  const countable = standing.provenLies !== undefined && liesWhenServed.every((lies) => lies !== undefined)
  if (!countable) return standing.rewardMultiplier(node) === 0
  const fewestWhenServed = liesWhenServed.reduce<number>((fewest, lies) => Math.min(fewest, lies!), Number.POSITIVE_INFINITY)
  return standing.provenLies!(node) > fewestWhenServed
}

/**
 * Weighs each receipt by the multiplier stored with it when it was served (receipts stored before
 * that: the node's multiplier now, as before), and 0 for every receipt of a node proven to lie during
 * the epoch ({@link RewardStanding}). Deterministic given the receipts and the standing at
 * settlement; the settler stores each weight with the sealed receipt, so the root can be recomputed
 * from stored receipts alone ({@link settledWeight}).
 *
 * @example
 * const weight = weighByStandingWhenServed(standing)(receipts)
 * computeEpochEarnings(receipts, { feeBps, weight })
 */
export function weighByStandingWhenServed<E extends WeighedEntry>(standing: RewardStanding): EpochWeighing<E> {
  return (receipts) => {
    const forfeiting = new Set<string>()
    for (const [node, ofNode] of groupByNode(receipts)) {
      if (forfeitsEpoch(node, ofNode, standing)) forfeiting.add(node)
    }
    return (receipt) => {
      if (forfeiting.has(receipt.node)) return 0
      return receipt.servedStanding?.rewardMultiplier ?? standing.rewardMultiplier(receipt.node)
    }
  }
}

/**
 * A receipt's weight as applied when its epoch was sealed (stored with it). Recomputing a sealed
 * epoch: `accumulateEarnings(previous.cumulative, await store.receiptsOfEpoch(epoch), { feeBps, pool: record.pool, weight: settledWeight })`.
 * Receipts sealed before weights were stored count as 1 (their weight was not kept).
 */
export const settledWeight = (receipt: Pick<StoredReceipt, 'settledWeight'>): number => receipt.settledWeight ?? 1

/**
 * Checks and quantizes a receipt's weight before it is stored.
 *
 * @throws {InvalidQualityWeightError} when the weight is negative or not finite.
 */
export function checkedWeight<E extends Pick<StoredReceipt, 'digest'>>(receipt: E, weight: (receipt: E) => number): number {
  const value = weight(receipt)
  if (!Number.isFinite(value) || value < 0) throw new InvalidQualityWeightError({ digest: receipt.digest, weight: value })
  return quantizeWeight(value)
}
