import { describe, expect, it } from 'vitest'
import { createRetryingLoader } from '../../../../orchestrator/maia/sentenceEncoder/retryingLoader.ts'

/** A load that fails (answers undefined) its first `failures` times, then answers its attempt number. */
function flakyLoad(failures: number): { load: () => Promise<number | undefined>; attempts: () => number } {
  let attempts = 0
  return {
    load: async () => {
      attempts += 1
      return attempts <= failures ? undefined : attempts
    },
    attempts: () => attempts
  }
}

describe('createRetryingLoader', () => {
  it('keeps a success for good: one load, however many calls and however late', async () => {
    let time = 0
    const flaky = flakyLoad(0)
    const parts = createRetryingLoader(flaky.load, { retryAfterMs: 1_000, now: () => time })
    expect(await parts()).toBe(1)
    time = 1_000_000
    expect(await parts()).toBe(1)
    expect(flaky.attempts()).toBe(1)
  })

  it('keeps a failure only for retryAfterMs, then the next call loads again', async () => {
    let time = 0
    const flaky = flakyLoad(1)
    const parts = createRetryingLoader(flaky.load, { retryAfterMs: 1_000, now: () => time })
    expect(await parts()).toBeUndefined()
    time = 999
    expect(await parts()).toBeUndefined()
    expect(flaky.attempts()).toBe(1)
    time = 1_000
    expect(await parts()).toBe(2)
    time = 5_000
    expect(await parts()).toBe(2)
    expect(flaky.attempts()).toBe(2)
  })

  it('shares one load among calls made while it is in flight', async () => {
    let release: (value: string) => void = () => {}
    let attempts = 0
    const parts = createRetryingLoader(() => { attempts += 1; return new Promise<string>((resolve) => { release = resolve }) })
    const first = parts()
    const second = parts()
    release('loaded')
    expect(await Promise.all([first, second])).toEqual(['loaded', 'loaded'])
    expect(attempts).toBe(1)
  })

  it('treats a load that throws as a failure: the error reaches the caller, a later call loads again', async () => {
    let time = 0
    let attempts = 0
    const parts = createRetryingLoader(async () => {
      attempts += 1
      if (attempts === 1) throw new Error('worker could not start')
      return 'loaded'
    }, { retryAfterMs: 10, now: () => time })
    await expect(parts()).rejects.toThrow('worker could not start')
    await expect(parts()).rejects.toThrow('worker could not start')
    time = 10
    expect(await parts()).toBe('loaded')
    expect(attempts).toBe(2)
  })
})
