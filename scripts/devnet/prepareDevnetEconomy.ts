import type { ChildProcess } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Wallet } from 'ethers'
import type { Deployment } from '../../shared/chain/index.ts'
import { loadDeployment } from '../../shared/chain/index.ts'
import { loadOrCreateIdentity } from '../../shared/keys/index.ts'
import { sha256File } from '../../shared/util/index.ts'
import { bootstrapEconomy } from './chain/bootstrapEconomy.ts'
import { localChainRpcUrl, startLocalChain } from './chain/startLocalChain.ts'
import { freePort } from './freePort.ts'

export interface DevnetEconomy {
  rpcUrl: string
  deploymentFile: string
  deployment: Deployment
  /**
   * The demo parties' wallets (kept in the devnet's data dir, mode 0600). The evaluator holds
   * `ModelRegistry.EVALUATOR_ROLE` from deployment: it records candidates' evaluation reports.
   */
  accounts: { user: Wallet; trainer: Wallet; curator: Wallet; evaluator: Wallet }
  /** The provider nodes' ETH addresses. */
  nodes: string[]
  /** The orchestrator's operator account: the user's deposit is with it, and vouchers name it. */
  orchestrator: string
  /** The local chain's process, when the devnet started one. */
  chainProcess?: { child: ChildProcess; logFile: string }
  stopChain(): Promise<void>
}

/** What `maia up` says about the local chain, so nobody mistakes it for a persistent one. */
export const EPHEMERAL_CHAIN_NOTICE = 'the devnet chain is ephemeral: its state (deployment, stakes, deposits, vouchers, reward roots) is discarded on restart, ' +
  'and the orchestrator\'s payment and settlement records of the previous run are cleared with it; for state that lasts, run your own chain and pass --chain-rpc and --deployment'

/**
 * The chain side of the devnet. With a local chain: starts Hardhat's node, bootstraps the
 * economy for these nodes and this orchestrator, and clears the orchestrator's payment and
 * settlement state, which belonged to the previous (discarded) chain. The chain is not persisted:
 * Hardhat 3's node (3.18) has no option to save or load its state (no `--state`, no
 * `hardhat_dumpState`), so every `maia up` starts an empty chain and says so. With an existing
 * chain: uses its deployment as is.
 */
export async function prepareDevnetEconomy(options: {
  dataDir: string
  model: string
  chain: 'local' | { rpcUrl: string; deploymentFile: string }
  orchestrator: string
  nodes: Array<{ wallet: Wallet; peerId: string }>
  status: (message: string) => void
  /** Awaited before deploying (the contracts' build, which may run while the chain starts). */
  contractsReady?: Promise<unknown>
  /**
   * A local chain only: called before the chain starts, once the previous run's deployment file
   * and the orchestrator's store are gone, with the chain's address and the file the deployment
   * will write. Processes started now must wait for that file (`--deployment-wait-ms`): they load
   * their modules and models while the chain starts and the suite is deployed.
   */
  onChainAddressKnown?: (chain: { rpcUrl: string; deploymentFile: string; accounts: DevnetEconomy['accounts'] }) => void
  /**
   * A local chain only: called once the suite is deployed and its file written, while the nodes
   * are still being funded and staked and the model voted in.
   */
  onDeployed?: (chain: { rpcUrl: string; deploymentFile: string; accounts: DevnetEconomy['accounts'] }) => void
}): Promise<DevnetEconomy> {
  const identities = await Promise.all(['user', 'trainer', 'curator', 'evaluator'].map((name) => loadOrCreateIdentity(join(options.dataDir, 'accounts', name))))
  const accounts = { user: identities[0]!.wallet, trainer: identities[1]!.wallet, curator: identities[2]!.wallet, evaluator: identities[3]!.wallet }
  if (options.chain !== 'local') {
    return { rpcUrl: options.chain.rpcUrl, deploymentFile: options.chain.deploymentFile, deployment: await loadDeployment(options.chain.deploymentFile), accounts, nodes: options.nodes.map((node) => node.wallet.address), orchestrator: options.orchestrator, stopChain: async () => {} }
  }
  const chainLog = join(options.dataDir, 'logs', 'chain.log')
  const deploymentFile = join(options.dataDir, 'deployment.json')
  // The previous run's deployment names contracts on a chain that is gone: a process started
  // early must wait for this run's file, not read that one.
  await Promise.all([
    rm(deploymentFile, { force: true }),
    rm(join(options.dataDir, 'orchestrator', 'store'), { recursive: true, force: true })
  ])
  const port = await freePort()
  options.onChainAddressKnown?.({ rpcUrl: localChainRpcUrl(port), deploymentFile, accounts })
  const chain = await startLocalChain({ port, logFile: chainLog, cwd: process.cwd() })
  try {
    options.status(`local chain: ${chain.rpcUrl} (Hardhat node, chain id 31337)`)
    options.status(EPHEMERAL_CHAIN_NOTICE)
    const [modelHash] = await Promise.all([sha256File(options.model), options.contractsReady])
    const { deployment } = await bootstrapEconomy({
      rpcUrl: chain.rpcUrl,
      participants: { nodes: options.nodes, orchestrator: options.orchestrator, user: accounts.user, trainer: accounts.trainer, curator: accounts.curator.address, evaluator: accounts.evaluator },
      model: { name: 'maia-tiny', sha256: modelHash, uri: options.model },
      deploymentFile,
      onStatus: options.status,
      ...(options.onDeployed === undefined ? {} : { onDeployed: (_deployment: Deployment, file: string) => options.onDeployed?.({ rpcUrl: chain.rpcUrl, deploymentFile: file, accounts }) })
    })
    return { rpcUrl: chain.rpcUrl, deploymentFile, deployment, accounts, nodes: options.nodes.map((node) => node.wallet.address), orchestrator: options.orchestrator, chainProcess: { child: chain.child, logFile: chainLog }, stopChain: chain.stop }
  } catch (error) {
    await chain.stop()
    throw error
  }
}
