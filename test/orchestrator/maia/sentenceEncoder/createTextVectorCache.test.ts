import { describe, expect, it } from 'vitest'
import { createTextVectorCache, encodableText, MAX_ENCODED_CHARACTERS, type TextEncoder } from '../../../../orchestrator/maia/sentenceEncoder/index.ts'

function countingEncoder(id = 'counting'): TextEncoder & { encoded: string[] } {
  const encoded: string[] = []
  return { id, encoded, async embed(texts) { encoded.push(...texts); return texts.map((text) => Float32Array.from([text.length])) } }
}

describe('createTextVectorCache', () => {
  it('encodes a text once while it is cached, least recently used out, per encoder', async () => {
    const encoder = countingEncoder()
    const cache = createTextVectorCache(2)
    await cache.vectorOf(encoder, 'one')
    await cache.vectorOf(encoder, 'two')
    await cache.vectorOf(encoder, 'one')
    await cache.vectorOf(encoder, 'three') // evicts "two", the least recently used
    await cache.vectorOf(encoder, 'one')
    await cache.vectorOf(encoder, 'two')
    expect(encoder.encoded).toEqual(['one', 'two', 'three', 'two'])
    const other = countingEncoder('other')
    await cache.vectorOf(other, 'one')
    expect(other.encoded).toEqual(['one'])
  })

  it('forgets a failed encoding, so the next call retries', async () => {
    let calls = 0
    const flaky: TextEncoder = { id: 'flaky', async embed() { calls += 1; if (calls === 1) throw new Error('busy'); return [Float32Array.from([1])] } }
    const cache = createTextVectorCache(4)
    await expect(cache.vectorOf(flaky, 'q')).rejects.toThrow('busy')
    expect([...await cache.vectorOf(flaky, 'q')]).toEqual([1])
  })

  it('gives the encoder at most the first and last halves of a long text', async () => {
    const encoder = countingEncoder()
    const long = `${'a'.repeat(5_000)}${'b'.repeat(5_000)}`
    await createTextVectorCache(1).vectorOf(encoder, long)
    expect(encoder.encoded).toEqual([encodableText(long)])
    expect(encodableText(long)).toBe(`${'a'.repeat(MAX_ENCODED_CHARACTERS / 2)} … ${'b'.repeat(MAX_ENCODED_CHARACTERS / 2)}`)
    expect(encodableText('short')).toBe('short')
  })
  it('stops an encoding when the caller that started it leaves, without failing another caller waiting on it', async () => {
    // An encoder that answers only when told to, and rejects at once when its signal aborts (as the thread pool does).
    const started: string[] = []
    const answers: Array<() => void> = []
    const slow: TextEncoder = {
      id: 'slow',
      embed: (texts, options = {}) => new Promise<Float32Array[]>((resolve, reject) => {
        started.push(...texts)
        options.signal?.addEventListener('abort', () => reject(options.signal!.reason), { once: true })
        answers.push(() => resolve(texts.map(() => Float32Array.from([7]))))
      })
    }
    const cache = createTextVectorCache(4)
    const leaving = new AbortController()
    const first = cache.vectorOf(slow, 'turn', leaving.signal)
    const second = cache.vectorOf(slow, 'turn')
    leaving.abort()
    await expect(first).rejects.toThrow()
    // The second caller's wait goes on: it encodes again (the aborted encoding is not cached).
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(started).toEqual(['turn', 'turn'])
    answers.at(-1)!()
    expect([...await second]).toEqual([7])
    // A caller whose signal has already aborted encodes nothing.
    const gone = new AbortController()
    gone.abort()
    await expect(cache.vectorOf(slow, 'another', gone.signal)).rejects.toThrow()
    expect(started).toEqual(['turn', 'turn'])
  })
})
