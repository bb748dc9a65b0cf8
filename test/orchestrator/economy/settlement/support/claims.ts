import { expect } from 'vitest'
import type { SuiteContracts } from '../../../../../shared/chain/connectSuite.ts'
import type { EpochSettler } from '../../../../../orchestrator/economy/settlement/EpochSettler.ts'
import { expectRevert } from '../../../../contracts/support/expectRevert.ts'

/**
 * Claims for every account with the settler's proofs, expects each balance to grow by exactly
 * `expected cumulative - already claimed` (no claim when that is zero), then expects another claim to
 * revert with `RewardsNothingToClaim`.
 */
export async function claimEachOnce(suite: SuiteContracts, settler: EpochSettler, expected: ReadonlyMap<string, bigint>): Promise<void> {
  const { MaiaToken: token, RewardsDistributor: distributor } = suite
  for (const [account, cumulative] of expected) {
    const claim = await settler.claimFor(account)
    expect(claim.cumulativeAmount, `cumulative of ${account}`).toBe(cumulative)
    const already = await distributor.claimed(account)
    if (cumulative > already) {
      const before = await token.balanceOf(account)
      await (await distributor.claim(claim.account, claim.cumulativeAmount, claim.proof)).wait()
      expect((await token.balanceOf(account)) - before, `paid to ${account}`).toBe(cumulative - already)
    }
    await expectRevert(distributor.claim(claim.account, claim.cumulativeAmount, claim.proof), distributor, 'RewardsNothingToClaim')
  }
}
