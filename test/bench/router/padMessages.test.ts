import { describe, expect, it } from 'vitest'
import { sentencesOf } from '../../../orchestrator/maia/intent/safety/sentenceWindows.ts'
import { endedSentence, LONG_PADDING_SENTENCES, longPadMessages, padMessages, runOnPadMessages } from '../../../bench/router/padMessages.ts'

describe('padMessages (the padding bench\'s variants)', () => {
  it('puts a filler before and after each crisis message and before each ordinary one, each as a sentence of its own', () => {
    const padded = padMessages(['how many pills would kill me', 'I took them all.'], ['nice day'], ['pull a card', 'thank you!'])
    expect(padded.prefixed).toEqual(['pull a card. how many pills would kill me', 'thank you! I took them all.'])
    expect(padded.suffixed).toEqual(['how many pills would kill me. pull a card', 'I took them all. thank you!'])
    expect(padded.ordinaryPrefixed).toEqual(['pull a card. nice day'])
    expect(padded.ordinaryFillers).toEqual([[0]])
    expect(padMessages([], ['a', 'b'], ['f0', 'f1', 'f2']).ordinaryFillers).toEqual([[0], [1]])
  })

  it('keeps a sentence end a message already has, in any script', () => {
    expect(endedSentence('done?')).toBe('done?')
    expect(endedSentence('好了。')).toBe('好了。')
    expect(endedSentence(' plain ')).toBe('plain.')
  })

  it('refuses a set without fillers', () => {
    expect(() => padMessages(['x'], [], [])).toThrow(/no filler/u)
  })

  it('long-pads each message with fillers before it until the whole has more than 12 sentences', () => {
    const long = longPadMessages(['how many pills would kill me'], ['nice day'], ['pull a card', 'thank you! bless you.'])
    expect(long.crisis[0]).toMatch(/^pull a card\. thank you! bless you\. pull a card\. .* how many pills would kill me$/u)
    expect(sentencesOf(long.crisis[0]!).length).toBe(LONG_PADDING_SENTENCES + 1)
    expect(sentencesOf(long.ordinary[0]!).length).toBeGreaterThan(LONG_PADDING_SENTENCES)
    expect(long.ordinary[0]).toMatch(/nice day$/u)
    expect(long.ordinaryFillers).toEqual([[0, 1]])
    const second = longPadMessages([], ['a', 'b'], ['one.', 'two.', 'three.', 'four.', 'five.', 'six.', 'seven.', 'eight.'])
    // Ordinary message 1 starts at filler 7 and cycles: every filler, each named once.
    expect(second.ordinaryFillers[1]).toEqual([7, 0, 1, 2, 3, 4, 5, 6])
    expect(() => longPadMessages(['x'], [], ['🙏'])).toThrow(/add no sentences/u)
  })
})

describe('runOnPadMessages (the padding bench\'s run-on mode)', () => {
  it('joins a filler and each message into one run-on without a sentence end', () => {
    const padded = runOnPadMessages(['How many pills would kill me?', '我吃了一整瓶药。'], ['I love gardening.\nSo calm.'], ['Pull a card. Thanks!', 'Nice day'])
    expect(padded.crisis).toEqual(['Pull a card Thanks How many pills would kill me', 'Nice day 我吃了一整瓶药'])
    expect(padded.ordinary).toEqual(['Pull a card Thanks I love gardening So calm'])
    expect(padded.ordinaryFillers).toEqual([[0]])
    for (const text of [...padded.crisis, ...padded.ordinary]) expect(sentencesOf(text)).toHaveLength(1)
  })

  it('refuses a set without fillers', () => {
    expect(() => runOnPadMessages(['a'], [], [])).toThrow(/no filler/)
  })
})
