import { availableParallelism } from 'node:os'
import type { Logger } from 'pino'
import type { NodeConfig } from '../shared/config/index.ts'
import { InvalidConfigError } from '../shared/config/index.ts'
import { loadOrCreateIdentity } from '../shared/keys/index.ts'
import { createLifecycle } from '../shared/util/index.ts'
import { loadLlamaCppBackend } from './backend/LlamaCppBackend.ts'
import { connectNodeToChain, followChain } from './chain/followChain.ts'
import { measureThroughput } from './inference/measureThroughput.ts'
import { startProviderNode, type ProviderNode } from './startProviderNode.ts'

export interface NodeFromConfig {
  readonly node: ProviderNode
  /** The node's ETH address (its receipts' signer and its NodeRegistry registration). */
  readonly ethAddress: string
  /** Whether the node follows a chain (serves only while staked on the active model). */
  readonly followsChain: boolean
  /** Stops following the chain, stops the node, closes the RPC and disposes the model: the reverse of starting. */
  stop(): Promise<void>
}

/**
 * The provider daemon's composition root: from a validated config to a serving node. The CLI
 * only parses flags into `config` and calls this; everything long-lived is stopped by `stop()`.
 */
export async function startNodeFromConfig(config: NodeConfig, components: { logger: Logger; onProgress?: (stage: 'hashing' | 'loading', fraction: number) => void }): Promise<NodeFromConfig> {
  const { logger } = components
  if (config.model === undefined) throw new InvalidConfigError('flags', 'model: pass --model <path to a .gguf | hf:user/repo/file.gguf> (or MAIA_NODE_MODEL)')
  const identity = await loadOrCreateIdentity(config.dataDir)
  const loadModel = (model: string, onProgress?: (stage: 'hashing' | 'loading', fraction: number) => void) => loadLlamaCppBackend({
    model,
    ...(model === config.model ? { modelName: config.modelName } : {}),
    modelsDirectory: config.modelsDir,
    contextSize: config.contextSize,
    sequences: config.maxConcurrent,
    threads: config.threads ?? availableParallelism(),
    gpu: config.gpu,
    logger,
    ...(onProgress === undefined ? {} : { onProgress })
  })
  const lifecycle = createLifecycle()
  const backend = await loadModel(config.model, components.onProgress)
  let node: ProviderNode | undefined
  // The backend in use at stop: a governance switch may have replaced the one loaded here.
  lifecycle.add({ stop: () => (node?.backend ?? backend).dispose() })
  try {
    const chain = config.chainRpc === undefined ? undefined : await connectNodeToChain(config, identity.wallet.address, logger)
    if (chain !== undefined) lifecycle.add({ stop: () => chain.close() })
    const initialTokensPerSecond = await measureThroughput(backend)
    logger.info({ tokensPerSecond: Math.round(initialTokensPerSecond) }, 'measured generation speed')
    const started = lifecycle.add(await startProviderNode({
      serving: chain === undefined,
      initialTokensPerSecond,
      identity, backend, logger,
      listen: config.listen,
      bootstrap: config.bootstrap,
      authorizedPeers: config.allowPeers,
      serveAnyPeer: config.serveAnyPeer,
      maxConcurrent: config.maxConcurrent,
      maxQueued: config.maxQueued,
      pricePer1kTokens: BigInt(config.pricePer1kTokens),
      // Receipts are signed for the chain the node is staked on, when it follows one.
      chainId: chain?.chainId ?? config.chainId,
      heartbeatIntervalMs: config.heartbeatIntervalMs,
      tokenCoalesceMs: config.tokenCoalesceMs,
      ...(config.metricsPort === 0 ? {} : { metrics: { host: config.metricsHost, port: config.metricsPort } })
    }))
    node = started
    if (chain !== undefined) lifecycle.add({ stop: followChain(chain.gate, started, { load: (model) => loadModel(model), logger }) })
    return {
      node: started,
      ethAddress: identity.wallet.address,
      followsChain: chain !== undefined,
      stop: () => lifecycle.stop()
    }
  } catch (error) {
    throw await lifecycle.rollback(error)
  }
}
