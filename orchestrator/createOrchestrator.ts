import type { Logger } from 'pino'
import type { NodeIdentity } from '../shared/keys/nodeIdentity.ts'
import { createCapabilityValidator } from '../shared/p2p/capabilityValidator.ts'
import { createPeer, type MaiaPeer } from '../shared/p2p/createPeer.ts'
import { CAPABILITY_TOPIC, DEFAULT_RECORD_MAX_AGE_MS } from '../shared/protocol/constants.ts'
import { startApiServer, type ApiServer } from './api/createApiServer.ts'
import { createNetworkChatGenerator } from './createNetworkChatGenerator.ts'
import { createNetworkInference } from './network/createNetworkInference.ts'
import type { InferenceTimeouts } from './network/requestInference.ts'
import { NodeTable, type NodeEntry } from './routing/NodeTable.ts'
import type { ChainView } from './chain/createChainView.ts'
import { listServedModels, resolveModel } from './routing/resolveModel.ts'
import { scopedUserId, type ApiRoute } from './api/createApiServer.ts'
import { buildCostReport } from './accounting/costReport.ts'
import type { PriceTable } from '../shared/config/priceTable.ts'
import { createMaiaResponder, type MaiaResponderComponents } from './maia/createMaiaResponder.ts'
import { createModelSwitchGenerator } from './createModelSwitchGenerator.ts'

export interface OrchestratorInit {
  identity: NodeIdentity
  logger: Logger
  apiKeys: readonly string[]
  listen?: string[]
  http?: { host: string; port: number }
  /** A node not heard from for this long is dropped from routing. */
  recordMaxAgeMs?: number
  maxAttempts?: number
  /** Deadlines for a node's first token and for silence between tokens (30 s each by default). */
  inferenceTimeouts?: InferenceTimeouts
  defaultModel?: string
  inboundConnectionThreshold?: number
  now?: () => number
  random?: () => number
  /**
   * The chain's view of who may serve: with it, only nodes registered and staked in NodeRegistry
   * and announcing the model ModelRegistry marks active get requests.
   */
  chain?: ChainView
  /** The MAIA pipeline (router, knowledge, memory, Claude, accounting); without it the API serves the network's models only. */
  maia?: MaiaInit
}

export type MaiaInit = Omit<MaiaResponderComponents, 'network' | 'networkModel' | 'logger'> & {
  /** The model id apps ask for to get MAIA (default `maia`). */
  modelName?: string
  priceTable: PriceTable
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

  const chain = init.chain
  const isEligible = chain === undefined ? undefined : (entry: NodeEntry): boolean =>
    entry.record.model.hash === chain.activeModelHash && chain.isNodeActive(entry.record.ethAddress)
  const eligibleNodes = (): NodeEntry[] => table.routable(isEligible)
  const network = createNetworkInference({ peer, table, logger: log, now, random: init.random, maxAttempts: init.maxAttempts, timeouts: init.inferenceTimeouts, isEligible })
  const networkGenerator = createNetworkChatGenerator({ network, table, now, defaultModel: init.defaultModel, isEligible })
  const maia = init.maia
  const generator = maia === undefined ? networkGenerator : createModelSwitchGenerator({
    network: networkGenerator,
    maiaModelName: maia.modelName ?? 'maia',
    now,
    maia: createMaiaResponder({
      ...maia,
      network,
      logger: log,
      networkModel: () => resolveModel(init.defaultModel ?? '', listServedModels(eligibleNodes()), init.defaultModel)
    })
  })
  const api = await startApiServer({
    generator,
    apiKeys: init.apiKeys,
    logger: log,
    now,
    routes: [{
      method: 'GET',
      path: /^\/v1\/network\/nodes$/,
      handle: () => ({
        nodes: table.all().map((entry) => ({ entry, ...entry })).map(({ entry, record, outstanding, firstTokenMs, failures, quarantinedUntil }) => ({
          peerId: record.peerId, ethAddress: record.ethAddress, model: record.model, contextSize: record.contextSize,
          maxConcurrent: record.maxConcurrent, inFlight: record.inFlight, queueDepth: record.queueDepth,
          tokensPerSecond: record.tokensPerSecond, pricePer1kTokens: record.pricePer1kTokens,
          lastAnnouncedAt: record.timestamp, outstanding, firstTokenMs, failures,
          quarantinedUntil: quarantinedUntil > now() ? quarantinedUntil : null,
          eligible: isEligible?.(entry) ?? true
        })),
        models: listServedModels(eligibleNodes())
      })
    }, ...(maia === undefined ? [] : maiaRoutes(maia))]
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

/** The MAIA pipeline's own routes: a user's memory (export, delete) and the cost report. */
function maiaRoutes(maia: MaiaInit): ApiRoute[] {
  return [
    // A user's memory is reachable only with the API key of the app that created it.
    { method: 'GET', path: /^\/v1\/users\/([^/]{1,256})\/memory$/, handle: async ([userId], { keyId }) => ({ ...await maia.memory.export(scopedUserId(keyId, userId!)), userId }) },
    { method: 'DELETE', path: /^\/v1\/users\/([^/]{1,256})\/memory$/, handle: async ([userId], { keyId }) => ({ userId, deleted: await maia.memory.delete(scopedUserId(keyId, userId!)) }) },
    { method: 'GET', path: /^\/v1\/report$/, handle: async () => buildCostReport(await maia.ledger.all(), maia.priceTable) }
  ]
}
