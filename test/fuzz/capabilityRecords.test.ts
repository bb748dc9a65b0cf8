import { generateKeyPair } from '@libp2p/crypto/keys'
import { TopicValidatorResult, type Message } from '@libp2p/gossipsub'
import type { PeerId } from '@libp2p/interface'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { Wallet } from 'ethers'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { createBindingProof } from '../../shared/keys/bindingProof.ts'
import { silentLogger } from '../../shared/log/logger.ts'
import { createCapabilityValidator } from '../../orchestrator/inference/capabilityValidator.ts'
import { signCapabilityRecord, type CapabilityRecord } from '../../shared/protocol/capability.ts'
import { CAPABILITY_TOPIC } from '../../shared/protocol/constants.ts'
import { fuzzRuns } from './fuzzRuns.ts'

// Issue 12 §5: whatever arrives on the capability topic, the validator answers Reject or Ignore
// without throwing, and a signed record changed in any field is never accepted.

const NOW = 1_700_000_000_000

/** A gossip message as gossipsub hands it to the validator (only type, from and data are read). */
function message(from: PeerId, data: Uint8Array): Message {
  return { type: 'signed', from, topic: CAPABILITY_TOPIC, data, sequenceNumber: 1n, signature: new Uint8Array(64), key: from.publicKey! } as Message
}
const bytesOf = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value) ?? 'null')

/** Every leaf of the record, as a path: the fields a forger could change. */
function leaves(value: unknown, path: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [path]
  return Object.entries(value).flatMap(([key, child]) => leaves(child, [...path, key]))
}
function withLeaf(record: CapabilityRecord, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(record) as unknown as Record<string, unknown>
  let cursor = copy
  for (const key of path.slice(0, -1)) cursor = cursor[key] as Record<string, unknown>
  cursor[path.at(-1)!] = value
  return copy
}
/**
 * A different value of the same type (so it can pass the schema and reach the signatures). Hex
 * compares without case: an upper-cased signature digit is the same signature, not a forgery.
 */
function tweak(original: unknown, seed: number, replacement: string): unknown {
  if (typeof original === 'number') return original + 1 + (seed % 5)
  const text = String(original)
  const index = seed % Math.max(1, text.length)
  const current = text[index] ?? ''
  const candidates = [...replacement, ...'0123456789abcdefABCDEF'].filter((character) => character.toLowerCase() !== current.toLowerCase())
  return `${text.slice(0, index)}${candidates[seed % candidates.length]}${text.slice(index + 1)}`
}

describe('fuzzing capability records through the gossip validator', () => {
  let record: CapabilityRecord
  let publisher: PeerId
  let stranger: PeerId
  const validate = (admit?: boolean) => createCapabilityValidator({
    now: () => NOW, maxAgeMs: 10_000, logger: silentLogger(),
    ...(admit === undefined ? {} : { admit: () => admit })
  })

  beforeAll(async () => {
    const libp2pKey = await generateKeyPair('Ed25519')
    publisher = peerIdFromPrivateKey(libp2pKey)
    stranger = peerIdFromPrivateKey(await generateKeyPair('Ed25519'))
    const wallet = new Wallet(Wallet.createRandom().privateKey)
    record = await signCapabilityRecord(wallet, {
      version: 1, peerId: publisher.toString(), ethAddress: wallet.address,
      binding: await createBindingProof(libp2pKey, publisher.toString(), wallet),
      model: { hash: `0x${'ab'.repeat(32)}`, name: 'maia-tiny' },
      contextSize: 2048, maxConcurrent: 2, queueDepth: 0, inFlight: 0, tokensPerSecond: 120.5,
      pricePer1kTokens: '1000000000000000', timestamp: NOW - 1_000
    })
  })

  it('accepts the untouched record (else the properties below prove nothing)', async () => {
    expect(await validate()(publisher, message(publisher, bytesOf(record)))).toBe(TopicValidatorResult.Accept)
  })

  it('rejects random bytes and random JSON without throwing', async () => {
    const data = fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.jsonValue({ maxDepth: 4 }).map(bytesOf), fc.object().map(bytesOf))
    await fc.assert(fc.asyncProperty(data, fc.option(fc.boolean(), { nil: undefined }), async (bytes, admit) => {
      const result = await validate(admit)(publisher, message(publisher, bytes))
      expect([TopicValidatorResult.Reject, TopicValidatorResult.Ignore]).toContain(result)
    }), { numRuns: fuzzRuns(300) })
  })

  // Found by the property below: ethers reads v = 0xeb (EIP-155 style) or 0/1 as the same parity, so
  // a re-encoded signature verified. Only the canonical encoding (v = 27 or 28) is accepted now.
  it.each(['eb', '00', '01', '1B'])('refuses the same signature re-encoded with v = %s', async (v) => {
    const reencoded = { ...record, signature: `${record.signature.slice(0, -2)}${v}` }
    expect(reencoded.signature).not.toBe(record.signature)
    expect(await validate()(publisher, message(publisher, bytesOf(reencoded)))).not.toBe(TopicValidatorResult.Accept)
  })

  it('never accepts a signed record with any field changed, to the same type or to anything', async () => {
    const paths = leaves(record)
    const mutation = fc.record({
      path: fc.constantFrom(...paths),
      value: fc.oneof(
        { weight: 3, arbitrary: fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 3 })).map(([seed, replacement]) => ({ tweak: seed, replacement })) },
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value) => ({ value })) }
      ),
      admit: fc.option(fc.boolean(), { nil: undefined })
    })
    await fc.assert(fc.asyncProperty(mutation, async ({ path, value, admit }) => {
      const original = path.reduce<unknown>((cursor, key) => (cursor as Record<string, unknown>)[key], record)
      const changed = 'tweak' in value ? tweak(original, value.tweak, value.replacement) : value.value
      // Only a real change is a forgery (jsonValue may draw the original value back).
      fc.pre(JSON.stringify(changed) !== JSON.stringify(original) && !(typeof changed === 'string' && typeof original === 'string' && path.at(-1) === 'signature' && changed.toLowerCase() === original.toLowerCase()))
      const result = await validate(admit)(publisher, message(publisher, bytesOf(withLeaf(record, path, changed))))
      expect(result, `${path.join('.')} = ${JSON.stringify(changed)}`).not.toBe(TopicValidatorResult.Accept)
    }), { numRuns: fuzzRuns(300) })
  })

  it('never accepts a record with extra fields, a removed field, or from another peer', async () => {
    const change = fc.oneof(
      fc.tuple(fc.string({ minLength: 1, maxLength: 10 }), fc.jsonValue({ maxDepth: 1 })).filter(([key]) => !(key in record)).map(([key, value]) => ({ ...record, [key]: value })),
      fc.constantFrom(...Object.keys(record)).map((key) => Object.fromEntries(Object.entries(record).filter(([name]) => name !== key)))
    )
    await fc.assert(fc.asyncProperty(change, fc.boolean(), async (changed, fromStranger) => {
      const result = await validate()(fromStranger ? stranger : publisher, message(fromStranger ? stranger : publisher, bytesOf(changed)))
      expect(result).not.toBe(TopicValidatorResult.Accept)
    }), { numRuns: fuzzRuns(100) })
    expect(await validate()(stranger, message(stranger, bytesOf(record)))).toBe(TopicValidatorResult.Reject)
  })

  it('rejects an unsigned gossip message whatever it carries', async () => {
    const result = await validate()(publisher, { type: 'unsigned', topic: CAPABILITY_TOPIC, data: bytesOf(record) })
    expect(result).toBe(TopicValidatorResult.Reject)
  })
})
