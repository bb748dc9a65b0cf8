import { z } from 'zod'

/** The contracts of the MAIA suite, as named in the deployment file and in Hardhat's artifacts. */
export const SUITE_CONTRACT_NAMES = [
  'MaiaToken',
  'MaiaTimelock',
  'MaiaGovernor',
  'NodeRegistry',
  'SessionPayments',
  'RewardsDistributor',
  'ModelRegistry'
] as const

/** One of {@link SUITE_CONTRACT_NAMES}. */
export type SuiteContractName = (typeof SUITE_CONTRACT_NAMES)[number]

/** Format tag and version written at the top of every deployment file. */
export const DEPLOYMENT_FORMAT = 'maia-deployment'
export const DEPLOYMENT_VERSION = 1

const address = z.string().regex(/^0x[0-9a-fA-F]{40}$/, 'expected a 20-byte hex address')
const hash = z.string().regex(/^0x[0-9a-fA-F]{64}$/, 'expected a 32-byte hex hash')
const integerString = z.string().regex(/^[0-9]+$/, 'expected a non-negative integer in decimal')

/** An ABI fragment as Hardhat writes it (ethers' `JsonFragment`); extra keys are kept. */
const abiFragment = z.looseObject({ type: z.string() })

/** Where one contract lives, with the ABI taken from its Hardhat artifact at deploy time. */
export const DeployedContractSchema = z.object({
  address,
  /** Fully qualified artifact name, e.g. `contracts/token/MaiaToken.sol:MaiaToken`. */
  artifact: z.string().min(1),
  /** Hash of the deployment transaction. */
  transactionHash: hash,
  /** Block of the deployment, where event scans start. */
  blockNumber: z.number().int().nonnegative(),
  abi: z.array(abiFragment)
})

/** Parameters the suite was deployed with (token amounts as decimal strings of base units). */
export const DeploymentParametersSchema = z.object({
  tokenCap: integerString,
  initialSupply: integerString,
  initialHolder: address,
  timelockMinDelay: z.number().int().nonnegative(),
  votingDelay: z.number().int().nonnegative(),
  votingPeriod: z.number().int().positive(),
  proposalThreshold: integerString,
  quorumPercent: z.number().int().min(0).max(100),
  minStake: integerString,
  unbondingPeriod: z.number().int().nonnegative(),
  feeBps: z.number().int().min(0).max(10_000),
  withdrawalDelay: z.number().int().nonnegative()
})

/** Who held which operational role right after deployment (governance may change it later). */
export const DeploymentRolesSchema = z.object({
  /** Admin of every contract, treasury, and executor of governance. */
  timelock: address,
  operators: z.array(address),
  oracles: z.array(address),
  slashers: z.array(address),
  minters: z.array(address)
})

/**
 * The deployment file written by `deploySuite` and read by `node/` and `orchestrator/`.
 *
 * @example
 * const deployment = DeploymentSchema.parse(JSON.parse(text))
 * deployment.contracts.SessionPayments.address
 */
export const DeploymentSchema = z.object({
  format: z.literal(DEPLOYMENT_FORMAT),
  version: z.literal(DEPLOYMENT_VERSION),
  chainId: z.number().int().positive(),
  /** Free-form name of the network (e.g. `hardhat`, `localhost`, an RPC host). */
  network: z.string().min(1),
  deployer: address,
  deployedAt: z.iso.datetime(),
  contracts: z.object({
    MaiaToken: DeployedContractSchema,
    MaiaTimelock: DeployedContractSchema,
    MaiaGovernor: DeployedContractSchema,
    NodeRegistry: DeployedContractSchema,
    SessionPayments: DeployedContractSchema,
    RewardsDistributor: DeployedContractSchema,
    ModelRegistry: DeployedContractSchema
  }),
  parameters: DeploymentParametersSchema,
  roles: DeploymentRolesSchema
})

/** A parsed deployment file. */
export type Deployment = z.infer<typeof DeploymentSchema>
/** One contract entry of a deployment file. */
export type DeployedContract = z.infer<typeof DeployedContractSchema>
/** The `parameters` section of a deployment file. */
export type DeploymentParameters = z.infer<typeof DeploymentParametersSchema>
/** The `roles` section of a deployment file. */
export type DeploymentRoles = z.infer<typeof DeploymentRolesSchema>
