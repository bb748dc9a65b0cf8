import { JsonRpcProvider, Wallet, parseEther, parseUnits, type BaseWallet, type JsonRpcSigner } from 'ethers'
import type { JsonRpcServer } from 'hardhat/types/network'
import { deploySuite } from '../../../../../scripts/deploy/deploySuite.ts'
import { connectSuite, type SuiteContracts } from '../../../../../shared/chain/connectSuite.ts'
import type { Deployment } from '../../../../../shared/chain/DeploymentSchema.ts'
import { hardhat } from '../../../../contracts/support/hardhat.ts'

/** 1 $MAIA in base units. */
export const MAIA = parseUnits('1', 18)

/** A Hardhat chain served over JSON-RPC on loopback, so harness processes can share it. */
export interface TestChain {
  rpcUrl: string
  provider: JsonRpcProvider
  /** Hardhat's first unlocked account: deployer and initial $MAIA holder. */
  deployer: JsonRpcSigner
  close(): Promise<void>
}

/**
 * Starts Hardhat's EDR chain behind its JSON-RPC server (what `hardhat node` runs) inside this test
 * process, on 127.0.0.1 and a free port. Child processes reach it over HTTP like any node's RPC.
 */
export async function startTestChain(): Promise<TestChain> {
  const hre = await hardhat()
  const server: JsonRpcServer = await hre.network.createServer('default', '127.0.0.1', 0)
  const { port } = await server.listen()
  const rpcUrl = `http://127.0.0.1:${port}`
  const provider = testProvider(rpcUrl)
  const deployer = await provider.getSigner(0)
  return {
    rpcUrl,
    provider,
    deployer,
    async close() {
      provider.destroy()
      await server.close()
    }
  }
}

/** A JSON-RPC provider for the test chain: fixed network (no detection round trip), fast polling. */
export function testProvider(rpcUrl: string): JsonRpcProvider {
  const provider = new JsonRpcProvider(rpcUrl, 31337, { staticNetwork: true, cacheTimeout: -1 })
  provider.pollingInterval = 50
  return provider
}

/** A deployed suite whose distributor holds `rewardsFunding` and whose oracle has gas money. */
export interface FundedSuite {
  deployment: Deployment
  /** Bound to the deployer. */
  suite: SuiteContracts
}

/**
 * Deploys the suite with `oracle` as the distributor's oracle (writing the deployment file to `outFile`
 * when given), sends the oracle 10 ETH for gas and transfers `rewardsFunding` $MAIA to the distributor
 * (a plain transfer funds roots).
 */
export async function deployFundedSuite(
  chain: TestChain,
  { oracle, rewardsFunding = 1_000n * MAIA, feeBps = 1_000, outFile }: { oracle: string; rewardsFunding?: bigint; feeBps?: number; outFile?: string }
): Promise<FundedSuite> {
  const { deployment } = await deploySuite({
    signer: chain.deployer,
    networkName: 'settlement-test',
    parameters: { feeBps },
    roles: { oracles: [oracle] },
    ...(outFile === undefined ? {} : { outFile })
  })
  const suite = connectSuite(deployment, chain.deployer)
  await (await chain.deployer.sendTransaction({ to: oracle, value: parseEther('10') })).wait()
  if (rewardsFunding > 0n) await (await suite.MaiaToken.transfer(deployment.contracts.RewardsDistributor.address, rewardsFunding)).wait()
  return { deployment, suite }
}

/** A fresh random oracle wallet on the chain's provider. */
export function randomOracle(chain: TestChain): BaseWallet {
  return Wallet.createRandom().connect(chain.provider)
}
