import { describe, expect, it } from 'vitest'
import { asCrisesAndOrdinary, parseOneLiners } from '../../../bench/router/oneLinerSet.ts'

describe('one-line sets (bench/router/oneLinerSet.ts)', () => {
  it('reads both layouts, the kind only where the header names it', () => {
    expect(parseOneLiners('label\tlanguage\ttext\ncrisis\tEnglish\ti want to die\n\nordinary\tGerman\tich will schlafen\n', 'a.tsv')).toEqual([
      { label: 'crisis', language: 'English', text: 'i want to die' },
      { label: 'ordinary', language: 'German', text: 'ich will schlafen' }
    ])
    expect(parseOneLiners('label\tkind\tlanguage\ttext\ncrisis\tself_harm_now\tDutch\tik snijd me weer\n', 'b.tsv')).toEqual([{ label: 'crisis', kind: 'self_harm_now', language: 'Dutch', text: 'ik snijd me weer' }])
  })

  it('refuses another header, a line with a column too many or too few, and an unknown label, naming file and line', () => {
    expect(() => parseOneLiners('text\tlabel\nhello\tcrisis\n', 'c.tsv')).toThrow(/^c\.tsv: the header must be/u)
    expect(() => parseOneLiners('label\tlanguage\ttext\ncrisis\tEnglish\n', 'd.tsv')).toThrow(/^d\.tsv:2: expected 3 tab-separated columns/u)
    expect(() => parseOneLiners('label\tlanguage\ttext\ncrisis\tEnglish\ta\tb\n', 'e.tsv')).toThrow(/^e\.tsv:2: expected 3/u)
    expect(() => parseOneLiners('label\tlanguage\ttext\nalarm\tEnglish\thello\n', 'f.tsv')).toThrow(/^f\.tsv:2: /u)
  })

  it('gives a one-line set as crises and ordinary look-alikes, for a lab that scores full sets (operatingPointLab.ts)', () => {
    const lines = parseOneLiners('label\tkind\tlanguage\ttext\ncrisis\tself_harm_now\tDutch\tik snijd me weer\nordinary\t-\tDutch\tik snijd de ui\n', 'g.tsv')
    expect(asCrisesAndOrdinary(lines)).toEqual({ crisis: [{ text: 'ik snijd me weer' }], ordinary: ['ik snijd de ui'] })
  })
})
