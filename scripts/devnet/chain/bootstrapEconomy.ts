import { JsonRpcProvider, NonceManager, parseEther, parseUnits, type Signer, type Wallet } from 'ethers'
import { SELF_REGISTRATION, connectSuite, submitModel } from '../../../shared/chain/index.ts'
import type { Deployment } from '../../../shared/chain/index.ts'
import { deploySuite, writeDeployment } from '../../deploy/deploySuite.ts'
import { activateModelCalls, passProposal } from './governance.ts'

export interface EconomyParticipants {
  /** Provider nodes: each stakes from its own wallet (the node is its own provider on the devnet). */
  nodes: Array<{ wallet: Wallet; peerId: string }>
  /** The orchestrator: redeems vouchers (operator) and posts reward roots (oracle). */
  orchestrator: string
  user: Wallet
  trainer: Wallet
  curator: string
  /** Records candidates' evaluation reports (`ModelRegistry.EVALUATOR_ROLE`, granted at deployment). */
  evaluator?: Wallet
}

export interface BootstrappedEconomy {
  deployment: Deployment
  deploymentFile: string
  modelId: bigint
  /** Who got what at the start, for the devnet's balance report. */
  funded: Record<string, bigint>
}

const GAS_MONEY = parseEther('10')

/**
 * Brings a fresh local chain to a working economy: deploys the suite (roles to the timelock,
 * operator and oracle to the orchestrator), funds the participants, registers and stakes every
 * node, has the trainer submit the model, and activates it through a real governance vote with
 * time travelled, then lets the user deposit for sessions.
 */
export async function bootstrapEconomy(options: {
  rpcUrl: string
  participants: EconomyParticipants
  model: { name: string; sha256: string; uri: string }
  deploymentFile: string
  userDeposit?: bigint
  onStatus?: (message: string) => void
  /**
   * Called once the suite is deployed and its file written, before the participants are funded,
   * staked and the model voted in: what only needs the deployment (the devnet's processes) can
   * start meanwhile.
   */
  onDeployed?: (deployment: Deployment, deploymentFile: string) => void
}): Promise<BootstrappedEconomy> {
  const status = options.onStatus ?? (() => {})
  // One request per call, sent at once: ethers' batching holds every call 10 ms for company, and
  // the bootstrap's ~50 transactions are each a chain of calls that wait on one another (4.3 s
  // batched, 1.3 s not, on the 2-core machine).
  const provider = new JsonRpcProvider(options.rpcUrl, undefined, { staticNetwork: true, pollingInterval: 250, cacheTimeout: -1, batchMaxCount: 1 })
  try {
    // Nonces are tracked locally: the provider's short-lived caching can hand out a used one.
    const signer = (wallet: Wallet): Signer => new NonceManager(wallet.connect(provider))
    const deployer: Signer = new NonceManager(await provider.getSigner(0))
    const deployerAddress = await deployer.getAddress()
    const { participants } = options
    const { deployment } = await deploySuite({
      signer: deployer,
      networkName: 'devnet',
      // The orchestrator redeems vouchers, posts epoch roots, and slashes proven liars within the
      // deployment's per-slasher limit.
      roles: {
        operators: [participants.orchestrator], oracles: [participants.orchestrator], slashers: [participants.orchestrator],
        evaluators: participants.evaluator === undefined ? [] : [participants.evaluator.address]
      }
    })
    const deploymentFile = await writeDeployment(options.deploymentFile, deployment)
    status(`contracts deployed on chain ${deployment.chainId}; deployment file ${deploymentFile}`)
    options.onDeployed?.(deployment, deploymentFile)
    const suite = connectSuite(deployment, deployer)
    const minStake = await suite.NodeRegistry.minStake()
    const userDeposit = options.userDeposit ?? parseUnits('100', 18)
    const funded: Record<string, bigint> = {}

    // Gas money, then $MAIA: stake for each node, a deposit for the user.
    for (const wallet of [...participants.nodes.map((node) => node.wallet), participants.user, participants.trainer, ...(participants.evaluator === undefined ? [] : [participants.evaluator])]) {
      await (await deployer.sendTransaction({ to: wallet.address, value: GAS_MONEY })).wait()
    }
    await (await deployer.sendTransaction({ to: participants.orchestrator, value: GAS_MONEY })).wait()
    for (const { wallet } of participants.nodes) {
      await (await suite.MaiaToken.transfer(wallet.address, minStake)).wait()
      funded[wallet.address] = minStake
    }
    await (await suite.MaiaToken.transfer(participants.user.address, userDeposit)).wait()
    funded[participants.user.address] = userDeposit

    for (const { wallet, peerId } of participants.nodes) {
      const node = connectSuite(deployment, signer(wallet))
      await (await node.MaiaToken.approve(deployment.contracts.NodeRegistry.address, minStake)).wait()
      // Each node stakes for itself (it is its own provider), so it needs no signed consent.
      await (await node.NodeRegistry.register(wallet.address, peerId, 'devnet', minStake, SELF_REGISTRATION.deadline, SELF_REGISTRATION.signature)).wait()
    }
    status(`${participants.nodes.length} nodes registered, ${minStake / 10n ** 18n} $MAIA staked each`)

    const trainer = connectSuite(deployment, signer(participants.trainer))
    // `maia model submit`: a commitment to the hash, then the reveal from the next block on.
    const { id: modelId } = await submitModel(trainer.ModelRegistry, { name: options.model.name, ggufSha256: options.model.sha256, uri: options.model.uri })
    await (await suite.MaiaToken.delegate(deployerAddress)).wait()
    await passProposal(suite, provider, activateModelCalls(suite, deployment.contracts.ModelRegistry.address, modelId), `Activate ${options.model.name} (${options.model.sha256})`)
    status(`model ${options.model.name} activated by governance vote (proposal passed, queued and executed)`)

    const user = connectSuite(deployment, signer(participants.user))
    await (await user.MaiaToken.approve(deployment.contracts.SessionPayments.address, userDeposit)).wait()
    // With the devnet's one orchestrator: only it may redeem what this deposit backs.
    await (await user.SessionPayments.deposit(participants.orchestrator, userDeposit)).wait()
    status(`user ${participants.user.address} deposited ${userDeposit / 10n ** 18n} $MAIA for sessions with the orchestrator ${participants.orchestrator}`)
    return { deployment, deploymentFile, modelId, funded }
  } finally {
    provider.destroy()
  }
}
