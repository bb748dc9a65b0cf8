import { randomBytes } from 'node:crypto'
import { spawn, type ChildProcess } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Anthropic from '@anthropic-ai/sdk'
import { JsonRpcProvider, NonceManager, parseUnits } from 'ethers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateGgufModel } from '../../scripts/tiny-model/generateGgufModel.ts'
import { activateModelCalls, passProposal } from '../../scripts/devnet/chain/governance.ts'
import { startDevnet, type Devnet } from '../../scripts/devnet/startDevnet.ts'
import { connectSuite } from '../../shared/chain/connectSuite.ts'
import { nodeRegistrationConsent } from '../../shared/chain/nodeRegistration.ts'
import { submitModel } from '../../shared/chain/modelSubmission.ts'
import { signVoucher, voucherDomain } from '../../shared/chain/voucher.ts'
import { encodeVoucherHeader } from '../../shared/chain/voucherCodec.ts'
import { loadOrCreateIdentity } from '../../shared/keys/nodeIdentity.ts'
import { sha256File } from '../../shared/util/sha256.ts'
import { temporaryDirectory } from '../helpers/network.ts'
import { tinyModelPath } from '../helpers/tinyModel.ts'

const CLI = fileURLToPath(new URL('../../scripts/maia.js', import.meta.url))

// The economy on a real local chain, with real node processes: staking and the model registry
// gate who serves, users pay per session, an epoch settles and everyone who contributed claims.
describe('economy end to end on the devnet', () => {
  let devnet: Devnet
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let provider: JsonRpcProvider
  const outsiders: ChildProcess[] = []
  const outsiderLogs: string[] = []

  const client = () => new Anthropic({ baseURL: devnet.apiUrl, apiKey: devnet.apiKey, maxRetries: 0 })
  const voucherHeader = async (maxAmount: bigint): Promise<string> => {
    const economy = devnet.economy!
    const { chainId } = await provider.getNetwork()
    const voucher = {
      user: economy.accounts.user.address, operator: economy.orchestrator, sessionId: `0x${randomBytes(32).toString('hex')}`, maxAmount,
      expiry: BigInt(((await provider.getBlock('latest'))?.timestamp ?? 0) + 3_600), nonce: BigInt(`0x${randomBytes(16).toString('hex')}`)
    }
    const signature = await signVoucher(economy.accounts.user, voucherDomain({ chainId, verifyingContract: economy.deployment.contracts.SessionPayments.address }), voucher)
    return encodeVoucherHeader({ voucher, signature })
  }
  /** A node outside the devnet's registration, not gated by the chain: only the orchestrator can keep it out. */
  const startOutsider = async (name: string, model: string): Promise<void> => {
    const logFile = join(directory.path, 'logs', `${name}.log`)
    outsiderLogs.push(logFile)
    const child = spawn(process.execPath, [CLI, 'node', '--model', model, '--model-name', 'maia-tiny', '--data-dir', join(directory.path, name),
      '--listen', '/ip4/127.0.0.1/tcp/0', '--bootstrap', devnet.orchestratorAddress, '--threads', '1', '--context-size', '2048', '--heartbeat-ms', '500',
      '--log-level', 'info'], { stdio: ['ignore', 'pipe', 'pipe'] })
    const { createWriteStream } = await import('node:fs')
    const log = createWriteStream(logFile)
    child.stdout?.pipe(log)
    child.stderr?.pipe(log)
    outsiders.push(child)
  }

  beforeAll(async () => {
    directory = await temporaryDirectory('maia-economy-')
    devnet = await startDevnet({ dataDir: directory.path, nodes: 2, model: await tinyModelPath(), heartbeatIntervalMs: 500, chain: 'local' })
    provider = new JsonRpcProvider(devnet.economy!.rpcUrl, undefined, { cacheTimeout: -1, pollingInterval: 250 })
  }, 180_000)
  afterAll(async () => {
    for (const child of outsiders) child.kill('SIGKILL')
    provider?.destroy()
    await devnet?.stop()
    await directory?.remove()
  })

  it('serves only paid sessions: no voucher or an exhausted one gets 402', async () => {
    await expect(client().messages.create({ model: 'maia-tiny', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] }))
      .rejects.toMatchObject({ status: 402 })
    const tiny = await voucherHeader(1n)
    await expect(client().messages.create({ model: 'maia-tiny', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] }, { headers: { 'x-maia-voucher': tiny } }))
      .rejects.toMatchObject({ status: 402, message: expect.stringMatching(/budget exhausted/) })
    await expect(client().messages.create({ model: 'maia-tiny', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] }, { headers: { 'x-maia-voucher': 'bm90IGEgdm91Y2hlcg==' } }))
      .rejects.toMatchObject({ status: 402, message: expect.stringMatching(/Invalid x-maia-voucher/) })
  })

  it('never routes to a node without stake or with the wrong model, and settles a paid session to every contributor', async () => {
    const other = join(directory.path, 'models', 'other.gguf')
    await generateGgufModel({ path: other, seed: 99 })
    await startOutsider('unstaked-node', await tinyModelPath())
    await startOutsider('wrong-model-node', other)
    // The wrong-model node is staked, so only its model keeps it out.
    const wrongModel = await loadOrCreateIdentity(join(directory.path, 'wrong-model-node'))
    const economy = devnet.economy!
    const deployer = new NonceManager(await provider.getSigner(0))
    const suite = connectSuite(economy.deployment, deployer)
    const minStake = await suite.NodeRegistry.minStake()
    await (await suite.MaiaToken.approve(economy.deployment.contracts.NodeRegistry.address, minStake)).wait()
    const consent = await nodeRegistrationConsent(wrongModel.wallet, suite.NodeRegistry, { provider: await deployer.getAddress(), peerId: wrongModel.peerId.toString() })
    await (await suite.NodeRegistry.register(wrongModel.wallet.address, wrongModel.peerId.toString(), 'test', minStake, consent.deadline, consent.signature)).wait()
    // Both outsiders run and announce; only registered, staked peers are admitted to the node
    // table, so the unstaked one is never listed, and the staked wrong-model one is listed but
    // never routed to.
    const listed = async (): Promise<string[]> => ((await (await fetch(`${devnet.apiUrl}/v1/network/nodes`, { headers: { 'x-api-key': devnet.apiKey } })).json()) as { nodes: Array<{ peerId: string }> }).nodes.map((node) => node.peerId)
    await expect.poll(async () => (await listed()).length, { timeout: 30_000 }).toBe(3)
    await expect.poll(async () => (await readFile(outsiderLogs[0]!, 'utf8')).includes('node started'), { timeout: 30_000 }).toBe(true)
    const unstaked = await loadOrCreateIdentity(join(directory.path, 'unstaked-node'))
    await new Promise((resolve) => setTimeout(resolve, 1_500)) // a few of its heartbeats
    expect(await listed()).not.toContain(unstaked.peerId.toString())

    const reader = connectSuite(economy.deployment, provider)
    const userDepositBefore = await reader.SessionPayments.balanceOf(economy.accounts.user.address, economy.orchestrator)
    const header = await voucherHeader(parseUnits('1', 18))
    for (let turn = 0; turn < 6; turn += 1) {
      const message = await client().messages.create({ model: 'maia', max_tokens: 16, messages: [{ role: 'user', content: `Why do I keep projecting my anger onto my sister? (${turn})` }] }, { headers: { 'x-maia-voucher': header } })
      expect(message.usage.output_tokens).toBeGreaterThan(0)
    }
    for (const log of outsiderLogs) expect(await readFile(log, 'utf8')).not.toContain('request served')

    const settled = await (await fetch(`${devnet.apiUrl}/v1/settlement/epochs`, { method: 'POST', headers: { 'x-api-key': devnet.apiKey } })).json() as {
      redemptions: { redeemed: number; gasUsed: string }; settlement: { settled?: { epoch: number; gasUsed?: string; pool: string; total: string } }
    }
    expect(settled.redemptions.redeemed).toBe(1)
    expect(settled.settlement.settled?.epoch).toBe(1)
    const charged = userDepositBefore - await reader.SessionPayments.balanceOf(economy.accounts.user.address, economy.orchestrator)
    expect(charged).toBeGreaterThan(0n)
    const fee = charged * BigInt(await reader.SessionPayments.feeBps()) / 10_000n
    expect(BigInt(settled.settlement.settled!.pool)).toBeLessThanOrEqual(charged - fee)
    expect(charged - fee - BigInt(settled.settlement.settled!.pool)).toBeLessThanOrEqual(1n)
    console.log(`gas: voucher batch redemption ${settled.redemptions.gasUsed}, epoch root ${settled.settlement.settled?.gasUsed}; session charged ${charged} base units`)

    // Provider(s), curator and trainer each claim exactly what the root says.
    const claimer = connectSuite(economy.deployment, deployer)
    const contributors = [...economy.nodes, economy.accounts.curator.address, economy.accounts.trainer.address]
    let claimedTotal = 0n
    for (const account of contributors) {
      const response = await fetch(`${devnet.apiUrl}/v1/rewards/${account}`, { headers: { 'x-api-key': devnet.apiKey } })
      if (!response.ok) continue
      const claim = await response.json() as { cumulativeAmount: string; proof: string[] }
      const before = await reader.MaiaToken.balanceOf(account)
      await (await claimer.RewardsDistributor.claim(account, BigInt(claim.cumulativeAmount), claim.proof)).wait()
      expect(await reader.MaiaToken.balanceOf(account) - before).toBe(BigInt(claim.cumulativeAmount))
      claimedTotal += BigInt(claim.cumulativeAmount)
    }
    expect(claimedTotal).toBe(BigInt(settled.settlement.settled!.total))
    for (const account of [economy.accounts.curator.address, economy.accounts.trainer.address]) {
      expect(await reader.RewardsDistributor.claimed(account)).toBeGreaterThan(0n)
    }
  })

  it('loses no receipt and pays none twice when the orchestrator is killed -9 between receipts and settlement', async () => {
    const status = async () => await (await fetch(`${devnet.apiUrl}/v1/settlement`, { headers: { 'x-api-key': devnet.apiKey } })).json() as { receipts: number; unassigned: number; latestPosted?: { epoch: number } }
    const before = await status()
    const header = await voucherHeader(parseUnits('1', 18))
    for (let turn = 0; turn < 3; turn += 1) {
      await client().messages.create({ model: 'maia-tiny', max_tokens: 8, messages: [{ role: 'user', content: `turn ${turn}` }] }, { headers: { 'x-maia-voucher': header } })
    }
    const eligibleNodes = async () => {
      const response = await fetch(`${devnet.apiUrl}/v1/network/nodes`, { headers: { 'x-api-key': devnet.apiKey } }).catch(() => undefined)
      if (response?.ok !== true) return -1
      return ((await response.json()) as { nodes: Array<{ eligible: boolean }> }).nodes.filter((node) => node.eligible).length
    }
    await devnet.restart('orchestrator')
    await expect.poll(eligibleNodes, { timeout: 60_000, interval: 500 }).toBe(2)
    const afterCrash = await status()
    expect(afterCrash.receipts).toBe(before.receipts + 3)
    expect(afterCrash.unassigned).toBe(3)

    const settle = async () => await (await fetch(`${devnet.apiUrl}/v1/settlement/epochs`, { method: 'POST', headers: { 'x-api-key': devnet.apiKey } })).json() as { redemptions: { redeemed: number }; settlement: { settled?: { epoch: number; receiptCount: number } } }
    const first = await settle()
    expect(first.redemptions.redeemed).toBe(1)
    expect(first.settlement.settled).toMatchObject({ epoch: 2, receiptCount: 3 })

    await devnet.restart('orchestrator')
    await expect.poll(eligibleNodes, { timeout: 60_000, interval: 500 }).toBe(2)
    const again = await settle()
    expect(again.redemptions.redeemed).toBe(0)
    expect(again.settlement.settled).toBeUndefined()
    expect((await status()).latestPosted?.epoch).toBe(2)
    const reader = connectSuite(devnet.economy!.deployment, provider)
    expect(await reader.RewardsDistributor.currentEpoch()).toBe(2n)
  })

  it('carries a governance model update to the nodes, which switch and keep serving', async () => {
    const economy = devnet.economy!
    const next = join(directory.path, 'models', 'maia-tiny-v2.gguf')
    await generateGgufModel({ path: next, seed: 2 })
    const nextHash = await sha256File(next)
    const trainer = connectSuite(economy.deployment, new NonceManager(economy.accounts.trainer.connect(provider)))
    const { id } = await submitModel(trainer.ModelRegistry, { name: 'maia-tiny', ggufSha256: nextHash, uri: next })
    const governance = connectSuite(economy.deployment, new NonceManager(await provider.getSigner(0)))
    await passProposal(governance, provider, activateModelCalls(governance, economy.deployment.contracts.ModelRegistry.address, id), 'Activate maia-tiny v2')
    const nodeModels = async () => ((await (await fetch(`${devnet.apiUrl}/v1/network/nodes`, { headers: { 'x-api-key': devnet.apiKey } })).json()) as { nodes: Array<{ model: { hash: string }; eligible: boolean }> })
      .nodes.filter((node) => node.eligible).map((node) => node.model.hash)
    await expect.poll(nodeModels, { timeout: 60_000, interval: 500 }).toEqual([nextHash, nextHash])
    const message = await client().messages.create({ model: 'maia-tiny', max_tokens: 8, messages: [{ role: 'user', content: 'hello' }] }, { headers: { 'x-maia-voucher': await voucherHeader(parseUnits('1', 18)) } })
    expect(message.usage.output_tokens).toBeGreaterThan(0)
  })
})
