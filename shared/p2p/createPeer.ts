import { createLibp2p, type Libp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { identify, type Identify } from '@libp2p/identify'
import { ping, type Ping } from '@libp2p/ping'
import { gossipsub, type GossipSub } from '@libp2p/gossipsub'
import type { PrivateKey } from '@libp2p/interface'
import { countPeersByAddress } from './countPeersByAddress.ts'
import { maiaPeerScoreParams, PEER_SCORE_THRESHOLDS, type PeerScoringInit } from './peerScoring.ts'

export interface PeerServices {
  identify: Identify
  ping: Ping
  pubsub: GossipSub
  [key: string]: unknown
}
export type MaiaPeer = Libp2p<PeerServices>

export interface CreatePeerOptions {
  privateKey: PrivateKey
  /** Multiaddrs to listen on, e.g. `/ip4/127.0.0.1/tcp/0`. */
  listen: string[]
  /**
   * Inbound connections accepted per host per second. libp2p's default (5) throttles a
   * devnet where many peers on one host connect at once, so loopback setups raise it.
   */
  inboundConnectionThreshold?: number
  /** Gossip peer scoring: which peers the application vouches for (see {@link maiaPeerScoreParams}). */
  scoring?: PeerScoringInit
}

/**
 * The libp2p stack every MAIA process runs: TCP, Noise, Yamux, identify, ping and
 * `@libp2p/gossipsub` (the maintained gossipsub for libp2p v3; `@chainsafe/libp2p-gossipsub`
 * v14 targets libp2p v2 and silently never propagates under v3), with peer scoring set for
 * many nodes behind one address.
 */
export async function createPeer(options: CreatePeerOptions): Promise<MaiaPeer> {
  // The score function needs the peer's connections, which exist only once it is created.
  let peersOnAddressOf: (peerId: string) => number = () => 0
  const peer = await createLibp2p({
    privateKey: options.privateKey,
    addresses: { listen: options.listen },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    connectionManager: { inboundConnectionThreshold: options.inboundConnectionThreshold ?? 100 },
    services: {
      identify: identify(),
      ping: ping(),
      pubsub: gossipsub({
        allowPublishToZeroTopicPeers: true,
        emitSelf: false,
        scoreParams: maiaPeerScoreParams(options.scoring ?? {}, (peerId) => peersOnAddressOf(peerId)),
        scoreThresholds: PEER_SCORE_THRESHOLDS
      })
    }
  })
  peersOnAddressOf = countPeersByAddress(() => peer.getConnections(), { maxAgeMs: 1_000 })
  return peer
}
