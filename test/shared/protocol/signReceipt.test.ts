import { getBytes, keccak256, toUtf8Bytes, Wallet, verifyTypedData, type Signer } from 'ethers'
import { describe, expect, it } from 'vitest'
import { RECEIPT_TYPES, receiptDomain, signReceipt, type UnsignedReceipt } from '../../../shared/protocol/receipt.ts'
import { signDigest } from '../../../shared/protocol/signDigest.ts'

const word = (byte: number): `0x${string}` => `0x${byte.toString(16).padStart(2, '0').repeat(32)}`

describe('signReceipt', () => {
  const wallet = new Wallet(Wallet.createRandom().privateKey)
  const unsigned: UnsignedReceipt = {
    requestId: word(1), promptHash: word(2), outputHash: word(3), inputTokens: 12, outputTokens: 345,
    modelHash: word(4), node: wallet.address, chainId: 31337
  }
  const { chainId: _chainId, ...typedValue } = unsigned

  it('signs with a local key exactly as ethers signs the typed data', async () => {
    const receipt = await signReceipt(wallet, unsigned)
    expect(receipt.signature).toBe(await wallet.signTypedData(receiptDomain(31337), RECEIPT_TYPES, typedValue))
    expect(verifyTypedData(receiptDomain(31337), RECEIPT_TYPES, typedValue, receipt.signature)).toBe(wallet.address)
  })

  it('asks any other signer (a remote or hardware key) to sign the typed data itself', async () => {
    const asked: unknown[] = []
    const remote = {
      signTypedData: async (...args: Parameters<Signer['signTypedData']>) => { asked.push(args[2]); return wallet.signTypedData(...args) }
    } as unknown as Signer
    const receipt = await signReceipt(remote, unsigned)
    expect(asked).toEqual([typedValue])
    expect(verifyTypedData(receiptDomain(31337), RECEIPT_TYPES, typedValue, receipt.signature)).toBe(wallet.address)
  })
})

describe('signDigest', () => {
  it('gives ethers\' signature natively and without the binding, for many keys and digests', () => {
    for (let round = 0; round < 20; round += 1) {
      const wallet = new Wallet(Wallet.createRandom().privateKey)
      const digest = getBytes(keccak256(toUtf8Bytes(`digest ${round}`)))
      const expected = wallet.signingKey.sign(digest).serialized
      expect(signDigest(wallet, digest)).toBe(expected)
      expect(signDigest(wallet, digest, { native: false })).toBe(expected)
    }
  })
})
