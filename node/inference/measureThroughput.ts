import type { InferenceBackend } from '../backend/InferenceBackend.ts'

/**
 * Measures the backend's generation speed with one short greedy generation, so the very first
 * announcement carries a real tokens/s figure. Routers compare nodes by it; a node announcing
 * nothing would be guessed at rather than measured.
 */
export async function measureThroughput(backend: InferenceBackend, options: { tokens?: number; signal?: AbortSignal; now?: () => number } = {}): Promise<number> {
  const now = options.now ?? performance.now.bind(performance)
  let firstAt: number | undefined
  const result = await backend.generate(
    { messages: [{ role: 'user', content: 'Describe the sea at dawn.' }], maxTokens: options.tokens ?? 32, temperature: 0, topP: 1, stop: [] },
    { signal: options.signal ?? new AbortController().signal, onText: () => { firstAt ??= now() } }
  )
  const endedAt = now()
  // Decoding speed: from the first token on, so prompt processing does not count against it.
  const decodeMs = firstAt === undefined ? 0 : endedAt - firstAt
  const decoded = Math.max(0, result.usage.outputTokens - 1)
  return decodeMs > 0 && decoded > 0 ? (decoded / decodeMs) * 1000 : 0
}
