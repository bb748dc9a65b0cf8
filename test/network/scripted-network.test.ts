import Anthropic from '@anthropic-ai/sdk'
import OpenAI from 'openai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import { WHOLE_REPLY_FRAME_INTERVAL_MS } from '../../orchestrator/inference/createNetworkInference.ts'
import { startTestNetwork, TEST_API_KEY, type TestNetwork } from '../helpers/network.ts'

// Gossip, routing and the inference protocol are the subject here, not TCP: the peers talk over
// libp2p's in-process memory transport (the HTTP API in front is still a real server).
describe('orchestrator and nodes over libp2p (scripted backends, memory transport)', () => {
  let network: TestNetwork
  let anthropic: Anthropic
  let openai: OpenAI
  const frameIntervals: Array<number | undefined> = []

  beforeAll(async () => {
    // Each node notes the frame interval its requests asked for (the request reaches the backend whole).
    const reply = (parameters: object): string => {
      frameIntervals.push((parameters as { frameIntervalMs?: number }).frameIntervalMs)
      return 'one two three four'
    }
    network = await startTestNetwork([
      createScriptedBackend({ modelName: 'maia-scripted', reply }),
      createScriptedBackend({ modelName: 'maia-scripted', reply })
    ], { transport: 'memory' })
    await network.waitForNodes(2)
    anthropic = new Anthropic({ baseURL: network.orchestrator.api.url, apiKey: TEST_API_KEY, maxRetries: 0 })
    openai = new OpenAI({ baseURL: `${network.orchestrator.api.url}/v1`, apiKey: TEST_API_KEY, maxRetries: 0 })
  })
  afterAll(async () => { await network?.stop() })

  it('connects its peers over the memory transport only', () => {
    for (const peer of [network.orchestrator.peer, ...network.nodes.map((node) => node.peer)]) {
      expect(peer.getMultiaddrs().map(String)).toEqual([expect.stringMatching(/^\/memory\//)])
      expect(peer.getConnections().every((connection) => connection.remoteAddr.toString().startsWith('/memory/'))).toBe(true)
    }
    expect(network.orchestrator.peer.getConnections().length).toBeGreaterThanOrEqual(2)
  })

  it('answers the Anthropic SDK, non-streaming', async () => {
    const message = await anthropic.messages.create({ model: 'an-app-specific-model-id', max_tokens: 32, messages: [{ role: 'user', content: 'Hi' }] })
    expect(message.content[0]).toEqual({ type: 'text', text: 'one two three four' })
    expect(message.model).toBe('maia-scripted')
    expect(message.stop_reason).toBe('end_turn')
    expect(message.usage.output_tokens).toBe(4)
  })

  it('asks nodes to gather tokens for a non-streamed call, and not for a streamed one', async () => {
    frameIntervals.length = 0
    await anthropic.messages.create({ model: 'maia-scripted', max_tokens: 32, messages: [{ role: 'user', content: 'Hi' }] })
    await openai.chat.completions.create({ model: 'maia-scripted', messages: [{ role: 'user', content: 'Hi' }] })
    await anthropic.messages.stream({ model: 'maia-scripted', max_tokens: 32, messages: [{ role: 'user', content: 'Hi' }] }).finalMessage()
    expect(frameIntervals).toEqual([WHOLE_REPLY_FRAME_INTERVAL_MS, WHOLE_REPLY_FRAME_INTERVAL_MS, undefined])
  })

  it('streams to the Anthropic SDK', async () => {
    const chunks: string[] = []
    const stream = anthropic.messages.stream({ model: 'maia-scripted', max_tokens: 2, messages: [{ role: 'user', content: 'Hi' }] })
    stream.on('text', (text) => chunks.push(text))
    const final = await stream.finalMessage()
    // Tokens may arrive coalesced into fewer deltas; the text is what must match.
    expect(chunks.join('')).toBe('one two ')
    expect(chunks.length).toBeGreaterThanOrEqual(1)
    expect(final.stop_reason).toBe('max_tokens')
    expect(final.usage.output_tokens).toBe(2)
  })

  it('answers and streams to the OpenAI SDK', async () => {
    const completion = await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'system', content: 'Be kind' }, { role: 'user', content: 'Hi' }] })
    expect(completion.choices[0]?.message.content).toBe('one two three four')
    expect(completion.choices[0]?.finish_reason).toBe('stop')
    expect(completion.usage?.completion_tokens).toBe(4)

    const stream = await openai.chat.completions.create({ model: 'maia-scripted', messages: [{ role: 'user', content: 'Hi' }], stream: true, stream_options: { include_usage: true }, stop: ['three'] })
    let text = ''
    let usage
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? ''
      usage = chunk.usage ?? usage
    }
    expect(text).toBe('one two ')
    expect(usage?.completion_tokens).toBe(2)
  })

  it('lists the served model to both SDKs', async () => {
    const anthropicModels = await anthropic.models.list()
    expect(anthropicModels.data.map((model) => model.id)).toEqual(['maia-scripted'])
    const openaiModels = await openai.models.list()
    expect(openaiModels.data.map((model) => model.id)).toEqual(['maia-scripted'])
  })

  it('rejects a wrong API key in each API\'s error shape', async () => {
    const badAnthropic = new Anthropic({ baseURL: network.orchestrator.api.url, apiKey: 'nope', maxRetries: 0 })
    await expect(badAnthropic.messages.create({ model: 'x', max_tokens: 1, messages: [{ role: 'user', content: 'Hi' }] }))
      .rejects.toMatchObject({ status: 401, error: { type: 'error', error: { type: 'authentication_error' } } })
    const badOpenAi = new OpenAI({ baseURL: `${network.orchestrator.api.url}/v1`, apiKey: 'nope', maxRetries: 0 })
    await expect(badOpenAi.chat.completions.create({ model: 'x', messages: [{ role: 'user', content: 'Hi' }] }))
      .rejects.toMatchObject({ status: 401, code: 'invalid_api_key' })
  })
})
