import { Signature, Wallet, type TypedDataDomain } from 'ethers'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { BadSignatureError, InvalidVoucherHeaderError } from '../../shared/chain/errors.ts'
import { signVoucher, voucherDomain, type Voucher } from '../../shared/chain/voucher.ts'
import { encodeVoucherHeader, voucherToJson, type SignedVoucher } from '../../shared/chain/voucherCodec.ts'
import { verifyVoucherHeader } from '../../shared/chain/voucherHeader.ts'
import { fuzzRuns } from './fuzzRuns.ts'

// Issue 12 §5: any `x-maia-voucher` value is refused with a typed error (never a TypeError or a
// RangeError from deep inside), and a valid header changed anywhere is never accepted as another
// voucher.

const DOMAIN = voucherDomain({ chainId: 31337, verifyingContract: '0x5FbDB2315678afecb367f032d93F642f64180aa3' })

/** Calls `verifyVoucherHeader`, failing the property on any error that is not one of its own. */
function verify(value: string, domain: TypedDataDomain = DOMAIN): SignedVoucher | 'refused' {
  try {
    return verifyVoucherHeader(value, domain)
  } catch (error) {
    expect(error, `${String(error)} for ${JSON.stringify(value.slice(0, 120))}`).toSatisfy((candidate) => candidate instanceof InvalidVoucherHeaderError || candidate instanceof BadSignatureError)
    // A clear error: it says what was wrong, not just that something was.
    expect((error as Error).message.length).toBeGreaterThan((error as InvalidVoucherHeaderError).shortMessage.length)
    return 'refused'
  }
}
const base64 = (value: unknown): string => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value) ?? '', 'utf8').toString('base64')
/** The same voucher and the same signature (v as 27/28 or 0/1, hex in any case) count as unchanged. */
const sameVoucher = (accepted: SignedVoucher, original: SignedVoucher): boolean =>
  JSON.stringify(voucherToJson(accepted.voucher)) === JSON.stringify(voucherToJson(original.voucher)) &&
  Signature.from(accepted.signature).serialized === Signature.from(original.signature).serialized

describe('fuzzing the x-maia-voucher header', () => {
  let signed: SignedVoucher
  let header: string

  beforeAll(async () => {
    const user = Wallet.createRandom()
    const voucher: Voucher = { user: user.address, operator: Wallet.createRandom().address, sessionId: `0x${'5a'.repeat(32)}`, maxAmount: 5n * 10n ** 18n, expiry: 1_900_000_000n, nonce: 42n }
    signed = { voucher, signature: await signVoucher(user, DOMAIN, voucher) }
    header = encodeVoucherHeader(signed)
  })

  it('accepts the untouched header (else the properties below prove nothing)', () => {
    expect(verify(header)).toEqual({ ...signed, signature: signed.signature.toLowerCase() })
  })

  it('refuses any string, base64 of anything, and base64 of header-like JSON, with its own typed errors', () => {
    const leaf = fc.oneof(fc.string({ maxLength: 80 }), fc.integer(), fc.bigInt().map(String), fc.constantFrom('0x', `0x${'f'.repeat(64)}`, `0x${'0'.repeat(130)}`, `0x${'f'.repeat(130)}`, '1e400', '-1', '00'), fc.jsonValue({ maxDepth: 1 }))
    const headerLike = fc.record({
      voucher: fc.oneof(fc.record({ user: leaf, sessionId: leaf, maxAmount: leaf, expiry: leaf, nonce: leaf }, { requiredKeys: [] }), fc.jsonValue({ maxDepth: 2 })),
      signature: leaf
    }, { requiredKeys: [] })
    const value = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-='), maxLength: 3_000 }),
      fc.uint8Array({ maxLength: 600 }).map((bytes) => Buffer.from(bytes).toString('base64')),
      fc.jsonValue({ maxDepth: 3 }).map(base64),
      headerLike.map(base64)
    )
    fc.assert(fc.property(value, (candidate) => {
      expect(verify(candidate)).toBe('refused')
    }), { numRuns: fuzzRuns(500) })
  })

  it('never accepts a valid header with a field of its JSON changed', () => {
    const field = fc.constantFrom('user', 'sessionId', 'maxAmount', 'expiry', 'nonce', 'signature')
    const change = fc.oneof(
      { weight: 3, arbitrary: fc.tuple(fc.nat(), fc.constantFrom(...'0123456789abcdefABCDEF')).map(([seed, digit]) => ({ seed, digit })) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }).map((value) => ({ value })) }
    )
    fc.assert(fc.property(field, change, (name, how) => {
      const json = { voucher: voucherToJson(signed.voucher), signature: signed.signature } as { voucher: Record<string, unknown>; signature: unknown }
      const original = name === 'signature' ? json.signature : json.voucher[name]
      let changed: unknown
      if ('value' in how) changed = how.value
      else {
        // One character replaced, within the field's own alphabet (past a 0x prefix).
        const text = String(original)
        const start = text.startsWith('0x') ? 2 : 0
        const index = start + (how.seed % Math.max(1, text.length - start))
        changed = `${text.slice(0, index)}${how.digit}${text.slice(index + 1)}`
      }
      if (name === 'signature') json.signature = changed
      else json.voucher[name] = changed
      const result = verify(base64(json))
      if (result !== 'refused') expect(sameVoucher(result, signed), `${name} = ${JSON.stringify(changed)} was accepted`).toBe(true)
    }), { numRuns: fuzzRuns(400) })
  })

  it('never accepts a valid header with its text changed, or for another domain', () => {
    const textChange = fc.tuple(fc.nat(), fc.string({ minLength: 0, maxLength: 3 }), fc.nat({ max: 3 }))
    fc.assert(fc.property(textChange, ([seed, insert, removed]) => {
      const index = seed % (header.length + 1)
      const changed = `${header.slice(0, index)}${insert}${header.slice(index + removed)}`
      const result = verify(changed)
      // Base64 has slack (padding bits, URL-safe letters): a text that decodes to the same voucher is the same voucher.
      if (result !== 'refused') expect(sameVoucher(result, signed), `${JSON.stringify(changed)} was accepted`).toBe(true)
    }), { numRuns: fuzzRuns(400) })
    const domains = fc.record({ chainId: fc.oneof(fc.integer({ min: 1, max: 2 ** 40 }), fc.constant(1)), verifyingContract: fc.uint8Array({ minLength: 20, maxLength: 20 }).map((bytes) => `0x${Buffer.from(bytes).toString('hex')}`) })
    fc.assert(fc.property(domains, (domain) => {
      fc.pre(domain.chainId !== 31337)
      expect(verify(header, voucherDomain(domain))).toBe('refused')
    }), { numRuns: fuzzRuns(50) })
  })
})
