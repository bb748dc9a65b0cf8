import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadLlamaCppBackend } from '../../node/backend/LlamaCppBackend.ts'
import type { InferenceBackend } from '../../node/backend/InferenceBackend.ts'
import { silentLogger } from '../../shared/log/logger.ts'
import { tinyModelPath } from '../helpers/tinyModel.ts'

// Issue 3 relies on nodes continuing a trailing assistant message as a prefill. Checked on the
// real backend: with greedy decoding, "prefill + continuation" must equal the uninterrupted answer.
describe('a node continues a trailing assistant message (node-llama-cpp, tiny model)', () => {
  let backend: InferenceBackend
  beforeAll(async () => {
    backend = await loadLlamaCppBackend({ model: await tinyModelPath(), contextSize: 1024, sequences: 1, threads: 1, gpu: false, logger: silentLogger() })
  })
  afterAll(async () => { await backend?.dispose() })

  const generate = async (messages: Array<{ role: 'user' | 'assistant'; content: string }>, maxTokens: number): Promise<{ chunks: string[]; text: string }> => {
    const chunks: string[] = []
    const result = await backend.generate({ messages, maxTokens, temperature: 0, topP: 1, seed: 1, stop: [] }, { onText: (text) => { chunks.push(text) }, signal: new AbortController().signal })
    return { chunks, text: result.text }
  }

  it('returns only the new text, which continues the prefill exactly where it stopped', async () => {
    const question = [{ role: 'user' as const, content: 'Tell me about the moon' }]
    const whole = await generate(question, 40)
    expect(whole.chunks.join('')).toBe(whole.text)
    // The orchestrator cuts where a node's stream stopped: between streamed chunks (whole tokens).
    // Cuts inside a token, inside a UTF-8 character or after trailing whitespace re-tokenize
    // differently, so a greedy continuation may then diverge (still a continuation, not a repeat).
    const cuts = whole.chunks.map((_, index) => whole.chunks.slice(0, index + 1).join(''))
      .filter((prefill) => !prefill.includes('\uFFFD') && !/\s$/.test(prefill) && prefill.length < whole.text.length)
      .slice(0, 3)
    expect(cuts.length).toBeGreaterThan(0)
    for (const prefill of cuts) {
      const rest = await generate([...question, { role: 'assistant', content: prefill }], 40)
      expect(rest.chunks.join('')).toBe(rest.text)
      expect(rest.text.length).toBeGreaterThan(0)
      expect(prefill + rest.text).toBe(whole.text.slice(0, prefill.length + rest.text.length))
    }
  })
})
