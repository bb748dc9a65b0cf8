import type { GossipSub, SubscriptionChangeData } from '@libp2p/gossipsub'
import { serviceCapabilities, serviceDependencies, type Startable } from '@libp2p/interface'
import type { Wallet } from 'ethers'
import type { Logger } from 'pino'
import { CAPABILITY_TOPIC, DEFAULT_HEARTBEAT_INTERVAL_MS } from '../../shared/protocol/index.ts'
import { signCapabilityRecord, type UnsignedCapabilityRecord } from '../../shared/protocol/index.ts'
import { createRepeatingTask, systemClock, type Clock, type RepeatingTask } from '../../shared/util/index.ts'

export interface CapabilityAnnouncerInit {
  wallet: Wallet
  /** The record to announce, read at every heartbeat so load figures are live. */
  describe: () => Omit<UnsignedCapabilityRecord, 'timestamp'>
  logger: Logger
  /** Heartbeat period (default {@link DEFAULT_HEARTBEAT_INTERVAL_MS}). */
  intervalMs?: number
  clock?: Clock
  /** Announce as soon as the peer runs (default), or only after `setAnnouncing(true)` (e.g. once staked). */
  announcing?: boolean
  /**
   * Join the capability topic's mesh, receiving (and relaying) every other node's heartbeats
   * (default false). A node routes nothing, so they are of no use to it: with 100 nodes at the
   * 2 s default, each node received ~50 records a second it never read. Without it the node still
   * publishes to every orchestrator it is connected to (gossipsub's flood publish to the topic's
   * subscribers); set it for a node that other nodes reach the orchestrators through.
   */
  relay?: boolean
}

/** The gossipsub service the announcer publishes through (`peer.services.pubsub`). */
export interface CapabilityAnnouncerComponents {
  pubsub: Pick<GossipSub, 'subscribe' | 'publish' | 'addEventListener' | 'removeEventListener'>
}

export interface CapabilityAnnouncer extends Startable {
  /** Whether heartbeats go out while the peer runs. */
  readonly announcing: boolean
  /** Publishes a fresh record now (whenever capacity or the model changes). Never throws. */
  announce(): Promise<void>
  /** Starts or stops the heartbeats, e.g. while the node is unstaked or on a stale model. */
  setAnnouncing(announcing: boolean): void
}

class CapabilityAnnouncerService implements CapabilityAnnouncer {
  readonly [Symbol.toStringTag] = '@maia/capability-announcer'
  readonly [serviceCapabilities] = ['@maia/capability-announcer']
  readonly [serviceDependencies] = ['@libp2p/pubsub']
  readonly #components: CapabilityAnnouncerComponents
  readonly #init: CapabilityAnnouncerInit
  readonly #clock: Clock
  readonly #heartbeat: RepeatingTask
  #announcing: boolean
  #peerRunning = false
  /**
   * A peer that has just subscribed to the capability topic (an orchestrator that connected, or
   * restarted) hears this node now, not at the next heartbeat: a node then becomes routable as soon
   * as it is connected (the devnet's nodes waited up to a heartbeat for it).
   */
  readonly #onSubscriptionChange = (event: CustomEvent<SubscriptionChangeData>): void => {
    if (!this.#announcing || !this.#peerRunning) return
    if (event.detail.subscriptions.some((subscription) => subscription.topic === CAPABILITY_TOPIC && subscription.subscribe)) void this.announce()
  }

  constructor(components: CapabilityAnnouncerComponents, init: CapabilityAnnouncerInit) {
    this.#components = components
    this.#init = init
    this.#clock = init.clock ?? systemClock
    this.#announcing = init.announcing ?? true
    this.#heartbeat = createRepeatingTask(() => { void this.announce() }, { intervalMs: init.intervalMs ?? DEFAULT_HEARTBEAT_INTERVAL_MS, runAtStart: true, clock: this.#clock })
  }

  get announcing(): boolean {
    return this.#announcing
  }

  start(): void {}

  /** gossipsub accepts subscriptions only once it has started, which `afterStart` guarantees. */
  afterStart(): void {
    this.#peerRunning = true
    this.#components.pubsub.addEventListener('subscription-change', this.#onSubscriptionChange)
    if (this.#announcing) this.#beginHeartbeats()
  }

  beforeStop(): void {
    this.#peerRunning = false
    this.#components.pubsub.removeEventListener('subscription-change', this.#onSubscriptionChange)
    this.#heartbeat.stop()
  }

  stop(): void {
    this.beforeStop()
  }

  setAnnouncing(announcing: boolean): void {
    if (announcing === this.#announcing) return
    this.#announcing = announcing
    if (!this.#peerRunning) return
    if (announcing) this.#beginHeartbeats()
    else this.#heartbeat.stop()
  }

  async announce(): Promise<void> {
    try {
      const record = await signCapabilityRecord(this.#init.wallet, { ...this.#init.describe(), timestamp: this.#clock.now() })
      await this.#components.pubsub.publish(CAPABILITY_TOPIC, new TextEncoder().encode(JSON.stringify(record)))
    } catch (error) {
      this.#init.logger.debug({ err: error }, 'capability announcement not delivered')
    }
  }

  #beginHeartbeats(): void {
    if (this.#init.relay === true) this.#components.pubsub.subscribe(CAPABILITY_TOPIC)
    this.#heartbeat.start()
  }
}

/**
 * A libp2p service that publishes the node's signed capability record on the capability topic
 * once the peer runs, at every heartbeat after, and whenever a peer subscribes to the topic, until
 * the peer stops or `setAnnouncing(false)`.
 *
 * @example
 * const peer = await createPeer({ privateKey, listen, services: { capabilityAnnouncer: capabilityAnnouncer({ wallet, describe, logger }) } })
 * peer.services.capabilityAnnouncer.setAnnouncing(false)
 */
export function capabilityAnnouncer(init: CapabilityAnnouncerInit): (components: CapabilityAnnouncerComponents) => CapabilityAnnouncer {
  return (components) => new CapabilityAnnouncerService(components, init)
}
