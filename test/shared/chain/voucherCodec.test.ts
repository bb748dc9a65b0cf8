import { Signature, Wallet } from 'ethers'
import { describe, expect, it } from 'vitest'
import { InvalidVoucherJsonError, VoucherAmountExceedsMaxError } from '../../../shared/chain/errors.ts'
import { signVoucher, voucherDomain } from '../../../shared/chain/voucher.ts'
import { decodeVoucherHeader, encodeVoucherHeader, toRedemption, voucherFromJson, voucherToJson, type Voucher } from '../../../shared/chain/voucherCodec.ts'

const wallet = Wallet.createRandom()
const domain = voucherDomain({ chainId: 31337n, verifyingContract: '0x5FbDB2315678afecb367f032d93F642f64180aa3' })
const voucher: Voucher = { user: wallet.address, operator: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', sessionId: `0x${'ab'.repeat(32)}`, maxAmount: (1n << 200n) + 3n, expiry: (1n << 64n) - 1n, nonce: 2n ** 255n }

describe('the voucher codec', () => {
  it('turns a voucher into its JSON form and back, bigints as decimal strings', () => {
    const json = voucherToJson(voucher)
    expect(json).toEqual({ user: voucher.user, operator: voucher.operator, sessionId: voucher.sessionId, maxAmount: voucher.maxAmount.toString(), expiry: voucher.expiry.toString(), nonce: voucher.nonce.toString() })
    expect(voucherFromJson(JSON.parse(JSON.stringify(json)))).toEqual(voucher)
    // The same normal form the header decoder gives: a checksummed address, a lowercase session id.
    expect(voucherFromJson({ ...json, user: json.user.toLowerCase(), sessionId: json.sessionId.toUpperCase().replace('0X', '0x') })).toEqual(voucher)
  })

  it('refuses a malformed JSON form with a typed error naming the field', () => {
    const json = voucherToJson(voucher)
    for (const broken of [{ ...json, maxAmount: '-1' }, { ...json, expiry: (1n << 64n).toString() }, { ...json, nonce: '007' }, { ...json, user: 'nobody' }, { ...json, sessionId: '0x12' }, null, 'voucher']) {
      expect(() => voucherFromJson(broken)).toThrow(InvalidVoucherJsonError)
    }
    expect(() => voucherFromJson({ ...json, maxAmount: '1.5' })).toThrow(/maxAmount/)
  })

  it('agrees with the header form: the header carries exactly the JSON form', async () => {
    const signature = await signVoucher(wallet, domain, voucher)
    const header = encodeVoucherHeader({ voucher, signature })
    const json = JSON.parse(Buffer.from(header, 'base64').toString('utf8')) as { voucher: unknown }
    expect(json.voucher).toEqual(voucherToJson(voucher))
    expect(decodeVoucherHeader(header).voucher).toEqual(voucherFromJson(json.voucher))
  })

  it('makes the contract struct with the compact signature, up to the voucher maximum and not beyond', async () => {
    const signature = await signVoucher(wallet, domain, voucher)
    const parsed = Signature.from(signature)
    expect(toRedemption(voucher, voucher.maxAmount, signature)).toEqual({ voucher, amount: voucher.maxAmount, r: parsed.r, vs: parsed.yParityAndS })
    expect(toRedemption(voucher, 0n, signature).amount).toBe(0n)
    expect(() => toRedemption(voucher, voucher.maxAmount + 1n, signature)).toThrow(VoucherAmountExceedsMaxError)
  })
})
