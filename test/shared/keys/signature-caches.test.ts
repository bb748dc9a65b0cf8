import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { getBytes, hashMessage, recoverAddress, Signature, Wallet } from 'ethers'
import { describe, expect, it } from 'vitest'
import { createBindingProof } from '../../../shared/keys/bindingProof.ts'
import { createSignerCache } from '../../../shared/keys/createSignerCache.ts'
import { assertCapabilityRecord, createBindingCache, signCapabilityRecord, type UnsignedCapabilityRecord } from '../../../shared/protocol/capability.ts'
import { assertReceiptSignature, receiptDigest, receiptDigestBytes, signReceipt, type UnsignedReceipt } from '../../../shared/protocol/receipt.ts'

const word = (byte: number): `0x${string}` => `0x${byte.toString(16).padStart(2, '0').repeat(32)}`
const hex = (bytes: Uint8Array): string => `0x${Buffer.from(bytes).toString('hex')}`
const N = secp256k1.Point.Fn.ORDER

describe('signer cache: the same answers as ethers, cheaper', () => {
  const wallet = new Wallet(Wallet.createRandom().privateKey)
  const other = new Wallet(Wallet.createRandom().privateKey)
  const digestOf = (index: number): Uint8Array => getBytes(hashMessage(`message ${index}`))
  const sign = (index: number, by = wallet): string => by.signingKey.sign(digestOf(index)).serialized

  it('accepts genuine signatures on first sight and from the kept key (table built), like ethers', () => {
    const signers = createSignerCache()
    for (let index = 0; index < 6; index += 1) {
      expect(recoverAddress(digestOf(index), sign(index))).toBe(wallet.address)
      expect(signers.signedBy(digestOf(index), sign(index), wallet.address)).toBe(true)
      expect(signers.signedBy(digestOf(index), sign(index), wallet.address.toLowerCase())).toBe(true)
    }
    expect(signers.size).toBe(1)
  })

  it('refuses what ethers refuses: another signer, another digest, a flipped v, garbage', () => {
    const signers = createSignerCache()
    expect(signers.signedBy(digestOf(0), sign(0, other), wallet.address)).toBe(false)
    expect(signers.size).toBe(0)
    for (const round of [0, 1, 2]) {
      // Before and after the key is kept and its table built.
      expect(signers.signedBy(digestOf(round), sign(round), wallet.address)).toBe(true)
      expect(signers.signedBy(digestOf(round + 1), sign(round), wallet.address)).toBe(false)
      expect(signers.signedBy(digestOf(round), sign(round, other), wallet.address)).toBe(false)
      const bytes = getBytes(sign(round))
      const flipped = new Uint8Array(bytes)
      flipped[64] = bytes[64] === 27 ? 28 : 27
      expect(recoverAddress(digestOf(round), hex(flipped))).not.toBe(wallet.address)
      expect(signers.signedBy(digestOf(round), hex(flipped), wallet.address)).toBe(false)
      const tampered = new Uint8Array(bytes)
      tampered[10] = tampered[10]! ^ 1
      expect(signers.signedBy(digestOf(round), hex(tampered), wallet.address)).toBe(false)
    }
    expect(signers.signedBy(digestOf(0), '0x1234', wallet.address)).toBe(false)
    expect(signers.signedBy(digestOf(0), `0x${'00'.repeat(65)}`, wallet.address)).toBe(false)
    expect(signers.signedBy(digestOf(0), `0x${'ff'.repeat(65)}`, wallet.address)).toBe(false)
  })

  it('falls back to ethers for other shapes: a compact 64-byte signature and a high s', () => {
    const signers = createSignerCache()
    signers.signedBy(digestOf(0), sign(0), wallet.address)
    signers.signedBy(digestOf(1), sign(1), wallet.address)
    const signature = Signature.from(sign(2))
    expect(signers.signedBy(digestOf(2), signature.compactSerialized, wallet.address)).toBe(true)
    // The same signature with s' = n - s and v flipped: ethers refuses it when s' has its top bit set.
    const highS = N - BigInt(signature.s)
    const malleated = `${signature.r}${highS.toString(16).padStart(64, '0')}${signature.v === 27 ? '1c' : '1b'}`
    let ethersAnswer: boolean
    try { ethersAnswer = recoverAddress(digestOf(2), malleated) === wallet.address } catch { ethersAnswer = false }
    expect(signers.signedBy(digestOf(2), malleated, wallet.address)).toBe(ethersAnswer)
  })

  it('keeps at most maxSigners keys, the least recently used dropped', () => {
    const signers = createSignerCache({ maxSigners: 2 })
    const wallets = Array.from({ length: 3 }, () => new Wallet(Wallet.createRandom().privateKey))
    for (const [index, signer] of wallets.entries()) expect(signers.signedBy(digestOf(index), sign(index, signer), signer.address)).toBe(true)
    expect(signers.size).toBe(2)
    // The dropped one is recovered again, still exactly.
    expect(signers.signedBy(digestOf(9), sign(9, wallets[0]), wallets[0]!.address)).toBe(true)
    expect(signers.signedBy(digestOf(9), sign(9, wallets[0]), wallets[1]!.address)).toBe(false)
  })
})

describe('receipts through the signer cache', () => {
  const wallet = new Wallet(Wallet.createRandom().privateKey)
  const unsigned = (index: number, chainId = 31337): UnsignedReceipt => ({
    requestId: word(index), promptHash: word(index + 1), outputHash: word(index + 2), inputTokens: 1000 + index,
    outputTokens: 2 ** 40 + index, modelHash: word(200), node: wallet.address, chainId
  })

  it('computes the EIP-712 digest ethers computes, on every chain', () => {
    for (const chainId of [1, 31337, 8453]) {
      for (let index = 0; index < 4; index += 1) expect(hex(receiptDigestBytes(unsigned(index, chainId)))).toBe(receiptDigest(unsigned(index, chainId)))
    }
  })

  it('accepts a genuine receipt and refuses any changed field, with and without the cache', async () => {
    const signers = createSignerCache()
    for (let index = 0; index < 4; index += 1) {
      const receipt = await signReceipt(wallet, unsigned(index))
      for (const options of [{}, { signers }]) {
        expect(() => assertReceiptSignature(receipt, options)).not.toThrow()
        for (const changed of [{ outputTokens: receipt.outputTokens + 1 }, { outputHash: word(99) }, { chainId: 1 }, { node: new Wallet(Wallet.createRandom().privateKey).address }]) {
          expect(() => assertReceiptSignature({ ...receipt, ...changed }, options)).toThrow(expect.objectContaining({ name: 'InvalidSignatureError' }))
        }
      }
    }
  })
})

describe('binding proofs are checked once per peer', () => {
  it('skips the binding check only for the same peer, address and proof', async () => {
    const libp2pKey = await generateKeyPair('Ed25519')
    const peerId = peerIdFromPrivateKey(libp2pKey).toString()
    const wallet = new Wallet(Wallet.createRandom().privateKey)
    const binding = await createBindingProof(libp2pKey, peerId, wallet)
    const unsigned: UnsignedCapabilityRecord = {
      version: 1, peerId, ethAddress: wallet.address, binding,
      model: { hash: `0x${'c'.repeat(64)}`, name: 'maia-tiny' }, contextSize: 2048, maxConcurrent: 2, queueDepth: 0,
      inFlight: 0, tokensPerSecond: 100, pricePer1kTokens: '1000', timestamp: 1_000_000
    }
    const bindings = createBindingCache()
    const options = { fromPeerId: peerId, now: 1_000_500, maxAgeMs: 10_000, bindings, signers: createSignerCache() }
    expect(bindings.has(peerId, wallet.address, binding)).toBe(false)
    await expect(assertCapabilityRecord(await signCapabilityRecord(wallet, unsigned), options)).resolves.toBeUndefined()
    expect(bindings.has(peerId, wallet.address, binding)).toBe(true)
    // Later records still need their own signature, freshness and publisher.
    await expect(assertCapabilityRecord(await signCapabilityRecord(wallet, { ...unsigned, inFlight: 1 }), options)).resolves.toBeUndefined()
    await expect(assertCapabilityRecord({ ...(await signCapabilityRecord(wallet, unsigned)), inFlight: 2 }, options)).rejects.toMatchObject({ name: 'InvalidSignatureError' })
    await expect(assertCapabilityRecord(await signCapabilityRecord(wallet, unsigned), { ...options, now: 1_020_000 })).rejects.toMatchObject({ name: 'StaleRecordError' })
    // A changed proof is checked afresh, and a bad one refused and not remembered.
    const forged = { ...binding, peerSignature: Buffer.from(new Uint8Array(64)).toString('base64') }
    await expect(assertCapabilityRecord(await signCapabilityRecord(wallet, { ...unsigned, binding: forged }), options)).rejects.toThrow(/libp2p half/)
    expect(bindings.has(peerId, wallet.address, forged)).toBe(false)
    // Another ETH key claiming the same peer cannot reuse the remembered binding.
    const intruder = new Wallet(Wallet.createRandom().privateKey)
    await expect(assertCapabilityRecord(await signCapabilityRecord(intruder, { ...unsigned, ethAddress: intruder.address }), options)).rejects.toMatchObject({ name: 'InvalidSignatureError' })
  })
})
