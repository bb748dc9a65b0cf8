import { describe, expect, it } from 'vitest'
import { languageGroup } from '../../../../../orchestrator/maia/intent/safety/languageGroup.ts'
import { fusedThresholdFor, scriptGroup } from '../../../../../orchestrator/maia/intent/safety/scriptGroup.ts'

describe('scriptGroup', () => {
  it('calls Latin-script text Latin, accents, punctuation and emoji included', () => {
    for (const text of ['pull a card for me', 'café, crème brûlée — “naïve” façade…', 'Zażółć gęślą jaźń', 'ok 🙏✨', 'Şimdi çok yorgunum']) expect(scriptGroup(text), text).toBe('Latin')
  })

  it('calls text with any character of another script non-Latin, one word in an English message enough', () => {
    for (const text of ['сегодня', '今日は', '오늘', 'اليوم', 'आज', 'σήμερα', 'hello друг', 'Mẹ ơi']) expect(scriptGroup(text), text).toBe('non-Latin')
  })
})

describe('languageGroup', () => {
  it('calls English English, short and plain ones included', () => {
    for (const text of ['I pulled the Tower card and I am scared of what it means', 'ok thanks', 'pull a card for me', 'what is my rune for this week?']) expect(languageGroup(text), text).toBe('English')
  })

  it('calls other Latin-script languages not English', () => {
    for (const text of ['Hoy me siento muy cansada y no sé qué hacer', 'Je suis fatiguée et je ne sais pas quoi faire', 'Ich bin müde und weiß nicht, was ich tun soll', 'Eu estou cansada e não sei o que fazer', 'Sono stanca e non so cosa fare']) expect(languageGroup(text), text).toBe('not English')
  })
})

describe('fusedThresholdFor', () => {
  const meta = { threshold: 0.5, nonLatinThreshold: -0.4, notEnglishThreshold: -0.3 }

  it('holds a non-Latin message to nonLatinThreshold, a Latin one not in English to notEnglishThreshold, English to threshold', () => {
    expect(fusedThresholdFor(meta, 'сегодня мне плохо')).toBe(-0.4)
    expect(fusedThresholdFor(meta, 'Hoy me siento muy cansada y no sé qué hacer')).toBe(-0.3)
    expect(fusedThresholdFor(meta, 'I feel very tired today and do not know what to do')).toBe(0.5)
  })

  it('falls back to threshold for either group the model has no threshold of', () => {
    expect(fusedThresholdFor({ threshold: 0.5 }, 'сегодня мне плохо')).toBe(0.5)
    expect(fusedThresholdFor({ threshold: 0.5, nonLatinThreshold: -0.4 }, 'Hoy me siento muy cansada y no sé qué hacer')).toBe(0.5)
  })
})
