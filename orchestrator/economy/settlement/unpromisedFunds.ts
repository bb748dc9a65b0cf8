import { Contract, type Provider } from 'ethers'
import type { RewardsDistributor } from '../../../shared/chain/index.ts'

const BALANCE_OF = ['function balanceOf(address account) view returns (uint256)'] as const

/**
 * What the distributor holds beyond every root posted so far: `balance + totalClaimed -
 * totalCumulative`, the most a new epoch can add (`postRoot` refuses more: `RewardsUnderfunded`).
 * Read from the chain, so it counts what redemptions actually paid in, whatever fee they were charged.
 *
 * @example
 * const headroom = await unpromisedFunds(suite.RewardsDistributor, provider) // 80000000000000000000n
 */
export async function unpromisedFunds(distributor: RewardsDistributor, provider: Provider): Promise<bigint> {
  const token = new Contract(await distributor.token(), BALANCE_OF, provider)
  const balanceOf = token.getFunction('balanceOf')
  const [balance, claimed, promised] = await Promise.all([
    balanceOf(await distributor.getAddress()) as Promise<bigint>,
    distributor.totalClaimed(),
    distributor.totalCumulative()
  ])
  const headroom = balance + claimed - promised
  return headroom > 0n ? headroom : 0n
}
