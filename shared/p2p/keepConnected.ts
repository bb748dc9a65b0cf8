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
  /** How often an unconnected address is dialed again, and how long one dial may take. */
  intervalMs: number
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

/** Dials as `libp2p.dial` does: ahead of the dials libp2p makes by itself. */
const USER_DIAL_PRIORITY = 75

class KeepConnectedService implements KeepConnected {
  readonly [Symbol.toStringTag] = '@maia/keep-connected'
  readonly [serviceCapabilities] = ['@maia/keep-connected']
  readonly addresses: readonly string[]
  readonly #components: KeepConnectedComponents
  readonly #init: KeepConnectedInit
  readonly #targets: Multiaddr[]
  readonly #redial: RepeatingTask
  #stopped = true

  constructor(components: KeepConnectedComponents, init: KeepConnectedInit) {
    this.#components = components
    this.#init = init
    this.addresses = init.addresses
    this.#targets = init.addresses.map((address) => multiaddr(address))
    this.#redial = createRepeatingTask(() => { void this.#dialAll() }, { intervalMs: init.intervalMs, runAtStart: true, ...(init.clock === undefined ? {} : { clock: init.clock }) })
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

  async #dialAll(): Promise<void> {
    for (const target of this.#targets) {
      if (this.#stopped) return
      const peerId = peerIdOfAddress(target)
      const connected = peerId !== undefined && this.#components.connectionManager.getConnections().some((connection) => connection.remotePeer.toString() === peerId)
      if (connected) continue
      try {
        await this.#components.connectionManager.openConnection(target, { signal: AbortSignal.timeout(this.#init.intervalMs), priority: USER_DIAL_PRIORITY })
        this.#init.logger.debug({ address: target.toString() }, 'connected to bootstrap peer')
      } catch (error) {
        this.#init.logger.debug({ address: target.toString(), err: error }, 'bootstrap dial failed; will retry')
      }
    }
  }
}

/**
 * A libp2p service that dials each address once the peer has started, and again every
 * `intervalMs` while it is not connected, so a node finds its orchestrator again after either
 * side restarts.
 *
 * @example
 * const peer = await createPeer({ privateKey, listen, services: { keepConnected: keepConnected({ addresses: bootstrap, intervalMs: 2_000, logger }) } })
 */
export function keepConnected(init: KeepConnectedInit): (components: KeepConnectedComponents) => KeepConnected {
  return (components) => new KeepConnectedService(components, init)
}
