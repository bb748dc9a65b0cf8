import {
  Contract,
  ContractFactory,
  NonceManager,
  ZeroAddress,
  getAddress,
  id,
  type ContractTransactionResponse,
  type Signer
} from 'ethers'
import { connectSuite, type SuiteContracts } from '../../shared/chain/index.ts'
import {
  DEPLOYMENT_FORMAT,
  DEPLOYMENT_VERSION,
  DeploymentSchema,
  type DeployedContract,
  type Deployment,
  type SuiteContractName
} from '../../shared/chain/index.ts'
import { DEFAULT_ARTIFACTS_DIR, SUITE_ARTIFACTS, readSuiteArtifacts, type ContractArtifact } from './artifacts.ts'
import { DEFAULT_SUITE_PARAMETERS, type SuiteParameters } from './defaults.ts'
import { DeployStepFailedError, RoleWiringError, SignerWithoutProviderError, UnbondingShorterThanGovernanceError } from './errors.ts'
import { definedOnly, describeNetwork, normalizeRoles, resolveSigner, unique, type SuiteRoleGrants } from './deployInputs.ts'
import { writeDeployment } from './writeDeployment.ts'

export { writeDeployment }
export type { SuiteRoleGrants }


/** A progress event of {@link deploySuite}. */
export interface DeployProgress {
  step: string
  address?: string
  transactionHash?: string
}

/** Everything optional except a way to sign: `signer`, or `rpcUrl` (with or without `privateKey`). */
export interface DeploySuiteParameters {
  /** The deployer, connected to a provider. Wins over `rpcUrl`. */
  signer?: Signer
  /** JSON-RPC endpoint used when no signer is given. */
  rpcUrl?: string
  /** Deployer key for `rpcUrl`; without it the node's first unlocked account deploys (dev nodes). */
  privateKey?: string
  /** Name recorded in the deployment file; defaults to the RPC host or the provider's network name. */
  networkName?: string
  /** Hardhat artifacts folder; defaults to this repository's `artifacts/`. */
  artifactsDir?: string
  /** Where to write the deployment JSON; nothing is written when absent. */
  outFile?: string
  /** Overrides of {@link DEFAULT_SUITE_PARAMETERS}. */
  parameters?: Partial<SuiteParameters>
  /** Operational roles to grant. */
  roles?: SuiteRoleGrants
  /** Called before each transaction, for progress output. */
  onProgress?: (progress: DeployProgress) => void
}

/** What {@link deploySuite} returns. */
export interface DeploySuiteResult {
  deployment: Deployment
  /** Typed contracts bound to the deployer. */
  contracts: SuiteContracts
  /** The file written, if any. */
  outFile?: string
}

const DEFAULT_ADMIN_ROLE = '0x' + '00'.repeat(32)
const ROLES = {
  MINTER: id('MINTER_ROLE'),
  SLASHER: id('SLASHER_ROLE'),
  OPERATOR: id('OPERATOR_ROLE'),
  ORACLE: id('ORACLE_ROLE'),
  PROPOSER: id('PROPOSER_ROLE'),
  CANCELLER: id('CANCELLER_ROLE'),
  EXECUTOR: id('EXECUTOR_ROLE'),
  EVALUATOR: id('EVALUATOR_ROLE')
} as const

/** Contracts whose `DEFAULT_ADMIN_ROLE` moves from the deployer to the timelock. */
const GOVERNED: readonly SuiteContractName[] = ['MaiaToken', 'NodeRegistry', 'RewardsDistributor', 'SessionPayments', 'ModelRegistry']

/**
 * Deploys the whole MAIA suite, hands every admin role to the timelock (the governor proposes, anyone
 * executes after the delay), grants the requested operational roles, audits the wiring, and returns
 * (optionally writes) the deployment file with ABIs taken from the Hardhat artifacts.
 *
 * Works against the in-process Hardhat network (pass its signer), a local JSON-RPC node or any RPC URL.
 *
 * @throws {UnbondingShorterThanGovernanceError} when `unbondingPeriod` is not longer than
 *   `votingDelay + votingPeriod + timelockMinDelay` (checked before anything is sent).
 * @throws {MissingDeployerError} without `signer` or `rpcUrl`.
 * @throws {MissingArtifactError} when the contracts were not built.
 * @throws {DeployStepFailedError} when a transaction fails.
 * @throws {RoleWiringError} when the final audit finds a misplaced role.
 *
 * @example
 * const { deployment } = await deploySuite({
 *   rpcUrl: 'http://127.0.0.1:8545',
 *   roles: { operators: [orchestrator], oracles: [orchestrator] },
 *   outFile: '.maia/deployments/31337.json'
 * })
 */
export async function deploySuite(init: DeploySuiteParameters): Promise<DeploySuiteResult> {
  const params = { ...DEFAULT_SUITE_PARAMETERS, ...definedOnly(init.parameters ?? {}) }
  assertUnbondingOutlastsGovernance(params)
  const signer = await resolveSigner(init)
  const provider = signer.provider
  if (provider === null) throw new SignerWithoutProviderError({ address: await signer.getAddress() })
  const deployer = getAddress(await signer.getAddress())
  const network = await provider.getNetwork()
  const artifacts = await readSuiteArtifacts(init.artifactsDir ?? DEFAULT_ARTIFACTS_DIR)
  const initialHolder = getAddress(params.initialHolder ?? deployer)
  const roles = normalizeRoles(init.roles ?? {})
  const progress = init.onProgress ?? (() => {})

  // Nonces are counted locally: ethers' provider briefly caches `eth_getTransactionCount`, which
  // makes back-to-back transactions from a Wallet collide.
  const sender = signer instanceof NonceManager ? signer : new NonceManager(signer)
  const deployed: Partial<Record<SuiteContractName, DeployedContract>> = {}
  const deploy = async (name: SuiteContractName, args: unknown[]): Promise<Contract> => {
    const artifact: ContractArtifact = artifacts[name]
    progress({ step: `deploy ${name}` })
    let contract: Contract
    try {
      const factory = new ContractFactory(artifact.abi, artifact.bytecode, sender)
      contract = (await factory.deploy(...args)) as Contract
      await contract.waitForDeployment()
    } catch (cause) {
      throw new DeployStepFailedError({ step: `deploy ${name}`, cause })
    }
    const tx = contract.deploymentTransaction()
    const receipt = tx === null ? null : await tx.wait()
    if (tx === null || receipt === null) throw new DeployStepFailedError({ step: `deploy ${name}: no receipt` })
    const address = getAddress(await contract.getAddress())
    deployed[name] = {
      address,
      artifact: SUITE_ARTIFACTS[name],
      transactionHash: tx.hash,
      blockNumber: receipt.blockNumber,
      abi: artifact.abi as DeployedContract['abi']
    }
    progress({ step: `deployed ${name}`, address, transactionHash: tx.hash })
    return contract
  }
  const send = async (step: string, call: () => Promise<ContractTransactionResponse>): Promise<void> => {
    progress({ step })
    try {
      const receipt = await (await call()).wait()
      if (receipt === null || receipt.status !== 1) throw new Error('transaction reverted or dropped')
    } catch (cause) {
      throw new DeployStepFailedError({ step, cause })
    }
  }

  // 1. Contracts, the deployer as temporary admin of each.
  const token = await deploy('MaiaToken', [deployer, initialHolder, params.initialSupply, params.tokenCap])
  const timelock = await deploy('MaiaTimelock', [params.timelockMinDelay, [], [ZeroAddress], deployer])
  const governor = await deploy('MaiaGovernor', [
    deployed.MaiaToken!.address,
    deployed.MaiaTimelock!.address,
    params.votingDelay,
    params.votingPeriod,
    params.proposalThreshold,
    params.quorumPercent
  ])
  const timelockAddress = deployed.MaiaTimelock!.address
  const governorAddress = deployed.MaiaGovernor!.address
  const registry = await deploy('NodeRegistry', [
    deployer,
    deployed.MaiaToken!.address,
    timelockAddress,
    params.minStake,
    params.unbondingPeriod
  ])
  const rewards = await deploy('RewardsDistributor', [deployer, deployed.MaiaToken!.address])
  const payments = await deploy('SessionPayments', [
    deployer,
    deployed.MaiaToken!.address,
    timelockAddress,
    deployed.RewardsDistributor!.address,
    params.feeBps,
    params.withdrawalDelay
  ])
  const models = await deploy('ModelRegistry', [deployer])
  const byName: Record<SuiteContractName, Contract> = {
    MaiaToken: token,
    MaiaTimelock: timelock,
    MaiaGovernor: governor,
    NodeRegistry: registry,
    RewardsDistributor: rewards,
    SessionPayments: payments,
    ModelRegistry: models
  }
  const grant = (name: SuiteContractName, role: string, roleName: string, account: string): Promise<void> =>
    send(`${name}.grantRole(${roleName}, ${account})`, () => byName[name].getFunction('grantRole')(role, account))

  // 2. The governor proposes to and cancels in the timelock; anyone executes (set at construction).
  await grant('MaiaTimelock', ROLES.PROPOSER, 'PROPOSER_ROLE', governorAddress)
  await grant('MaiaTimelock', ROLES.CANCELLER, 'CANCELLER_ROLE', governorAddress)

  // 3. Operational roles: governance always holds minting and slashing itself (slashing unbounded;
  //    every other slasher within the per-slasher limit).
  const minters = unique([timelockAddress, ...roles.minters])
  const slashers = unique([timelockAddress, ...roles.slashers])
  for (const account of minters) await grant('MaiaToken', ROLES.MINTER, 'MINTER_ROLE', account)
  for (const account of slashers) await grant('NodeRegistry', ROLES.SLASHER, 'SLASHER_ROLE', account)
  for (const account of roles.slashers.filter((a) => a !== timelockAddress)) {
    await send(`NodeRegistry.setSlasherLimit(${account})`, () =>
      registry.getFunction('setSlasherLimit')(account, params.slasherCapPerPeriod, params.slasherMaxSlashBps)
    )
  }
  for (const account of roles.operators) await grant('SessionPayments', ROLES.OPERATOR, 'OPERATOR_ROLE', account)
  for (const account of roles.oracles) await grant('RewardsDistributor', ROLES.ORACLE, 'ORACLE_ROLE', account)
  for (const account of roles.evaluators) await grant('ModelRegistry', ROLES.EVALUATOR, 'EVALUATOR_ROLE', account)

  // 4. Admin of everything to the timelock; the deployer gives up its own.
  for (const name of GOVERNED) {
    await grant(name, DEFAULT_ADMIN_ROLE, 'DEFAULT_ADMIN_ROLE', timelockAddress)
    await send(`${name}.renounceRole(DEFAULT_ADMIN_ROLE)`, () =>
      byName[name].getFunction('renounceRole')(DEFAULT_ADMIN_ROLE, deployer)
    )
  }
  await send('MaiaTimelock.renounceRole(DEFAULT_ADMIN_ROLE)', () =>
    timelock.getFunction('renounceRole')(DEFAULT_ADMIN_ROLE, deployer)
  )

  // 5. Audit before writing anything out.
  const expectRole = async (name: SuiteContractName, role: string, roleName: string, account: string, expected: boolean) => {
    const has = (await byName[name].getFunction('hasRole')(role, account)) as boolean
    if (has !== expected) throw new RoleWiringError({ contract: name, role: roleName, account, expected })
  }
  for (const name of [...GOVERNED, 'MaiaTimelock'] as const) {
    await expectRole(name, DEFAULT_ADMIN_ROLE, 'DEFAULT_ADMIN_ROLE', deployer, false)
  }
  for (const name of GOVERNED) await expectRole(name, DEFAULT_ADMIN_ROLE, 'DEFAULT_ADMIN_ROLE', timelockAddress, true)
  await expectRole('MaiaTimelock', ROLES.PROPOSER, 'PROPOSER_ROLE', governorAddress, true)
  await expectRole('MaiaTimelock', ROLES.EXECUTOR, 'EXECUTOR_ROLE', ZeroAddress, true)

  const deployment = DeploymentSchema.parse({
    format: DEPLOYMENT_FORMAT,
    version: DEPLOYMENT_VERSION,
    chainId: Number(network.chainId),
    network: init.networkName ?? describeNetwork(init.rpcUrl, network.name),
    deployer,
    deployedAt: new Date().toISOString(),
    contracts: deployed,
    parameters: {
      tokenCap: params.tokenCap.toString(),
      initialSupply: params.initialSupply.toString(),
      initialHolder,
      timelockMinDelay: params.timelockMinDelay,
      votingDelay: params.votingDelay,
      votingPeriod: params.votingPeriod,
      proposalThreshold: params.proposalThreshold.toString(),
      quorumPercent: params.quorumPercent,
      minStake: params.minStake.toString(),
      unbondingPeriod: params.unbondingPeriod,
      feeBps: params.feeBps,
      withdrawalDelay: params.withdrawalDelay
    },
    roles: { timelock: timelockAddress, operators: roles.operators, oracles: roles.oracles, slashers, minters }
  })
  const result: DeploySuiteResult = { deployment, contracts: connectSuite(deployment, signer) }
  if (init.outFile !== undefined) result.outFile = await writeDeployment(init.outFile, deployment)
  return result
}

/**
 * A node that unbonds the moment a governance slash against it is proposed must still be staked (and
 * slashable) when the proposal can first execute: voting delay, then the vote, then the timelock.
 *
 * @throws {UnbondingShorterThanGovernanceError} when `unbondingPeriod <= votingDelay + votingPeriod + timelockMinDelay`.
 */
function assertUnbondingOutlastsGovernance(params: Pick<SuiteParameters, 'unbondingPeriod' | 'votingDelay' | 'votingPeriod' | 'timelockMinDelay'>): void {
  const { unbondingPeriod, votingDelay, votingPeriod, timelockMinDelay } = params
  if (unbondingPeriod <= votingDelay + votingPeriod + timelockMinDelay) {
    throw new UnbondingShorterThanGovernanceError({ unbondingPeriod, votingDelay, votingPeriod, timelockMinDelay })
  }
}
