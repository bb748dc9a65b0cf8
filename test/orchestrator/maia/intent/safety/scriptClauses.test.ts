import { describe, expect, it } from 'vitest'
import { clausesOf } from '../../../../../orchestrator/maia/intent/safety/scriptClauses.ts'
import { chooseWindows, clausesOfMessage, sentenceWindows } from '../../../../../orchestrator/maia/intent/safety/sentenceWindows.ts'

describe('clausesOf (a sentence cut where its script changes)', () => {
  it('keeps a sentence in one script whole, accents and Vietnamese letters included', () => {
    expect(clausesOf('How many paracetamol would kill me')).toEqual(['How many paracetamol would kill me'])
    expect(clausesOf('Tối nay tôi mang mã tấu xuống đó')).toEqual(['Tối nay tôi mang mã tấu xuống đó'])
    expect(clausesOf('¿Qué carta me sale para esta semana?')).toEqual(['¿Qué carta me sale para esta semana?'])
  })

  it('keeps kanji and kana together: Japanese moves between them in every sentence', () => {
    expect(clausesOf('今夜は薬を全部飲むつもりです')).toEqual(['今夜は薬を全部飲むつもりです'])
  })

  it('cuts a crisis in one script out of chat in another, with no sentence end between them', () => {
    expect(clausesOf('lol the cards were so good today anyway 我今晚从桥上跳下去')).toEqual(['lol the cards were so good today anyway', '我今晚从桥上跳下去'])
    expect(clausesOf('pull a card for me please сегодня ночью я выпью все таблетки')).toEqual(['pull a card for me please', 'сегодня ночью я выпью все таблетки'])
    expect(clausesOf('안녕 오늘 카드 뽑아줘 ok thanks')).toEqual(['안녕 오늘 카드 뽑아줘', 'ok thanks'])
  })

  it('keeps letters of no one script (the length mark ー, modifier letters) in the clause they are in', () => {
    expect(clausesOf('コーヒーを飲みたい')).toEqual(['コーヒーを飲みたい'])
    expect(clausesOf('ｺｰﾋｰ')).toEqual(['ｺｰﾋｰ'])
    expect(clausesOf('ok ラーメン')).toEqual(['ok', 'ラーメン'])
    expect(clausesOf('Привет ʼ test')).toEqual(['Привет ʼ', 'test'])
  })

  it('leaves digits, punctuation and emoji with the clause they follow, and a sentence with no letter whole', () => {
    expect(clausesOf('I bought 20 pills 🙏 сегодня 3 раза')).toEqual(['I bought 20 pills 🙏', 'сегодня 3 раза'])
    expect(clausesOf('12:30 🙏')).toEqual(['12:30 🙏'])
    expect(clausesOf('')).toEqual([])
  })
})

describe('sentence windows over clauses', () => {
  it('reads each script of a mixed run-on as a window of its own', () => {
    const message = 'the wheel of fortune came up again lol anyway 今晚我要吃完一整瓶安眠药'
    expect(clausesOfMessage(message)).toEqual(['the wheel of fortune came up again lol anyway', '今晚我要吃完一整瓶安眠药'])
    expect(sentenceWindows(message)).toEqual(['the wheel of fortune came up again lol anyway', '今晚我要吃完一整瓶安眠药'])
    expect(chooseWindows(message, () => 0, 24).map(({ text }) => text)).toContain('今晚我要吃完一整瓶安眠药')
  })

  it('gives a sentence in one script no window, as before', () => {
    expect(sentenceWindows('the wheel of fortune came up again lol anyway i am fine')).toEqual([])
  })
})
