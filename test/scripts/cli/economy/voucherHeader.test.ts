import { Wallet } from 'ethers'
import { describe, expect, it } from 'vitest'
import { signVoucher, voucherDomain, type Voucher } from '../../../../shared/chain/voucher.ts'
import { MAX_VOUCHER_HEADER_LENGTH, decodeVoucherHeader, encodeVoucherHeader } from '../../../../shared/chain/voucherCodec.ts'
import { verifyVoucherHeader } from '../../../../shared/chain/voucherHeader.ts'

const wallet = new Wallet('0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a')
const domain = voucherDomain({ chainId: 31337n, verifyingContract: '0x5FbDB2315678afecb367f032d93F642f64180aa3' })
const voucher: Voucher = { user: wallet.address, operator: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', sessionId: `0x${'11'.repeat(32)}`, maxAmount: (1n << 200n) + 7n, expiry: (1n << 64n) - 1n, nonce: 2n ** 255n }
const base64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64')

describe('x-maia-voucher header', () => {
  it('round-trips bigints beyond 2^53 as decimal strings and verifies the signer', async () => {
    const signature = await signVoucher(wallet, domain, voucher)
    const value = encodeVoucherHeader({ voucher, signature })
    const json = JSON.parse(Buffer.from(value, 'base64').toString('utf8')) as { voucher: Record<string, string> }
    expect(json.voucher.maxAmount).toBe(voucher.maxAmount.toString())
    expect(decodeVoucherHeader(value)).toEqual({ voucher, signature: signature.toLowerCase() })
    expect(verifyVoucherHeader(value, domain).voucher).toEqual(voucher)
    // URL-safe base64 decodes to the same voucher.
    expect(decodeVoucherHeader(value.replaceAll('+', '-').replaceAll('/', '_')).voucher).toEqual(voucher)
  })

  it('rejects a voucher changed after signing, signed by another key, or for another chain', async () => {
    const signature = await signVoucher(wallet, domain, voucher)
    const tampered = encodeVoucherHeader({ voucher: { ...voucher, maxAmount: voucher.maxAmount + 1n }, signature })
    expect(() => verifyVoucherHeader(tampered, domain)).toThrow(expect.objectContaining({ name: 'BadSignatureError' }))
    const byOther = encodeVoucherHeader({ voucher, signature: await signVoucher(Wallet.createRandom(), domain, voucher) })
    expect(() => verifyVoucherHeader(byOther, domain)).toThrow(expect.objectContaining({ name: 'BadSignatureError' }))
    const value = encodeVoucherHeader({ voucher, signature })
    expect(() => verifyVoucherHeader(value, { ...domain, chainId: 1n })).toThrow(expect.objectContaining({ name: 'BadSignatureError' }))
  })

  it('rejects malformed values with the offending fields named', async () => {
    const signature = await signVoucher(wallet, domain, voucher)
    const good = { voucher: { user: voucher.user, operator: voucher.operator, sessionId: voucher.sessionId, maxAmount: '1', expiry: '2', nonce: '3' }, signature }
    const bad = (value: string) => {
      try {
        decodeVoucherHeader(value)
      } catch (error) {
        return error as Error
      }
      throw new Error('expected a rejection')
    }
    expect(bad('')).toMatchObject({ name: 'InvalidVoucherHeaderError' })
    expect(bad('not base64!')).toMatchObject({ name: 'InvalidVoucherHeaderError', message: expect.stringContaining('not base64') })
    expect(bad(Buffer.from('{oops').toString('base64')).message).toContain('not base64 of JSON')
    expect(bad('A'.repeat(MAX_VOUCHER_HEADER_LENGTH + 1)).message).toContain('longer than')
    expect(bad(base64({ ...good, voucher: { ...good.voucher, maxAmount: 1 } })).message).toContain('voucher.maxAmount')
    expect(bad(base64({ ...good, voucher: { ...good.voucher, expiry: (1n << 64n).toString() } })).message).toContain('expiry out of range')
    expect(bad(base64({ ...good, voucher: { ...good.voucher, nonce: '007' } })).message).toContain('voucher.nonce')
    expect(bad(base64({ ...good, voucher: { ...good.voucher, user: '0x1234' } })).message).toContain('voucher.user')
    expect(bad(base64({ ...good, voucher: { ...good.voucher, operator: '0x1234' } })).message).toContain('voucher.operator')
    // A header of the earlier format (no operator) is refused with the field named, not misread.
    const { operator: _dropped, ...earlier } = good.voucher
    expect(bad(base64({ ...good, voucher: earlier })).message).toContain('voucher.operator')
    expect(bad(base64({ ...good, signature: '0x1234' })).message).toContain('signature')
    expect(decodeVoucherHeader(base64(good)).voucher.maxAmount).toBe(1n)
  })
})
