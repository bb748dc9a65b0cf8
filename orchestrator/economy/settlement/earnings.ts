import { getAddress } from 'ethers'
import { InvalidQualityWeightError, InvalidRevenueSharesError } from './errors.ts'
import type { CuratorCredit } from './ReceiptStore.ts'

/** Basis-point denominator (as `SessionPayments.BPS`). */
export const BPS = 10_000

/** How each receipt's share of the pool splits between its contributors, in basis points (sum 10,000). */
export interface RevenueShares {
  providerBps: number
  /** Split between the receipt's curators by the tokens of their passages used ({@link creditWeights}). */
  curatorsBps: number
  trainerBps: number
}

/** Defaults: 80% to the node's provider, 10% to curators, 10% to the model's trainer. */
export const DEFAULT_REVENUE_SHARES: Readonly<RevenueShares> = { providerBps: 8_000, curatorsBps: 1_000, trainerBps: 1_000 }

/** Quality weights are applied with this many fractional steps (a weight of 0.5 counts as 500,000). */
export const WEIGHT_SCALE = 1_000_000

/** The fields of a receipt that earnings depend on (a `StoredReceipt` has them all). */
export interface EarningsEntry {
  digest: string
  /** Charged to the user, $MAIA base units, fee included. */
  amount: bigint
  provider: string
  trainer?: string
  curators: readonly CuratorCredit[]
}

/**
 * Relative quality of a receipt: a finite number >= 0. Within an epoch, each receipt's share of the pool
 * is proportional to `amount × weight`; identity (`() => 1`) pays each receipt in proportion to its charge.
 */
export type QualityWeight<E extends EarningsEntry = EarningsEntry> = (entry: E) => number

export interface EarningsOptions<E extends EarningsEntry = EarningsEntry> {
  /** Treasury fee of `SessionPayments`, basis points. */
  feeBps: number
  /** Defaults to {@link DEFAULT_REVENUE_SHARES}. */
  shares?: RevenueShares
  /** Defaults to identity (`() => 1`). */
  weight?: QualityWeight<E>
  /**
   * The epoch's pool when known better than {@link epochPool} of the entries (capped at what the
   * distributor actually received); at most that, never more.
   */
  pool?: bigint
}

/** The identity weighting: every receipt counts by its charged amount alone. */
export const identityWeight: QualityWeight = () => 1

function assertShares(shares: RevenueShares, feeBps: number): void {
  const parts = [shares.providerBps, shares.curatorsBps, shares.trainerBps, feeBps]
  const valid = parts.every((part) => Number.isInteger(part) && part >= 0 && part <= BPS) &&
    shares.providerBps + shares.curatorsBps + shares.trainerBps === BPS
  if (!valid) throw new InvalidRevenueSharesError({ ...shares, feeBps })
}

/**
 * What an epoch's receipts put into the rewards pool: their charges minus the treasury fee, the fee
 * rounded up. `SessionPayments` rounds each batch's fee down, so however the receipts were batched on
 * chain the pool received at least this much, and roots never promise more than arrived.
 *
 * @example
 * epochPool([{ amount: 1_000n }, { amount: 1_001n }], 1_000) // 2_001n - 201n = 1_800n
 */
export function epochPool(entries: readonly Pick<EarningsEntry, 'amount'>[], feeBps: number): bigint {
  const charged = entries.reduce((sum, entry) => sum + entry.amount, 0n)
  const fee = (charged * BigInt(feeBps) + BigInt(BPS - 1)) / BigInt(BPS)
  return charged - fee
}

function add(map: Map<string, bigint>, account: string, amount: bigint): void {
  if (amount === 0n) return
  const key = getAddress(account)
  map.set(key, (map.get(key) ?? 0n) + amount)
}

/**
 * How the curators' share of one receipt splits between its curators: by the tokens of their
 * passages that reached the user when every credit carries them (a curator who cut a book into
 * many tiny passages earns no more than their share of the text), else by passages, as records
 * written before tokens were kept always did.
 *
 * @example
 * creditWeights([{ account: a, passages: 5, tokens: 100 }, { account: b, passages: 1, tokens: 300 }]) // [100n, 300n]
 */
export function creditWeights(curators: readonly CuratorCredit[]): bigint[] {
  const byTokens = curators.length > 0 && curators.every((curator) => curator.tokens !== undefined) && curators.some((curator) => (curator.tokens ?? 0) > 0)
  return curators.map((curator) => BigInt(byTokens ? curator.tokens! : curator.passages))
}

function scaledWeight<E extends EarningsEntry>(entry: E, weight: QualityWeight<E>): bigint {
  const value = weight(entry)
  if (!Number.isFinite(value) || value < 0) throw new InvalidQualityWeightError({ digest: entry.digest, weight: value })
  return BigInt(Math.round(value * WEIGHT_SCALE))
}

/**
 * What one epoch's receipts earn each account (not cumulative). The epoch's pool ({@link epochPool}) is
 * shared between receipts by `amount × weight`; each receipt's part splits by `shares` into provider,
 * curators (by their passages' tokens, {@link creditWeights}) and trainer. A share with no recipient (no curator, no trainer) and every
 * rounding remainder go to the provider, so the result sums to the pool exactly.
 *
 * @throws {InvalidRevenueSharesError} when the shares do not sum to 10,000 or the fee is out of range.
 * @throws {InvalidQualityWeightError} when `weight` returns a negative or non-finite number.
 *
 * @example
 * computeEpochEarnings(receipts, { feeBps: 1_000 }) // Map { provider => 72n, curator => 9n, trainer => 9n } for 100n charged
 */
export function computeEpochEarnings<E extends EarningsEntry>(entries: readonly E[], options: EarningsOptions<E>): Map<string, bigint> {
  const shares = options.shares ?? DEFAULT_REVENUE_SHARES
  assertShares(shares, options.feeBps)
  const weight: QualityWeight<E> = options.weight ?? identityWeight
  const earnings = new Map<string, bigint>()
  const computed = epochPool(entries, options.feeBps)
  const pool = options.pool !== undefined && options.pool < computed ? options.pool : computed
  if (pool <= 0n) return earnings

  let weighted = entries.map((entry) => entry.amount * scaledWeight(entry, weight))
  let totalWeight = weighted.reduce((sum, value) => sum + value, 0n)
  // Every weight zero: the pool still belongs to this epoch's contributors, so fall back to charges.
  if (totalWeight === 0n) {
    weighted = entries.map((entry) => entry.amount)
    totalWeight = weighted.reduce((sum, value) => sum + value, 0n)
  }

  const allocations = weighted.map((value) => (pool * value) / totalWeight)
  // The pool's rounding remainder goes to the provider of the heaviest receipt (ties: lowest digest),
  // a choice that does not depend on the order receipts are listed in.
  let heaviest = 0
  for (let index = 1; index < entries.length; index += 1) {
    const better = weighted[index]! > weighted[heaviest]! ||
      (weighted[index] === weighted[heaviest] && entries[index]!.digest.toLowerCase() < entries[heaviest]!.digest.toLowerCase())
    if (better) heaviest = index
  }
  allocations[heaviest]! += pool - allocations.reduce((sum, value) => sum + value, 0n)

  entries.forEach((entry, index) => {
    const allocation = allocations[index]!
    let rest = allocation
    if (entry.trainer !== undefined && shares.trainerBps > 0) {
      const trainerShare = (allocation * BigInt(shares.trainerBps)) / BigInt(BPS)
      add(earnings, entry.trainer, trainerShare)
      rest -= trainerShare
    }
    const curatorWeights = creditWeights(entry.curators)
    const totalCuratorWeight = curatorWeights.reduce((sum, value) => sum + value, 0n)
    if (totalCuratorWeight > 0n && shares.curatorsBps > 0) {
      const curatorsShare = (allocation * BigInt(shares.curatorsBps)) / BigInt(BPS)
      for (const [position, curator] of entry.curators.entries()) {
        const curatorShare = (curatorsShare * curatorWeights[position]!) / totalCuratorWeight
        add(earnings, curator.account, curatorShare)
        rest -= curatorShare
      }
    }
    add(earnings, entry.provider, rest)
  })
  return earnings
}

/**
 * Cumulative earnings after one more epoch: `previous` plus what `entries` earn.
 *
 * @example
 * const cumulative = accumulateEarnings(lastEpoch.cumulative, newReceipts, { feeBps })
 */
export function accumulateEarnings<E extends EarningsEntry>(
  previous: ReadonlyMap<string, bigint>,
  entries: readonly E[],
  options: EarningsOptions<E>
): Map<string, bigint> {
  const cumulative = new Map(previous)
  for (const [account, amount] of computeEpochEarnings(entries, options)) add(cumulative, account, amount)
  return cumulative
}

/**
 * Cumulative earnings per account over every epoch settled so far (each inner array is one epoch's
 * receipts, oldest first). Equal to folding {@link accumulateEarnings} over the epochs.
 *
 * @example
 * cumulativeEarnings([epoch1Receipts, epoch2Receipts], { feeBps: 1_000, weight: (entry) => 1 })
 */
export function cumulativeEarnings<E extends EarningsEntry>(epochs: readonly (readonly E[])[], options: EarningsOptions<E>): Map<string, bigint> {
  return epochs.reduce<Map<string, bigint>>((cumulative, entries) => accumulateEarnings(cumulative, entries, options), new Map())
}
