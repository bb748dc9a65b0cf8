import type { ApiRoute } from '../gateway/index.ts'
import type { NodeTable } from '../inference/index.ts'
import type { PriceTable } from '../../shared/config/index.ts'
import { routeCostUsd } from '../economy/index.ts'
import { EvidenceNotFoundError, reputationKey, type DistillationSet, type EvidenceStore, type QualityLoop, type ReferenceUsage, type ReputationBook } from '../quality/index.ts'

/**
 * What quality sampling found, for anyone holding an API key: per-node reputation and the sampled
 * share (`GET /v1/quality`), and every evidence bundle behind a quarantine or a slash, by hash or
 * by node, so anyone can re-verify it (`GET /v1/quality/evidence/<hash>`, `GET /v1/quality/nodes/<address>/evidence`).
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
    // The phase-3 distillation set, for operators: one chat-JSONL line per sampled prompt (`maia quality export`).
    ...(distillation === undefined ? [] : [{
      method: 'GET' as const, path: /^\/v1\/quality\/distillation$/, admin: true,
      handle: async () => {
        const lines: string[] = []
        for await (const line of distillation.exportChatJsonl()) lines.push(line)
        return { count: lines.length, format: 'chat-jsonl', lines }
      }
    }]),
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
      handle: async ([hash]) => {
        const found = await quality.evidence.get(hash!)
        if (found === undefined) throw new EvidenceNotFoundError(hash!)
        return found
      }
    },
    {
      method: 'GET', path: /^\/v1\/quality\/nodes\/([^/]{1,200})\/evidence$/,
      handle: async ([node]) => {
        // By ETH address or peer id: bundles are indexed by peer id.
        const peerIds = node!.startsWith('0x') ? (peerIdsByAddress().get(reputationKey(node!)) ?? []) : [node!]
        const lists = await Promise.all(peerIds.map((peerId) => quality.evidence.listByNode(peerId)))
        return { node, evidence: lists.flat().sort((a, b) => b.bundle.createdAt - a.bundle.createdAt) }
      }
    }
  ]
}
