import type { ApiRoute } from '../gateway/index.ts'
import type { NodeTable } from '../inference/index.ts'
import type { PriceTable } from '../../shared/config/index.ts'
import { routeCostUsd } from '../economy/index.ts'
import { distillationRoute } from './distillationRoute.ts'
import { EvidenceNotFoundError, reputationKey, type DistillationSet, type EvidenceStore, type QualityLoop, type ReferenceUsage, type ReputationBook, type StoredEvidence } from '../quality/index.ts'

/**
 * What quality sampling found, for anyone holding an API key: per-node reputation and the sampled
 * share (`GET /v1/quality`), and every evidence bundle behind a quarantine or a slash, by hash or
 * by node (`GET /v1/quality/evidence/<hash>`, `GET /v1/quality/nodes/<address>/evidence`). A bundle
 * holds a user's conversation and the answer to it: an operator (admin) key reads it whole and can
 * re-verify it; any other key gets it with those withheld ({@link withholdConversation}), so one
 * application's key never reads another's users.
 */
export function qualityRoutes(quality: { loop: QualityLoop; reputation: ReputationBook; evidence: EvidenceStore; table: NodeTable; distillation?: DistillationSet; referenceUsage?: () => ReferenceUsage; priceTable?: PriceTable }): ApiRoute[] {
  const peerIdsByAddress = (): Map<string, string[]> => {
    const peers = new Map<string, string[]>()
    for (const entry of quality.table.all()) {
      const key = reputationKey(entry.record.ethAddress)
      peers.set(key, [...(peers.get(key) ?? []), entry.record.peerId])
    }
    return peers
  }
  const distillation = quality.distillation
  return [
    // The phase-3 distillation set, for operators: one chat-JSONL line per sampled prompt (`maia quality export`), streamed.
    ...(distillation === undefined ? [] : [distillationRoute(distillation)]),
    {
      method: 'GET', path: /^\/v1\/quality$/,
      handle: () => {
        const counters = quality.loop.counters()
        const peers = peerIdsByAddress()
        const known = new Set([...peers.keys(), ...quality.reputation.all().map((standing) => standing.node)])
        const reference = quality.referenceUsage?.()
        return {
          counters,
          sampledShare: counters.served === 0 ? 0 : counters.sampled / counters.served,
          ...(reference === undefined ? {} : {
            reference: {
              ...reference,
              ...(quality.priceTable === undefined ? {} : { costUsd: routeCostUsd('claude', { requests: reference.answers, ...reference }, quality.priceTable) })
            }
          }),
          nodes: [...known].sort().map((address) => ({ ...quality.reputation.get(address), ethAddress: address, peerIds: peers.get(address) ?? [] }))
        }
      }
    },
    {
      method: 'GET', path: /^\/v1\/quality\/evidence\/(0x[0-9a-fA-F]{64})$/,
      handle: async ([hash], caller) => {
        const found = await quality.evidence.get(hash!)
        if (found === undefined) throw new EvidenceNotFoundError(hash!)
        return caller.operator ? found : withholdConversation(found)
      }
    },
    {
      method: 'GET', path: /^\/v1\/quality\/nodes\/([^/]{1,200})\/evidence$/,
      handle: async ([node], caller) => {
        // By ETH address or peer id: bundles are indexed by peer id.
        const peerIds = node!.startsWith('0x') ? (peerIdsByAddress().get(reputationKey(node!)) ?? []) : [node!]
        const lists = await Promise.all(peerIds.map((peerId) => quality.evidence.listByNode(peerId)))
        const evidence = lists.flat().sort((a, b) => b.bundle.createdAt - a.bundle.createdAt)
        return { node, evidence: caller.operator ? evidence : evidence.map(withholdConversation) }
      }
    }
  ]
}

/** What stands in for withheld text in a bundle served to a key that is not an operator's. */
export const WITHHELD_TEXT = '[withheld: a user\'s conversation; an operator key reads it]'

/**
 * A bundle without the user's conversation and the answer to it (message texts, the claimed
 * output and its token ids): who judged which node, when, why, and the node's signed receipt stay,
 * and the receipt's prompt and output hashes still bind the withheld text for whoever holds it.
 */
export function withholdConversation(stored: StoredEvidence): StoredEvidence & { withheld: string[] } {
  const { bundle } = stored
  const { claimedTokens: _tokens, ...rest } = bundle
  return {
    hash: stored.hash,
    bundle: {
      ...rest,
      request: { ...bundle.request, messages: bundle.request.messages.map((message) => ({ ...message, content: WITHHELD_TEXT })), stop: bundle.request.stop.map(() => WITHHELD_TEXT) },
      claimedOutput: WITHHELD_TEXT
    },
    withheld: ['bundle.request.messages[].content', 'bundle.request.stop', 'bundle.claimedOutput', 'bundle.claimedTokens']
  }
}
