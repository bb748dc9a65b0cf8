import { describe, expect, it } from 'vitest'
import { sentenceUnitSpansOf, sentenceUnitsOf } from '../../../../orchestrator/maia/knowledge/sentenceUnits.ts'

describe('sentenceUnitsOf', () => {
  it('splits King James text at its verse numbers, even where a verse ends in a colon, and drops the numbers', () => {
    const text = '1 The LORD is my shepherd; I shall not want. 2 He maketh me to lie down in green pastures: he leadeth me beside the still waters. 3 He restoreth my soul: he leadeth me in the paths of righteousness for his name\'s sake.'
    expect(sentenceUnitsOf(text)).toEqual([
      'The LORD is my shepherd; I shall not want.',
      'He maketh me to lie down in green pastures: he leadeth me beside the still waters.',
      'He restoreth my soul: he leadeth me in the paths of righteousness for his name\'s sake.'
    ])
  })

  it('splits prose into sentences and joins a unit under six words to the next', () => {
    const text = 'Selah. The soul becomes dyed with the colour of its thoughts.\n\nSo it is. Whatever happens at all happens as it should.'
    expect(sentenceUnitsOf(text)).toEqual([
      'Selah. The soul becomes dyed with the colour of its thoughts.',
      'So it is. Whatever happens at all happens as it should.'
    ])
  })

  it('keeps a short last unit with the one before it, and a passage of one short line whole', () => {
    expect(sentenceUnitsOf('Whatever happens at all happens as it should. Thus it is.')).toEqual(['Whatever happens at all happens as it should. Thus it is.'])
    expect(sentenceUnitsOf('CHAPTER 2')).toEqual(['CHAPTER 2'])
    expect(sentenceUnitsOf('')).toEqual([])
  })
})

describe('sentenceUnitSpansOf', () => {
  it('gives each unit of sentenceUnitsOf with its place in the passage, verse number included', () => {
    const text = '1 The LORD is my shepherd; I shall not want. 2 He maketh me to lie down in green pastures: he leadeth me beside the still waters.'
    const spans = sentenceUnitSpansOf(text)
    expect(spans.map((unit) => unit.text)).toEqual(sentenceUnitsOf(text))
    expect(spans.map((unit) => text.slice(unit.start, unit.end))).toEqual([
      '1 The LORD is my shepherd; I shall not want.',
      '2 He maketh me to lie down in green pastures: he leadeth me beside the still waters.'
    ])
  })

  it('spans every piece of a joined unit, line breaks kept in the raw text', () => {
    const text = 'Selah. The soul becomes dyed with the colour\nof its thoughts.\n\nSo it is. Whatever happens at all happens as it should.'
    const spans = sentenceUnitSpansOf(text)
    expect(spans.map((unit) => unit.text)).toEqual(['Selah. The soul becomes dyed with the colour of its thoughts.', 'So it is. Whatever happens at all happens as it should.'])
    expect(spans.map((unit) => text.slice(unit.start, unit.end))).toEqual(['Selah. The soul becomes dyed with the colour\nof its thoughts.', 'So it is. Whatever happens at all happens as it should.'])
    expect(sentenceUnitSpansOf('')).toEqual([])
  })
})
