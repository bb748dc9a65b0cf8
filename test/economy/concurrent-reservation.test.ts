import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import { costOf } from '../../orchestrator/economy/createEconomyHooks.ts'
import { usageBounds } from '../../orchestrator/economy/usageBounds.ts'
import { MAIA, startPaidNetwork, type PaidNetwork } from './support/paidNetwork.ts'

const PRICE = 10n ** 15n
const CONTENT = 'hello there'
const MAX_TOKENS = 16

// Issue 12, item 3: concurrent requests on one voucher must not be served past its maximum.
describe('each request reserves its worst case before dispatch', () => {
  let network: PaidNetwork
  beforeAll(async () => {
    network = await startPaidNetwork()
    // Slow enough that the requests overlap.
    await network.addNode(createScriptedBackend({ reply: () => 'one two three four', tokensPerSecond: 40 }), { pricePer1kTokens: PRICE, maxConcurrent: 16 })
    await network.waitForNodes(1)
  }, 60_000)
  afterAll(async () => {
    await network?.stop()
  })

  it('serves only what the voucher covers at the worst case, answers the rest 402, and releases what replies did not use', async () => {
    const alice = network.suite.users[0]
    await (await network.suite.payments.connect(alice).deposit(network.suite.operator.address, 10n * MAIA)).wait()
    const modelHash = `0x${'ab'.repeat(32)}`
    const worst = usageBounds({ messages: [{ role: 'user', content: CONTENT }], maxTokens: MAX_TOKENS, modelHash })
    const worstCost = costOf(worst.inputTokens + worst.outputTokens, PRICE)
    const { header } = await network.voucher(alice, { maxAmount: worstCost * 5n / 2n })

    const answers = await Promise.all(Array.from({ length: 10 }, async () => await network.ask({ voucher: header, content: CONTENT, maxTokens: MAX_TOKENS })))
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 200)).toHaveLength(2)
    expect(statuses.filter((status) => status === 402)).toHaveLength(8)
    const refused = answers.find((answer) => answer.status === 402)
    expect(JSON.stringify(refused?.body)).toMatch(/budget exhausted/)

    // Served replies were charged their actual usage; the rest of their reservations came back.
    const charged = (await network.receipts.unassigned()).reduce((sum, receipt) => sum + receipt.amount, 0n)
    expect(charged).toBeGreaterThan(0n)
    expect(charged).toBeLessThan(worstCost)
    // A third request now fits again: the two replies' unused reservations were released.
    expect((await network.ask({ voucher: header, content: CONTENT, maxTokens: MAX_TOKENS })).status).toBe(200)
  })
})
