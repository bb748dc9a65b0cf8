import { describe, expect, it } from 'vitest'
import { scriptGroup } from '../../../bench/router/safetyScriptGroup.ts'

describe('scriptGroup', () => {
  it('counts accented Latin, punctuation and emoji as Latin', () => {
    expect(scriptGroup('Me corté la pierna — ¿qué hago? 😢')).toBe('Latin')
    expect(scriptGroup('Kocamın silahı çekmecede duruyor')).toBe('Latin')
  })
  it('counts Latin Extended Additional (Vietnamese stacked accents) as non-Latin, as the v24 measurement did', () => {
    expect(scriptGroup('Bao nhiêu mililit thuốc')).toBe('non-Latin')
  })
  it('counts any other script as non-Latin, even one word of it', () => {
    for (const text of ['Я снова режу руки', 'لا أريد أن أعيش', '我又在割手腕了', 'もう生きていたくない', '유서를 다 써놨어요', 'मैं अब और जीना नहीं चाहता', 'Δεν αντέχω άλλο', 'ฉันไม่อยากมีชีวิตอยู่แล้ว', 'my friend said прощай'])
      expect(scriptGroup(text)).toBe('non-Latin')
  })
})
