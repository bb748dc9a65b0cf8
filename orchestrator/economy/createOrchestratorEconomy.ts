import { FetchRequest, JsonRpcProvider, type Wallet } from 'ethers'
import type { Level } from 'level'
import type { Logger } from 'pino'
import { createChainHealth } from '../chain/index.ts'
import { createChainSlasher, createChainView, type ChainSlasher, type ChainView } from '../chain/index.ts'
import type { EconomyInit } from './EconomyInit.ts'
import { createChainSessionPayments } from './payments/createChainSessionPayments.ts'
import { createEpochSettler } from './settlement/createEpochSettler.ts'
import { createLevelReceiptStore } from './settlement/createLevelReceiptStore.ts'
import { weighByStandingWhenServed, type RewardStanding } from './settlement/rewardWeighting.ts'
import { assertDeploymentChain, connectSuite } from '../../shared/chain/index.ts'
import { loadDeployment } from '../../shared/chain/index.ts'
import { voucherDomain } from '../../shared/chain/index.ts'
import type { OrchestratorConfig } from '../../shared/config/index.ts'

/** How often charged vouchers near expiry are looked for and redeemed (`SessionPayments.redeemExpiring`). */
export const EXPIRY_SWEEP_INTERVAL_MS = 60_000

/** The reward standing read from the caller's reputation; undefined (identity weights) without a multiplier. */
function rewardStandingOf(components: { rewardWeight?: (node: string) => number; provenLies?: (node: string) => number }): RewardStanding | undefined {
  const { rewardWeight, provenLies } = components
  if (rewardWeight === undefined) return undefined
  return { rewardMultiplier: rewardWeight, ...(provenLies === undefined ? {} : { provenLies }) }
}

/**
 * The orchestrator's chain side: the registries' view (who may serve, which model), paid
 * sessions, the receipt store and the epoch settler, all signing as the orchestrator's wallet
 * (which the deployment must have made operator and oracle).
 */
export async function createOrchestratorEconomy(config: OrchestratorConfig & { chainRpc: string }, components: {
  db: Level<string, string>
  wallet: Wallet
  logger: Logger
  /** Each node's reward multiplier in [0, 1] (its reputation), by ETH address; 1 for every node when absent. */
  rewardWeight?: (node: string) => number
  /**
   * How many lies each node has been proven to tell (`reputation.get(reputationKey(node)).integrityFailures`),
   * by ETH address. With it, only a node proven to lie during an epoch forfeits the receipts it served
   * before; without it, a node at multiplier 0 at settlement forfeits them, proven or not.
   */
  provenLies?: (node: string) => number
}): Promise<{ chain: ChainView; economy: EconomyInit; slasher: ChainSlasher | undefined; close(): void }> {
  // Every call gets a deadline (ethers' default is 5 minutes): a stopped chain must fail fast
  // enough for payments to answer 503 and settlement to retry.
  const request = new FetchRequest(config.chainRpc)
  request.timeout = 15_000
  // No response cache: redemptions and root posts sign back to back from one account, and a
  // cached nonce would be reused. No batching: ethers holds each call 10 ms hoping to batch it,
  // and the start-up checks and payment calls run one after the other.
  const provider = new JsonRpcProvider(request, undefined, { pollingInterval: 1_000, cacheTimeout: -1, batchMaxCount: 1 })
  const health = createChainHealth({ logger: components.logger })
  // A named file is read before the chain is asked anything: `maia up` starts the orchestrator
  // while its chain is still starting and the suite is being deployed (`deploymentWaitMs`).
  const namedDeployment = config.deployment === undefined ? undefined : await loadDeployment(config.deployment, { waitMs: config.deploymentWaitMs })
  const { chainId } = await provider.getNetwork()
  const deployment = namedDeployment ?? await loadDeployment(`.maia/deployments/${chainId}.json`, { waitMs: config.deploymentWaitMs })
  await assertDeploymentChain(deployment, provider)
  // One signer for both redemptions and epoch roots; settlement runs them one after the other.
  const signer = components.wallet.connect(provider)
  const suite = connectSuite(deployment, signer)
  const chain = await createChainView({ suite: connectSuite(deployment, provider), chainId: Number(chainId), logger: components.logger, health })
  const standing = rewardStandingOf(components)
  const receipts = createLevelReceiptStore({
    store: components.db.sublevel<string, string>('settlement', {}), countersigner: components.wallet, now: Date.now, logger: components.logger,
    // Each receipt is stored with the standing it was served in and weighed by it at settlement.
    ...(standing === undefined ? {} : { standing })
  })
  const payments = createChainSessionPayments({
    store: components.db.sublevel<string, string>('payments', {}),
    suite,
    domain: voucherDomain({ chainId, verifyingContract: deployment.contracts.SessionPayments.address }),
    operator: components.wallet.address,
    chainNow: async () => (await provider.getBlock('latest'))?.timestamp ?? Math.floor(Date.now() / 1000),
    health,
    logger: components.logger
  })
  const economy: EconomyInit = {
    payments,
    receipts,
    settler: createEpochSettler({
      store: receipts,
      distributor: suite.RewardsDistributor,
      wallet: signer,
      // Read at each settlement: governance may change the fee while the orchestrator runs.
      feeBps: async () => Number(await suite.SessionPayments.feeBps()),
      now: Date.now,
      logger: components.logger,
      // Receipts earn only once the voucher that paid them is redeemed.
      paymentState: (digest) => payments.paymentState(digest),
      // Each receipt earns by the multiplier it was served at (a poor node's earn less); a node proven
      // to lie during the epoch earns nothing for it (rewardWeighting.ts says why).
      ...(standing === undefined ? {} : { weighEpoch: weighByStandingWhenServed(standing) })
    }),
    health,
    requirePayment: config.requirePayment,
    epochIntervalMs: config.epochIntervalMs,
    maxPricePer1kTokens: BigInt(config.maxPricePer1kTokens)
  }
  // Governance grants the orchestrator a bounded slasher role; without it, liars are only quarantined.
  const mayslash = await suite.NodeRegistry.hasRole(await suite.NodeRegistry.SLASHER_ROLE(), components.wallet.address)
  if (!mayslash) components.logger.info({ orchestrator: components.wallet.address }, 'this orchestrator holds no SLASHER_ROLE: proven liars are quarantined, not slashed')
  const slasher = mayslash ? createChainSlasher({ registry: suite.NodeRegistry, slasherAddress: components.wallet.address, logger: components.logger }) : undefined
  // Vouchers nearing expiry are redeemed between epochs, so none lapses with charges on it.
  const sweep = setInterval(() => {
    void payments.redeemExpiring?.().catch((error: unknown) => components.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'redeeming vouchers near expiry failed; retrying at the next sweep'))
  }, EXPIRY_SWEEP_INTERVAL_MS)
  sweep.unref()
  return { chain, economy, slasher, close: () => { clearInterval(sweep); chain.stop(); provider.destroy() } }
}
