import { JsonRpcProvider } from 'ethers'
import type { Logger } from 'pino'
import { createNodeChainGate, type NodeChainGate } from './createNodeChainGate.ts'
import type { InferenceBackend } from '../backend/InferenceBackend.ts'
import type { ProviderNode } from '../startProviderNode.ts'
import { assertDeploymentChain, connectSuite } from '../../shared/chain/index.ts'
import { loadDeployment } from '../../shared/chain/index.ts'
import type { NodeConfig } from '../../shared/config/index.ts'

/** Connects a node to the chain named in its config: the deployment, checked against the RPC's chain id. */
export async function connectNodeToChain(config: NodeConfig, address: string, logger: Logger): Promise<{ gate: NodeChainGate; chainId: number; close(): void }> {
  // Read before the chain is asked anything: `maia up` starts nodes while it deploys (`deploymentWaitMs`).
  const deployment = await loadDeployment(config.deployment ?? `.maia/deployments/${config.chainId}.json`, { waitMs: config.deploymentWaitMs })
  // `polling`: events are read with eth_getLogs per block, not through filters. A filter is
  // uninstalled by a request sent after `off()` returns, which `destroy()` at stop cancelled: an
  // unhandled rejection that made every node exit 1 on a clean stop.
  const provider = new JsonRpcProvider(config.chainRpc, undefined, { pollingInterval: 1_000, polling: true })
  await assertDeploymentChain(deployment, provider)
  return { gate: createNodeChainGate({ suite: connectSuite(deployment, provider), address, logger }), chainId: deployment.chainId, close: () => provider.destroy() }
}

/**
 * Keeps a running node in step with the chain: serves only while eligible; when governance
 * activates another model, loads it by its SHA-256 (from peers that hold it, else from the registry's
 * URI: a path or `hf:` URI), checks its SHA-256, switches without failing requests in flight, and re-announces.
 */
export function followChain(gate: NodeChainGate, node: ProviderNode, options: { load: (model: string, sha256: string) => Promise<InferenceBackend>; logger: Logger }): () => void {
  const log = options.logger.child({ component: 'node:follow' })
  let switching = false
  return gate.follow(() => node.backend.modelHash, async (eligibility) => {
    if (eligibility.eligible) {
      node.setServing(true)
      return
    }
    node.setServing(false, eligibility.reason)
    const active = eligibility.activeModel
    if (!eligibility.registeredAndStaked || active === undefined || switching || active.sha256 === node.backend.modelHash) return
    switching = true
    try {
      log.info({ model: active.name, uri: active.uri, sha256: active.sha256 }, 'governance activated a new model: loading it')
      const started = performance.now()
      const next = await options.load(active.uri, active.sha256)
      if (next.modelHash !== active.sha256) {
        log.error({ expected: active.sha256, actual: next.modelHash, uri: active.uri }, 'the file at the registry URI is not the activated model; not switching')
        await next.dispose()
        return
      }
      const previous = await node.switchBackend(next)
      await previous.dispose()
      node.setServing(true)
      // Where the file came from (store, peers or the registry URI) is logged by node:models as it is fetched.
      log.info({ model: next.modelName, sha256: active.sha256, previous: previous.modelHash, ms: Math.round(performance.now() - started) }, 'switched to the activated model')
    } catch (error) {
      log.error({ err: error instanceof Error ? error.message : String(error), uri: active.uri }, 'could not load the activated model')
    } finally {
      switching = false
    }
  })
}
