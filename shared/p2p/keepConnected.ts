import type { AbortOptions, Connection, PeerId, Startable } from '@libp2p/interface'
import { serviceCapabilities } from '@libp2p/interface'
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import type { Logger } from 'pino'
import { createRepeatingTask, type RepeatingTask } from '../util/createRepeatingTask.ts'
import type { Clock } from '../util/clock.ts'
import { peerIdOfAddress } from './peerIdOfAddress.ts'

export interface KeepConnectedInit {
  /** Peers to stay connected to: multiaddrs with `/p2p/<id>` (without it, every round dials again). */
  addresses: readonly string[]
  /** The longest wait between dials of an unconnected address (the backoff's cap), and how long one dial may take. */
  intervalMs: number
  /**
   * The wait after a first failed dial (or a lost connection); it doubles with each failure up to
   * `intervalMs` (default 250 ms, at most `intervalMs`). A node that starts a moment before its
   * orchestrator listens reaches it within this, not a whole interval later.
   */
  firstRetryMs?: number
  logger: Logger
  clock?: Clock
}

/** The part of libp2p's connection manager the service uses. */
export interface KeepConnectedComponents {
  connectionManager: {
    openConnection(peer: Multiaddr, options?: AbortOptions & { priority?: number }): Promise<Connection>
    getConnections(peerId?: PeerId): Connection[]
  }
}

export interface KeepConnected extends Startable {
  readonly addresses: readonly string[]
}

/** One address to stay connected to, with its own backoff. */
interface DialTarget {
  readonly address: Multiaddr
  readonly peerId: string | undefined
  /** The wait after the next failure. */
  retryMs: number
  /** No dial before this time (after a failure). */
  nextDialAt: number
  dialing: boolean
}

/** Dials as `libp2p.dial` does: ahead of the dials libp2p makes by itself. */
const USER_DIAL_PRIORITY = 75

class KeepConnectedService implements KeepConnected {
  readonly [Symbol.toStringTag] = '@maia/keep-connected'
  readonly [serviceCapabilities] = ['@maia/keep-connected']
  readonly addresses: readonly string[]
  readonly #components: KeepConnectedComponents
  readonly #init: KeepConnectedInit
  readonly #targets: DialTarget[]
  readonly #redial: RepeatingTask
  readonly #firstRetryMs: number
  readonly #now: () => number
  #stopped = true

  constructor(components: KeepConnectedComponents, init: KeepConnectedInit) {
    this.#components = components
    this.#init = init
    this.addresses = init.addresses
    this.#firstRetryMs = Math.min(init.firstRetryMs ?? 250, init.intervalMs)
    this.#now = init.clock?.now ?? Date.now
    this.#targets = init.addresses.map((address) => {
      const target = multiaddr(address)
      return { address: target, peerId: peerIdOfAddress(target), retryMs: this.#firstRetryMs, nextDialAt: 0, dialing: false }
    })
    // Ticks at the shortest wait; each address keeps its own backoff.
    this.#redial = createRepeatingTask(() => { this.#dialDue() }, { intervalMs: this.#firstRetryMs, runAtStart: true, ...(init.clock === undefined ? {} : { clock: init.clock }) })
  }

  start(): void {
    this.#stopped = false
  }

  /** Dialing waits until every component has started: the transports and the services that handle the new connection. */
  afterStart(): void {
    if (this.#targets.length > 0) this.#redial.start()
  }

  beforeStop(): void {
    this.#stopped = true
    this.#redial.stop()
  }

  stop(): void {
    this.beforeStop()
  }

  #dialDue(): void {
    if (this.#stopped) return
    const connections = this.#components.connectionManager.getConnections()
    const now = this.#now()
    for (const target of this.#targets) {
      if (target.dialing) continue
      if (target.peerId !== undefined && connections.some((connection) => connection.remotePeer.toString() === target.peerId)) {
        // Connected: the next loss is retried quickly again.
        target.retryMs = this.#firstRetryMs
        target.nextDialAt = 0
        continue
      }
      if (now < target.nextDialAt) continue
      target.dialing = true
      void this.#dial(target).finally(() => { target.dialing = false })
    }
  }

  async #dial(target: DialTarget): Promise<void> {
    try {
      await this.#components.connectionManager.openConnection(target.address, { signal: AbortSignal.timeout(this.#init.intervalMs), priority: USER_DIAL_PRIORITY })
      target.retryMs = this.#firstRetryMs
      // Without a peer id the connection cannot be looked up: dial again only after a whole interval.
      target.nextDialAt = target.peerId === undefined ? this.#now() + this.#init.intervalMs : 0
      this.#init.logger.debug({ address: target.address.toString() }, 'connected to bootstrap peer')
    } catch (error) {
      target.nextDialAt = this.#now() + target.retryMs
      this.#init.logger.debug({ address: target.address.toString(), retryMs: target.retryMs, err: error }, 'bootstrap dial failed; will retry')
      target.retryMs = Math.min(target.retryMs * 2, this.#init.intervalMs)
    }
  }
}


/**
 * A libp2p service that dials each address once the peer has started, and again while it is not
 * connected — soon after a failure (`firstRetryMs`), backing off to every `intervalMs` — so a node
 * finds its orchestrator again after either side restarts.
 *
 * @example
 * const peer = await createPeer({ privateKey, listen, services: { keepConnected: keepConnected({ addresses: bootstrap, intervalMs: 2_000, logger }) } })
 */
export function keepConnected(init: KeepConnectedInit): (components: KeepConnectedComponents) => KeepConnected {
  return (components) => new KeepConnectedService(components, init)
}
