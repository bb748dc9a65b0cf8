import { describe, expect, it } from 'vitest'
import { DEFAULT_RUN_WINDOWS, runsOf } from '../../../../../orchestrator/maia/intent/safety/runWindows.ts'

const options = { overWords: 20, words: 12, overCharacters: 40, characters: 20 }
const words = (count: number): string => Array.from({ length: count }, (_, index) => `w${index}`).join(' ')

describe('runsOf (a long sentence read in overlapping runs of words)', () => {
  it('gives no run for a sentence of at most the bound', () => {
    expect(runsOf(words(20), options)).toEqual([])
    expect(runsOf('how many paracetamol would kill me')).toEqual([])
  })

  it('cuts a longer sentence into runs a half-run apart, the last ending at the last word', () => {
    const runs = runsOf(words(21), options)
    expect(runs).toEqual([
      'w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11',
      'w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17',
      'w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 w20'
    ])
    for (const run of runs) expect(run.split(' ')).toHaveLength(12)
  })

  it('holds a crisis told at the end of a chat run-on with little around it', () => {
    const message = 'the wheel of fortune came up again in my reading lol so funny anyway i took all of my sleeping pills an hour ago'
    const runs = runsOf(message)
    expect(runs.at(-1)).toBe('funny anyway i took all of my sleeping pills an hour ago')
    expect(runs.every((run) => run.split(' ').length === DEFAULT_RUN_WINDOWS.words)).toBe(true)
  })

  it('cuts a long sentence of a script written without spaces into runs of characters', () => {
    const sentence = '今天去公园散步了桂花开得很好顺便问一下吃多少片安眠药会死我想知道准确的数量谢谢你们大家'
    const runs = runsOf(sentence, options)
    expect([...sentence].length).toBeGreaterThan(40)
    expect(runs.length).toBeGreaterThan(2)
    expect(runs.every((run) => [...run].length === 20)).toBe(true)
    expect(runs.at(-1)).toBe([...sentence].slice(-20).join(''))
    expect(runsOf('今天天气很好我吃了一整瓶药', options)).toEqual([])
  })

  it('counts words, not characters, for scripts written with spaces', () => {
    const hindi = runsOf('मैं आज बहुत थका हुआ हूँ और मुझे लगता है कि अब कुछ भी ठीक नहीं होगा मैंने सारी गोलियाँ ले ली हैं', options)
    expect(hindi.length).toBeGreaterThan(0)
    expect(hindi.every((run) => run.split(' ').length === 12)).toBe(true)
    expect(runsOf(`${'слово '.repeat(24)}конец`, options).length).toBeGreaterThan(0)
  })
})
