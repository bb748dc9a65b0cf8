import Anthropic from '@anthropic-ai/sdk'
import OpenAI from 'openai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InferenceBackend } from '../../node/backend/InferenceBackend.ts'
import { createScriptedBackend } from '../../node/backend/ScriptedBackend.ts'
import type { ProviderNode } from '../../node/startProviderNode.ts'
import { seededRandom } from '../../orchestrator/maia/intent/random.ts'
import { startTestNetwork, TEST_API_KEY, type TestNetwork } from '../helpers/network.ts'
import { parsePrometheusText, sampleValue } from '../orchestrator/metrics/parsePrometheusText.ts'

const ANSWER = Array.from({ length: 20 }, (_, index) => `w${index + 1}`).join(' ')
const WORDS = ANSWER.split(/(?<= )/)
/** What the scripted backend counts as input tokens: words plus 4 per message. */
const inputTokensOf = (contents: string[]): number => contents.reduce((sum, content) => sum + content.split(/\s+/).filter(Boolean).length + 4, 0)

/**
 * A node that answers ANSWER (continuing it after an assistant prefill, as a real model does) and,
 * when it starts an answer from scratch, dies after `dieAfter()` words: every connection reset at
 * once, as the orchestrator sees a SIGKILLed process.
 */
function mortalBackend(dieAfter: () => number, die: () => void): InferenceBackend {
  const scripted = createScriptedBackend({
    modelName: 'maia-scripted', tokensPerSecond: 100,
    reply: (parameters) => {
      const last = parameters.messages.at(-1)
      return last?.role === 'assistant' ? ANSWER.slice(last.content.length) : ANSWER
    }
  })
  return {
    ...scripted,
    async generate(parameters, options) {
      if (parameters.messages.at(-1)?.role === 'assistant') return scripted.generate(parameters, options)
      const limit = dieAfter()
      let words = 0
      // A killed process never finishes its answer: this one waits for the kill instead.
      const killed = new Promise<never>((_resolve, reject) => options.signal.addEventListener('abort', () => reject(options.signal.reason), { once: true }))
      killed.catch(() => {})
      await scripted.generate(parameters, {
        ...options,
        onText: (text) => {
          words += 1
          // Killed between two tokens: nothing after word `limit` is ever sent, and the kill
          // waits until that word's frame has left (nodes gather tokens for up to 10 ms).
          if (words > limit) return
          options.onText(text)
          if (words === limit) setTimeout(die, 40)
        }
      })
      return await killed
    }
  }
}

// Issue 3: a node that died mid-answer ended the user's stream with an error. Now another node
// continues the same answer from what was streamed (sent as an assistant prefill).
describe('a node dies mid-answer: another continues the same stream', () => {
  let network: TestNetwork
  // Seeded, so the death positions are the same on every run.
  const random = seededRandom(7)
  const deaths: Array<{ afterWords: number }> = []

  beforeAll(async () => {
    network = await startTestNetwork([])
    const kill = (node: () => ProviderNode): (() => void) => () => {
      for (const connection of node().peer.getConnections()) connection.abort(new Error('killed'))
    }
    for (let index = 0; index < 3; index += 1) {
      const nodeIndex = index
      const dieAfter = (): number => {
        const afterWords = 1 + Math.floor(random() * (WORDS.length - 2))
        deaths.push({ afterWords })
        return afterWords
      }
      await network.addNode(mortalBackend(dieAfter, kill(() => network.nodes[nodeIndex]!)))
    }
    await network.waitForNodes(3)
  })
  afterAll(async () => { await network?.stop() })

  /**
   * Waits until the killed node is routable again (it redials every 2 s, then announces), so every
   * request meets a death. Generous: on a loaded 2-core CI machine this took over 15 s.
   */
  const settle = async (): Promise<void> => {
    await expect.poll(() => network.orchestrator.table.routable().length, { timeout: 40_000 }).toBe(3)
  }

  it('Anthropic SDK: one unbroken answer, usage summed over both nodes', async () => {
    const client = new Anthropic({ baseURL: network.orchestrator.api.url, apiKey: TEST_API_KEY, maxRetries: 0 })
    for (let round = 0; round < 4; round += 1) {
      await settle()
      const before = deaths.length
      const chunks: string[] = []
      const stream = client.messages.stream({ model: 'maia-scripted', max_tokens: 64, messages: [{ role: 'user', content: `question ${round}` }] })
      stream.on('text', (text) => chunks.push(text))
      const message = await stream.finalMessage()
      expect(deaths.length).toBe(before + 1)
      expect(chunks.join('')).toBe(ANSWER)
      expect(message.content).toEqual([{ type: 'text', text: ANSWER }])
      expect(message.stop_reason).toBe('end_turn')
      // Output: the dead node's words plus the continuation's; input: what the second node read
      // (the prompt and the partial answer as its prefill).
      expect(message.usage.output_tokens).toBe(WORDS.length)
      const partial = WORDS.slice(0, deaths.at(-1)!.afterWords).join('')
      expect(message.usage.input_tokens).toBe(inputTokensOf([`question ${round}`, partial]))
    }
  }, 180_000)

  it('OpenAI SDK: one unbroken answer, usage summed over both nodes', async () => {
    const client = new OpenAI({ baseURL: `${network.orchestrator.api.url}/v1`, apiKey: TEST_API_KEY, maxRetries: 0 })
    for (let round = 0; round < 4; round += 1) {
      await settle()
      const before = deaths.length
      const stream = await client.chat.completions.create({ model: 'maia-scripted', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: `question ${round}` }] })
      let text = ''
      let usage: OpenAI.CompletionUsage | undefined
      let finish: string | null = null
      for await (const chunk of stream) {
        text += chunk.choices[0]?.delta.content ?? ''
        finish = chunk.choices[0]?.finish_reason ?? finish
        usage = chunk.usage ?? usage
      }
      expect(deaths.length).toBe(before + 1)
      expect(text).toBe(ANSWER)
      expect(finish).toBe('stop')
      expect(usage?.completion_tokens).toBe(WORDS.length)
      expect(usage?.prompt_tokens).toBe(inputTokensOf([`question ${round}`, WORDS.slice(0, deaths.at(-1)!.afterWords).join('')]))
    }
  }, 180_000)

  it('counts each answer continued on another node as a resume in the metrics', async () => {
    const samples = parsePrometheusText(await network.orchestrator.metrics.metrics())
    expect(sampleValue(samples, 'maia_network_failovers_total', { kind: 'resume' })).toBe(deaths.length)
  })
})
