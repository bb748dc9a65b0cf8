import type { ClaudeGenerator } from '../../maia/index.ts'
import type { AskReference } from '../QualityPorts.ts'

/** Claude tokens spent on reference answers: the price of sampling, reported beside the sessions' own. */
export interface ReferenceUsage {
  answers: number
  inputTokens: number
  outputTokens: number
  cacheWriteTokens: number
  cacheReadTokens: number
}

/**
 * The reference answer for a sampled prompt: the same messages (system turns as Claude's system
 * blocks), the same output limit and temperature (capped at Claude's 1). Counts what it spends.
 */
export function createClaudeReference(claude: ClaudeGenerator): { ask: AskReference; usage(): ReferenceUsage } {
  const usage: ReferenceUsage = { answers: 0, inputTokens: 0, outputTokens: 0, cacheWriteTokens: 0, cacheReadTokens: 0 }
  return {
    usage: () => ({ ...usage }),
    async ask(request, signal) {
      const system = request.messages.filter((message) => message.role === 'system').map((message) => ({ kind: 'caller' as const, text: message.content, cacheable: true }))
      const messages = request.messages.filter((message) => message.role !== 'system')
      const result = await claude.generate(
        { system, messages, maxTokens: request.maxTokens, temperature: Math.min(1, request.temperature), stop: request.stop },
        { onToken: () => {}, signal: signal ?? new AbortController().signal }
      )
      usage.answers += 1
      usage.inputTokens += result.usage.inputTokens
      usage.outputTokens += result.usage.outputTokens
      usage.cacheWriteTokens += result.usage.cacheWriteTokens
      usage.cacheReadTokens += result.usage.cacheReadTokens
      return result.text
    }
  }
}
