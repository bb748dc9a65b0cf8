import { join } from 'node:path'
import { getAddress } from 'ethers'
import { createDashboardChainReader } from '../../../../orchestrator/dashboard/index.ts'
import { startOrchestrator, type Orchestrator } from '../../../../orchestrator/startOrchestrator.ts'
import { connectSuite } from '../../../../shared/chain/connectSuite.ts'
import { loadOrCreateIdentity } from '../../../../shared/keys/nodeIdentity.ts'
import { silentLogger } from '../../../../shared/log/logger.ts'
import { TEST_API_KEY } from '../../../helpers/network.ts'
import { deployWithActivity, type ChainActivity } from './chainActivity.ts'

/**
 * A real orchestrator (in this process) whose dashboard reads an in-process chain with some
 * governance and economy history ({@link deployWithActivity}); no nodes, no MAIA pipeline.
 */
export async function startChainDashboard(directory: string): Promise<{ orchestrator: Orchestrator; chain: ChainActivity; apiKey: string; stop(): Promise<void> }> {
  const chain = await deployWithActivity()
  const s = chain.suite
  // What the settler's `claimFor` would answer: the cumulative amounts of the posted tree.
  const earned = new Map([[getAddress(s.providers[0].address), chain.rewards.provider], [getAddress(s.stranger.address), chain.rewards.trainer]])
  try {
    const orchestrator = await startOrchestrator({
      identity: await loadOrCreateIdentity(join(directory, 'chain-orchestrator')),
      logger: silentLogger(),
      apiKeys: [TEST_API_KEY],
      http: { host: '127.0.0.1', port: 0 },
      dashboard: {
        chain: createDashboardChainReader({ suite: connectSuite(s.deployment, s.ethers.provider), fromBlock: 0, earnedBy: async (account) => earned.get(getAddress(account)) })
      }
    })
    return {
      orchestrator, chain, apiKey: TEST_API_KEY,
      async stop() {
        await orchestrator.stop()
        await chain.close()
      }
    }
  } catch (error) {
    await chain.close()
    throw error
  }
}
