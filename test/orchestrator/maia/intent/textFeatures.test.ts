import { describe, expect, it } from 'vitest'
import { FeatureSpace, normalizeText, tokenize, tokenizeMarkingNegation } from '../../../../orchestrator/maia/intent/textFeatures.ts'
import { hashedFeatures, screenText } from '../../../../orchestrator/maia/intent/safety/learned/hashedFeatures.ts'

describe('normalizeText', () => {
  it('folds accents in Latin, Greek, Cyrillic and Arabic text, as before round twenty-four', () => {
    expect(normalizeText("Me corté, I can't")).toBe('me corte, i cant')
    expect(normalizeText('Δεν αντέχω')).toBe('δεν αντεχω')
    expect(normalizeText('йод ёж')).toBe('иод еж')
    expect(normalizeText('أريد')).toBe('اريد')
  })
  it('keeps the marks that are letters: Devanagari, Bengali and Thai vowel signs, kana voicing', () => {
    expect(normalizeText('मैं जीना नहीं चाहता')).toBe('मैं जीना नहीं चाहता')
    expect(normalizeText('আমি বাঁচতে চাই না')).toBe('আমি বাঁচতে চাই না')
    expect(normalizeText('ฉันไม่อยากมีชีวิตอยู่')).toBe('ฉันไม่อยากมีชีวิตอยู่')
    expect(normalizeText('ガス')).toBe('ガス')
    expect(normalizeText('ｶﾞｽ')).toBe('ガス')
  })
  it('keeps Hangul syllables whole instead of splitting them into jamo', () => {
    expect(normalizeText('유서를 써놨어요')).toBe('유서를 써놨어요')
    expect([...normalizeText('유서')]).toHaveLength(2)
  })
  it('still folds the accents of a Latin word beside another script', () => {
    expect(normalizeText('Café ガス')).toBe('cafe ガス')
  })
})

describe('tokenize', () => {
  it('splits scripts written without spaces into one word per character, keeping spaced words whole', () => {
    expect(tokenize(normalizeText('我又在割手腕了'))).toEqual(['我', '又', '在', '割', '手', '腕', '了'])
    expect(tokenize(normalizeText('maia的系统'))).toEqual(['maia', '的', '系', '统'])
    expect(tokenize(normalizeText('유서를 다 써놨어요'))).toEqual(['유서를', '다', '써놨어요'])
    expect(tokenize(normalizeText('मैं जीना नहीं'))).toEqual(['मैं', 'जीना', 'नहीं'])
  })
  it('keeps a Thai vowel sign with its consonant', () => {
    expect(tokenize(normalizeText('ไม่อยาก'))).toEqual(['ไ', 'ม่', 'อ', 'ย', 'า', 'ก'])
  })
  it('marks negated words as before', () => {
    expect(tokenizeMarkingNegation(normalizeText("I don't want to live"))).toEqual(['i', 'dont', '~want', '~to', '~live'])
  })
})

describe('the learned features of unspaced text', () => {
  it('share character words and pairs between two Chinese sentences with a word in common', () => {
    const space = FeatureSpace.fit(['我要杀了我老板'])
    expect(space.vocabulary).toEqual(expect.arrayContaining(['w:杀', 'b:杀_了', 'c:我要杀']))
    expect(space.vectorize('明天杀了他').indices.length).toBeGreaterThan(0)
  })
  it('keep a Devanagari word whole in the screen text and its hashed features', () => {
    expect(screenText('मैं अब और जीना नहीं चाहता!')).toBe('मैं अब और जीना नहीं चाहता!')
    const shared = (a: string, b: string): number => {
      const of = new Set(hashedFeatures(a).indices)
      return [...hashedFeatures(b).indices].filter((index) => of.has(index)).length
    }
    expect(shared('我朋友吞了一整瓶药', '她吞了很多药')).toBeGreaterThan(shared('我朋友吞了一整瓶药', '今天天气很好'))
  })
})
