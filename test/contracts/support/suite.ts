import { parseUnits, type Signer, type TypedDataDomain } from 'ethers'
import type { HardhatEthersSigner } from '@nomicfoundation/hardhat-ethers/types'
import { voucherDomain } from '../../../shared/chain/voucher.ts'
import { deploySuite } from '../../../scripts/deploy/deploySuite.ts'
import type { SuiteParameters } from '../../../scripts/deploy/defaults.ts'
import { hardhat } from './hardhat.ts'

/** 1 MAIA in base units. */
export const MAIA = parseUnits('1', 18)

type Connection = Awaited<ReturnType<Awaited<ReturnType<typeof hardhat>>['network']['create']>>

/** A connected in-process chain, before any deployment. */
export async function connectChain(): Promise<Connection> {
  const hre = await hardhat()
  return await hre.network.create()
}

/** A deployed, funded suite plus named accounts. */
export type Suite = Awaited<ReturnType<typeof deployTestSuite>>

/**
 * Deploys the suite through `deploySuite` on `connection` and funds test accounts:
 * deployer #0, operator #1, oracle #2, slasher #3 (bounded by the deployment's default slasher limit),
 * users #4-#6, providers #7-#8, stranger #9.
 * Each user and provider gets 1,000,000 MAIA and approves the contract it uses.
 */
export async function deployTestSuite(connection: Connection, parameters: Partial<SuiteParameters> = {}) {
  const { ethers, networkHelpers } = connection
  const signers = await ethers.getSigners()
  const at = (index: number): HardhatEthersSigner => {
    const signer = signers[index]
    if (signer === undefined) throw new Error(`no signer #${index}`)
    return signer
  }
  const deployer = at(0)
  const operator = at(1)
  const oracle = at(2)
  const slasher = at(3)
  const users = [at(4), at(5), at(6)] as const
  const providers = [at(7), at(8)] as const
  const stranger = at(9)

  const { deployment, contracts } = await deploySuite({
    signer: deployer,
    networkName: 'hardhat',
    parameters,
    roles: { operators: [operator.address], oracles: [oracle.address], slashers: [slasher.address] }
  })
  const { MaiaToken: token, NodeRegistry: registry, SessionPayments: payments, RewardsDistributor: rewards } = contracts
  const funding = 1_000_000n * MAIA
  for (const account of [...users, ...providers]) {
    await (await token.transfer(account.address, funding)).wait()
  }
  for (const user of users) await (await token.connect(user).approve(deployment.contracts.SessionPayments.address, funding)).wait()
  for (const provider of providers) {
    await (await token.connect(provider).approve(deployment.contracts.NodeRegistry.address, funding)).wait()
  }

  const timelockAddress = deployment.contracts.MaiaTimelock.address
  await networkHelpers.impersonateAccount(timelockAddress)
  await networkHelpers.setBalance(timelockAddress, 10n ** 20n)
  const timelock: Signer = await ethers.getSigner(timelockAddress)

  const { chainId } = await ethers.provider.getNetwork()
  const domain: TypedDataDomain = voucherDomain({ chainId, verifyingContract: deployment.contracts.SessionPayments.address })

  return {
    ethers,
    networkHelpers,
    deployment,
    contracts,
    token,
    registry,
    payments,
    rewards,
    models: contracts.ModelRegistry,
    governor: contracts.MaiaGovernor,
    timelockContract: contracts.MaiaTimelock,
    timelock,
    timelockAddress,
    deployer,
    operator,
    oracle,
    slasher,
    users,
    providers,
    stranger,
    domain,
    signers
  }
}
