import { describe, expect, it } from 'vitest'
import { calmLetterSentences } from '../../../bench/router/calmLetterSentences.ts'
import type { DevSet } from '../../../bench/router/devSets.ts'

const set = (name: string, ordinary: string[]): DevSet => ({ name, crisis: [], ordinary, intents: [] })

describe('calmLetterSentences', () => {
  it('gives each sentence of a calm message of enough sentences as a negative', () => {
    const examples = calmLetterSentences([set('a', ['The ferry was late. We ate chips on the quay. My nan laughed.', 'Pull a card for me'])], { minSentences: 2 })
    expect(examples).toEqual([
      { text: 'The ferry was late.', positive: false },
      { text: 'We ate chips on the quay.', positive: false },
      { text: 'My nan laughed.', positive: false }
    ])
  })

  it('skips messages with fewer sentences than asked', () => {
    expect(calmLetterSentences([set('a', ['One sentence. Two sentences.'])], { minSentences: 3 })).toEqual([])
  })

  it('leaves out a sentence the rules flag on its own, as it may be a crisis read alone', () => {
    const examples = calmLetterSentences([set('a', ['At the wedding my uncle collapsed and he stopped breathing. He is safe now and we walk every Sunday.'])], { minSentences: 2 })
    expect(examples.map((example) => example.text)).toEqual(['He is safe now and we walk every Sunday.'])
  })

  it('adds a sentence once across sets, and never one the training data has already', () => {
    const examples = calmLetterSentences([set('a', ['Tea is ready. The cat sleeps.']), set('b', ['The cat sleeps. Rain again.'])], { minSentences: 2, known: new Set(['rain again.']) })
    expect(examples.map((example) => example.text)).toEqual(['Tea is ready.', 'The cat sleeps.'])
  })

  it('cuts a sentence where its script changes, as the screen does', () => {
    const examples = calmLetterSentences([set('a', ['今日はいい天気 and the garden is green.'])], { minSentences: 2 })
    expect(examples.map((example) => example.text)).toEqual(['今日はいい天気', 'and the garden is green.'])
  })

  it('rejects a minimum below two sentences', () => {
    expect(() => calmLetterSentences([], { minSentences: 1 })).toThrow(RangeError)
  })
})
