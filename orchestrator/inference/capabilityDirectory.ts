import type { GossipSub } from '@libp2p/gossipsub'
import { serviceCapabilities, serviceDependencies, type Startable } from '@libp2p/interface'
import type { Logger } from 'pino'
import { CAPABILITY_TOPIC, DEFAULT_RECORD_MAX_AGE_MS, type CapabilityRecord } from '../../shared/protocol/index.ts'
import { createRepeatingTask, systemClock, type Clock, type RepeatingTask } from '../../shared/util/index.ts'
import { createCapabilityValidator } from './capabilityValidator.ts'
import { NodeTable } from './NodeTable.ts'

/** Expired nodes are swept at least this often, however short their records live. */
const MIN_EXPIRY_INTERVAL_MS = 250

export interface CapabilityDirectoryInit {
  logger: Logger
  /** A node not heard from for this long is dropped (default {@link DEFAULT_RECORD_MAX_AGE_MS}). */
  maxAgeMs?: number
  /**
   * The table to keep; a new one when absent. Pass one when something must read it before the
   * peer exists (the gossip score vouches for the peers in it).
   */
  table?: NodeTable
  /** Whether a validly signed record's node may enter at all (registered and staked, where there is a chain). */
  admit?: (record: CapabilityRecord) => boolean | Promise<boolean>
  clock?: Clock
}

/** The gossipsub service the directory listens through (`peer.services.pubsub`). */
export interface CapabilityDirectoryComponents {
  pubsub: Pick<GossipSub, 'subscribe' | 'unsubscribe' | 'topicValidators'>
}

export interface CapabilityDirectory extends Startable {
  /** The nodes heard from: fresh records, and what this orchestrator measured of each. */
  readonly table: NodeTable
}

class CapabilityDirectoryService implements CapabilityDirectory {
  readonly [Symbol.toStringTag] = '@maia/capability-directory'
  readonly [serviceCapabilities] = ['@maia/capability-directory']
  readonly [serviceDependencies] = ['@libp2p/pubsub']
  readonly table: NodeTable
  readonly #components: CapabilityDirectoryComponents
  readonly #validate: ReturnType<typeof createCapabilityValidator>
  readonly #expiry: RepeatingTask

  constructor(components: CapabilityDirectoryComponents, init: CapabilityDirectoryInit) {
    const clock = init.clock ?? systemClock
    const maxAgeMs = init.maxAgeMs ?? DEFAULT_RECORD_MAX_AGE_MS
    const log = init.logger
    this.#components = components
    this.table = init.table ?? new NodeTable({ maxAgeMs, now: () => clock.now() })
    this.#validate = createCapabilityValidator({
      now: () => clock.now(), maxAgeMs, logger: log,
      ...(init.admit === undefined ? {} : { admit: init.admit }),
      onValid: (record) => {
        if (this.table.get(record.peerId) === undefined) log.info({ peerId: record.peerId, model: record.model.name, ethAddress: record.ethAddress }, 'node joined')
        this.table.upsert(record)
      }
    })
    this.#expiry = createRepeatingTask(() => {
      for (const peerId of this.table.expire()) log.info({ peerId }, 'node expired (missed heartbeats)')
    }, { intervalMs: Math.max(MIN_EXPIRY_INTERVAL_MS, Math.floor(maxAgeMs / 4)), clock })
  }

  /** The validator is in place before any record can arrive. */
  start(): void {
    this.#components.pubsub.topicValidators.set(CAPABILITY_TOPIC, this.#validate)
    this.#expiry.start()
  }

  /** gossipsub accepts subscriptions only once it has started, which `afterStart` guarantees. */
  afterStart(): void {
    this.#components.pubsub.subscribe(CAPABILITY_TOPIC)
  }

  /**
   * Tells the mesh this peer is leaving the topic. It never throws: a gossipsub that failed to
   * start has nothing to leave (and throws saying so), and the peer must still stop the rest.
   */
  beforeStop(): void {
    try {
      this.#components.pubsub.unsubscribe(CAPABILITY_TOPIC)
    } catch {}
  }

  stop(): void {
    this.#expiry.stop()
    if (this.#components.pubsub.topicValidators.get(CAPABILITY_TOPIC) === this.#validate) this.#components.pubsub.topicValidators.delete(CAPABILITY_TOPIC)
  }
}

/**
 * A libp2p service that learns the network's nodes from gossip: it subscribes to the capability
 * topic, checks each record with {@link createCapabilityValidator} (so forged or stale ones are
 * neither kept nor relayed), keeps the valid ones in a {@link NodeTable} and drops nodes that
 * miss their heartbeats.
 *
 * @example
 * const peer = await createPeer({ privateKey, listen, services: { capabilityDirectory: capabilityDirectory({ logger }) } })
 * peer.services.capabilityDirectory.table.routable()
 */
export function capabilityDirectory(init: CapabilityDirectoryInit): (components: CapabilityDirectoryComponents) => CapabilityDirectory {
  return (components) => new CapabilityDirectoryService(components, init)
}
