import { getBytes, hashMessage, verifyMessage, type Wallet } from 'ethers'
import { z } from 'zod'
import { ethSignatureSchema } from './ethSignature.ts'
import { InvalidSignatureError, StaleRecordError } from './errors.ts'
import { assertBindingProof, bindingProofSchema } from '../keys/bindingProof.ts'
import type { SignerCache } from '../keys/createSignerCache.ts'
import { canonicalJson } from '../util/canonicalJson.ts'
import { MAX_CLOCK_SKEW_MS } from './constants.ts'

/**
 * What a node announces on the capability topic at start and on every heartbeat. The
 * orchestrator routes from these records, so every field is signed by the node's ETH key
 * and the ETH key is bound to the libp2p peer that published the gossip message.
 */
export const capabilityRecordSchema = z.object({
  version: z.literal(1),
  peerId: z.string().min(40).max(80),
  ethAddress: z.string().regex(/^0x[0-9a-fA-F]{40}$/),
  binding: bindingProofSchema,
  model: z.object({
    hash: z.string().regex(/^0x[0-9a-f]{64}$/),
    name: z.string().min(1).max(200)
  }).strict(),
  contextSize: z.number().int().positive(),
  maxConcurrent: z.number().int().positive(),
  queueDepth: z.number().int().min(0),
  inFlight: z.number().int().min(0),
  tokensPerSecond: z.number().min(0),
  /** Price in $MAIA base units (wei) per 1,000 tokens, as a decimal string. */
  pricePer1kTokens: z.string().regex(/^\d{1,40}$/),
  timestamp: z.number().int().positive(),
  signature: ethSignatureSchema
}).strict()
export type CapabilityRecord = z.infer<typeof capabilityRecordSchema>
export type UnsignedCapabilityRecord = Omit<CapabilityRecord, 'signature'>

const statement = (record: UnsignedCapabilityRecord): string => `MAIA capability record ${canonicalJson(record)}`

export async function signCapabilityRecord(wallet: Wallet, record: UnsignedCapabilityRecord): Promise<CapabilityRecord> {
  return { ...record, signature: await wallet.signMessage(statement(record)) }
}

export interface VerifyCapabilityOptions {
  /** The libp2p peer that published the gossip message (gossipsub signs it). */
  fromPeerId: string
  now: number
  maxAgeMs: number
  /** Nodes' public keys kept across records: the record's own signature costs ~0.5 ms instead of ~2 ms. */
  signers?: SignerCache
  /** Binding proofs already verified: a node's binding never changes, so it is checked once. */
  bindings?: BindingCache
}

/**
 * Binding proofs that verified, by peer id. Checking one is a pure function of (peer id,
 * address, proof), so a record repeating a remembered one needs no second check (two ~2 ms
 * signature checks per heartbeat otherwise); a different address or proof is checked afresh.
 */
export interface BindingCache {
  has(peerId: string, ethAddress: string, binding: CapabilityRecord['binding']): boolean
  add(peerId: string, ethAddress: string, binding: CapabilityRecord['binding']): void
}

/** @example const bindings = createBindingCache(); await assertCapabilityRecord(record, { ...options, bindings }) */
export function createBindingCache(options: { maxPeers?: number } = {}): BindingCache {
  const maxPeers = options.maxPeers ?? 4096
  const verified = new Map<string, string>()
  const content = (ethAddress: string, binding: CapabilityRecord['binding']): string =>
    `${ethAddress.toLowerCase()} ${binding.ethSignature} ${binding.peerSignature}`
  return {
    has: (peerId, ethAddress, binding) => verified.get(peerId) === content(ethAddress, binding),
    add(peerId, ethAddress, binding) {
      verified.delete(peerId)
      verified.set(peerId, content(ethAddress, binding))
      if (verified.size > maxPeers) verified.delete(verified.keys().next().value!)
    }
  }
}

/**
 * Throws unless the record is fresh, published by the peer it names, signed by the ETH
 * address it names, and that address is bound to that peer.
 */
export async function assertCapabilityRecord(record: CapabilityRecord, options: VerifyCapabilityOptions): Promise<void> {
  const ageMs = options.now - record.timestamp
  if (ageMs > options.maxAgeMs || ageMs < -MAX_CLOCK_SKEW_MS) throw new StaleRecordError(ageMs, options.maxAgeMs)
  if (record.peerId !== options.fromPeerId) {
    throw new InvalidSignatureError('capability record', { reason: 'published by another peer', claimed: record.peerId, from: options.fromPeerId })
  }
  const { signature, ...unsigned } = record
  if (options.signers !== undefined) {
    if (!options.signers.signedBy(getBytes(hashMessage(statement(unsigned))), signature, record.ethAddress)) {
      throw new InvalidSignatureError('capability record', { expected: record.ethAddress })
    }
  } else {
    let recovered: string
    try {
      recovered = verifyMessage(statement(unsigned), signature)
    } catch {
      throw new InvalidSignatureError('capability record', { ethAddress: record.ethAddress })
    }
    if (recovered.toLowerCase() !== record.ethAddress.toLowerCase()) {
      throw new InvalidSignatureError('capability record', { expected: record.ethAddress, recovered })
    }
  }
  if (options.bindings?.has(record.peerId, record.ethAddress, record.binding) === true) return
  await assertBindingProof(record.peerId, record.ethAddress, record.binding)
  options.bindings?.add(record.peerId, record.ethAddress, record.binding)
}
