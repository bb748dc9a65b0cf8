import type { Logger } from 'pino'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { Registry } from 'prom-client'
import { createBindingProof } from '../shared/keys/index.ts'
import type { NodeIdentity } from '../shared/keys/index.ts'
import { createPeer, keepConnected, peerIdOfAddress, type MaiaPeer, type PeerTransport } from '../shared/p2p/index.ts'
import { createLifecycle, systemClock, type Clock } from '../shared/util/index.ts'
import { capabilityAnnouncer } from './announce/capabilityAnnouncer.ts'
import type { InferenceBackend } from './backend/InferenceBackend.ts'
import { BUSY_ANSWER_HEADROOM, inferenceServer } from './inference/inferenceServer.ts'
import { createRequestQueue } from './inference/RequestQueue.ts'
import { ThroughputMeter } from './inference/ThroughputMeter.ts'
import { createNodeMetrics } from './metrics/createNodeMetrics.ts'
import { startMetricsServer } from './metrics/startMetricsServer.ts'

/** How often the orchestrators the node was told to join are dialed again while not connected. */
const REDIAL_INTERVAL_MS = 2_000

export interface ProviderNodeInit {
  identity: NodeIdentity
  backend: InferenceBackend
  logger: Logger
  listen?: string[]
  /** How the peer connects (default TCP); tests pass `[memory()]` with `/memory/<name>` listen addresses. */
  transports?: PeerTransport[]
  /** Orchestrators to join (multiaddrs with `/p2p/<id>`): the node serves inference to these peers. */
  bootstrap?: string[]
  /** More peer ids allowed to request inference (orchestrators reached another way). */
  authorizedPeers?: readonly string[]
  /** Serve any peer that dials in (private networks and benchmarks only: anyone gets free inference). */
  serveAnyPeer?: boolean
  maxConcurrent?: number
  maxQueued?: number
  pricePer1kTokens?: bigint
  chainId?: number
  heartbeatIntervalMs?: number
  inboundConnectionThreshold?: number
  /** How long a client may take to send its request frame before getting an error frame. */
  requestTimeoutMs?: number
  /** Start serving at once (default), or wait for `setServing(true)` (e.g. until staked on chain). */
  serving?: boolean
  /** How long tokens after the first are gathered into one frame (default 10 ms; 0 sends them as written). */
  tokenCoalesceMs?: number
  /** Initial tokens/s estimate until real requests are measured. */
  initialTokensPerSecond?: number
  /** Serve Prometheus `GET /metrics` here (`--metrics-port`); off when absent. Port 0 picks a free one. */
  metrics?: { host?: string; port: number }
  /** Where this node's Prometheus series go; a fresh registry of its own when absent. */
  metricsRegistry?: Registry
  /** Time and the heartbeat timer (default the system clock). */
  clock?: Clock
  /** Shorthand for a clock that reads time from here (kept for callers that inject only `now`). */
  now?: () => number
}

export interface ProviderNode {
  readonly peer: MaiaPeer
  readonly multiaddrs: string[]
  /** The backend new requests go to. */
  readonly backend: InferenceBackend
  /** Whether the node accepts requests and announces itself. */
  readonly serving: boolean
  /** This node's Prometheus series. */
  readonly metrics: Registry
  /** Where `GET /metrics` is served, when `metrics` was given. */
  readonly metricsUrl: string | undefined
  /**
   * Sends new requests to `backend` and re-announces; requests already running finish on the
   * old one, which is returned once they have (for the caller to dispose).
   */
  switchBackend(backend: InferenceBackend): Promise<InferenceBackend>
  /** Stops (or resumes) accepting requests and announcing, e.g. while unstaked or on a stale model. */
  setServing(serving: boolean, reason?: string): void
  stop(): Promise<void>
}

/**
 * The provider daemon's composition root: a libp2p peer serving `/maia/infer/1.0.0` from an
 * inference backend, announcing its capability record on gossip.
 *
 * @example
 * const node = await startProviderNode({ identity, backend, logger, bootstrap: [orchestratorAddress] })
 * await node.stop()
 */
export async function startProviderNode(init: ProviderNodeInit): Promise<ProviderNode> {
  const clock: Clock = { ...(init.clock ?? systemClock), ...(init.now === undefined ? {} : { now: init.now }) }
  const log = init.logger.child({ component: 'node' })
  const maxConcurrent = init.maxConcurrent ?? 1
  const maxQueued = init.maxQueued ?? 16
  const queue = createRequestQueue({ maxConcurrent, maxQueued })
  const throughput = new ThroughputMeter({ initial: init.initialTokensPerSecond })
  const metrics = createNodeMetrics(init.metricsRegistry ?? new Registry(), { inFlight: () => queue.inFlight, queued: () => queue.queued })
  const bootstrap = init.bootstrap ?? []
  const orchestratorPeerIds = new Set(bootstrap.map((address) => peerIdOfAddress(multiaddr(address))).filter((peerId) => peerId !== undefined))
  // The capability record names the peer, so its binding proof is made before the peer runs.
  const peerId = peerIdFromPrivateKey(init.identity.libp2pKey).toString()
  const binding = await createBindingProof(init.identity.libp2pKey, peerId, init.identity.wallet)

  let backend = init.backend
  let serving = init.serving ?? true
  const inFlightByBackend = new Map<InferenceBackend, number>()
  const drained = new Map<InferenceBackend, () => void>()
  // A backend counts as busy only while one of its generations runs, so a request refused or
  // aborted before generating can never keep a model switch waiting for it.
  const trackedBackend = (): InferenceBackend => {
    const current = backend
    return {
      ...current,
      generate: async (parameters, options) => {
        inFlightByBackend.set(current, (inFlightByBackend.get(current) ?? 0) + 1)
        try {
          return await current.generate(parameters, options)
        } finally {
          const left = (inFlightByBackend.get(current) ?? 1) - 1
          inFlightByBackend.set(current, left)
          if (left === 0) drained.get(current)?.()
        }
      }
    }
  }
  const authorizedPeers = new Set([...orchestratorPeerIds, ...(init.authorizedPeers ?? [])])
  if (authorizedPeers.size === 0 && init.serveAnyPeer !== true) log.warn('no orchestrator to serve: pass --bootstrap <orchestrator multiaddr with /p2p/ id> or --allow-peer <peer id>')

  const lifecycle = createLifecycle()
  try {
    // The peer starts its services with it and stops them before itself: the inference
    // handler, the heartbeats and the redials to the orchestrators.
    const peer = lifecycle.add(await createPeer({
      privateKey: init.identity.libp2pKey,
      listen: init.listen ?? ['/ip4/127.0.0.1/tcp/0'],
      ...(init.transports === undefined ? {} : { transports: init.transports }),
      inboundConnectionThreshold: init.inboundConnectionThreshold,
      // The orchestrators this node was told to join are vouched for, however crowded their address.
      scoring: { isTrusted: (remotePeerId) => orchestratorPeerIds.has(remotePeerId) },
      services: {
        inferenceServer: inferenceServer({
          backend: trackedBackend,
          isAuthorized: init.serveAnyPeer === true ? undefined : (remotePeerId) => authorizedPeers.has(remotePeerId),
          ...(init.tokenCoalesceMs === undefined ? {} : { tokenCoalesceMs: init.tokenCoalesceMs }),
          isServing: () => serving,
          queue,
          observer: metrics.observer,
          wallet: init.identity.wallet,
          chainId: init.chainId ?? 31337,
          throughput,
          logger: log,
          now: () => clock.now(),
          requestTimeoutMs: init.requestTimeoutMs,
          maxInboundStreams: maxConcurrent + maxQueued + BUSY_ANSWER_HEADROOM
        }),
        capabilityAnnouncer: capabilityAnnouncer({
          wallet: init.identity.wallet,
          intervalMs: init.heartbeatIntervalMs,
          clock,
          logger: log,
          announcing: serving,
          describe: () => ({
            version: 1,
            peerId,
            ethAddress: init.identity.wallet.address,
            binding,
            model: { hash: backend.modelHash, name: backend.modelName },
            contextSize: backend.contextSize,
            maxConcurrent,
            queueDepth: queue.queued,
            inFlight: queue.inFlight,
            tokensPerSecond: Math.round(throughput.tokensPerSecond * 10) / 10,
            pricePer1kTokens: (init.pricePer1kTokens ?? 10n ** 15n).toString()
          })
        }),
        keepConnected: keepConnected({ addresses: bootstrap, intervalMs: REDIAL_INTERVAL_MS, logger: log, clock })
      }
    }))
    const announcer = peer.services.capabilityAnnouncer
    // A taken port stops the peer (rollback below), so a half-started node never announces itself.
    const metricsServer = init.metrics === undefined ? undefined : await startMetricsServer(metrics.registry, { host: init.metrics.host ?? '127.0.0.1', port: init.metrics.port })
    if (metricsServer !== undefined) lifecycle.add({ stop: () => metricsServer.close() })
    log.info({ peerId, ethAddress: init.identity.wallet.address, addresses: peer.getMultiaddrs().map(String) }, 'node started')

    return {
      peer,
      get backend() { return backend },
      get serving() { return serving },
      metrics: metrics.registry,
      metricsUrl: metricsServer?.url,
      get multiaddrs() { return peer.getMultiaddrs().map(String) },
      async switchBackend(next) {
        const previous = backend
        backend = next
        if (serving) await announcer.announce()
        log.info({ model: next.modelName, modelHash: next.modelHash }, 'switched model')
        if ((inFlightByBackend.get(previous) ?? 0) > 0) await new Promise<void>((resolve) => drained.set(previous, resolve))
        drained.delete(previous)
        inFlightByBackend.delete(previous)
        return previous
      },
      setServing(next, reason) {
        if (next === serving) return
        serving = next
        announcer.setAnnouncing(serving)
        log.info({ serving, reason }, serving ? 'serving' : 'not serving')
      },
      async stop() {
        await lifecycle.stop()
        log.info('node stopped')
      }
    }
  } catch (error) {
    throw await lifecycle.rollback(error)
  }
}
