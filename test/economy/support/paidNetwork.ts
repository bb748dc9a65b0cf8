import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { Level } from 'level'
import { Wallet, id } from 'ethers'
import type { HardhatEthersSigner } from '@nomicfoundation/hardhat-ethers/types'
import { connectSuite, type SuiteContracts } from '../../../shared/chain/connectSuite.ts'
import { signVoucher, type Voucher } from '../../../shared/chain/voucher.ts'
import { encodeVoucherHeader } from '../../../shared/chain/voucherCodec.ts'
import { loadOrCreateIdentity } from '../../../shared/keys/nodeIdentity.ts'
import { silentLogger } from '../../../shared/log/logger.ts'
import type { InferenceBackend } from '../../../node/backend/InferenceBackend.ts'
import { startProviderNode, type ProviderNode } from '../../../node/startProviderNode.ts'
import { startOrchestrator, type MaiaInit, type Orchestrator } from '../../../orchestrator/startOrchestrator.ts'
import { createChainSessionPayments } from '../../../orchestrator/economy/payments/createChainSessionPayments.ts'
import { createEpochSettler } from '../../../orchestrator/economy/settlement/createEpochSettler.ts'
import { createLevelReceiptStore } from '../../../orchestrator/economy/settlement/createLevelReceiptStore.ts'
import type { ReceiptStore, StoredReceipt } from '../../../orchestrator/economy/settlement/ReceiptStore.ts'
import type { QualityInit } from '../../../orchestrator/quality/index.ts'
import { MAIA, connectChain, deployTestSuite, type Suite } from '../../contracts/support/suite.ts'
import { TEST_API_KEY, temporaryDirectory } from '../../helpers/network.ts'

export { MAIA, TEST_API_KEY }
/** A second API key the orchestrator accepts (another app). */
export const OTHER_API_KEY = 'another-app-key-456'

/**
 * The paid economy on real components: an in-process Hardhat chain with the deployed suite, the
 * real orchestrator (payments, level receipt store, epoch settler, payment required) and real
 * provider nodes in this process over libp2p. The orchestrator redeems as the suite's operator and
 * posts roots as its oracle.
 */
export interface PaidNetwork {
  suite: Suite
  orchestrator: Orchestrator
  receipts: ReceiptStore
  nodes: ProviderNode[]
  /** The ETH key of each of `nodes`, same order (to sign a node's registration consent). */
  nodeKeys: Wallet[]
  /** Bound to the operator (what the orchestrator signs with). */
  operatorSuite: SuiteContracts
  addNode(backend: InferenceBackend, options?: { pricePer1kTokens?: bigint; maxConcurrent?: number }): Promise<ProviderNode>
  waitForNodes(count: number): Promise<void>
  /** Signs a voucher for `user` (defaults: fresh session id and nonce, 1 hour of validity) and encodes the header. */
  voucher(user: HardhatEthersSigner, overrides?: Partial<Voucher>): Promise<{ header: string; voucher: Voucher }>
  /** POST /v1/messages as the Anthropic API; resolves with the status and the JSON body. */
  ask(options: { voucher?: string; apiKey?: string; content?: string; maxTokens?: number; model?: string }): Promise<{ status: number; body: Record<string, unknown> }>
  settle(): Promise<{ status: number; body: Record<string, unknown> }>
  chainNow(): Promise<number>
  stop(): Promise<void>
}

export async function startPaidNetwork(options: {
  maia?: MaiaInit
  /** Quality sampling, built once the suite is deployed (e.g. a slasher bound to its slasher account). */
  quality?: (suite: Suite) => QualityInit
  /** Reward multiplier per node address (reputation) for the settler; identity when absent. */
  rewardWeight?: (node: string) => number
} = {}): Promise<PaidNetwork> {
  const connection = await connectChain()
  const suite = await deployTestSuite(connection)
  const directory = await temporaryDirectory('maia-economy-')
  const logger = silentLogger()
  const db = new Level<string, string>(join(directory.path, 'store'))
  const identity = await loadOrCreateIdentity(join(directory.path, 'orchestrator'))
  const operatorSuite = connectSuite(suite.deployment, suite.operator)
  const chainNow = async (): Promise<number> => (await connection.ethers.provider.getBlock('latest'))?.timestamp ?? 0
  const receipts = createLevelReceiptStore({ store: db.sublevel<string, string>('settlement', {}), countersigner: identity.wallet, now: Date.now, logger, sync: false })
  const payments = createChainSessionPayments({ store: db.sublevel<string, string>('payments', {}), suite: operatorSuite, domain: suite.domain, operator: suite.operator.address, chainNow, logger })
  // The settler signs its postRoot transaction before broadcasting it, so its oracle is a plain key.
  const oracle = Wallet.createRandom().connect(connection.ethers.provider)
  await (await suite.rewards.connect(suite.timelock).grantRole(id('ORACLE_ROLE'), oracle.address)).wait()
  await suite.networkHelpers.setBalance(oracle.address, 10n ** 20n)
  const settler = createEpochSettler({
    store: receipts, distributor: connectSuite(suite.deployment, oracle).RewardsDistributor, wallet: oracle,
    feeBps: Number(await suite.payments.feeBps()), now: Date.now, logger, paymentState: (digest) => payments.paymentState(digest),
    ...(options.rewardWeight === undefined ? {} : { weight: (entry: StoredReceipt) => options.rewardWeight!(entry.receipt.node) })
  })
  const orchestrator = await startOrchestrator({
    identity, logger, apiKeys: [TEST_API_KEY, OTHER_API_KEY], http: { host: '127.0.0.1', port: 0 }, recordMaxAgeMs: 3_000,
    economy: { payments, receipts, settler, requirePayment: true },
    ...(options.maia === undefined ? {} : { maia: options.maia }),
    ...(options.quality === undefined ? {} : { quality: options.quality(suite) })
  })
  const nodes: ProviderNode[] = []
  const nodeKeys: Wallet[] = []
  const bootstrap = orchestrator.multiaddrs.map((address) => address.includes('/p2p/') ? address : `${address}/p2p/${orchestrator.peer.peerId.toString()}`)
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${orchestrator.api.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY, ...headers }, body: JSON.stringify(body) })
    return { status: response.status, body: await response.json() as Record<string, unknown> }
  }
  return {
    suite, orchestrator, receipts, nodes, nodeKeys, operatorSuite, chainNow,
    async addNode(backend, options = {}) {
      const identity = await loadOrCreateIdentity(join(directory.path, `node-${nodes.length}`))
      const node = await startProviderNode({
        identity, backend, logger, bootstrap, heartbeatIntervalMs: 300,
        ...(options.pricePer1kTokens === undefined ? {} : { pricePer1kTokens: options.pricePer1kTokens }),
        ...(options.maxConcurrent === undefined ? {} : { maxConcurrent: options.maxConcurrent })
      })
      nodes.push(node)
      nodeKeys.push(identity.wallet)
      return node
    },
    async waitForNodes(count) {
      const deadline = Date.now() + 15_000
      while (orchestrator.table.routable().length < count) {
        if (Date.now() > deadline) throw new Error(`only ${orchestrator.table.routable().length} of ${count} nodes announced`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    async voucher(user, overrides = {}) {
      const voucher: Voucher = {
        user: user.address, operator: suite.operator.address, sessionId: `0x${randomBytes(32).toString('hex')}`, maxAmount: MAIA,
        expiry: BigInt(await chainNow() + 3_600), nonce: BigInt(`0x${randomBytes(8).toString('hex')}`), ...overrides
      }
      return { header: encodeVoucherHeader({ voucher, signature: await signVoucher(user, suite.domain, voucher) }), voucher }
    },
    ask: ({ voucher, apiKey, content = 'hello there', maxTokens = 16, model = 'scripted' }) => post('/v1/messages',
      { model, max_tokens: maxTokens, messages: [{ role: 'user', content }] },
      { ...(voucher === undefined ? {} : { 'x-maia-voucher': voucher }), ...(apiKey === undefined ? {} : { 'x-api-key': apiKey }) }),
    settle: () => post('/v1/settlement/epochs', {}),
    async stop() {
      await Promise.allSettled(nodes.map((node) => node.stop()))
      await orchestrator.stop()
      await db.close()
      await connection.close()
      await directory.remove()
    }
  }
}
