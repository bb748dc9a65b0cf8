import type { Logger } from 'pino'
import type { NodeIdentity } from '../shared/keys/index.ts'
import { createCapabilityValidator } from './inference/index.ts'
import type { CapabilityRecord } from '../shared/protocol/index.ts'
import { createPeer, type MaiaPeer } from '../shared/p2p/index.ts'
import { CAPABILITY_TOPIC, DEFAULT_RECORD_MAX_AGE_MS } from '../shared/protocol/index.ts'
import { startApiServer, type ApiServer } from './gateway/index.ts'
import { createNetworkChatGenerator } from './inference/index.ts'
import { createNetworkInference } from './inference/index.ts'
import type { InferenceTimeouts } from './inference/index.ts'
import { NodeTable, type NodeEntry } from './inference/index.ts'
import type { ChainView } from './chain/index.ts'
import { listServedModels, resolveModel } from './inference/index.ts'
import { scopedUserId, type ApiRoute } from './gateway/index.ts'
import { buildCostReport } from './economy/index.ts'
import { createMaiaResponder } from './maia/index.ts'
import { createModelSwitchGenerator } from './createModelSwitchGenerator.ts'
import type { ChatGenerator } from './inference/index.ts'
import { createEconomyHooks } from './economy/index.ts'
import { createPassageCredits, medianPrice } from './economy/index.ts'
import { PaymentRequiredError } from './economy/index.ts'
import { readSettlementStatus, settleEpochSafely, type EpochSettlementReport } from './economy/index.ts'
import { createSettlementScheduler } from './economy/index.ts'
import { Registry } from 'prom-client'
import { createOrchestratorMetrics } from './metrics/index.ts'
import { createApiMetrics } from './metrics/index.ts'
import { meterLedger } from './metrics/index.ts'
import { createNetworkObserver, recordSettlement } from './metrics/index.ts'

import type { EconomyInit } from './economy/index.ts'
import type { MaiaInit } from './maia/index.ts'

export type { EconomyInit, MaiaInit }

export interface OrchestratorInit {
  identity: NodeIdentity
  logger: Logger
  apiKeys: readonly string[]
  /** Operator keys for the report and settlement routes; without them every API key is one. */
  adminApiKeys?: readonly string[]
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
  /**
   * Payments, receipts and reward settlement. With `requirePayment`, every request needs an
   * `x-maia-voucher`; a voucher, when sent, is always verified and metered.
   */
  economy?: EconomyInit
  /** The MAIA pipeline (router, knowledge, memory, Claude, accounting); without it the API serves the network's models only. */
  maia?: MaiaInit
  /** Where this orchestrator's Prometheus series go (`GET /metrics`); a fresh registry of its own when absent. */
  metricsRegistry?: Registry
}

export interface Orchestrator {
  readonly peer: MaiaPeer
  readonly api: ApiServer
  readonly table: NodeTable
  /** This orchestrator's Prometheus series, as `GET /metrics` serves them. */
  readonly metrics: Registry
  /** Multiaddrs nodes use to bootstrap to this orchestrator (with its peer id). */
  readonly multiaddrs: string[]
  /** Redeems pending vouchers, then seals and posts a rewards epoch (needs `economy`). */
  settleEpoch(): Promise<EpochSettlementReport>
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
    inboundConnectionThreshold: init.inboundConnectionThreshold,
    // Nodes whose records were admitted (staked, where there is a chain) are vouched for.
    scoring: { isTrusted: (peerId) => table.get(peerId) !== undefined }
  })
  // Only registered, staked nodes (where there is a chain) enter the table at all.
  const chain = init.chain
  peer.services.pubsub.topicValidators.set(CAPABILITY_TOPIC, createCapabilityValidator({
    now, maxAgeMs, logger: log,
    ...(chain === undefined ? {} : { admit: (record: CapabilityRecord) => chain.isNodeActive(record.ethAddress, record.peerId) }),
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

  const isEligible = chain === undefined ? undefined : (entry: NodeEntry): boolean =>
    entry.record.model.hash === chain.activeModelHash && chain.isNodeActive(entry.record.ethAddress, entry.record.peerId)
  const eligibleNodes = (): NodeEntry[] => table.routable(isEligible)
  const metrics = createOrchestratorMetrics(init.metricsRegistry ?? new Registry(), { all: () => table.all(), routable: eligibleNodes })
  const economy = init.economy
  // A node whose receipt claims more than it could have used is quarantined like any lying node.
  const receiptMismatches = new Map<string, number>()
  const hooks = economy === undefined ? undefined : createEconomyHooks({
    payments: economy.payments, receipts: economy.receipts, chain, logger: log,
    ...(economy.tokenizer === undefined ? {} : { tokenizer: economy.tokenizer }),
    onReceiptMismatch: (entry) => {
      receiptMismatches.set(entry.record.peerId, (receiptMismatches.get(entry.record.peerId) ?? 0) + 1)
      metrics.receiptMismatches.inc()
      table.recordFailure(entry.record.peerId)
    }
  })
  const network = createNetworkInference({ peer, table, logger: log, now, random: init.random, maxAttempts: init.maxAttempts, timeouts: init.inferenceTimeouts, isEligible, hooks, chainId: chain?.chainId, observer: createNetworkObserver(metrics) })
  const networkGenerator = createNetworkChatGenerator({ network, table, now, defaultModel: init.defaultModel, isEligible })
  const maia = init.maia
  const generator = maia === undefined ? networkGenerator : createModelSwitchGenerator({
    network: networkGenerator,
    maiaModelName: maia.modelName ?? 'maia',
    now,
    maia: createMaiaResponder({
      ...maia,
      ledger: meterLedger(maia.ledger, metrics, maia.priceTable),
      network,
      logger: log,
      ...(economy === undefined ? {} : {
        creditPassages: createPassageCredits({
          wallet: init.identity.wallet, chainId: chain?.chainId ?? 31337 /* as nodes sign without a chain */, receipts: economy.receipts, payments: economy.payments, logger: log,
          // Passages are priced as the network would price their tokens now.
          pricePer1kTokens: () => medianPrice(eligibleNodes())
        }).record
      }),
      networkModel: () => resolveModel(init.defaultModel ?? '', listServedModels(eligibleNodes()), init.defaultModel)
    })
  })
  // A failed step (the chain down) is retried with backoff until it goes through.
  const settlement = createSettlementScheduler({
    settle: async () => {
      const report = await settleEpochSafely({ payments: economy?.payments, settler: economy?.settler, health: economy?.health, logger: log })
      recordSettlement(metrics, report)
      return report
    },
    logger: log, now, ...(init.random === undefined ? {} : { random: init.random }),
    ...(economy?.settlementBackoff === undefined ? {} : { backoff: economy.settlementBackoff })
  })
  const settleEpoch = (): Promise<EpochSettlementReport> => settlement.settleNow()
  const epochTimer = economy?.epochIntervalMs === undefined ? undefined : setInterval(() => {
    void settleEpoch()
  }, economy.epochIntervalMs)
  epochTimer?.unref()
  const api = await startApiServer({
    generator: economy === undefined ? generator : withPaymentGate(generator, economy),
    apiKeys: init.apiKeys,
    adminApiKeys: init.adminApiKeys,
    logger: log,
    now,
    metrics: createApiMetrics(metrics),
    routes: [{
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
            quarantinedUntil: entry.quarantinedUntil > now() ? entry.quarantinedUntil : null,
            receiptMismatches: receiptMismatches.get(record.peerId) ?? 0,
            eligible: isEligible?.(entry) ?? true
          }
        }),
        models: listServedModels(eligibleNodes())
      })
    }, ...(maia === undefined ? [] : maiaRoutes(maia)), ...(economy === undefined ? [] : economyRoutes(economy, settleEpoch, () => settlement.status()))]
  }, init.http ?? { host: '127.0.0.1', port: 8787 })
  const multiaddrs = peer.getMultiaddrs().map(String)
  log.info({ peerId: peer.peerId.toString(), multiaddrs, api: api.url }, 'orchestrator started')

  return {
    peer, api, table, multiaddrs,
    metrics: metrics.registry,
    settleEpoch,
    async stop() {
      clearInterval(expiry)
      clearInterval(epochTimer)
      await settlement.stop()
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
    { method: 'GET', path: /^\/v1\/report$/, admin: true, handle: async () => buildCostReport(await maia.ledger.all(), maia.priceTable) }
  ]
}

/**
 * Verifies the caller's voucher (when sent) before anything is generated and attaches the paid
 * session to the request; refuses unpaid requests with 402 when payment is required.
 */
function withPaymentGate(generator: ChatGenerator, economy: EconomyInit): ChatGenerator {
  return {
    ...generator,
    async generate(request, options) {
      if (request.voucher !== undefined && economy.payments !== undefined) {
        const session = await economy.payments.authorize(request.voucher, request.apiKeyId === undefined ? {} : { apiKeyId: request.apiKeyId })
        return generator.generate({ ...request, payment: { digest: session.digest, payer: session.user } }, options)
      }
      if (economy.requirePayment === true) throw new PaymentRequiredError('This network serves paid sessions: send an x-maia-voucher header (see `maia session open`)')
      return generator.generate(request, options)
    }
  }
}

/** Rewards proofs for claimants, and settlement for operators. */
function economyRoutes(economy: EconomyInit, settleEpoch: () => Promise<unknown>, retryStatus: () => unknown): ApiRoute[] {
  const settler = economy.settler
  if (settler === undefined) return []
  return [
    { method: 'GET', path: /^\/v1\/rewards\/(0x[0-9a-fA-F]{40})$/, handle: async ([account]) => await settler.claimFor(account!) },
    {
      method: 'GET', path: /^\/v1\/settlement$/, admin: true,
      handle: async () => ({
        ...await readSettlementStatus({ settler, receipts: economy.receipts, health: economy.health }),
        ...(economy.payments === undefined ? {} : { redemptionFailures: await economy.payments.failures() }),
        retry: retryStatus()
      })
    },
    { method: 'POST', path: /^\/v1\/settlement\/epochs$/, admin: true, handle: async () => await settleEpoch() }
  ]
}
