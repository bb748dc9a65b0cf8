import { Signature, ZeroAddress, ZeroHash, hexlify, id, randomBytes, type Signer } from 'ethers'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ARTIFACTS_DIR, SUITE_ARTIFACTS, readArtifact } from '../../scripts/deploy/artifacts.ts'
import { hashVoucher, signVoucher, toRedemption, type Redemption, type Voucher } from '../../shared/chain/voucher.ts'
import { MAIA, type Suite } from './support/suite.ts'
import { useSuiteFixture } from './support/useSuiteFixture.ts'
import { expectRevert } from './support/expectRevert.ts'

const OPERATOR_ROLE = id('OPERATOR_ROLE')
const DAY = 24 * 3600

describe('SessionPayments', () => {
  let s: Suite
  useSuiteFixture((suite) => { s = suite })

  const voucherFor = async (user: Signer, overrides: Partial<Voucher> = {}): Promise<Voucher> => ({
    user: await user.getAddress(),
    operator: s.operator.address,
    sessionId: hexlify(randomBytes(32)),
    maxAmount: 10n * MAIA,
    expiry: BigInt(await s.networkHelpers.time.latest()) + 3600n,
    nonce: BigInt(hexlify(randomBytes(8))),
    ...overrides
  })
  const signed = async (user: Signer, amount: bigint, overrides: Partial<Voucher> = {}): Promise<Redemption> => {
    const voucher = await voucherFor(user, overrides)
    return toRedemption(voucher, amount, await signVoucher(user, s.domain, voucher))
  }
  const deposit = async (user: Signer, amount: bigint) => await (await s.payments.connect(user).deposit(s.operator.address, amount)).wait()

  describe('deposits', () => {
    it('credits deposits, sponsored deposits and permit deposits', async () => {
      const [alice, bob, carol] = s.users
      await deposit(alice, 5n * MAIA)
      await s.payments.connect(bob).depositFor(alice.address, s.operator.address, 2n * MAIA)
      expect(await s.payments.balanceOf(alice.address, s.operator.address)).toBe(7n * MAIA)

      await s.token.connect(carol).approve(await s.payments.getAddress(), 0n)
      const deadline = BigInt(await s.networkHelpers.time.latest()) + 600n
      const { chainId } = await s.ethers.provider.getNetwork()
      const permit = await carol.signTypedData(
        { name: 'MAIA', version: '1', chainId, verifyingContract: await s.token.getAddress() },
        { Permit: [
          { name: 'owner', type: 'address' }, { name: 'spender', type: 'address' }, { name: 'value', type: 'uint256' },
          { name: 'nonce', type: 'uint256' }, { name: 'deadline', type: 'uint256' }
        ] },
        { owner: carol.address, spender: await s.payments.getAddress(), value: 3n * MAIA, nonce: 0n, deadline }
      )
      const { v, r, s: sigS } = Signature.from(permit)
      await s.payments.connect(carol).depositWithPermit(s.operator.address, 3n * MAIA, deadline, v, r, sigS)
      expect(await s.payments.balanceOf(carol.address, s.operator.address)).toBe(3n * MAIA)
      // A replayed (already used) permit is ignored when the allowance covers the deposit.
      await s.token.connect(carol).approve(await s.payments.getAddress(), MAIA)
      await s.payments.connect(carol).depositWithPermit(s.operator.address, MAIA, deadline, v, r, sigS)
      expect(await s.payments.balanceOf(carol.address, s.operator.address)).toBe(4n * MAIA)
      // Without allowance, a bad permit makes the deposit fail.
      await expectRevert(s.payments.connect(carol).depositWithPermit(s.operator.address, MAIA, deadline, v, r, sigS), s.token, 'ERC20InsufficientAllowance')
    })

    it('reverts on zero amounts and the zero user', async () => {
      const [alice] = s.users
      await expectRevert(s.payments.connect(alice).deposit(s.operator.address, 0n), s.payments, 'SessionPaymentsZeroAmount', [])
      await expectRevert(s.payments.connect(alice).depositFor(ZeroAddress, s.operator.address, 1n), s.payments, 'SessionPaymentsZeroAddress', ['user'])
    })
  })

  describe('redemptions', () => {
    it('redeems one voucher, splitting the fee between provider pool and treasury', async () => {
      const [alice] = s.users
      await deposit(alice, 10n * MAIA)
      const redemption = await signed(alice, 4n * MAIA)
      const poolBefore = await s.token.balanceOf(await s.rewards.getAddress())
      const treasuryBefore = await s.token.balanceOf(s.timelockAddress)
      const receipt = await (await s.payments.connect(s.operator).redeem(redemption)).wait()
      const events = receipt!.logs.map((log) => s.payments.interface.parseLog(log)).filter((e) => e !== null)
      expect(events.map((e) => e.name)).toEqual(['VoucherRedeemed', 'RedemptionsSettled'])
      expect(events[0]!.args.toArray()).toEqual([alice.address, redemption.voucher.sessionId, s.operator.address, redemption.voucher.nonce, 4n * MAIA])
      expect(events[1]!.args.toArray()).toEqual([s.operator.address, 1n, 36n * MAIA / 10n, 4n * MAIA / 10n])
      expect(await s.payments.balanceOf(alice.address, s.operator.address)).toBe(6n * MAIA)
      expect(await s.token.balanceOf(await s.rewards.getAddress())).toBe(poolBefore + 36n * MAIA / 10n)
      expect(await s.token.balanceOf(s.timelockAddress)).toBe(treasuryBefore + 4n * MAIA / 10n)
      expect(await s.payments.isNonceUsed(alice.address, s.operator.address, redemption.voucher.nonce)).toBe(true)
    })

    it('redeems a batch across users atomically', async () => {
      const [alice, bob] = s.users
      await deposit(alice, 10n * MAIA)
      await deposit(bob, 10n * MAIA)
      const batch = [await signed(alice, 1n * MAIA), await signed(bob, 2n * MAIA), await signed(alice, 3n * MAIA), await signed(bob, 0n)]
      await s.payments.connect(s.operator).redeemBatch(batch)
      expect(await s.payments.balanceOf(alice.address, s.operator.address)).toBe(6n * MAIA)
      expect(await s.payments.balanceOf(bob.address, s.operator.address)).toBe(8n * MAIA)
      for (const r of batch) expect(await s.payments.isNonceUsed(r.voucher.user, s.operator.address, r.voucher.nonce)).toBe(true)
    })

    it('agrees with the off-chain voucher hash', async () => {
      const voucher = await voucherFor(s.users[0])
      expect(await s.payments.hashVoucher(voucher)).toBe(hashVoucher(s.domain, voucher))
    })

    it('rejects a replayed voucher, alone or twice in one batch', async () => {
      const [alice] = s.users
      await deposit(alice, 10n * MAIA)
      const redemption = await signed(alice, MAIA)
      await s.payments.connect(s.operator).redeem(redemption)
      await expectRevert(s.payments.connect(s.operator).redeem(redemption), s.payments, 'SessionPaymentsVoucherAlreadyRedeemed', [alice.address, redemption.voucher.nonce])
      const fresh = await signed(alice, MAIA)
      await expectRevert(s.payments.connect(s.operator).redeemBatch([fresh, fresh]), s.payments, 'SessionPaymentsVoucherAlreadyRedeemed', [alice.address, fresh.voucher.nonce])
      expect(await s.payments.balanceOf(alice.address, s.operator.address)).toBe(9n * MAIA)
    })

    it('rejects an expired voucher', async () => {
      const [alice] = s.users
      await deposit(alice, 10n * MAIA)
      const redemption = await signed(alice, MAIA)
      await s.networkHelpers.time.increaseTo(redemption.voucher.expiry + 1n)
      await expectRevert(s.payments.connect(s.operator).redeem(redemption), s.payments, 'SessionPaymentsVoucherExpired', [alice.address, redemption.voucher.nonce, redemption.voucher.expiry])
    })

    it('rejects an amount over the voucher maximum', async () => {
      const [alice] = s.users
      await deposit(alice, 100n * MAIA)
      const redemption = await signed(alice, MAIA)
      const over = { ...redemption, amount: redemption.voucher.maxAmount + 1n }
      await expectRevert(s.payments.connect(s.operator).redeem(over), s.payments, 'SessionPaymentsAmountExceedsMax', [alice.address, redemption.voucher.nonce, over.amount, redemption.voucher.maxAmount])
    })

    it('rejects forged, tampered and malformed signatures', async () => {
      const [alice, bob] = s.users
      await deposit(alice, 10n * MAIA)
      const voucher = await voucherFor(alice)
      const byBob = toRedemption(voucher, MAIA, await signVoucher(bob, s.domain, voucher))
      await expectRevert(s.payments.connect(s.operator).redeem(byBob), s.payments, 'SessionPaymentsInvalidSignature', [alice.address, voucher.nonce])
      const genuine = toRedemption(voucher, MAIA, await signVoucher(alice, s.domain, voucher))
      const raised = { ...genuine, voucher: { ...voucher, maxAmount: voucher.maxAmount * 2n } }
      await expectRevert(s.payments.connect(s.operator).redeem(raised), s.payments, 'SessionPaymentsInvalidSignature', [alice.address, voucher.nonce])
      const highS = { ...genuine, vs: '0x' + 'ff'.repeat(32) }
      await expectRevert(s.payments.connect(s.operator).redeem(highS), s.payments, 'SessionPaymentsInvalidSignature', [alice.address, voucher.nonce])
    })

    it('rejects a voucher the balance cannot cover, and an empty batch', async () => {
      const [alice] = s.users
      await deposit(alice, MAIA)
      const redemption = await signed(alice, 2n * MAIA)
      await expectRevert(s.payments.connect(s.operator).redeem(redemption), s.payments, 'SessionPaymentsInsufficientBalance', [alice.address, s.operator.address, MAIA, 2n * MAIA])
      await expectRevert(s.payments.connect(s.operator).redeemBatch([]), s.payments, 'SessionPaymentsEmptyBatch', [])
    })

    it('only lets the operator redeem', async () => {
      const [alice] = s.users
      await deposit(alice, MAIA)
      const redemption = await signed(alice, MAIA)
      await expectRevert(s.payments.connect(alice).redeem(redemption), s.payments, 'AccessControlUnauthorizedAccount', [alice.address, OPERATOR_ROLE])
      await expectRevert(s.payments.connect(s.stranger).redeemBatch([redemption]), s.payments, 'AccessControlUnauthorizedAccount', [s.stranger.address, OPERATOR_ROLE])
    })
  })

  // Deposits, vouchers, nonces and withdrawals are per (user, operator): what one orchestrator checked
  // before serving, no other can spend (a voucher or a deposit shown to two orchestrators paid one).
  describe('operators', () => {
    /** A second orchestrator: the stranger, made operator by governance. */
    const secondOperator = async (): Promise<Signer & { address: string }> => {
      await (await s.payments.connect(s.timelock).grantRole(OPERATOR_ROLE, s.stranger.address)).wait()
      return s.stranger
    }

    it('takes deposits only with an operator, and says which address is not one', async () => {
      const [alice, bob] = s.users
      await expectRevert(s.payments.connect(alice).deposit(bob.address, MAIA), s.payments, 'SessionPaymentsNotOperator', [bob.address])
      await expectRevert(s.payments.connect(alice).depositFor(bob.address, ZeroAddress, MAIA), s.payments, 'SessionPaymentsNotOperator', [ZeroAddress])
      await expectRevert(s.payments.connect(alice).depositWithPermit(s.stranger.address, MAIA, 0n, 27, ZeroHash, ZeroHash), s.payments, 'SessionPaymentsNotOperator', [s.stranger.address])
      const receipt = await (await s.payments.connect(bob).depositFor(alice.address, s.operator.address, MAIA)).wait()
      const event = receipt!.logs.map((log) => s.payments.interface.parseLog(log)).find((parsed) => parsed?.name === 'Deposited')
      expect(event!.args.toArray()).toEqual([bob.address, alice.address, s.operator.address, MAIA])
    })

    it('lets only the operator a voucher names redeem it, alone or in a batch', async () => {
      const [alice] = s.users
      const other = await secondOperator()
      await deposit(alice, 10n * MAIA)
      await (await s.payments.connect(alice).deposit(other.address, 10n * MAIA)).wait()
      const redemption = await signed(alice, 2n * MAIA)
      await expectRevert(s.payments.connect(other).redeem(redemption), s.payments, 'SessionPaymentsWrongOperator', [alice.address, redemption.voucher.nonce, s.operator.address, other.address])
      const receipt = await (await s.payments.connect(other).tryRedeemBatch([redemption])).wait()
      const skipped = receipt!.logs.map((log) => s.payments.interface.parseLog(log)).find((parsed) => parsed?.name === 'RedemptionSkipped')
      expect(s.payments.interface.parseError(skipped!.args.reason as string)?.name).toBe('SessionPaymentsWrongOperator')
      expect([await s.payments.balanceOf(alice.address, s.operator.address), await s.payments.balanceOf(alice.address, other.address)]).toEqual([10n * MAIA, 10n * MAIA])
      await (await s.payments.connect(s.operator).redeem(redemption)).wait()
      expect([await s.payments.balanceOf(alice.address, s.operator.address), await s.payments.balanceOf(alice.address, other.address)]).toEqual([8n * MAIA, 10n * MAIA])
    })

    it('charges only the deposit with the redeeming operator, whatever the user holds with others', async () => {
      const [alice] = s.users
      const other = await secondOperator()
      await deposit(alice, MAIA)
      await (await s.payments.connect(alice).deposit(other.address, 100n * MAIA)).wait()
      const redemption = await signed(alice, 2n * MAIA)
      await expectRevert(s.payments.connect(s.operator).redeem(redemption), s.payments, 'SessionPaymentsInsufficientBalance', [alice.address, s.operator.address, MAIA, 2n * MAIA])
      expect(await s.payments.balanceOf(alice.address, other.address)).toBe(100n * MAIA)
    })

    it('keeps nonces apart per operator: a nonce one burns stays unused at the other', async () => {
      const [alice] = s.users
      const other = await secondOperator()
      await deposit(alice, 10n * MAIA)
      await (await s.payments.connect(alice).deposit(other.address, 10n * MAIA)).wait()
      const atFirst = await signed(alice, MAIA, { nonce: 77n })
      const atSecond = await signed(alice, MAIA, { nonce: 77n, operator: other.address })
      await (await s.payments.connect(s.operator).redeem(atFirst)).wait()
      expect([await s.payments.isNonceUsed(alice.address, s.operator.address, 77n), await s.payments.isNonceUsed(alice.address, other.address, 77n)]).toEqual([true, false])
      await (await s.payments.connect(other).redeem(atSecond)).wait()
      expect(await s.payments.isNonceUsed(alice.address, other.address, 77n)).toBe(true)
    })

    it('withdraws from one operator\'s deposit without touching another\'s', async () => {
      const [alice] = s.users
      const other = await secondOperator()
      await deposit(alice, 5n * MAIA)
      await (await s.payments.connect(alice).deposit(other.address, 7n * MAIA)).wait()
      const request = await (await s.payments.connect(alice).requestWithdrawal(other.address, 7n * MAIA)).wait()
      const requested = request!.logs.map((log) => s.payments.interface.parseLog(log)).find((parsed) => parsed?.name === 'WithdrawalRequested')
      expect(requested!.args.toArray().slice(0, 3)).toEqual([alice.address, other.address, 7n * MAIA])
      expect((await s.payments.pendingWithdrawal(alice.address, s.operator.address)).amount).toBe(0n)
      await s.networkHelpers.time.increase(DAY + 1)
      await expectRevert(s.payments.connect(alice).withdraw(s.operator.address), s.payments, 'SessionPaymentsNoPendingWithdrawal', [alice.address, s.operator.address])
      const before = await s.token.balanceOf(alice.address)
      await (await s.payments.connect(alice).withdraw(other.address)).wait()
      expect(await s.token.balanceOf(alice.address)).toBe(before + 7n * MAIA)
      expect([await s.payments.balanceOf(alice.address, s.operator.address), await s.payments.balanceOf(alice.address, other.address)]).toEqual([5n * MAIA, 0n])
    })
  })

  describe('withdrawals', () => {
    it('waits the delay, keeps funds redeemable meanwhile, and pays what is left', async () => {
      const [alice] = s.users
      await deposit(alice, 10n * MAIA)
      const pending = await signed(alice, 7n * MAIA)
      await s.payments.connect(alice).requestWithdrawal(s.operator.address, 10n * MAIA)
      const request = await s.payments.pendingWithdrawal(alice.address, s.operator.address)
      expect(request.amount).toBe(10n * MAIA)
      await expectRevert(s.payments.connect(alice).withdraw(s.operator.address), s.payments, 'SessionPaymentsWithdrawalLocked', [alice.address, s.operator.address, request.unlockAt])
      // The operator redeems the pending voucher before the delay ends.
      await s.payments.connect(s.operator).redeem(pending)
      await s.networkHelpers.time.increase(DAY)
      const before = await s.token.balanceOf(alice.address)
      await s.payments.connect(alice).withdraw(s.operator.address)
      expect(await s.token.balanceOf(alice.address)).toBe(before + 3n * MAIA)
      expect(await s.payments.balanceOf(alice.address, s.operator.address)).toBe(0n)
      expect((await s.payments.pendingWithdrawal(alice.address, s.operator.address)).amount).toBe(0n)
    })

    it('pays nothing when redemptions took everything, and can be cancelled', async () => {
      const [alice, bob] = s.users
      await deposit(alice, MAIA)
      await s.payments.connect(alice).requestWithdrawal(s.operator.address, MAIA)
      await s.payments.connect(s.operator).redeem(await signed(alice, MAIA))
      await s.networkHelpers.time.increase(DAY)
      const before = await s.token.balanceOf(alice.address)
      await s.payments.connect(alice).withdraw(s.operator.address)
      expect(await s.token.balanceOf(alice.address)).toBe(before)

      await deposit(bob, MAIA)
      await s.payments.connect(bob).requestWithdrawal(s.operator.address, MAIA)
      await s.payments.connect(bob).cancelWithdrawal(s.operator.address)
      expect((await s.payments.pendingWithdrawal(bob.address, s.operator.address)).amount).toBe(0n)
    })

    it('reverts on zero or excessive requests and when nothing is pending', async () => {
      const [alice] = s.users
      await deposit(alice, MAIA)
      await expectRevert(s.payments.connect(alice).requestWithdrawal(s.operator.address, 0n), s.payments, 'SessionPaymentsZeroAmount', [])
      await expectRevert(s.payments.connect(alice).requestWithdrawal(s.operator.address, MAIA + 1n), s.payments, 'SessionPaymentsInsufficientBalance', [alice.address, s.operator.address, MAIA, MAIA + 1n])
      await expectRevert(s.payments.connect(alice).withdraw(s.operator.address), s.payments, 'SessionPaymentsNoPendingWithdrawal', [alice.address, s.operator.address])
      await expectRevert(s.payments.connect(alice).cancelWithdrawal(s.operator.address), s.payments, 'SessionPaymentsNoPendingWithdrawal', [alice.address, s.operator.address])
    })
  })

  describe('governance parameters', () => {
    it('sets fee rate, treasury, provider pool and withdrawal delay', async () => {
      await s.payments.connect(s.timelock).setFeeRate(2500)
      await s.payments.connect(s.timelock).setTreasury(s.stranger.address)
      await s.payments.connect(s.timelock).setProviderPool(s.deployer.address)
      await s.payments.connect(s.timelock).setWithdrawalDelay(3600)
      expect(await s.payments.feeBps()).toBe(2500n)
      expect(await s.payments.treasury()).toBe(s.stranger.address)
      expect(await s.payments.providerPool()).toBe(s.deployer.address)
      expect(await s.payments.withdrawalDelay()).toBe(3600n)
      expect(await s.payments.token()).toBe(await s.token.getAddress())

      const [alice] = s.users
      await deposit(alice, 4n * MAIA)
      const treasuryBefore = await s.token.balanceOf(s.stranger.address)
      await s.payments.connect(s.operator).redeem(await signed(alice, 4n * MAIA))
      expect(await s.token.balanceOf(s.stranger.address)).toBe(treasuryBefore + MAIA)
    })

    it('reverts for non-governance callers and invalid values', async () => {
      for (const call of [
        () => s.payments.connect(s.operator).setFeeRate(1),
        () => s.payments.connect(s.deployer).setTreasury(s.stranger.address),
        () => s.payments.connect(s.deployer).setProviderPool(s.stranger.address),
        () => s.payments.connect(s.deployer).setWithdrawalDelay(1)
      ]) {
        await expectRevert(call, s.payments, 'AccessControlUnauthorizedAccount')
      }
      await expectRevert(s.payments.connect(s.timelock).setFeeRate(10_001), s.payments, 'SessionPaymentsInvalidFeeRate', [10_001])
      await expectRevert(s.payments.connect(s.timelock).setTreasury(ZeroAddress), s.payments, 'SessionPaymentsZeroAddress', ['treasury'])
      await expectRevert(s.payments.connect(s.timelock).setProviderPool(ZeroAddress), s.payments, 'SessionPaymentsZeroAddress', ['providerPool'])
      await expectRevert(s.payments.connect(s.timelock).setWithdrawalDelay(30 * DAY + 1), s.payments, 'SessionPaymentsInvalidWithdrawalDelay', [30 * DAY + 1, 30 * DAY])
    })

    it('validates its constructor arguments', async () => {
      const artifact = await readArtifact(DEFAULT_ARTIFACTS_DIR, SUITE_ARTIFACTS.SessionPayments)
      const factory = new s.ethers.ContractFactory(artifact.abi, artifact.bytecode, s.deployer)
      const a = s.deployer.address
      const token = await s.token.getAddress()
      await expectRevert(factory.deploy(a, ZeroAddress, a, a, 0, 0), s.payments, 'SessionPaymentsZeroAddress', ['token'])
      await expectRevert(factory.deploy(a, token, ZeroAddress, a, 0, 0), s.payments, 'SessionPaymentsZeroAddress', ['treasury'])
      await expectRevert(factory.deploy(a, token, a, ZeroAddress, 0, 0), s.payments, 'SessionPaymentsZeroAddress', ['providerPool'])
      await expectRevert(factory.deploy(a, token, a, a, 10_001, 0), s.payments, 'SessionPaymentsInvalidFeeRate', [10_001])
      await expectRevert(factory.deploy(a, token, a, a, 0, 30 * DAY + 1), s.payments, 'SessionPaymentsInvalidWithdrawalDelay', [30 * DAY + 1, 30 * DAY])
    })
  })
})
