import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { basename } from 'node:path'
import type { Logger } from 'pino'
import type { NodeConfig } from '../shared/config/index.ts'
import { InvalidConfigError } from '../shared/config/index.ts'
import { loadOrCreateIdentity } from '../shared/keys/index.ts'
import { createLifecycle } from '../shared/util/index.ts'
import { loadLlamaCppBackend } from './backend/LlamaCppBackend.ts'
import { connectNodeToChain, followChain } from './chain/followChain.ts'
import { measureThroughput } from './inference/measureThroughput.ts'
import { attachModelDistribution, type Sha256Hex } from './models/index.ts'
import { startProviderNode, type ProviderNode } from './startProviderNode.ts'
import type { InferenceBackend } from './backend/InferenceBackend.ts'

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
export async function startNodeFromConfig(config: NodeConfig, components: {
  logger: Logger
  onProgress?: (stage: 'hashing' | 'loading' | 'fetching', fraction: number) => void
}): Promise<NodeFromConfig> {
  const { logger } = components
  if (config.model === undefined) throw new InvalidConfigError('flags', 'model: pass --model <path to a .gguf | hf:user/repo/file.gguf> (or MAIA_NODE_MODEL)')
  const identity = await loadOrCreateIdentity(config.dataDir)
  const loadModel = (model: string, onProgress?: (stage: 'hashing' | 'loading', fraction: number) => void, modelName?: string) => loadLlamaCppBackend({
    model,
    ...(model === config.model ? { modelName: config.modelName } : modelName === undefined ? {} : { modelName }),
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
    // Model files travel between nodes by SHA-256: this node serves the files (and partial
    // downloads) it holds, and fetches an activated model from peers before its registry URI.
    const models = await attachModelDistribution(started.peer, { directory: config.modelsDir, logger: logger.child({ component: 'node:models' }), serve: config.serveModels, peers: config.modelPeers })
    lifecycle.add({ stop: () => models.stop() })
    if (existsSync(config.model)) {
      void models.seed(config.model, { sha256: backend.modelHash as Sha256Hex }).then(
        () => logger.info({ model: backend.modelName }, 'serving the model file to peers'),
        (error: unknown) => logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'cannot serve the model file to peers'))
    }
    const loadActivated = async (uri: string, sha256?: string): Promise<InferenceBackend> => {
      if (sha256 === undefined || !/^0x[0-9a-f]{64}$/.test(sha256)) return loadModel(uri)
      const fetched = await models.fetch({ sha256: sha256 as Sha256Hex, uri, onProgress: (progress) => components.onProgress?.('fetching', progress.totalBytes === 0 ? 0 : progress.bytes / progress.totalBytes) })
      logger.info({ component: 'node:models', sha256, source: fetched.source }, 'activated model file ready')
      // A store file is named by its hash: the model keeps the name its URI gives it.
      return loadModel(fetched.path ?? uri, undefined, basename(uri).replace(/\.gguf$/i, ''))
    }
    if (chain !== undefined) lifecycle.add({ stop: followChain(chain.gate, started, { load: loadActivated, logger }) })
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
