import { describe, expect, it } from 'vitest'
import { distanceCues } from '../../../../../orchestrator/maia/intent/safety/distanceCue.ts'

describe('distanceCues (issue 11, round twenty-two: crisis words held at a distance)', () => {
  it('finds a crisis told as past with a recovery told as present, in several languages', () => {
    expect(distanceCues('five years ago I tried to end my life. today I am happily married')).toEqual(['past'])
    expect(distanceCues('hace años quise quitarme la vida, hoy estoy bien')).toEqual(['past'])
    expect(distanceCues('vor zehn Jahren habe ich mich geritzt, heute bin ich stolz auf mich')).toEqual(['past'])
    expect(distanceCues('five years ago I tried to end my life')).toEqual([])
  })

  it('finds laughs, joke markers and obvious exaggerations', () => {
    expect(distanceCues('my boss is going to murder me haha')).toContain('jest')
    expect(distanceCues('this meeting, I could die of boredom')).toContain('jest')
    expect(distanceCues('I am dead 😂')).toContain('jest')
  })

  it('finds someone else\'s words and questions of study', () => {
    expect(distanceCues('what does the song "Adam\'s Song" say about loneliness')).toContain('quoted')
    expect(distanceCues('explain Durkheim\'s theory for my sociology class')).toContain('study')
  })

  it('finds none when the message brings the crisis to now, and tests only the cues asked for', () => {
    expect(distanceCues('lol I am going to do it tonight')).toEqual([])
    expect(distanceCues('not joking, I want to die haha')).toEqual([])
    expect(distanceCues('I want to die')).toEqual([])
    expect(distanceCues('my sociology class lol', ['jest'])).toEqual(['jest'])
  })
})
