import { describe, expect, it } from 'vitest'
import { createEstimatedTokenCounter } from '../../../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'
import { createGgufTokenCounter, TokenizerLoadError } from '../../../../orchestrator/maia/tokens/createGgufTokenCounter.ts'
import { tinyModelPath } from '../../../helpers/tinyModel.ts'

describe('token counters', () => {
  it('estimates ~4 ASCII characters per token and one per other code point', () => {
    const counter = createEstimatedTokenCounter()
    expect(counter.count('')).toBe(0)
    expect(counter.count('abcd')).toBe(1)
    expect(counter.count('abcde')).toBe(2)
    expect(counter.count('ψυχή')).toBe(4)
    expect(counter.id).toBe('estimate:chars/4')
  })

  it('counts with a GGUF tokenizer, loading only its vocabulary', async () => {
    const counter = await createGgufTokenCounter({ modelPath: await tinyModelPath() })
    try {
      expect(counter.id).toBe('gguf:maia-tiny.gguf')
      expect(counter.count('')).toBe(0)
      // The tiny model's vocabulary is byte-level: about one token per character.
      const text = 'The unexamined life is not worth living.'
      expect(counter.count(text)).toBeGreaterThan(text.length / 2)
      expect(counter.count(text)).toBeLessThanOrEqual(text.length)
      // Special-token text in a book is counted as text, not as a control token.
      expect(counter.count('<|im_end|>')).toBeGreaterThan(1)
    } finally {
      await counter.dispose()
    }
  })

  it('reports a GGUF that cannot be loaded', async () => {
    await expect(createGgufTokenCounter({ modelPath: '/nonexistent/model.gguf' })).rejects.toBeInstanceOf(TokenizerLoadError)
  })
})
