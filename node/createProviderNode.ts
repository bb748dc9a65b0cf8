import type { Logger } from 'pino'
import { createBindingProof } from '../shared/keys/bindingProof.ts'
import type { NodeIdentity } from '../shared/keys/nodeIdentity.ts'
import { createPeer, type MaiaPeer } from '../shared/p2p/createPeer.ts'
import { keepConnected } from '../shared/p2p/keepConnected.ts'
import { DEFAULT_HEARTBEAT_INTERVAL_MS, INFERENCE_PROTOCOL } from '../shared/protocol/constants.ts'
import { createCapabilityAnnouncer } from './announce/createCapabilityAnnouncer.ts'
import type { InferenceBackend } from './backend/InferenceBackend.ts'
import { createRequestQueue } from './inference/RequestQueue.ts'
import { serveInferenceStream } from './inference/serveInferenceStream.ts'
import { ThroughputMeter } from './inference/ThroughputMeter.ts'

export interface ProviderNodeInit {
  identity: NodeIdentity
  backend: InferenceBackend
  logger: Logger
  listen?: string[]
  bootstrap?: string[]
  maxConcurrent?: number
  maxQueued?: number
  pricePer1kTokens?: bigint
  chainId?: number
  heartbeatIntervalMs?: number
  inboundConnectionThreshold?: number
  /** How long a client may take to send its request frame before getting an error frame. */
  requestTimeoutMs?: number
  /** Initial tokens/s estimate until real requests are measured. */
  initialTokensPerSecond?: number
  now?: () => number
}

export interface ProviderNode {
  readonly peer: MaiaPeer
  readonly multiaddrs: string[]
  readonly backend: InferenceBackend
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
  const now = init.now ?? Date.now
  const log = init.logger.child({ component: 'node' })
  const maxConcurrent = init.maxConcurrent ?? 1
  const queue = createRequestQueue({ maxConcurrent, maxQueued: init.maxQueued ?? 16 })
  const throughput = new ThroughputMeter({ initial: init.initialTokensPerSecond })
  const peer = await createPeer({
    privateKey: init.identity.libp2pKey,
    listen: init.listen ?? ['/ip4/127.0.0.1/tcp/0'],
    inboundConnectionThreshold: init.inboundConnectionThreshold
  })
  const binding = await createBindingProof(init.identity.libp2pKey, peer.peerId.toString(), init.identity.wallet)

  await peer.handle(INFERENCE_PROTOCOL, (stream) => serveInferenceStream(stream, {
    backend: () => init.backend,
    queue,
    wallet: init.identity.wallet,
    chainId: init.chainId ?? 31337,
    throughput,
    logger: log,
    now,
    requestTimeoutMs: init.requestTimeoutMs
  }), { maxInboundStreams: maxConcurrent + (init.maxQueued ?? 16) + 8 })

  const announcer = createCapabilityAnnouncer({
    peer,
    wallet: init.identity.wallet,
    intervalMs: init.heartbeatIntervalMs ?? DEFAULT_HEARTBEAT_INTERVAL_MS,
    now,
    logger: log,
    describe: () => ({
      version: 1,
      peerId: peer.peerId.toString(),
      ethAddress: init.identity.wallet.address,
      binding,
      model: { hash: init.backend.modelHash, name: init.backend.modelName },
      contextSize: init.backend.contextSize,
      maxConcurrent,
      queueDepth: queue.queued,
      inFlight: queue.inFlight,
      tokensPerSecond: Math.round(throughput.tokensPerSecond * 10) / 10,
      pricePer1kTokens: (init.pricePer1kTokens ?? 10n ** 15n).toString()
    })
  })
  announcer.start()
  const stopDialing = keepConnected(peer, init.bootstrap ?? [], { intervalMs: 2_000, logger: log })
  log.info({ peerId: peer.peerId.toString(), ethAddress: init.identity.wallet.address, addresses: peer.getMultiaddrs().map(String) }, 'node started')

  return {
    peer,
    backend: init.backend,
    get multiaddrs() { return peer.getMultiaddrs().map(String) },
    async stop() {
      stopDialing()
      announcer.stop()
      await peer.stop()
      log.info('node stopped')
    }
  }
}
