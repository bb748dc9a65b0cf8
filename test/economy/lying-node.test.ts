import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InferenceBackend } from '../../node/backend/InferenceBackend.ts'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import { MAIA, startPaidNetwork, type PaidNetwork } from './support/paidNetwork.ts'

/** A real node whose backend reports a billion input tokens: the node signs that usage into its receipt. */
function lyingBackend(): InferenceBackend {
  const honest = createScriptedBackend({ reply: () => 'a reply of a few words only' })
  return {
    ...honest,
    async generate(parameters, options) {
      const result = await honest.generate(parameters, options)
      return { ...result, usage: { ...result.usage, inputTokens: 1_000_000_000 } }
    }
  }
}

// Issue 12, item 2: a node that inflates its signed usage must not drain the voucher nor earn from it.
describe('a node that lies about usage in its signed receipt', () => {
  let network: PaidNetwork
  beforeAll(async () => {
    network = await startPaidNetwork()
    await network.addNode(lyingBackend())
    await network.waitForNodes(1)
  }, 60_000)
  afterAll(async () => {
    await network?.stop()
  })

  it('charges nothing, credits nothing, keeps the receipt as evidence and quarantines the node', async () => {
    const alice = network.suite.users[0]
    await (await network.suite.payments.connect(alice).deposit(network.suite.operator.address, 10n * MAIA)).wait()
    const depositBefore = await network.suite.payments.balanceOf(alice.address, network.suite.operator.address)
    const { header } = await network.voucher(alice, { maxAmount: 5n * MAIA })

    const answer = await network.ask({ voucher: header, maxTokens: 16 })
    expect(answer.status).toBe(200)

    const [stored] = await network.receipts.unassigned()
    expect(stored?.receipt.inputTokens).toBe(1_000_000_000)
    expect(stored?.amount).toBe(0n)
    const nodes = await fetch(`${network.orchestrator.api.url}/v1/network/nodes`, { headers: { 'x-api-key': 'test-key-123' } })
    const [entry] = ((await nodes.json()) as { nodes: Array<{ receiptMismatches: number; failures: number; quarantinedUntil: number | null }> }).nodes
    expect(entry).toMatchObject({ receiptMismatches: 1, failures: 1 })
    expect(entry?.quarantinedUntil).not.toBeNull()

    const settled = await network.settle()
    expect(settled.body.redemptions).toMatchObject({ redeemed: 0, failed: [] })
    expect(await network.suite.payments.balanceOf(alice.address, network.suite.operator.address)).toBe(depositBefore)
    expect((settled.body.settlement as { settled?: unknown }).settled).toBeUndefined()
  })
})
