import { describe, expect, it } from 'vitest'
import { scriptGroup } from '../../../../../orchestrator/maia/intent/safety/scriptGroup.ts'

describe('scriptGroup', () => {
  it('calls Latin-script text Latin, accents, punctuation and emoji included', () => {
    for (const text of ['pull a card for me', 'café, crème brûlée — “naïve” façade…', 'Zażółć gęślą jaźń', 'ok 🙏✨', 'Şimdi çok yorgunum']) expect(scriptGroup(text), text).toBe('Latin')
  })

  it('calls text with any character of another script non-Latin, one word in an English message enough', () => {
    for (const text of ['сегодня', '今日は', '오늘', 'اليوم', 'आज', 'σήμερα', 'hello друг', 'Mẹ ơi']) expect(scriptGroup(text), text).toBe('non-Latin')
  })
})
