import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../../node/backend/ScriptedBackend.ts'
import { costOf } from '../../../orchestrator/economy/createEconomyHooks.ts'
import { DEFAULT_PRICE_PER_1K_TOKENS } from '../../../orchestrator/economy/createPassageCredits.ts'
import { MAIA, startPaidNetwork, type PaidNetwork } from '../../economy/support/paidNetwork.ts'

/** 8 MAIA per 1,000 tokens: 8,000 times the provider daemon's default price. */
const GREEDY_PRICE = 8n * MAIA

// A staked node announces whatever price it likes in its capability record; the voucher names no price.
describe('attack: a greedy node prices its tokens as it pleases', () => {
  let network: PaidNetwork
  beforeAll(async () => {
    network = await startPaidNetwork()
    await network.addNode(createScriptedBackend({ reply: () => 'ok' }), { pricePer1kTokens: GREEDY_PRICE })
    await network.waitForNodes(1)
  }, 60_000)
  afterAll(async () => {
    await network?.stop()
  })

  it('HOLE: a two-token answer is not billed at 8,000 times the going rate', async () => {
    const alice = network.suite.users[0]
    await (await network.suite.payments.connect(alice).deposit(network.suite.operator.address, 10n * MAIA)).wait()
    const { header } = await network.voucher(alice, { maxAmount: MAIA })
    const answer = await network.ask({ voucher: header, content: 'hi', maxTokens: 16 })
    const charged = (await network.receipts.unassigned()).reduce((sum, receipt) => sum + receipt.amount, 0n)
    const tokens = (await network.receipts.unassigned()).reduce((sum, receipt) => sum + receipt.receipt.inputTokens + receipt.receipt.outputTokens, 0)
    // Generous: ten times the default price for what the receipts say was used.
    const fair = costOf(tokens, DEFAULT_PRICE_PER_1K_TOKENS * 10n)
    expect({ status: answer.status, overcharged: charged > fair }, `charged ${charged} base units for ${tokens} tokens (fair: <= ${fair})`).toEqual({ status: 200, overcharged: false })
  })
})
