import { TopicValidatorResult, type Message } from '@libp2p/gossipsub'
import type { PeerId } from '@libp2p/interface'
import type { Logger } from 'pino'
import { decodeFrame } from '../../shared/protocol/index.ts'
import type { SignerCache } from '../../shared/keys/index.ts'
import { assertCapabilityRecord, capabilityRecordSchema, createBindingCache, createSignatureChecker, type BindingCache, type CapabilityRecord } from '../../shared/protocol/index.ts'

/**
 * A gossipsub topic validator for capability records. Records that fail the schema, a
 * signature or the freshness check are rejected, so they are neither delivered nor relayed,
 * and gossipsub's peer scoring penalizes whoever sent them. Valid records from peers `admit`
 * refuses (not registered and staked) are ignored: not delivered, not relayed, not penalised,
 * since a node that staked a moment ago is admitted at its next heartbeat once the chain says so.
 * `admit` may answer later (a node's first record waits for its registration to be looked up).
 * A node's binding proof is checked once (then remembered with its peer id): a heartbeat record
 * then costs one native signature check (~0.1 ms) instead of three (~8.5 ms); gossipsub has
 * already checked the message's signature by the publishing peer.
 */
export function createCapabilityValidator(options: {
  now: () => number
  maxAgeMs: number
  logger: Logger
  /** May answer later: a node's first record waits for its chain lookup instead of being refused. */
  admit?: (record: CapabilityRecord) => boolean | Promise<boolean>
  onValid?: (record: CapabilityRecord) => void
  /** Defaults: a fresh cache each (tests inject their own to look inside). */
  signers?: SignerCache
  bindings?: BindingCache
}): (peer: PeerId, message: Message) => Promise<TopicValidatorResult> {
  const signers = options.signers ?? createSignatureChecker()
  const bindings = options.bindings ?? createBindingCache()
  return async (_peer, message) => {
    if (message.type !== 'signed') return TopicValidatorResult.Reject
    try {
      const record = decodeFrame(message.data, capabilityRecordSchema, 'capability record')
      // Admission first: it is a cache read, the signatures below cost milliseconds, and a
      // record from a peer other than its gossip signer is refused by the full check anyway.
      if (options.admit !== undefined && record.peerId === message.from.toString() && !(await options.admit(record))) {
        options.logger.debug({ from: record.peerId, ethAddress: record.ethAddress }, 'capability record ignored: not a registered, staked node')
        return TopicValidatorResult.Ignore
      }
      await assertCapabilityRecord(record, { fromPeerId: message.from.toString(), now: options.now(), maxAgeMs: options.maxAgeMs, signers, bindings })
      options.onValid?.(record)
      return TopicValidatorResult.Accept
    } catch (error) {
      options.logger.debug({ from: message.from.toString(), err: error instanceof Error ? error.message : String(error) }, 'capability record rejected')
      return TopicValidatorResult.Reject
    }
  }
}
