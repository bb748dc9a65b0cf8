import { describe, expect, it } from 'vitest'
import { estimateJaccard, minHashSignature } from '../../../scripts/dataset/minHash.ts'
import { createNearDuplicateIndex } from '../../../scripts/dataset/createNearDuplicateIndex.ts'
import { assignSplit } from '../../../scripts/dataset/assignSplit.ts'
import { renderChatTemplate } from '../../../scripts/dataset/renderChatTemplate.ts'
import { seededRandom } from '../../../shared/util/index.ts'

const text = (random: () => number, count: number) => Array.from({ length: count }, () => `w${Math.floor(random() * 100_000)}`)

describe('minHashSignature', () => {
  it('estimates the Jaccard similarity of 5-word shingle sets within a few points', () => {
    const random = seededRandom(7)
    for (const changed of [0, 10, 40, 100]) {
      const base = text(random, 300)
      const edited = [...base]
      for (let index = 0; index < changed; index++) edited[Math.floor(random() * edited.length)] = 'x' + index
      const shingles = (words: string[]) => new Set(words.slice(0, -4).map((_, i) => words.slice(i, i + 5).join(' ')))
      const a = shingles(base)
      const b = shingles(edited)
      const truth = [...a].filter((s) => b.has(s)).length / new Set([...a, ...b]).size
      const estimate = estimateJaccard(minHashSignature(base.join(' ')), minHashSignature(edited.join(' ')))
      expect(Math.abs(estimate - truth)).toBeLessThan(0.2)
    }
  })

  it('is deterministic and ignores case and punctuation', () => {
    expect([...minHashSignature('The Unexamined life, is NOT worth living!')]).toEqual([...minHashSignature('the unexamined life is not worth living')])
  })
})

describe('createNearDuplicateIndex', () => {
  it('finds a lightly edited copy, not an unrelated text, and ignores the same unit', () => {
    const random = seededRandom(3)
    const base = text(random, 200)
    const copy = [...base]
    copy[50] = 'edited'
    const index = createNearDuplicateIndex()
    index.add('a', 'unit-a', minHashSignature(base.join(' ')))
    expect(index.find(minHashSignature(copy.join(' ')))?.key).toBe('a')
    expect(index.find(minHashSignature(copy.join(' ')), 'unit-a')).toBeUndefined()
    expect(index.find(minHashSignature(text(random, 200).join(' ')))).toBeUndefined()
  })
})

describe('assignSplit', () => {
  it('draws stable splits in the requested proportions', () => {
    const counts = { train: 0, validation: 0, test: 0 }
    for (let unit = 0; unit < 20_000; unit++) counts[assignSplit(`u${unit}`, 'seed')] += 1
    expect(counts.test / 20_000).toBeCloseTo(0.05, 1)
    expect(counts.validation / 20_000).toBeCloseTo(0.05, 1)
    expect(assignSplit('library:x#1', 'seed')).toBe(assignSplit('library:x#1', 'seed'))
  })
})

describe('renderChatTemplate', () => {
  const messages = [{ role: 'system' as const, content: 'S' }, { role: 'user' as const, content: 'Hi' }, { role: 'assistant' as const, content: 'Hello' }]
  it('renders Llama 3 and ChatML', () => {
    expect(renderChatTemplate(messages, 'llama3')).toBe('<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nS<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\nHello<|eot_id|>')
    expect(renderChatTemplate(messages, 'chatml')).toBe('<|im_start|>system\nS<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\nHello<|im_end|>\n')
  })
})
