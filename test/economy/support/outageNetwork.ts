import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { FetchRequest, JsonRpcProvider } from 'ethers'
import { Level } from 'level'
import { createScriptedBackend } from '../../../node/backend/ScriptedBackend.ts'
import { startProviderNode, type ProviderNode } from '../../../node/startProviderNode.ts'
import { createChainHealth, type ChainHealth } from '../../../orchestrator/chain/createChainHealth.ts'
import { createChainView, type ChainView } from '../../../orchestrator/chain/createChainView.ts'
import { startOrchestrator, type Orchestrator } from '../../../orchestrator/startOrchestrator.ts'
import { createChainSessionPayments } from '../../../orchestrator/economy/payments/createChainSessionPayments.ts'
import type { OutagePolicy } from '../../../orchestrator/economy/payments/outagePolicy.ts'
import { createEpochSettler } from '../../../orchestrator/economy/settlement/createEpochSettler.ts'
import { createLevelReceiptStore } from '../../../orchestrator/economy/settlement/createLevelReceiptStore.ts'
import type { ReceiptStore } from '../../../orchestrator/economy/settlement/ReceiptStore.ts'
import { bootstrapEconomy } from '../../../scripts/devnet/chain/bootstrapEconomy.ts'
import { startLocalChain, type LocalChain } from '../../../scripts/devnet/chain/startLocalChain.ts'
import { freePort } from '../../../scripts/devnet/freePort.ts'
import { connectSuite, type SuiteContracts } from '../../../shared/chain/connectSuite.ts'
import { signVoucher, voucherDomain, type Voucher } from '../../../shared/chain/voucher.ts'
import { encodeVoucherHeader } from '../../../shared/chain/voucherCodec.ts'
import { loadOrCreateIdentity, type NodeIdentity } from '../../../shared/keys/nodeIdentity.ts'
import { silentLogger } from '../../../shared/log/logger.ts'
import { TEST_API_KEY, temporaryDirectory } from '../../helpers/network.ts'

export { TEST_API_KEY }
export const SCRIPTED_MODEL_HASH = `0x${'ab'.repeat(32)}`

export interface OutageOptions {
  outage: Partial<OutagePolicy>
  /** The chain view's staleness limits. */
  view: { refreshIntervalMs: number; staleAfterMs: number; maxStaleMs: number }
}

/**
 * A paid network whose chain can be stopped: a real `hardhat node` process (started as the devnet
 * starts it) bootstrapped like the devnet (staked node, model activated by vote, user deposit),
 * the real orchestrator composed as `createOrchestratorEconomy` composes it, but with short
 * deadlines, and one provider node. `pause()` stops the chain process (SIGSTOP: connections are
 * accepted and never answered, the worst kind of outage), `resume()` lets it go on with its state.
 */
export interface OutageNetwork {
  orchestrator: Orchestrator
  chainView: ChainView
  health: ChainHealth
  receipts: ReceiptStore
  /** Contracts read through a provider of the test's own. */
  suite: SuiteContracts
  /** The orchestrator's operator account (vouchers name it; the user's deposit is with it). */
  operator: string
  user: NodeIdentity
  pause(): void
  resume(): void
  voucher(overrides?: Partial<Voucher>): Promise<{ header: string; voucher: Voucher }>
  ask(options: { voucher?: string; dialect?: 'anthropic' | 'openai' }): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }>
  admin(method: 'GET' | 'POST', path: string): Promise<{ status: number; body: Record<string, unknown> }>
  waitForEligibleNodes(count: number, timeoutMs?: number): Promise<void>
  stop(): Promise<void>
}

export async function startOutageNetwork(options: OutageOptions): Promise<OutageNetwork> {
  const directory = await temporaryDirectory('maia-outage-')
  const logger = silentLogger()
  let chain: LocalChain | undefined
  const cleanups: Array<() => Promise<unknown> | unknown> = [() => directory.remove()]
  try {
    chain = await startLocalChain({ port: await freePort(), logFile: join(directory.path, 'chain.log'), cwd: process.cwd() })
    const localChain = chain
    cleanups.unshift(() => { localChain.child.kill('SIGCONT'); return localChain.stop() })
    const [orchestratorId, nodeId, user, trainer, curator] = await Promise.all(['orchestrator', 'node', 'user', 'trainer', 'curator'].map((name) => loadOrCreateIdentity(join(directory.path, name))))
    const { deployment } = await bootstrapEconomy({
      rpcUrl: chain.rpcUrl,
      participants: { nodes: [{ wallet: nodeId!.wallet, peerId: nodeId!.peerId.toString() }], orchestrator: orchestratorId!.wallet.address, user: user!.wallet, trainer: trainer!.wallet, curator: curator!.wallet.address },
      model: { name: 'scripted', sha256: SCRIPTED_MODEL_HASH, uri: 'hf:maia/scripted/model.gguf' },
      deploymentFile: join(directory.path, 'deployment.json')
    })

    // As createOrchestratorEconomy composes it, with deadlines short enough for a test.
    const request = new FetchRequest(chain.rpcUrl)
    request.timeout = 1_500
    const provider = new JsonRpcProvider(request, undefined, { pollingInterval: 250, cacheTimeout: -1, staticNetwork: true })
    cleanups.unshift(() => provider.destroy())
    const health = createChainHealth({ logger, readTimeoutMs: 1_000, retryAfterMs: 2_000 })
    const signer = orchestratorId!.wallet.connect(provider)
    const operatorSuite = connectSuite(deployment, signer)
    const chainView = await createChainView({ suite: connectSuite(deployment, provider), chainId: 31337, logger, health, ...options.view })
    cleanups.unshift(() => chainView.stop())
    const db = new Level<string, string>(join(directory.path, 'store'))
    cleanups.unshift(() => db.close())
    const receipts = createLevelReceiptStore({ store: db.sublevel<string, string>('settlement', {}), countersigner: orchestratorId!.wallet, now: Date.now, logger, sync: false })
    const domain = voucherDomain({ chainId: 31337n, verifyingContract: deployment.contracts.SessionPayments.address })
    const payments = createChainSessionPayments({
      store: db.sublevel<string, string>('payments', {}), suite: operatorSuite, domain, operator: signer.address, health, outage: options.outage, logger,
      chainNow: async () => (await provider.getBlock('latest'))?.timestamp ?? Math.floor(Date.now() / 1000)
    })
    const settler = createEpochSettler({
      store: receipts, distributor: operatorSuite.RewardsDistributor, wallet: signer, feeBps: Number(await operatorSuite.SessionPayments.feeBps()),
      now: Date.now, logger, confirmTimeoutMs: 5_000, paymentState: (digest) => payments.paymentState(digest)
    })
    const orchestrator = await startOrchestrator({
      identity: orchestratorId!, logger, apiKeys: [TEST_API_KEY], http: { host: '127.0.0.1', port: 0 }, recordMaxAgeMs: 3_000, chain: chainView,
      economy: { payments, receipts, settler, health, requirePayment: true, settlementBackoff: { initialMs: 3_000, maxMs: 3_000 } }
    })
    cleanups.unshift(() => orchestrator.stop())
    const bootstrap = orchestrator.multiaddrs.map((address) => address.includes('/p2p/') ? address : `${address}/p2p/${orchestrator.peer.peerId.toString()}`)
    const node: ProviderNode = await startProviderNode({ identity: nodeId!, backend: createScriptedBackend({ reply: () => 'an honest answer' }), logger, bootstrap, heartbeatIntervalMs: 300 })
    cleanups.unshift(() => node.stop())

    const ownProvider = new JsonRpcProvider(chain.rpcUrl, undefined, { staticNetwork: true, cacheTimeout: -1 })
    cleanups.unshift(() => ownProvider.destroy())
    const chainNow = async (): Promise<number> => (await ownProvider.getBlock('latest'))?.timestamp ?? 0
    const headers = { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY }
    const network: OutageNetwork = {
      orchestrator, chainView, health, receipts, user: user!, operator: signer.address,
      suite: connectSuite(deployment, ownProvider),
      pause: () => { localChain.child.kill('SIGSTOP') },
      resume: () => { localChain.child.kill('SIGCONT') },
      async voucher(overrides = {}) {
        const voucher: Voucher = {
          user: user!.wallet.address, operator: signer.address, sessionId: `0x${randomBytes(32).toString('hex')}`, maxAmount: 10n ** 18n,
          // The orchestrator's estimate of chain time: the test's own reads would hang while it is stopped.
          expiry: BigInt((health.estimatedChainSeconds() ?? await chainNow()) + 3_600), nonce: BigInt(`0x${randomBytes(8).toString('hex')}`), ...overrides
        }
        return { header: encodeVoucherHeader({ voucher, signature: await signVoucher(user!.wallet, domain, voucher) }), voucher }
      },
      async ask({ voucher, dialect = 'anthropic' }) {
        const path = dialect === 'anthropic' ? '/v1/messages' : '/v1/chat/completions'
        const response = await fetch(`${orchestrator.api.url}${path}`, {
          method: 'POST',
          headers: { ...headers, ...(voucher === undefined ? {} : { 'x-maia-voucher': voucher }) },
          body: JSON.stringify({ model: 'scripted', max_tokens: 16, messages: [{ role: 'user', content: 'hello there' }] })
        })
        return { status: response.status, headers: response.headers, body: await response.json() as Record<string, unknown> }
      },
      async admin(method, path) {
        const response = await fetch(`${orchestrator.api.url}${path}`, { method, headers, ...(method === 'POST' ? { body: '{}' } : {}) })
        return { status: response.status, body: await response.json() as Record<string, unknown> }
      },
      async waitForEligibleNodes(count, timeoutMs = 15_000) {
        const deadline = Date.now() + timeoutMs
        for (;;) {
          const { body } = await network.admin('GET', '/v1/network/nodes')
          const eligible = (body.nodes as Array<{ eligible: boolean }>).filter((entry) => entry.eligible).length
          if (eligible >= count) return
          if (Date.now() > deadline) throw new Error(`only ${eligible} of ${count} nodes eligible`)
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
      },
      async stop() {
        for (const cleanup of cleanups) await Promise.resolve(cleanup()).catch(() => {})
      }
    }
    return network
  } catch (error) {
    for (const cleanup of cleanups) await Promise.resolve(cleanup()).catch(() => {})
    throw error
  }
}
