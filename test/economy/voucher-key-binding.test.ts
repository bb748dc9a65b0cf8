import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import { MAIA, OTHER_API_KEY, TEST_API_KEY, startPaidNetwork, type PaidNetwork } from './support/paidNetwork.ts'

// Issue 12, item 4: a voucher is not a bearer token for every app on the orchestrator.
describe('a paid session is bound to the API key that opened it', () => {
  let network: PaidNetwork
  beforeAll(async () => {
    network = await startPaidNetwork()
    await network.addNode(createScriptedBackend({ reply: () => 'an answer' }))
    await network.waitForNodes(1)
  }, 60_000)
  afterAll(async () => {
    await network?.stop()
  })

  it('refuses the same voucher presented with another API key, and keeps serving the key that opened it', async () => {
    const alice = network.suite.users[0]
    await (await network.suite.payments.connect(alice).deposit(network.suite.operator.address, 10n * MAIA)).wait()
    const { header } = await network.voucher(alice)
    expect((await network.ask({ voucher: header, apiKey: TEST_API_KEY })).status).toBe(200)
    const stolen = await network.ask({ voucher: header, apiKey: OTHER_API_KEY })
    expect(stolen.status).toBe(402)
    expect(JSON.stringify(stolen.body)).toMatch(/opened with another API key/)
    expect((await network.ask({ voucher: header, apiKey: TEST_API_KEY })).status).toBe(200)
  })

  it('binds a session to the first key even when the other key presents it first', async () => {
    const alice = network.suite.users[0]
    const { header } = await network.voucher(alice)
    expect((await network.ask({ voucher: header, apiKey: OTHER_API_KEY })).status).toBe(200)
    expect((await network.ask({ voucher: header, apiKey: TEST_API_KEY })).status).toBe(402)
  })
})
