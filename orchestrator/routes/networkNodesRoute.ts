import type { ApiRoute } from '../gateway/index.ts'
import { listServedModels, type NodeEntry, type NodeTable } from '../inference/index.ts'

export interface NetworkNodesRouteInit {
  table: NodeTable
  /** Whether the chain lets a node serve now (absent without a chain: every node may). */
  isEligible?: (entry: NodeEntry) => boolean
  /** Receipts each node signed for more than it could have used, by peer id. */
  receiptMismatches: ReadonlyMap<string, number>
  now: () => number
  /** Each node's standing from quality sampling (by ETH address), when sampling runs. */
  reputationOf?: (ethAddress: string) => { mean: number; routingWeight: number; rewardMultiplier: number; quarantinedUntil: number }
}

/**
 * `GET /v1/network/nodes`: every node the orchestrator has heard from, with what it announced,
 * what the orchestrator measured of it and whether it is routed to, and the models served.
 */
export function networkNodesRoute(init: NetworkNodesRouteInit): ApiRoute {
  const { table, isEligible } = init
  return {
    method: 'GET',
    path: /^\/v1\/network\/nodes$/,
    handle: () => ({
      nodes: table.all().map((entry) => {
        const { record } = entry
        return {
          peerId: record.peerId, ethAddress: record.ethAddress, model: record.model, contextSize: record.contextSize,
          maxConcurrent: record.maxConcurrent, inFlight: record.inFlight, queueDepth: record.queueDepth,
          tokensPerSecond: record.tokensPerSecond, pricePer1kTokens: record.pricePer1kTokens,
          lastAnnouncedAt: record.timestamp, outstanding: entry.outstanding, firstTokenMs: entry.firstTokenMs, failures: entry.failures,
          quarantinedUntil: entry.quarantinedUntil > init.now() ? entry.quarantinedUntil : null,
          receiptMismatches: init.receiptMismatches.get(record.peerId) ?? 0,
          eligible: isEligible?.(entry) ?? true,
          ...(init.reputationOf === undefined ? {} : { reputation: init.reputationOf(record.ethAddress) })
        }
      }),
      models: listServedModels(table.routable(isEligible))
    })
  }
}
