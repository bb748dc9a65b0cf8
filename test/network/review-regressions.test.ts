import Anthropic from '@anthropic-ai/sdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InferenceBackend } from '../../node/backend/InferenceBackend.ts'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import { screenForCrisis } from '../../orchestrator/maia/intent/screenForCrisis.ts'
import { startTestNetwork, TEST_API_KEY, type TestNetwork } from '../helpers/network.ts'

describe('a caller\'s bad request is the caller\'s error, never the nodes\'', () => {
  let network: TestNetwork
  const post = (body: object) => fetch(`${network.orchestrator.api.url}/v1/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY }, body: JSON.stringify(body)
  })

  beforeAll(async () => {
    network = await startTestNetwork([createScriptedBackend({ modelName: 'm' }), createScriptedBackend({ modelName: 'm' })])
    await network.waitForNodes(2)
  })
  afterAll(async () => { await network?.stop() })

  it('refuses what a node would refuse with 400, and every node stays routable', async () => {
    const longStop = await post({ model: 'm', max_tokens: 5, stop_sequences: ['x'.repeat(201)], messages: [{ role: 'user', content: 'hi' }] })
    expect(longStop.status).toBe(400)
    const tooMany = await post({ model: 'm', max_tokens: 5, messages: Array.from({ length: 1_001 }, () => ({ role: 'user', content: 'hi' })) })
    expect(tooMany.status).toBe(400)
    expect(network.orchestrator.table.routable()).toHaveLength(2)
    const fine = await post({ model: 'm', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] })
    expect(fine.status).toBe(200)
  })
})

describe('a node that accepts and then stalls does not hold the request', () => {
  let network: TestNetwork
  beforeAll(async () => {
    const stalling: InferenceBackend = {
      ...createScriptedBackend({ modelName: 'm' }),
      generate: (_parameters, { signal }) => new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }))
    }
    network = await startTestNetwork([stalling], { inferenceTimeouts: { firstTokenMs: 400, idleMs: 400 } })
    await network.waitForNodes(1)
  })
  afterAll(async () => { await network?.stop() })

  it('times the attempt out, fails over, and quarantines the stalled node', async () => {
    await network.addNode(createScriptedBackend({ modelName: 'm', reply: () => 'from the healthy node' }))
    await network.waitForNodes(2)
    const client = new Anthropic({ baseURL: network.orchestrator.api.url, apiKey: TEST_API_KEY, maxRetries: 0 })
    const answers = await Promise.all([1, 2, 3, 4].map(() => client.messages.create({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] })))
    expect(answers.map((answer) => answer.content[0]?.type === 'text' && answer.content[0].text)).toEqual(Array(4).fill('from the healthy node'))
    const stalled = network.nodes[0]!.peer.peerId.toString()
    expect(network.orchestrator.table.get(stalled)?.failures ?? 0).toBeGreaterThan(0)
  })
})

describe('the crisis screen stays linear in the message length', () => {
  it('screens a 1 MB message (quadratic negation scanning took over a minute)', () => {
    const message = `${'I keep thinking about the river and the old house. '.repeat(20_000)} I want to die.`
    expect(screenForCrisis(message).flagged).toBe(true)
  })
})
