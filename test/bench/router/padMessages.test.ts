import { describe, expect, it } from 'vitest'
import { endedSentence, padMessages } from '../../../bench/router/padMessages.ts'

describe('padMessages (the padding bench\'s variants)', () => {
  it('puts a filler before and after each crisis message and before each ordinary one, each as a sentence of its own', () => {
    const padded = padMessages(['how many pills would kill me', 'I took them all.'], ['nice day'], ['pull a card', 'thank you!'])
    expect(padded.prefixed).toEqual(['pull a card. how many pills would kill me', 'thank you! I took them all.'])
    expect(padded.suffixed).toEqual(['how many pills would kill me. pull a card', 'I took them all. thank you!'])
    expect(padded.ordinaryPrefixed).toEqual(['pull a card. nice day'])
  })

  it('keeps a sentence end a message already has, in any script', () => {
    expect(endedSentence('done?')).toBe('done?')
    expect(endedSentence('好了。')).toBe('好了。')
    expect(endedSentence(' plain ')).toBe('plain.')
  })

  it('refuses a set without fillers', () => {
    expect(() => padMessages(['x'], [], [])).toThrow(/no filler/u)
  })
})
