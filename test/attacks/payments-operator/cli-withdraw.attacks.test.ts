import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Wallet, hexlify, randomBytes } from 'ethers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionFunds } from '../../../scripts/cli/economy/sessionFundsCommands.ts'
import { signVoucher, toRedemption, voucherDomain, type Voucher } from '../../../shared/chain/index.ts'
import { addressOf, deployToChain, keyOf, maia, type DeployedChain } from '../../scripts/cli/economy/support/chain.ts'
import { startHardhatNode, type HardhatNode } from '../../scripts/cli/economy/support/hardhatNode.ts'
import { maiaError, runMaiaJson } from '../../scripts/cli/economy/support/runMaia.ts'

const USER = 4
const OPERATOR = 1
const STRANGER = 9

// `maia session withdraw` misused, or used while the operator redeems: what the user is told.
describe('attacks on `maia session withdraw`', () => {
  let node: HardhatNode
  let chain: DeployedChain
  let dir: string
  let common: string[]
  const env = { MAIA_PRIVATE_KEY: keyOf(USER) }

  beforeAll(async () => {
    node = await startHardhatNode()
    dir = await mkdtemp(path.join(tmpdir(), 'maia-attack-withdraw-cli-'))
    chain = await deployToChain(node.rpcUrl, dir)
    await chain.fund(USER, maia('100'))
    await (await chain.as(USER).MaiaToken.approve(chain.deployment.contracts.SessionPayments.address, maia('100'))).wait()
    common = ['--rpc', node.rpcUrl, '--deployment', chain.deploymentPath]
  })
  afterAll(async () => {
    chain?.close()
    await node?.stop()
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  })

  const increaseTime = async (seconds: number): Promise<void> => {
    await chain.provider.send('evm_increaseTime', [seconds])
    await chain.provider.send('evm_mine', [])
  }

  it('a withdrawal aimed at the wrong operator, above the deposit, or executed with nothing pending fails with the contract\'s reason and moves nothing', async () => {
    await (await chain.as(USER).SessionPayments.deposit(addressOf(OPERATOR), maia('5'))).wait()
    await expect(maiaError(['session', 'withdraw', '--amount', '1', '--operator', addressOf(STRANGER), ...common], env))
      .resolves.toMatchObject({ name: 'ContractRevertError', errorName: 'SessionPaymentsInsufficientBalance' })
    await expect(maiaError(['session', 'withdraw', '--amount', '6', ...common], env))
      .resolves.toMatchObject({ name: 'ContractRevertError', errorName: 'SessionPaymentsInsufficientBalance' })
    await expect(maiaError(['session', 'withdraw', '--execute', ...common], env))
      .resolves.toMatchObject({ name: 'ContractRevertError', errorName: 'SessionPaymentsNoPendingWithdrawal' })
    await expect(maiaError(['session', 'withdraw', '--amount', '1', '--operator', 'not-an-address', ...common], env))
      .resolves.toMatchObject({ name: 'InvalidEconomyArgumentError' })
    // Drained for the next test: back to no deposit.
    await (await chain.as(USER).SessionPayments.requestWithdrawal(addressOf(OPERATOR), maia('5'))).wait()
    await increaseTime(Number(await chain.asDeployer.SessionPayments.withdrawalDelay()))
    await (await chain.as(USER).SessionPayments.withdraw(addressOf(OPERATOR))).wait()
    expect(await chain.asDeployer.SessionPayments.balanceOf(addressOf(USER), addressOf(OPERATOR))).toBe(0n)
  })

  // Was an open hole: `withdraw --execute` reported the deposit's drop between a read before and after
  // its transaction, so a 4-MAIA redemption mined just ahead made it print "withdrew 10.0 MAIA" when
  // Alice received 6. It now reports the amount of its own receipt's `Withdrawn` event.
  it('`withdraw --execute` racing a redemption in the same block reports what the user received, not what the deposit lost', async () => {
    const user = chain.as(USER).SessionPayments
    await (await user.deposit(addressOf(OPERATOR), maia('10'))).wait()
    const { chainId } = await chain.provider.getNetwork()
    const domain = voucherDomain({ chainId, verifyingContract: chain.deployment.contracts.SessionPayments.address })
    const latest = await chain.provider.getBlock('latest')
    const voucher: Voucher = {
      user: addressOf(USER), operator: addressOf(OPERATOR), sessionId: hexlify(randomBytes(32)), maxAmount: maia('4'),
      expiry: BigInt(latest!.timestamp) + 3n * 86_400n, nonce: 77n
    }
    const redemption = toRedemption(voucher, maia('4'), await signVoucher(new Wallet(keyOf(USER)), domain, voucher))
    await (await user.requestWithdrawal(addressOf(OPERATOR), maia('10'))).wait()
    await increaseTime(Number(await chain.asDeployer.SessionPayments.withdrawalDelay()))
    const tokensBefore = await chain.asDeployer.MaiaToken.balanceOf(addressOf(USER))

    await chain.provider.send('evm_setAutomine', [false])
    let reported: SessionFunds
    try {
      const withdrawing = runMaiaJson<SessionFunds>(['session', 'withdraw', '--execute', ...common], env)
      // Wait for the CLI's transaction to reach the mempool, then slip the redemption in ahead of it.
      for (let tries = 0; ; tries += 1) {
        const pending = await chain.provider.send('eth_getBlockByNumber', ['pending', false]) as { transactions: string[] }
        if (pending.transactions.length > 0) break
        if (tries > 200) throw new Error('the withdrawal never reached the mempool')
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
      await chain.as(OPERATOR).SessionPayments.redeem(redemption, { gasLimit: 500_000, maxPriorityFeePerGas: 10n ** 11n, maxFeePerGas: 10n ** 12n })
      await chain.provider.send('evm_mine', [])
      reported = await withdrawing
    } finally {
      await chain.provider.send('evm_setAutomine', [true])
    }
    const received = await chain.asDeployer.MaiaToken.balanceOf(addressOf(USER)) - tokensBefore
    // The redemption did land first (its nonce is used): the user got 6, the CLI must say 6.
    expect({
      redemptionLanded: await chain.asDeployer.SessionPayments.isNonceUsed(addressOf(USER), addressOf(OPERATOR), 77n),
      received,
      reported: BigInt(reported.withdrawn ?? '0')
    }).toEqual({ redemptionLanded: true, received: maia('6'), reported: maia('6') })
  })
})
