import { chmod, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { Wallet } from 'ethers'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { assertBindingProof, createBindingProof } from '../../../shared/keys/bindingProof.ts'
import { ETH_KEY_FILE, LIBP2P_KEY_FILE, loadOrCreateIdentity } from '../../../shared/keys/nodeIdentity.ts'
import { assertCapabilityRecord, signCapabilityRecord, type UnsignedCapabilityRecord } from '../../../shared/protocol/capability.ts'
import { temporaryDirectory } from '../../helpers/network.ts'

describe('node identity on disk', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  beforeEach(async () => { directory = await temporaryDirectory() })
  afterEach(async () => { await directory.remove() })

  it('creates both keys with mode 0600 and loads the same identity again', async () => {
    const first = await loadOrCreateIdentity(directory.path)
    for (const file of [LIBP2P_KEY_FILE, ETH_KEY_FILE]) {
      expect((await stat(join(directory.path, file))).mode & 0o777).toBe(0o600)
    }
    const second = await loadOrCreateIdentity(directory.path)
    expect(second.peerId.toString()).toBe(first.peerId.toString())
    expect(second.wallet.address).toBe(first.wallet.address)
  })

  it('refuses key files other users can read, and corrupt ones, with the fix in the message', async () => {
    await loadOrCreateIdentity(directory.path)
    await chmod(join(directory.path, ETH_KEY_FILE), 0o644)
    await expect(loadOrCreateIdentity(directory.path)).rejects.toMatchObject({ name: 'InsecureKeyFileError', message: expect.stringContaining('chmod 600') })
    await writeFile(join(directory.path, ETH_KEY_FILE), 'not a key', { mode: 0o600 })
    await chmod(join(directory.path, ETH_KEY_FILE), 0o600)
    await expect(loadOrCreateIdentity(directory.path)).rejects.toMatchObject({ name: 'CorruptKeyFileError' })
  })
})

describe('binding proof and capability records', () => {
  const make = async () => {
    const libp2pKey = await generateKeyPair('Ed25519')
    const peerId = peerIdFromPrivateKey(libp2pKey).toString()
    const wallet = Wallet.createRandom()
    return { libp2pKey, peerId, wallet: new Wallet(wallet.privateKey), binding: await createBindingProof(libp2pKey, peerId, new Wallet(wallet.privateKey)) }
  }

  it('verifies a genuine binding and rejects a swapped half', async () => {
    const a = await make()
    const b = await make()
    await expect(assertBindingProof(a.peerId, a.wallet.address, a.binding)).resolves.toBeUndefined()
    await expect(assertBindingProof(a.peerId, b.wallet.address, a.binding)).rejects.toMatchObject({ name: 'InvalidSignatureError' })
    await expect(assertBindingProof(a.peerId, a.wallet.address, { ...a.binding, peerSignature: b.binding.peerSignature }))
      .rejects.toThrow(/libp2p half/)
    await expect(assertBindingProof(b.peerId, a.wallet.address, a.binding)).rejects.toThrow(/eth half/)
  })

  it('accepts a fresh signed record and rejects tampering, staleness, and the wrong publisher', async () => {
    const node = await make()
    const unsigned: UnsignedCapabilityRecord = {
      version: 1, peerId: node.peerId, ethAddress: node.wallet.address, binding: node.binding,
      model: { hash: `0x${'c'.repeat(64)}`, name: 'maia-tiny' }, contextSize: 2048, maxConcurrent: 2, queueDepth: 0,
      inFlight: 0, tokensPerSecond: 100, pricePer1kTokens: '1000', timestamp: 1_000_000
    }
    const record = await signCapabilityRecord(node.wallet, unsigned)
    const options = { fromPeerId: node.peerId, now: 1_000_500, maxAgeMs: 10_000 }
    await expect(assertCapabilityRecord(record, options)).resolves.toBeUndefined()
    await expect(assertCapabilityRecord({ ...record, pricePer1kTokens: '1' }, options)).rejects.toMatchObject({ name: 'InvalidSignatureError' })
    await expect(assertCapabilityRecord(record, { ...options, now: 1_020_000 })).rejects.toMatchObject({ name: 'StaleRecordError' })
    await expect(assertCapabilityRecord(record, { ...options, now: 990_000 })).rejects.toMatchObject({ name: 'StaleRecordError' })
    const other = await make()
    await expect(assertCapabilityRecord(record, { ...options, fromPeerId: other.peerId })).rejects.toThrow(/published by another peer/)
    // A node cannot claim someone else's ETH address: it cannot produce their binding.
    const hijack = await signCapabilityRecord(node.wallet, { ...unsigned, peerId: other.peerId, binding: other.binding })
    await expect(assertCapabilityRecord(hijack, { ...options, fromPeerId: other.peerId })).rejects.toMatchObject({ name: 'InvalidSignatureError' })
  })
})
