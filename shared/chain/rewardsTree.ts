import { StandardMerkleTree } from '@openzeppelin/merkle-tree'
import { AbiCoder, getAddress, keccak256 } from 'ethers'
import { DuplicateRewardAccountError, EmptyRewardsTreeError, InvalidRewardAmountError, RewardAccountNotFoundError } from './errors.ts'

/** Leaf types of the rewards tree; `RewardsDistributor.claim` hashes `abi.encode(account, amount)`. */
export const REWARDS_LEAF_ENCODING = ['address', 'uint256'] as const

const MAX_UINT256 = (1n << 256n) - 1n

/** One account's cumulative earnings since genesis, in token base units. */
export interface RewardEntry {
  account: string
  cumulativeAmount: bigint
}

/** What `RewardsDistributor.claim(account, cumulativeAmount, proof)` takes. */
export interface RewardClaim {
  account: string
  cumulativeAmount: bigint
  proof: string[]
}

/** A built epoch tree: its root, its total, and a proof per account. */
export interface RewardsTree {
  /** Root to post with `RewardsDistributor.postRoot`. */
  readonly root: string
  /** Sum of all cumulative amounts, the `total` argument of `postRoot`. */
  readonly total: bigint
  /** The entries, addresses checksummed, in input order. */
  readonly entries: readonly RewardEntry[]
  /** The claim arguments for `account`; throws {@link RewardAccountNotFoundError} if absent. */
  getClaim(account: string): RewardClaim
  /** The OpenZeppelin tree dump (JSON-safe), to store or publish for claimants. */
  dump(): ReturnType<StandardMerkleTree<[string, string]>['dump']>
}

/**
 * The leaf hash of `(account, cumulativeAmount)`, as the contract computes it:
 * `keccak256(bytes.concat(keccak256(abi.encode(account, amount))))`.
 *
 * @example
 * rewardsLeafHash(provider, 10n ** 18n)
 */
export function rewardsLeafHash(account: string, cumulativeAmount: bigint): string {
  const encoded = AbiCoder.defaultAbiCoder().encode([...REWARDS_LEAF_ENCODING], [getAddress(account), cumulativeAmount])
  return keccak256(keccak256(encoded))
}

/**
 * Builds the `StandardMerkleTree` of cumulative earnings for one epoch.
 *
 * @throws {EmptyRewardsTreeError} when `entries` is empty (a tree needs a leaf).
 * @throws {DuplicateRewardAccountError} when an account appears twice.
 * @throws {InvalidRewardAmountError} when an amount is negative or over `uint256`.
 *
 * @example
 * const tree = buildRewardsTree([{ account: provider, cumulativeAmount: 5n * 10n ** 18n }])
 * await distributor.postRoot(epoch, tree.root, tree.total)
 * const { account, cumulativeAmount, proof } = tree.getClaim(provider)
 * await distributor.claim(account, cumulativeAmount, proof)
 */
export function buildRewardsTree(entries: readonly RewardEntry[]): RewardsTree {
  if (entries.length === 0) throw new EmptyRewardsTreeError()
  const normalized: RewardEntry[] = []
  const seen = new Set<string>()
  let total = 0n
  for (const entry of entries) {
    const account = getAddress(entry.account)
    if (seen.has(account)) throw new DuplicateRewardAccountError({ account })
    if (entry.cumulativeAmount < 0n || entry.cumulativeAmount > MAX_UINT256) {
      throw new InvalidRewardAmountError({ account, amount: entry.cumulativeAmount })
    }
    seen.add(account)
    normalized.push({ account, cumulativeAmount: entry.cumulativeAmount })
    total += entry.cumulativeAmount
  }
  const tree = StandardMerkleTree.of(
    normalized.map((entry): [string, string] => [entry.account, entry.cumulativeAmount.toString()]),
    [...REWARDS_LEAF_ENCODING]
  )
  const leafByAccount = new Map<string, { index: number; amount: bigint }>()
  for (const [index, [account, amount]] of tree.entries()) leafByAccount.set(account, { index, amount: BigInt(amount) })

  return {
    root: tree.root,
    total,
    entries: normalized,
    getClaim(account: string): RewardClaim {
      const checksummed = getAddress(account)
      const leaf = leafByAccount.get(checksummed)
      if (leaf === undefined) throw new RewardAccountNotFoundError({ account: checksummed })
      return { account: checksummed, cumulativeAmount: leaf.amount, proof: tree.getProof(leaf.index) }
    },
    dump: () => tree.dump()
  }
}
