import { describe, expect, it } from 'vitest'
import { MAX_SENTENCES_WINDOWED, sentenceWindows } from '../../../../../orchestrator/maia/intent/safety/sentenceWindows.ts'

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

  it('reads a message of many sentences in runs of up to 280 characters, so the cost stays bounded', () => {
    const long = Array.from({ length: MAX_SENTENCES_WINDOWED + 8 }, (_, index) => `Sentence number ${index} is about the garden and the tea.`).join(' ')
    const windows = sentenceWindows(long)
    expect(windows.length).toBeLessThan(MAX_SENTENCES_WINDOWED)
    expect(windows.length).toBeGreaterThan(1)
    for (const window of windows) expect(window.length).toBeLessThanOrEqual(300)
  })
})
