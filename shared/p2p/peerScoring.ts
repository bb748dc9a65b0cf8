import { createTopicScoreParams, type PeerScoreParams, type PeerScoreThresholds } from '@libp2p/gossipsub/score'
import { CAPABILITY_TOPIC } from '../protocol/constants.ts'

/** How a peer's gossip score treats the peers it talks to; every field optional. */
export interface PeerScoringInit {
  /**
   * Peers the application vouches for: on the orchestrator, nodes whose capability records it
   * admitted (registered and staked, where there is a chain); on a node, its orchestrators.
   * They are never penalised for sharing an IP address and start well above every threshold.
   */
  isTrusted?: (peerId: string) => boolean
  /** Peers on one IP address tolerated before untrusted ones among them are penalised. */
  colocationThreshold?: number
  /** Penalty per untrusted peer, times the surplus over the threshold squared (negative). */
  colocationWeight?: number
}

/** Peers per address before untrusted ones are penalised: a provider's rack behind one NAT fits. */
export const DEFAULT_COLOCATION_THRESHOLD = 10
export const DEFAULT_COLOCATION_WEIGHT = -5
/** What vouching for a peer is worth: more than the graylist threshold's depth, so a few stale records never cut a staked node off. */
export const TRUSTED_PEER_SCORE = 100

/** gossipsub's thresholds, stated rather than inherited (they are its defaults). */
export const PEER_SCORE_THRESHOLDS: Partial<PeerScoreThresholds> = {
  gossipThreshold: -10,
  publishThreshold: -50,
  graylistThreshold: -80
}

/**
 * gossipsub peer-score parameters for MAIA, set deliberately instead of inherited:
 *
 * - gossipsub's IP-colocation factor (P6) is off: it penalises *every* peer on a crowded
 *   address, so ~15 idle peers on the nodes' IP graylisted the real nodes with them (and one
 *   provider with many nodes behind one NAT could never serve). The same penalty is applied
 *   through the application score (P5) instead, to untrusted peers only: the Sybil defence of
 *   this network is stake, and a staked node is never punished for an unstaked neighbour.
 * - The capability topic scores invalid records (P4, quadratic, decaying by half each second),
 *   so a peer that publishes forged or stale records is graylisted within a few messages and
 *   recovers once it stops. Mesh delivery deficits (P3) are not scored: nodes publish only their
 *   own heartbeats, so a quiet mesh peer is not a fault.
 *
 * @param peersOnAddressOf how many distinct peers are connected from the IP address(es) of this peer.
 */
export function maiaPeerScoreParams(init: PeerScoringInit, peersOnAddressOf: (peerId: string) => number): Partial<PeerScoreParams> {
  const threshold = init.colocationThreshold ?? DEFAULT_COLOCATION_THRESHOLD
  const weight = init.colocationWeight ?? DEFAULT_COLOCATION_WEIGHT
  return {
    appSpecificWeight: 1,
    appSpecificScore: (peerId) => {
      if (init.isTrusted?.(peerId) === true) return TRUSTED_PEER_SCORE
      const surplus = peersOnAddressOf(peerId) - threshold
      return surplus > 0 ? weight * surplus * surplus : 0
    },
    IPColocationFactorWeight: 0,
    topics: {
      [CAPABILITY_TOPIC]: createTopicScoreParams({
        topicWeight: 1,
        timeInMeshWeight: 0.01,
        timeInMeshQuantum: 1_000,
        timeInMeshCap: 100,
        firstMessageDeliveriesWeight: 0.5,
        firstMessageDeliveriesDecay: 0.5,
        firstMessageDeliveriesCap: 20,
        meshMessageDeliveriesWeight: 0,
        meshFailurePenaltyWeight: 0,
        invalidMessageDeliveriesWeight: -10,
        invalidMessageDeliveriesDecay: 0.5
      })
    }
  }
}
