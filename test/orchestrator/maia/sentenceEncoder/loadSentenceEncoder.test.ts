import { describe, expect, it } from 'vitest'
import { loadSentenceEncoder, UNIVERSAL_SENTENCE_ENCODER_ID } from '../../../../orchestrator/maia/sentenceEncoder/index.ts'

const dot = (a: Float32Array, b: Float32Array): number => a.reduce((sum, value, index) => sum + value * b[index]!, 0)

describe('loadSentenceEncoder', () => {
  it('gives unit vectors that place a paraphrase nearer than an unrelated text', async () => {
    const encoder = await loadSentenceEncoder()
    expect(encoder.id).toBe(UNIVERSAL_SENTENCE_ENCODER_ID)
    const [question, answer, unrelated] = await encoder.embed([
      'How can I stop being so afraid of dying?',
      'The wise do not fear death, for the soul is not destroyed when the body perishes.',
      'Mix the flour, water, salt and yeast, then let the dough rise overnight.'
    ])
    for (const vector of [question!, answer!, unrelated!]) {
      expect(vector).toHaveLength(encoder.dimensions)
      expect(dot(vector, vector)).toBeCloseTo(1, 4)
    }
    expect(dot(question!, answer!)).toBeGreaterThan(dot(question!, unrelated!) + 0.1)
  })

  it('shares one model between handles, keeps order across batches and accepts empty text', async () => {
    const [first, second] = await Promise.all([loadSentenceEncoder(), loadSentenceEncoder()])
    const texts = Array.from({ length: 11 }, (_, index) => (index === 4 ? '' : `message number ${index}`))
    const progress: number[] = []
    const all = await first.embed(texts, { onProgress: (done) => progress.push(done) })
    const [alone] = await second.embed([texts[9]!])
    expect(all).toHaveLength(11)
    expect(dot(all[9]!, alone!)).toBeCloseTo(1, 4)
    expect(progress).toEqual([8, 11])
  })

  it('stops between batches when aborted', async () => {
    const encoder = await loadSentenceEncoder()
    const controller = new AbortController()
    controller.abort(new Error('stop'))
    await expect(encoder.embed(['a', 'b'], { signal: controller.signal })).rejects.toThrow('stop')
  })
})
