import type { Logger } from 'pino'
import type { NodeIdentity } from '../shared/keys/nodeIdentity.ts'
import { createCapabilityValidator } from '../shared/p2p/capabilityValidator.ts'
import { createPeer, type MaiaPeer } from '../shared/p2p/createPeer.ts'
import { CAPABILITY_TOPIC, DEFAULT_RECORD_MAX_AGE_MS } from '../shared/protocol/constants.ts'
import { startApiServer, type ApiServer } from './api/createApiServer.ts'
import { createNetworkChatGenerator } from './createNetworkChatGenerator.ts'
import { createNetworkInference } from './network/createNetworkInference.ts'
import { NodeTable } from './routing/NodeTable.ts'
import { listServedModels } from './routing/resolveModel.ts'

export interface OrchestratorInit {
  identity: NodeIdentity
  logger: Logger
  apiKeys: readonly string[]
  listen?: string[]
  http?: { host: string; port: number }
  /** A node not heard from for this long is dropped from routing. */
  recordMaxAgeMs?: number
  maxAttempts?: number
  defaultModel?: string
  inboundConnectionThreshold?: number
  now?: () => number
  random?: () => number
}

export interface Orchestrator {
  readonly peer: MaiaPeer
  readonly api: ApiServer
  readonly table: NodeTable
  /** Multiaddrs nodes use to bootstrap to this orchestrator (with its peer id). */
  readonly multiaddrs: string[]
  stop(): Promise<void>
}

/**
 * The orchestrator's composition root: a libp2p peer that learns nodes from gossip, a router
 * that picks and fails over between them, and the user-facing HTTP API in front.
 */
export async function startOrchestrator(init: OrchestratorInit): Promise<Orchestrator> {
  const now = init.now ?? Date.now
  const log = init.logger.child({ component: 'orchestrator' })
  const maxAgeMs = init.recordMaxAgeMs ?? DEFAULT_RECORD_MAX_AGE_MS
  const table = new NodeTable({ maxAgeMs, now })
  const peer = await createPeer({
    privateKey: init.identity.libp2pKey,
    listen: init.listen ?? ['/ip4/127.0.0.1/tcp/0'],
    inboundConnectionThreshold: init.inboundConnectionThreshold
  })
  peer.services.pubsub.topicValidators.set(CAPABILITY_TOPIC, createCapabilityValidator({
    now, maxAgeMs, logger: log,
    onValid: (record) => {
      if (table.get(record.peerId) === undefined) log.info({ peerId: record.peerId, model: record.model.name, ethAddress: record.ethAddress }, 'node joined')
      table.upsert(record)
    }
  }))
  peer.services.pubsub.subscribe(CAPABILITY_TOPIC)
  const expiry = setInterval(() => {
    for (const peerId of table.expire()) log.info({ peerId }, 'node expired (missed heartbeats)')
  }, Math.max(250, Math.floor(maxAgeMs / 4)))
  expiry.unref()

  const network = createNetworkInference({ peer, table, logger: log, now, random: init.random, maxAttempts: init.maxAttempts })
  const generator = createNetworkChatGenerator({ network, table, now, defaultModel: init.defaultModel })
  const api = await startApiServer({
    generator,
    apiKeys: init.apiKeys,
    logger: log,
    now,
    routes: {
      '/v1/network/nodes': () => ({
        nodes: table.routable().map(({ record, outstanding, firstTokenMs, failures }) => ({
          peerId: record.peerId, ethAddress: record.ethAddress, model: record.model, contextSize: record.contextSize,
          maxConcurrent: record.maxConcurrent, inFlight: record.inFlight, queueDepth: record.queueDepth,
          tokensPerSecond: record.tokensPerSecond, pricePer1kTokens: record.pricePer1kTokens,
          lastAnnouncedAt: record.timestamp, outstanding, firstTokenMs, failures
        })),
        models: listServedModels(table.routable())
      })
    }
  }, init.http ?? { host: '127.0.0.1', port: 8787 })
  const multiaddrs = peer.getMultiaddrs().map(String)
  log.info({ peerId: peer.peerId.toString(), multiaddrs, api: api.url }, 'orchestrator started')

  return {
    peer, api, table, multiaddrs,
    async stop() {
      clearInterval(expiry)
      await api.close()
      await peer.stop()
      log.info('orchestrator stopped')
    }
  }
}
