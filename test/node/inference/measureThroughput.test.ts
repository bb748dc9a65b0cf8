import { describe, expect, it } from 'vitest'
import { createScriptedBackend } from '../../../node/backend/ScriptedBackend.ts'
import { measureThroughput } from '../../../node/inference/measureThroughput.ts'

describe('measureThroughput', () => {
  it('measures decoding speed from the first token on, with an injected clock', async () => {
    let clock = 0
    const backend = createScriptedBackend({
      reply: () => Array.from({ length: 40 }, (_, index) => `t${index}`).join(' '),
      sleep: async (ms) => { clock += ms },
      tokensPerSecond: 250,
      firstTokenDelayMs: 500
    })
    const tokensPerSecond = await measureThroughput(backend, { tokens: 11, now: () => clock })
    expect(tokensPerSecond).toBeCloseTo(250, 5)
  })
})
