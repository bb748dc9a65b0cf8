import type { Logger } from 'pino'
import { Registry } from 'prom-client'
import type { NodeIdentity } from '../shared/keys/index.ts'
import { createPeer, type MaiaPeer, type PeerTransport } from '../shared/p2p/index.ts'
import { DEFAULT_RECORD_MAX_AGE_MS, type CapabilityRecord } from '../shared/protocol/index.ts'
import { createLifecycle, createRepeatingTask, systemClock, type Clock } from '../shared/util/index.ts'
import type { ChainView } from './chain/index.ts'
import { createModelSwitchGenerator } from './createModelSwitchGenerator.ts'
import { createEconomyHooks, createPassageCredits, createSettlementScheduler, medianPrice, settleEpochSafely, type EconomyInit, type EpochSettlementReport } from './economy/index.ts'
import { startApiServer, type ApiServer } from './gateway/index.ts'
import { capabilityDirectory, createNetworkChatGenerator, createNetworkInference, listServedModels, NodeTable, resolveModel, type InferenceTimeouts, type NodeEntry, type ServedInference } from './inference/index.ts'
import { createMaiaResponder, type MaiaInit } from './maia/index.ts'
import { createApiMetrics, createNetworkObserver, createOrchestratorMetrics, meterLedger, recordSettlement } from './metrics/index.ts'
import { economyRoutes, phaseReportRoutes } from './routes/economyRoutes.ts'
import { maiaRoutes } from './routes/maiaRoutes.ts'
import { networkNodesRoute } from './routes/networkNodesRoute.ts'
import { withPaymentGate } from './economy/index.ts'
import { askNamedNode, createQualityLoop, createQualitySampler, createReputationBook, reputationKey, servedAnswer, type QualityInit, type QualityLoop, type ReputationBook } from './quality/index.ts'
import { qualityRoutes } from './routes/qualityRoutes.ts'
import { createDashboardPages, type DashboardChainReader } from './dashboard/index.ts'
import { dashboardRoutes } from './routes/dashboardRoutes.ts'

export type { EconomyInit, MaiaInit }

export interface OrchestratorInit {
  identity: NodeIdentity
  logger: Logger
  apiKeys: readonly string[]
  /** Operator keys for the report and settlement routes; without them every API key is one. */
  adminApiKeys?: readonly string[]
  listen?: string[]
  /** How the peer connects (default TCP); tests pass `[memory()]` with `/memory/<name>` listen addresses. */
  transports?: PeerTransport[]
  http?: { host: string; port: number }
  /** A node not heard from for this long is dropped from routing. */
  recordMaxAgeMs?: number
  maxAttempts?: number
  /** Deadlines for a node's first token and for silence between tokens (30 s each by default). */
  inferenceTimeouts?: InferenceTimeouts
  defaultModel?: string
  inboundConnectionThreshold?: number
  /** Time and the timers of node expiry and epoch settlement (default the system clock). */
  clock?: Clock
  /** Shorthand for a clock that reads time from here (kept for callers that inject only `now`). */
  now?: () => number
  random?: () => number
  /**
   * Seeds for requests that carry none (every request gets one, so a sampled re-ask repeats it and
   * no request stands out); random 32-bit values by default. Tests pin it for reproducible answers.
   */
  newSeed?: () => number
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
  /**
   * Quality sampling (phase 2): a share of network answers is verified against the approved model,
   * asked again of 1–2 peers and of the reference, scored, and entered into reputation, which
   * weights routing, quarantines liars and (through `economy`) weights rewards.
   */
  quality?: QualityInit
  /** The web dashboard (`GET /dashboard`) reads the chain's governance and economy through this, when given. */
  dashboard?: { chain?: DashboardChainReader }
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
  /** The quality loop and the reputation it keeps, when `quality` was given. */
  readonly quality: { loop: QualityLoop; reputation: ReputationBook } | undefined
  stop(): Promise<void>
}

/**
 * The orchestrator's composition root: a libp2p peer that learns nodes from gossip, a router
 * that picks and fails over between them, and the user-facing HTTP API in front. Its parts stop
 * in the reverse of the order they start in: the API, the epoch timer, settlement, the peer.
 */
export async function startOrchestrator(init: OrchestratorInit): Promise<Orchestrator> {
  const clock: Clock = { ...(init.clock ?? systemClock), ...(init.now === undefined ? {} : { now: init.now }) }
  const now = (): number => clock.now()
  const log = init.logger.child({ component: 'orchestrator' })
  const maxAgeMs = init.recordMaxAgeMs ?? DEFAULT_RECORD_MAX_AGE_MS
  // The gossip score reads the table before the peer (and its directory) exist.
  const table = new NodeTable({ maxAgeMs, now })
  const chain = init.chain
  const lifecycle = createLifecycle()
  try {
    const peer = lifecycle.add(await createPeer({
      privateKey: init.identity.libp2pKey,
      listen: init.listen ?? ['/ip4/127.0.0.1/tcp/0'],
      ...(init.transports === undefined ? {} : { transports: init.transports }),
      inboundConnectionThreshold: init.inboundConnectionThreshold,
      // Nodes whose records were admitted (staked, where there is a chain) are vouched for.
      scoring: { isTrusted: (peerId) => table.get(peerId) !== undefined },
      services: {
        capabilityDirectory: capabilityDirectory({
          table, maxAgeMs, clock, logger: log,
          // Only registered, staked nodes (where there is a chain) enter the table at all; a node's
          // first record waits for its registration to be read instead of being refused until its next.
          ...(chain === undefined ? {} : {
            admit: (record: CapabilityRecord) => chain.whenNodeActive?.(record.ethAddress, record.peerId) ?? chain.isNodeActive(record.ethAddress, record.peerId)
          })
        })
      }
    }))

    const reputation = init.quality === undefined ? undefined : (init.quality.reputation ?? createReputationBook({ now }))
    const onChain = chain === undefined ? undefined : (entry: NodeEntry): boolean =>
      entry.record.model.hash === chain.activeModelHash && chain.isNodeActive(entry.record.ethAddress, entry.record.peerId)
    // A node quarantined by quality sampling (a proven lie, or answers far below its peers') gets no traffic.
    const isEligible = reputation === undefined ? onChain : (entry: NodeEntry): boolean =>
      !reputation.isQuarantined(reputationKey(entry.record.ethAddress)) && (onChain?.(entry) ?? true)
    const eligibleNodes = (): NodeEntry[] => table.routable(isEligible)
    const metrics = createOrchestratorMetrics(init.metricsRegistry ?? new Registry(), { all: () => table.all(), routable: eligibleNodes })
    const economy = init.economy
    // A node whose receipt claims more than it could have used is quarantined like any lying node.
    const receiptMismatches = new Map<string, number>()
    const hooks = economy === undefined ? undefined : createEconomyHooks({
      payments: economy.payments, receipts: economy.receipts, chain, logger: log,
      ...(economy.tokenizer === undefined ? {} : { tokenizer: economy.tokenizer }),
      ...(economy.maxPricePer1kTokens === undefined ? {} : { maxPricePer1kTokens: economy.maxPricePer1kTokens }),
      onReceiptMismatch: (entry) => {
        receiptMismatches.set(entry.record.peerId, (receiptMismatches.get(entry.record.peerId) ?? 0) + 1)
        metrics.receiptMismatches.inc()
        table.recordFailure(entry.record.peerId)
      }
    })
    let quality: QualityLoop | undefined
    const network = createNetworkInference({
      peer, table, logger: log, now, random: init.random, maxAttempts: init.maxAttempts, ...(init.newSeed === undefined ? {} : { newSeed: init.newSeed }), timeouts: init.inferenceTimeouts, isEligible, hooks, chainId: chain?.chainId, observer: createNetworkObserver(metrics),
      ...(reputation === undefined ? {} : {
        weightOf: (entry: NodeEntry) => reputation.routingWeight(reputationKey(entry.record.ethAddress)),
        onServed: (served: ServedInference) => quality?.observe(servedAnswer(served, eligibleNodes))
      })
    })
    if (init.quality !== undefined && reputation !== undefined) {
      quality = lifecycle.add(createQualityLoop({
        ...init.quality,
        sampler: createQualitySampler({ rate: init.quality.sampleRate, peersPerSample: init.quality.peersPerSample, random: init.random }),
        reputation,
        askNode: askNamedNode(network, table),
        approvedModelHash: () => chain?.activeModelHash,
        logger: log,
        now
      }))
    }
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
            pricePer1kTokens: () => medianPrice(eligibleNodes()),
            ...(economy.maxPricePer1kTokens === undefined ? {} : { maxPricePer1kTokens: economy.maxPricePer1kTokens })
          }).record
        }),
        networkModel: () => resolveModel(init.defaultModel ?? '', listServedModels(eligibleNodes()), init.defaultModel)
      })
    })

    // A failed step (the chain down) is retried with backoff until it goes through.
    const settlement = lifecycle.add(createSettlementScheduler({
      settle: async () => {
        const report = await settleEpochSafely({ payments: economy?.payments, settler: economy?.settler, health: economy?.health, logger: log })
        recordSettlement(metrics, report)
        return report
      },
      logger: log, now, ...(init.random === undefined ? {} : { random: init.random }),
      ...(economy?.settlementBackoff === undefined ? {} : { backoff: economy.settlementBackoff })
    }))
    const settleEpoch = (): Promise<EpochSettlementReport> => settlement.settleNow()
    if (economy?.epochIntervalMs !== undefined) await lifecycle.start(createRepeatingTask(() => { void settleEpoch() }, { intervalMs: economy.epochIntervalMs, clock }))

    const api = await startApiServer({
      generator: economy === undefined ? generator : withPaymentGate(generator, economy),
      apiKeys: init.apiKeys,
      adminApiKeys: init.adminApiKeys,
      logger: log,
      now,
      metrics: createApiMetrics(metrics),
      pages: createDashboardPages(),
      routes: [
        networkNodesRoute({
          table, isEligible, receiptMismatches, now,
          ...(reputation === undefined ? {} : {
            reputationOf: (ethAddress: string) => {
              const { mean, routingWeight, rewardMultiplier, quarantinedUntil } = reputation.get(reputationKey(ethAddress))
              return { mean, routingWeight, rewardMultiplier, quarantinedUntil }
            }
          })
        }),
        ...(maia === undefined ? [] : maiaRoutes(maia)),
        ...(maia === undefined ? [] : phaseReportRoutes(maia)),
        ...(economy === undefined ? [] : economyRoutes(economy, { settleEpoch, retryStatus: () => settlement.status() })),
        ...(quality === undefined || reputation === undefined || init.quality === undefined ? [] : qualityRoutes({
          loop: quality, reputation, evidence: init.quality.evidence, table,
          ...(init.quality.distillation === undefined ? {} : { distillation: init.quality.distillation }),
          ...(init.quality.referenceUsage === undefined ? {} : { referenceUsage: init.quality.referenceUsage }),
          ...(maia === undefined ? {} : { priceTable: maia.priceTable })
        })),
        ...dashboardRoutes({
          ...(maia === undefined ? {} : { accounting: { ledger: maia.ledger, priceTable: maia.priceTable } }),
          ...(init.dashboard?.chain === undefined ? {} : { chain: init.dashboard.chain })
        })
      ]
    }, init.http ?? { host: '127.0.0.1', port: 8787 })
    lifecycle.add({ stop: () => api.close() })
    const multiaddrs = peer.getMultiaddrs().map(String)
    log.info({ peerId: peer.peerId.toString(), multiaddrs, api: api.url }, 'orchestrator started')

    return {
      peer, api, table, multiaddrs,
      metrics: metrics.registry,
      settleEpoch,
      quality: quality === undefined || reputation === undefined ? undefined : { loop: quality, reputation },
      async stop() {
        await lifecycle.stop()
        log.info('orchestrator stopped')
      }
    }
  } catch (error) {
    throw await lifecycle.rollback(error)
  }
}
