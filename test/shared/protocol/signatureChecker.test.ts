import { secp256k1 } from '@noble/curves/secp256k1.js'
import { getBytes, hashMessage, recoverAddress, Signature, Wallet } from 'ethers'
import { describe, expect, it } from 'vitest'
import { assertReceiptSignature, receiptDigestBytes, signReceipt, type UnsignedReceipt } from '../../../shared/protocol/receipt.ts'
import { createSignatureChecker, hasNativeSecp256k1 } from '../../../shared/protocol/signatureChecker.ts'

const hex = (bytes: Uint8Array): string => `0x${Buffer.from(bytes).toString('hex')}`
const word = (byte: number): `0x${string}` => `0x${byte.toString(16).padStart(2, '0').repeat(32)}`
const N = secp256k1.Point.Fn.ORDER

const ethersSays = (digest: Uint8Array, signature: string, address: string): boolean => {
  try { return recoverAddress(digest, signature).toLowerCase() === address.toLowerCase() } catch { return false }
}

describe('signature checker: ethers\' answers, natively', () => {
  it('loads libsecp256k1 on this platform (the prebuilt binding ships for linux-x64)', () => {
    // Where it does not load the checker still answers (noble path), only slower: see the cases below.
    if (process.platform === 'linux' && process.arch === 'x64') expect(hasNativeSecp256k1()).toBe(true)
  })

  const wallet = new Wallet(Wallet.createRandom().privateKey)
  const other = new Wallet(Wallet.createRandom().privateKey)
  const digestOf = (index: number): Uint8Array => getBytes(hashMessage(`message ${index}`))
  const sign = (index: number, by = wallet): string => by.signingKey.sign(digestOf(index)).serialized

  for (const native of [true, false]) {
    describe(native ? 'native path' : 'JS path (no binding)', () => {
      const signatures = createSignatureChecker({ native })

      it('accepts genuine signatures, whatever the address case', () => {
        for (let index = 0; index < 5; index += 1) {
          expect(signatures.signedBy(digestOf(index), sign(index), wallet.address)).toBe(true)
          expect(signatures.signedBy(digestOf(index), sign(index), wallet.address.toLowerCase())).toBe(true)
        }
      })

      it('refuses what ethers refuses: another signer, another digest, a flipped v, a changed byte, garbage', () => {
        for (const round of [0, 1, 2]) {
          expect(signatures.signedBy(digestOf(round + 1), sign(round), wallet.address)).toBe(false)
          expect(signatures.signedBy(digestOf(round), sign(round, other), wallet.address)).toBe(false)
          const bytes = getBytes(sign(round))
          const flipped = new Uint8Array(bytes)
          flipped[64] = bytes[64] === 27 ? 28 : 27
          expect(signatures.signedBy(digestOf(round), hex(flipped), wallet.address)).toBe(ethersSays(digestOf(round), hex(flipped), wallet.address))
          expect(signatures.signedBy(digestOf(round), hex(flipped), wallet.address)).toBe(false)
          for (const position of [0, 31, 32, 63]) {
            const tampered = new Uint8Array(bytes)
            tampered[position] = tampered[position]! ^ 1
            expect(signatures.signedBy(digestOf(round), hex(tampered), wallet.address)).toBe(false)
          }
        }
        expect(signatures.signedBy(digestOf(0), '0x1234', wallet.address)).toBe(false)
        expect(signatures.signedBy(digestOf(0), `0x${'00'.repeat(65)}`, wallet.address)).toBe(false)
        expect(signatures.signedBy(digestOf(0), `0x${'ff'.repeat(65)}`, wallet.address)).toBe(false)
        expect(signatures.signedBy(digestOf(0).subarray(0, 31), sign(0), wallet.address)).toBe(false)
      })

      it('answers as ethers for r or s out of range, a compact signature and a high s', () => {
        const signature = Signature.from(sign(3))
        const n = N.toString(16).padStart(64, '0')
        const v = signature.v === 27 ? '1b' : '1c'
        for (const odd of [`0x${n}${signature.s.slice(2)}${v}`, `${signature.r}${n}${v}`, `0x${'00'.repeat(32)}${signature.s.slice(2)}${v}`, `${signature.r}${'00'.repeat(32)}${v}`]) {
          expect(signatures.signedBy(digestOf(3), odd, wallet.address)).toBe(ethersSays(digestOf(3), odd, wallet.address))
        }
        expect(signatures.signedBy(digestOf(3), signature.compactSerialized, wallet.address)).toBe(true)
        const highS = N - BigInt(signature.s)
        const malleated = `${signature.r}${highS.toString(16).padStart(64, '0')}${signature.v === 27 ? '1c' : '1b'}`
        expect(signatures.signedBy(digestOf(3), malleated, wallet.address)).toBe(ethersSays(digestOf(3), malleated, wallet.address))
      })

      it('checks receipts as assertReceiptSignature does without it', async () => {
        const unsigned: UnsignedReceipt = {
          requestId: word(1), promptHash: word(2), outputHash: word(3), inputTokens: 10, outputTokens: 20, modelHash: word(4), node: wallet.address, chainId: 31337
        }
        const receipt = await signReceipt(wallet, unsigned)
        expect(signatures.signedBy(receiptDigestBytes(receipt), receipt.signature, receipt.node)).toBe(true)
        expect(() => assertReceiptSignature(receipt, { signers: signatures })).not.toThrow()
        for (const changed of [{ outputTokens: 21 }, { outputHash: word(9) }, { chainId: 1 }, { node: other.address }]) {
          expect(() => assertReceiptSignature({ ...receipt, ...changed }, { signers: signatures })).toThrow(expect.objectContaining({ name: 'InvalidSignatureError' }))
          expect(() => assertReceiptSignature({ ...receipt, ...changed })).toThrow(expect.objectContaining({ name: 'InvalidSignatureError' }))
        }
      })
    })
  }
})

describe('signature checker: a signer\'s public key kept once proven', () => {
  it('accepts the signer\'s later signatures and still refuses another key claiming its address', () => {
    const signatures = createSignatureChecker()
    const wallet = new Wallet(Wallet.createRandom().privateKey)
    const impostor = new Wallet(Wallet.createRandom().privateKey)
    const digest = (index: number): Uint8Array => getBytes(hashMessage(`kept ${index}`))
    expect(signatures.signedBy(digest(0), impostor.signingKey.sign(digest(0)).serialized, wallet.address)).toBe(false)
    expect(signatures.signedBy(digest(1), wallet.signingKey.sign(digest(1)).serialized, wallet.address)).toBe(true)
    if (hasNativeSecp256k1()) expect(signatures.size).toBe(1)
    for (let index = 2; index < 6; index += 1) {
      expect(signatures.signedBy(digest(index), wallet.signingKey.sign(digest(index)).serialized, wallet.address)).toBe(true)
      expect(signatures.signedBy(digest(index), impostor.signingKey.sign(digest(index)).serialized, wallet.address)).toBe(false)
      expect(signatures.signedBy(digest(index + 1), wallet.signingKey.sign(digest(index)).serialized, wallet.address)).toBe(false)
    }
  })
})
