import { describe, expect, it } from 'vitest'
import { createQualitySampler, lexicalSimilarity, scoreAgainstPeers } from '../../../orchestrator/quality/index.ts'

const honest = 'Patience is the river carving stone: not by force, but by returning, again and again.'
const honestToo = 'Patience is like the river that carves stone, not by force but by returning again and again.'
const garbage = 'xq zvb lorem 77 kappa ipsum frt glorp'
const otherPrompt = 'Your dream of flying may speak of a wish to rise above what weighs on you.'

describe('lexical similarity', () => {
  it('is 1 for the same text, high for paraphrases, low for garbage or another prompt', () => {
    expect(lexicalSimilarity(honest, honest)).toBe(1)
    expect(lexicalSimilarity(honest, honestToo)).toBeGreaterThan(0.5)
    expect(lexicalSimilarity(honest, garbage)).toBe(0)
    expect(lexicalSimilarity(honest, otherPrompt)).toBeLessThan(0.2)
    expect(lexicalSimilarity('', '')).toBe(1)
  })
})

describe('scores relative to peers', () => {
  it('scores the outlier low against the reference, the peers near 1', () => {
    const { scores, yardstick } = scoreAgainstPeers([
      { peerId: 'a', text: honest }, { peerId: 'b', text: honestToo }, { peerId: 'liar', text: garbage }
    ], { reference: 'Patience: the river carves the stone by returning, again and again, not by force.' })
    expect(yardstick).toBe('reference')
    const byPeer = Object.fromEntries(scores.map((score) => [score.peerId, score.relativeScore]))
    expect(byPeer.liar).toBe(0)
    expect(byPeer.a).toBeGreaterThan(0.8)
    expect(byPeer.b).toBeGreaterThan(0.8)
  })

  it('does not blame nodes for the model gap: all far from the reference, all near 1', () => {
    const { scores } = scoreAgainstPeers([{ peerId: 'a', text: honest }, { peerId: 'b', text: honestToo }, { peerId: 'c', text: honest }], { reference: 'An entirely different wording about waiting calmly.' })
    for (const score of scores) expect(score.relativeScore).toBeGreaterThan(0.5)
  })

  it('never makes garbage typical: a majority sharing no word with the reference scores 0, not 1 (floor under the median)', () => {
    const { scores, conclusive, median } = scoreAgainstPeers([
      { peerId: 'honest', text: honest }, { peerId: 'sybil1', text: garbage }, { peerId: 'sybil2', text: garbage }
    ], { reference: 'Patience: the river carves the stone by returning, again and again, not by force.' })
    expect(median).toBe(0)
    expect(conclusive).toBe(true)
    const byPeer = Object.fromEntries(scores.map((score) => [score.peerId, score.relativeScore]))
    expect(byPeer.sybil1).toBe(0)
    expect(byPeer.sybil2).toBe(0)
    expect(byPeer.honest).toBeGreaterThanOrEqual(1)
  })

  it('is inconclusive when no answer comes near the reference (it says nothing), or with fewer than 3 answers by consensus', () => {
    expect(scoreAgainstPeers([{ peerId: 'a', text: honest }, { peerId: 'b', text: honestToo }], { reference: 'An entirely different wording about waiting calmly.' }).conclusive).toBe(false)
    const pair = scoreAgainstPeers([{ peerId: 'a', text: honest }, { peerId: 'liar', text: garbage }])
    expect(pair.conclusive).toBe(false)
    expect(pair.scores.map((score) => score.relativeScore)).toEqual([1, 1])
    expect(scoreAgainstPeers([{ peerId: 'a', text: honest }, { peerId: 'b', text: garbage }, { peerId: 'c', text: otherPrompt }]).conclusive).toBe(false)
  })

  it('uses consensus without a reference: the one unlike the others scores low', () => {
    const { scores, yardstick } = scoreAgainstPeers([{ peerId: 'a', text: honest }, { peerId: 'b', text: honestToo }, { peerId: 'replay', text: otherPrompt }])
    expect(yardstick).toBe('consensus')
    const replay = scores.find((score) => score.peerId === 'replay')!
    expect(replay.relativeScore).toBeLessThan(0.5)
  })
})

describe('quality sampler', () => {
  it('samples the configured share and never picks the node that answered', () => {
    let state = 20261129
    const random = (): number => { state = (state * 1103515245 + 12345) % 2 ** 31; return state / 2 ** 31 }
    const sampler = createQualitySampler({ rate: 0.1, random })
    let sampled = 0
    for (let i = 0; i < 20_000; i++) if (sampler.shouldSample()) sampled += 1
    expect(sampled / 20_000).toBeGreaterThan(0.09)
    expect(sampled / 20_000).toBeLessThan(0.11)
    for (let i = 0; i < 100; i++) {
      const peers = sampler.pickPeers(['a', 'b', 'c', 'a'], 'a')
      expect(peers).toHaveLength(2)
      expect(peers).not.toContain('a')
      expect(new Set(peers).size).toBe(2)
    }
    expect(sampler.pickPeers(['a'], 'a')).toEqual([])
    expect(() => createQualitySampler({ rate: 1.5 })).toThrow(RangeError)
  })
})
