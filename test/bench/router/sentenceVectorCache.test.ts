import { availableParallelism } from 'node:os'
import { describe, expect, it } from 'vitest'
import { encoderThreads } from '../../../bench/router/sentenceVectorCache.ts'

describe('encoderThreads (how many encoder threads fill the sentence-vector cache)', () => {
  it('uses one thread per core, at most four, when MAIA_ENCODER_THREADS is not set', () => {
    expect(encoderThreads({})).toBe(Math.min(4, availableParallelism()))
    expect(encoderThreads({ MAIA_ENCODER_THREADS: '' })).toBe(Math.min(4, availableParallelism()))
  })
  it('takes MAIA_ENCODER_THREADS from 1 to 4', () => {
    expect(encoderThreads({ MAIA_ENCODER_THREADS: '1' })).toBe(1)
    expect(encoderThreads({ MAIA_ENCODER_THREADS: '4' })).toBe(4)
  })
  it('refuses anything else with a message that names the variable', () => {
    for (const asked of ['0', '5', '2.5', 'two', '-1']) expect(() => encoderThreads({ MAIA_ENCODER_THREADS: asked }), asked).toThrow(/MAIA_ENCODER_THREADS must be a whole number from 1 to 4/u)
  })
})
