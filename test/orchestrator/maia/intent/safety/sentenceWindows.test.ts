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

describe('bestSentenceWindows with runs of words (round thirty-two: run-ons)', () => {
  const runs = { options: { overWords: 20, words: 12, overCharacters: 40, characters: 20 }, budget: 2 }
  const runOn = 'the wheel of fortune came up again in my reading lol so funny anyway i took all of my sleeping pills an hour ago'

  it('reads the best-ranked runs of a one-sentence run-on, each run scored on its own text', () => {
    const scored: string[] = []
    const rank = (text: string): number => { scored.push(text); return text.includes('pills') ? 1 : 0 }
    const windows = bestSentenceWindows(runOn, rank, 24, 12, runs)
    // Three runs (words 0–11, 6–17, 12–23); the one that holds the pills first, then the first of the tie.
    expect(windows).toEqual(['the wheel of fortune came up again in my reading lol so', 'funny anyway i took all of my sleeping pills an hour ago'])
    expect(scored.every((text) => text.split(' ').length === 12)).toBe(true)
  })

  it('keeps every sentence window as before and adds runs within the budget', () => {
    const message = `Lovely day. Pull a card. ${runOn}`
    const windows = bestSentenceWindows(message, (text) => (text.includes('pills') ? 1 : 0), 24, 12, runs)
    expect(windows.slice(0, 5)).toEqual(sentenceWindows(message))
    expect(windows).toHaveLength(7)
    expect(bestSentenceWindows('Lovely day. Pull a card.', () => 0, 24, 12, runs)).toEqual(sentenceWindows('Lovely day. Pull a card.'))
  })

  it('beyond the limit, runs and sentence windows share the same places: a long paste costs what it did', () => {
    const calm = Array.from({ length: 20 }, (_, index) => `Sentence number ${index} is about the garden.`)
    const message = [...calm, `${runOn}.`].join(' ')
    const windows = bestSentenceWindows(message, (text) => (text.includes('pills') ? 1 : 0), 24, 12, runs)
    expect(windows).toHaveLength(12)
    expect(windows).toContain('funny anyway i took all of my sleeping pills an hour ago.')
  })
})
