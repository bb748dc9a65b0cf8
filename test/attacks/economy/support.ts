import { hexlify, randomBytes, type Signer, type TypedDataDomain } from 'ethers'
import { signVoucher, toRedemption, type Redemption, type Voucher } from '../../../shared/chain/voucher.ts'
import type { Suite } from '../../contracts/support/suite.ts'
import { MAIA } from '../../contracts/support/suite.ts'

/** A fresh voucher of `user` (random session id and nonce, 1 hour of validity, 10 MAIA). */
export async function voucherOf(s: Suite, user: Signer, overrides: Partial<Voucher> = {}): Promise<Voucher> {
  return {
    user: await user.getAddress(),
    operator: s.operator.address,
    sessionId: hexlify(randomBytes(32)),
    maxAmount: 10n * MAIA,
    expiry: BigInt(await s.networkHelpers.time.latest()) + 3600n,
    nonce: BigInt(hexlify(randomBytes(8))),
    ...overrides
  }
}

/** A redemption of `amount` for a voucher `user` signs under `domain` (the suite's by default). */
export async function signedRedemption(s: Suite, user: Signer, amount: bigint, overrides: Partial<Voucher> = {}, domain: TypedDataDomain = s.domain): Promise<Redemption> {
  const voucher = await voucherOf(s, user, overrides)
  return toRedemption(voucher, amount, await signVoucher(user, domain, voucher))
}

/** Runs `tryRedeemBatch` as the operator; returns the skipped vouchers' custom error names, by nonce. */
export async function tryRedeem(s: Suite, redemptions: Redemption[]): Promise<{ skipped: Map<bigint, string>; settled: { provider: bigint; treasury: bigint } | undefined }> {
  const receipt = await (await s.payments.connect(s.operator).tryRedeemBatch(redemptions)).wait()
  const skipped = new Map<bigint, string>()
  let settled: { provider: bigint; treasury: bigint } | undefined
  for (const log of receipt?.logs ?? []) {
    const event = s.payments.interface.parseLog(log)
    if (event?.name === 'RedemptionSkipped') {
      const reason = s.payments.interface.parseError(String(event.args.reason))
      skipped.set(BigInt(String(event.args.nonce)), reason?.name ?? String(event.args.reason))
    }
    if (event?.name === 'RedemptionsSettled') settled = { provider: BigInt(String(event.args[2])), treasury: BigInt(String(event.args[3])) }
  }
  return { skipped, settled }
}
