import { describe, expect, it } from 'vitest'
import { PER_MESSAGE_TOKENS, SILENT_OUTPUT_TOKENS, TEMPLATE_ALLOWANCE_TOKENS, usageBounds } from '../../orchestrator/economy/usageBounds.ts'
import type { TokenCounter } from '../../orchestrator/maia/tokens/TokenCounter.ts'

const MODEL = `0x${'ab'.repeat(32)}`
const OTHER = `0x${'cd'.repeat(32)}`
/** A tokenizer that counts one token per word. */
const words: TokenCounter = { id: 'words', count: (text) => text.split(/\s+/).filter(Boolean).length }

describe('usage bounds come from what the orchestrator sent and received, never from the node', () => {
  it('bounds tokens by UTF-8 bytes plus the template allowance when no tokenizer is configured', () => {
    const bounds = usageBounds({ messages: [{ role: 'user', content: 'héllo' }], text: 'ok', maxTokens: 16, modelHash: MODEL })
    expect(bounds.outputTokens).toBe(2 + SILENT_OUTPUT_TOKENS)
    expect(bounds.inputTokens).toBe(TEMPLATE_ALLOWANCE_TOKENS + PER_MESSAGE_TOKENS + 6 + bounds.outputTokens)
  })

  it('caps output at maxTokens, and takes maxTokens as the worst case before dispatch', () => {
    expect(usageBounds({ messages: [], text: 'x'.repeat(1_000), maxTokens: 16, modelHash: MODEL }).outputTokens).toBe(16)
    expect(usageBounds({ messages: [], maxTokens: 16, modelHash: MODEL })).toEqual({ outputTokens: 16, inputTokens: TEMPLATE_ALLOWANCE_TOKENS + 16 })
  })

  it('tightens the bound with the served model\'s tokenizer, but not for a node serving another model', () => {
    const messages = [{ role: 'user' as const, content: 'one two three four five six seven eight nine ten' }]
    const own = usageBounds({ messages, maxTokens: 4, text: '', modelHash: MODEL, tokenizer: { counter: words, modelHash: MODEL } })
    expect(own.inputTokens).toBe(TEMPLATE_ALLOWANCE_TOKENS + PER_MESSAGE_TOKENS + 11 + SILENT_OUTPUT_TOKENS)
    const other = usageBounds({ messages, maxTokens: 4, text: '', modelHash: OTHER, tokenizer: { counter: words, modelHash: MODEL } })
    expect(other.inputTokens).toBe(TEMPLATE_ALLOWANCE_TOKENS + PER_MESSAGE_TOKENS + 48 + SILENT_OUTPUT_TOKENS)
  })
})
