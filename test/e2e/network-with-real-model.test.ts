import Anthropic from '@anthropic-ai/sdk'
import OpenAI from 'openai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InferenceBackend } from '../../node/backend/InferenceBackend.ts'
import { loadLlamaCppBackend } from '../../node/backend/LlamaCppBackend.ts'
import { silentLogger } from '../../shared/log/logger.ts'
import { sha256File } from '../../shared/util/sha256.ts'
import { startTestNetwork, TEST_API_KEY, type TestNetwork } from '../helpers/network.ts'
import { tinyModelPath } from '../helpers/tinyModel.ts'

// Three real nodes: the tiny GGUF through node-llama-cpp's real load/tokenize/generate path.
describe('end to end: 3 node-llama-cpp nodes behind the orchestrator', () => {
  let network: TestNetwork
  let anthropic: Anthropic
  let openai: OpenAI
  let modelHash: string
  const servedBy: number[] = [0, 0, 0]
  let backends: InferenceBackend[] = []

  beforeAll(async () => {
    const model = await tinyModelPath()
    modelHash = await sha256File(model)
    backends = await Promise.all([1, 2, 3].map(() => loadLlamaCppBackend({
      model, modelName: 'maia-tiny', contextSize: 2048, sequences: 2, threads: 1, gpu: false, logger: silentLogger()
    })))
    // Count what each node generates, without touching the real backend underneath.
    const counted = backends.map((backend, index) => ({
      ...backend,
      generate: (...args: Parameters<typeof backend.generate>) => { servedBy[index] = (servedBy[index] ?? 0) + 1; return backend.generate(...args) }
    }))
    // Requests without a seed get one from the orchestrator: pinned here so the random tiny model's
    // answers (and whether it happens to sample its end token early) are the same on every run.
    network = await startTestNetwork(counted, { newSeed: () => 7 })
    await network.waitForNodes(3)
    anthropic = new Anthropic({ baseURL: network.orchestrator.api.url, apiKey: TEST_API_KEY, maxRetries: 0 })
    openai = new OpenAI({ baseURL: `${network.orchestrator.api.url}/v1`, apiKey: TEST_API_KEY, maxRetries: 0 })
  })
  afterAll(async () => {
    await network?.stop()
    await Promise.all(backends.map((backend) => backend.dispose()))
  })

  it('announces each node with the GGUF SHA-256 as model identity', () => {
    const records = network.orchestrator.table.routable().map((entry) => entry.record)
    expect(records).toHaveLength(3)
    for (const record of records) {
      expect(record.model).toEqual({ hash: modelHash, name: 'maia-tiny' })
      expect(record.contextSize).toBe(2048)
    }
  })

  it('Anthropic SDK: non-streaming, exact token budget honoured', async () => {
    const message = await anthropic.messages.create({
      model: 'maia-tiny', max_tokens: 12, system: 'You are MAIA.',
      messages: [{ role: 'user', content: 'What is the shadow? 🌑 é' }]
    })
    expect(message.type).toBe('message')
    expect(message.content[0]?.type).toBe('text')
    expect(message.usage.output_tokens).toBeGreaterThan(0)
    expect(message.usage.output_tokens).toBeLessThanOrEqual(12)
    expect(message.usage.input_tokens).toBeGreaterThan(10)
  })

  it('Anthropic SDK: streaming delivers text deltas that add up to the final message', async () => {
    let streamed = ''
    const stream = anthropic.messages.stream({ model: 'maia-tiny', max_tokens: 16, messages: [{ role: 'user', content: 'Speak of dreams.' }] })
    stream.on('text', (text) => { streamed += text })
    const final = await stream.finalMessage()
    const text = final.content[0]?.type === 'text' ? final.content[0].text : ''
    expect(streamed).toBe(text)
    expect(streamed.length).toBeGreaterThan(0)
    expect(final.stop_reason).toBe('max_tokens')
  })

  it('OpenAI SDK: non-streaming and streaming', async () => {
    const completion = await openai.chat.completions.create({ model: 'maia-tiny', max_tokens: 8, seed: 7, temperature: 0, messages: [{ role: 'user', content: 'Hello' }] })
    expect(completion.object).toBe('chat.completion')
    expect(completion.choices[0]?.finish_reason).toBe('length')
    expect(completion.usage?.completion_tokens).toBe(8)

    const stream = await openai.chat.completions.create({ model: 'maia-tiny', max_tokens: 8, seed: 7, temperature: 0, messages: [{ role: 'user', content: 'Hello' }], stream: true })
    let text = ''
    let finish: string | null | undefined
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? ''
      finish = chunk.choices[0]?.finish_reason ?? finish
    }
    // Greedy decoding on the same model: every node gives the same text.
    expect(text).toBe(completion.choices[0]?.message.content)
    expect(finish).toBe('length')
  })

  it('spreads concurrent requests over the nodes', async () => {
    const before = [...servedBy]
    const results = await Promise.all(Array.from({ length: 9 }, (_, index) =>
      anthropic.messages.create({ model: 'maia-tiny', max_tokens: 6, messages: [{ role: 'user', content: `question ${index}` }] })))
    expect(results.every((message) => message.usage.output_tokens > 0)).toBe(true)
    const during = servedBy.map((count, index) => count - (before[index] ?? 0))
    expect(during.reduce((sum, count) => sum + count, 0)).toBe(9)
    // Power of two choices with live load: no node takes everything.
    expect(during.filter((count) => count > 0).length).toBeGreaterThanOrEqual(2)
    expect(Math.max(...during)).toBeLessThan(9)
  })
})
