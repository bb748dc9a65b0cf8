import { join } from 'node:path'
import { Wallet } from 'ethers'
import { Level } from 'level'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import type { CostReport } from '../../orchestrator/economy/accounting/costReport.ts'
import { localRouteModelHash } from '../../orchestrator/economy/createPassageCredits.ts'
import type { KnowledgeBase } from '../../orchestrator/maia/knowledge/KnowledgeBase.ts'
import { computeEpochEarnings } from '../../orchestrator/economy/settlement/earnings.ts'
import { createTestMaia } from '../helpers/testMaia.ts'
import { startFakeAnthropicServer, type FakeAnthropicServer } from '../helpers/fakeAnthropicServer.ts'
import { temporaryDirectory } from '../helpers/network.ts'
import { MAIA, TEST_API_KEY, startPaidNetwork, type PaidNetwork } from './support/paidNetwork.ts'

const PRICE = 10n ** 15n

// Issue 11: a library passage that reaches a user earns its curator's share on every route: a
// template's quote, a Claude prompt and a network prompt; the session ledger (accounting) and the
// epoch's earnings must agree on it.
describe('curators are paid on every route, and accounting agrees with settlement', () => {
  let network: PaidNetwork
  let fake: FakeAnthropicServer
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let db: Level<string, string>
  let knowledge: KnowledgeBase
  const curator = Wallet.createRandom().address

  beforeAll(async () => {
    directory = await temporaryDirectory('maia-curators-')
    fake = await startFakeAnthropicServer({ apiKey: 'sk-test', reply: 'Sit with the question a while.' })
    db = new Level<string, string>(join(directory.path, 'store'))
    await db.open()
    const created = await createTestMaia({ directory: directory.path, db, claudeUrl: fake.url, curator, routingPhase: '1b' /* Claude answers synthesis and oracle readings */ })
    knowledge = created.knowledge
    const maia = created.maia
    network = await startPaidNetwork({ maia })
    await network.addNode(createScriptedBackend({ modelName: 'maia-scripted', contextSize: 8_192, reply: () => 'Let us sit with that shadow.' }), { pricePer1kTokens: PRICE })
    await network.waitForNodes(1)
  }, 60_000)
  afterAll(async () => {
    await network?.stop()
    await knowledge?.close()
    await db?.close()
    await fake?.close()
    await directory?.remove()
  })

  it('credits the curator for a quote, a Claude prompt and a network prompt, as the ledger records', async () => {
    const alice = network.suite.users[0]
    await (await network.suite.payments.connect(alice).deposit(network.suite.operator.address, 10n * MAIA)).wait()
    const { header } = await network.voucher(alice)
    const turns = {
      template: 'Checking in today, feeling fiery and restless.',
      claude: 'Can you weave together what Jung, the Stoics and the mystics say about suffering and meaning?',
      network: 'Why do I keep projecting my anger onto my sister? What is this shadow in me?'
    }
    for (const content of Object.values(turns)) expect((await network.ask({ voucher: header, content, model: 'maia', maxTokens: 32 })).status).toBe(200)

    const report = await (await fetch(`${network.orchestrator.api.url}/v1/report`, { headers: { 'x-api-key': TEST_API_KEY } })).json() as CostReport
    expect(report.requestsByRoute).toMatchObject({ template: 1, claude: 1, network: 1 })
    const stored = await network.receipts.unassigned()
    const passagesBy = (modelHash: (hash: string) => boolean): number => stored.filter((entry) => modelHash(entry.modelHash))
      .reduce((sum, entry) => sum + entry.curators.filter((credit) => credit.account === curator).reduce((total, credit) => total + credit.passages, 0), 0)
    // Accounting and settlement agree, route by route, and every route credited the curator.
    expect(passagesBy((hash) => hash === localRouteModelHash('template'))).toBe(report.curatorPassagesByRoute.template)
    expect(passagesBy((hash) => hash === localRouteModelHash('claude'))).toBe(report.curatorPassagesByRoute.claude)
    expect(passagesBy((hash) => hash !== localRouteModelHash('template') && hash !== localRouteModelHash('claude'))).toBe(report.curatorPassagesByRoute.network)
    for (const route of ['template', 'claude', 'network'] as const) expect(report.curatorPassagesByRoute[route]).toBeGreaterThan(0)

    // The local routes' charges go to the curator alone; the epoch pays them once redeemed.
    const local = stored.filter((entry) => entry.modelHash === localRouteModelHash('template') || entry.modelHash === localRouteModelHash('claude'))
    expect(local.every((entry) => entry.provider === curator && entry.amount > 0n)).toBe(true)
    const earnings = computeEpochEarnings(local, { feeBps: Number(await network.suite.payments.feeBps()) })
    expect([...earnings.keys()]).toEqual([curator])
    const settled = await network.settle()
    expect(settled.status).toBe(200)
    expect(await network.receipts.unassigned()).toEqual([])
  })
})
