import { createLibp2p, type Libp2p, type Libp2pOptions } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { identify, type Identify } from '@libp2p/identify'
import { ping, type Ping } from '@libp2p/ping'
import { gossipsub, type GossipSub } from '@libp2p/gossipsub'
import type { PrivateKey, ServiceMap } from '@libp2p/interface'
import { countPeersByAddress } from './countPeersByAddress.ts'
import { maiaPeerScoreParams, PEER_SCORE_THRESHOLDS, type PeerScoringInit } from './peerScoring.ts'
import { batchSocketWrites } from './batchSocketWrites.ts'
import { sendWindowUpdatesAtHalfWindow } from './yamuxWindowUpdates.ts'
import { decodeLengthPrefixesWithoutThrowing } from './lengthPrefixedDecoder.ts'

/** The services every MAIA peer runs. */
export interface PeerServices {
  identify: Identify
  ping: Ping
  pubsub: GossipSub
  [key: string]: unknown
}

/** A MAIA peer, with the services its process added (`S`) beside the common ones. */
export type MaiaPeer<S extends ServiceMap = ServiceMap> = Libp2p<PeerServices & S>

/** A libp2p transport factory: `tcp()` (the default), or `memory()` from `@libp2p/memory` in tests. */
export type PeerTransport = NonNullable<Libp2pOptions['transports']>[number]

/** What libp2p hands a service factory: its components (registrar, connection manager, ...) and every service by name. */
export type PeerComponents<S extends ServiceMap = ServiceMap> = Parameters<NonNullable<Libp2pOptions<PeerServices & S>['services']>[string]>[0]

/** The factories of a process's own services, in js-libp2p's `service(init)(components)` shape. */
export type PeerServiceFactories<S extends ServiceMap> = { [Name in keyof S]: (components: PeerComponents<S>) => S[Name] }

export interface CreatePeerOptions<S extends ServiceMap = Record<never, never>> {
  privateKey: PrivateKey
  /** Multiaddrs to listen on, e.g. `/ip4/127.0.0.1/tcp/0`, or `/memory/<name>` with the memory transport. */
  listen: string[]
  /** How the peer connects; TCP when absent (the daemons), `[memory()]` for in-process tests. */
  transports?: PeerTransport[]
  /**
   * The process's own services, e.g. `{ inferenceServer: inferenceServer(init) }`, reachable as
   * `peer.services.inferenceServer`. libp2p starts and stops them with the peer: `start` (and
   * `afterStart`, once every component has started) and `beforeStop`, then `stop`.
   */
  services?: PeerServiceFactories<S>
  /**
   * Inbound connections accepted per host per second. libp2p's default (5) throttles a
   * devnet where many peers on one host connect at once, so loopback setups raise it.
   */
  inboundConnectionThreshold?: number
  /** Gossip peer scoring: which peers the application vouches for (see {@link maiaPeerScoreParams}). */
  scoring?: PeerScoringInit
}

/**
 * The libp2p stack every MAIA process runs, started: TCP (its writes batched: batchSocketWrites; or the given transports), Noise,
 * Yamux, identify, ping and `@libp2p/gossipsub` (the maintained gossipsub for libp2p v3;
 * `@chainsafe/libp2p-gossipsub` v14 targets libp2p v2 and silently never propagates under v3),
 * with peer scoring set for many nodes behind one address, plus the process's own services.
 *
 * @example
 * const peer = await createPeer({ privateKey, listen: ['/ip4/0.0.0.0/tcp/4100'], services: { inferenceServer: inferenceServer(init) } })
 * await peer.stop() // stops its services too
 */
export async function createPeer<S extends ServiceMap = Record<never, never>>(options: CreatePeerOptions<S>): Promise<MaiaPeer<S>> {
  // The score function needs the peer's connections, which exist only once it is created.
  let peersOnAddressOf: (peerId: string) => number = () => 0
  // Three costs of the libp2p stack itself, per frame: see each function for what it saves.
  sendWindowUpdatesAtHalfWindow()
  decodeLengthPrefixesWithoutThrowing()
  const common = {
    identify: identify(),
    ping: ping(),
    pubsub: gossipsub({
      allowPublishToZeroTopicPeers: true,
      emitSelf: false,
      scoreParams: maiaPeerScoreParams(options.scoring ?? {}, (peerId) => peersOnAddressOf(peerId)),
      scoreThresholds: PEER_SCORE_THRESHOLDS
    })
  }
  const peer = await createLibp2p<PeerServices & S>({
    privateKey: options.privateKey,
    addresses: { listen: options.listen },
    transports: options.transports ?? [batchSocketWrites(tcp())],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    connectionManager: { inboundConnectionThreshold: options.inboundConnectionThreshold ?? 100 },
    // The common services come first: the process's services find them among their components.
    services: { ...common, ...options.services } as NonNullable<Libp2pOptions<PeerServices & S>['services']>
  })
  peersOnAddressOf = countPeersByAddress(() => peer.getConnections(), { maxAgeMs: 1_000 })
  return peer
}
