import type { Signer } from 'ethers'
import type { Logger } from 'pino'
import { createChainSlasher } from '../../../orchestrator/chain/createChainSlasher.ts'
import type { NodeSlasher } from '../../../orchestrator/quality/index.ts'
import { nodeRegistrationConsent } from '../../../shared/chain/nodeRegistration.ts'
import { connectChain, deployTestSuite, MAIA } from '../../../test/contracts/support/suite.ts'

/** Stake each bench node puts up: the deployment's minimum (1,000 MAIA). */
export const BENCH_STAKE = 1_000n * MAIA

/** An in-process Hardhat chain with the suite deployed, and the orchestrator's real slasher on it. */
export interface BenchChain extends AsyncDisposable {
  readonly chainId: number
  /** The real `createChainSlasher`, signing as the suite's slasher account (the bounded role). */
  readonly slasher: NodeSlasher
  /** Registers `nodeKey`'s node under `peerId` (with the node key's consent) and stakes `BENCH_STAKE` for it (paid by a provider account). */
  register(nodeKey: Signer, peerId: string): Promise<void>
  /** What the node has lost to slashing so far. */
  slashedTotal(address: string): Promise<bigint>
  close(): Promise<void>
}

export async function startBenchChain(logger: Logger): Promise<BenchChain> {
  const connection = await connectChain()
  try {
    const suite = await deployTestSuite(connection)
    const { chainId } = await suite.ethers.provider.getNetwork()
    const slasher = createChainSlasher({ registry: suite.registry.connect(suite.slasher), slasherAddress: suite.slasher.address, logger })
    const funder = suite.registry.connect(suite.providers[0])
    let closed = false
    const chain: BenchChain = {
      chainId: Number(chainId),
      slasher,
      async register(nodeKey, peerId) {
        const consent = await nodeRegistrationConsent(nodeKey, funder, { provider: suite.providers[0].address, peerId })
        await (await funder.register(await nodeKey.getAddress(), peerId, '{}', BENCH_STAKE, consent.deadline, consent.signature)).wait()
      },
      async slashedTotal(address) {
        return (await suite.registry.nodeStatus(address)).slashedTotal
      },
      async close() {
        if (closed) return
        closed = true
        await connection.close()
      },
      async [Symbol.asyncDispose]() {
        await chain.close()
      }
    }
    return chain
  } catch (error) {
    await connection.close()
    throw error
  }
}
