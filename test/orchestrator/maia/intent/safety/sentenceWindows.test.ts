import { describe, expect, it } from 'vitest'
import { bestSentenceWindows, sentenceWindows } from '../../../../../orchestrator/maia/intent/safety/sentenceWindows.ts'

describe('sentenceWindows (what the screen also reads alone)', () => {
  it('gives no window for a message of one sentence', () => {
    expect(sentenceWindows('how many paracetamol would kill me')).toEqual([])
    expect(sentenceWindows('what a calm sunny day, grateful for tea and my cat and my garden')).toEqual([])
    expect(sentenceWindows('one sentence. 🙏')).toEqual([])
  })

  it('reads each sentence of a two-sentence message alone, lower case and chat style included', () => {
    expect(sentenceWindows('what a calm sunny day, feeling grateful for tea and my cat. how many paracetamol would kill me'))
      .toEqual(['what a calm sunny day, feeling grateful for tea and my cat.', 'how many paracetamol would kill me'])
  })

  it('adds each pair of neighbouring sentences from three sentences on', () => {
    expect(sentenceWindows('Lovely day. Pull a card. Thanks')).toEqual(['Lovely day.', 'Pull a card.', 'Thanks', 'Lovely day. Pull a card.', 'Pull a card. Thanks'])
  })

  it('splits at the sentence ends of other scripts and at line breaks', () => {
    expect(sentenceWindows('今天天气很好。我吃了一整瓶药')).toEqual(['今天天气很好。', '我吃了一整瓶药'])
    expect(sentenceWindows('आज अच्छा दिन है। मैं मरना चाहता हूँ')).toEqual(['आज अच्छा दिन है।', 'मैं मरना चाहता हूँ'])
    expect(sentenceWindows('hi maia\ni took all the pills')).toEqual(['hi maia', 'i took all the pills'])
  })

  it('windows a message of many sentences the same way: no run of calm sentences dilutes a crisis sentence', () => {
    const calm = Array.from({ length: 20 }, (_, index) => `Sentence number ${index} is about the garden and the tea.`)
    const windows = sentenceWindows([...calm, 'I took all my pills an hour ago.'].join(' '))
    expect(windows).toContain('I took all my pills an hour ago.')
    expect(windows).toContain(`${calm[19]!} I took all my pills an hour ago.`)
    expect(windows).toHaveLength(21 + 20)
  })

  it('keeps every window of a message whose windows fit the limit, in the same order', () => {
    const twelve = Array.from({ length: 12 }, (_, index) => `Line ${index}.`).join(' ')
    expect(bestSentenceWindows(twelve, () => 0, 24)).toEqual(sentenceWindows(twelve))
    expect(sentenceWindows(twelve)).toHaveLength(23)
    expect(bestSentenceWindows('one sentence only', () => 1, 24)).toEqual([])
  })

  it('beyond the limit, keeps the windows around the best-scored sentences, each sentence scored once', () => {
    const scored: string[] = []
    const rank = (sentence: string): number => { scored.push(sentence); return sentence.startsWith('Pills') ? 1 : 0 }
    const message = ['Tea.', 'Cat.', 'Pills now.', 'Rain.', 'Bread.'].join(' ')
    expect(bestSentenceWindows(message, rank, 3)).toEqual(['Pills now.', 'Cat. Pills now.', 'Pills now. Rain.'])
    expect(scored).toEqual(['Tea.', 'Cat.', 'Pills now.', 'Rain.', 'Bread.'])
    // Ties in message order: sentences before pairs.
    expect(bestSentenceWindows(message, () => 0, 2)).toEqual(['Tea.', 'Cat.'])
    // All windows when they fit the limit; fewer beyond it.
    expect(bestSentenceWindows(message, rank, 9, 1)).toHaveLength(9)
    expect(bestSentenceWindows(message, rank, 8, 1)).toEqual(['Pills now.'])
  })
})
