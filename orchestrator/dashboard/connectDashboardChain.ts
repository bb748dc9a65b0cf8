import { FetchRequest, JsonRpcProvider } from 'ethers'
import { assertDeploymentChain, connectSuite, loadDeployment } from '../../shared/chain/index.ts'
import { createDashboardChainReader, type DashboardChainReader, type DashboardChainReaderInit } from './createDashboardChainReader.ts'

/**
 * A read-only connection for the dashboard's chain pages, of its own: slow event scans must not
 * queue behind payments and settlement, which share the economy's provider.
 *
 * @example
 * const dashboardChain = await connectDashboardChain({ rpcUrl, deploymentFile })
 * lifecycle.add({ stop: () => dashboardChain.close() })
 */
export async function connectDashboardChain(options: { rpcUrl: string; deploymentFile?: string | undefined; earnedBy?: DashboardChainReaderInit['earnedBy'] }): Promise<{ reader: DashboardChainReader; close(): void }> {
  const request = new FetchRequest(options.rpcUrl)
  request.timeout = 15_000
  // No batching: ethers would hold each call 10 ms hoping to batch it with others.
  const provider = new JsonRpcProvider(request, undefined, { cacheTimeout: -1, batchMaxCount: 1 })
  try {
    const { chainId } = await provider.getNetwork()
    const deployment = await loadDeployment(options.deploymentFile ?? `.maia/deployments/${chainId}.json`)
    await assertDeploymentChain(deployment, provider)
    const fromBlock = Math.min(...Object.values(deployment.contracts).map((contract) => contract.blockNumber))
    const reader = createDashboardChainReader({ suite: connectSuite(deployment, provider), fromBlock, ...(options.earnedBy === undefined ? {} : { earnedBy: options.earnedBy }) })
    return { reader, close: () => provider.destroy() }
  } catch (error) {
    provider.destroy()
    throw error
  }
}
