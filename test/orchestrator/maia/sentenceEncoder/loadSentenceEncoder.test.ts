import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it, vi } from 'vitest'
import { loadSentenceEncoder, sentenceEncoderThreads, UNIVERSAL_SENTENCE_ENCODER_ID } from '../../../../orchestrator/maia/sentenceEncoder/index.ts'

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

  it('refuses an aborted call, stops a running one between batches, and answers the next', async () => {
    const encoder = await loadSentenceEncoder()
    const before = new AbortController()
    before.abort(new Error('stop'))
    await expect(encoder.embed(['a', 'b'], { signal: before.signal })).rejects.toThrow('stop')
    const during = new AbortController()
    const long = encoder.embed(Array.from({ length: 64 }, (_, index) => `a long passage about patience and grief, number ${index}`), { signal: during.signal, onProgress: () => during.abort(new Error('enough')) })
    await expect(long).rejects.toThrow('enough')
    const [vector] = await encoder.embed(['still here'])
    expect(vector).toHaveLength(encoder.dimensions)
  })

  it('leaves the event loop free while it encodes (the model runs in a worker thread)', async () => {
    const encoder = await loadSentenceEncoder()
    let ticks = 0
    let longestGapMs = 0
    let last = performance.now()
    const timer = setInterval(() => { ticks += 1; const now = performance.now(); longestGapMs = Math.max(longestGapMs, now - last); last = now }, 5)
    try {
      await encoder.embed(Array.from({ length: 48 }, (_, index) => `the mind returns again and again to the same worry, passage ${index}, and learns to rest`))
    } finally {
      clearInterval(timer)
    }
    expect(ticks).toBeGreaterThan(5)
    // In the orchestrator's own thread, a batch of eight passages would block it for 8 × ~35 ms.
    expect(longestGapMs).toBeLessThan(150)
  })

  it('never keeps a process alive once it has answered (a CLI exits after printing)', async () => {
    const module = fileURLToPath(new URL('../../../../orchestrator/maia/sentenceEncoder/index.ts', import.meta.url))
    const script = `import { loadSentenceEncoder } from ${JSON.stringify(module)}; const encoder = await loadSentenceEncoder(); const [vector] = await encoder.embed(['hello']); console.log(vector.length)`
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '--eval', script], { timeout: 30_000 })
    expect(stdout.trim()).toBe('512')
  })

  // `maia up` starts its processes with --no-regexp-tier-up (a V8 flag); a worker refuses V8 flags, so the
  // encoder's thread must be started without them, or every turn is screened without sentence vectors.
  it('loads in a process started with V8 regexp flags, which its worker thread cannot take', async () => {
    const module = fileURLToPath(new URL('../../../../orchestrator/maia/sentenceEncoder/index.ts', import.meta.url))
    const script = `import { loadSentenceEncoder } from ${JSON.stringify(module)}; const encoder = await loadSentenceEncoder(); const [vector] = await encoder.embed(['hello']); console.log(vector.length)`
    const { stdout } = await promisify(execFile)(process.execPath, ['--no-regexp-tier-up', '--input-type=module', '--eval', script], { timeout: 30_000 })
    expect(stdout.trim()).toBe('512')
  })

  it('answers a single text ahead of a long job queued before it (a turn to screen during a library build)', async () => {
    const encoder = await loadSentenceEncoder()
    const order: string[] = []
    const passages = Array.from({ length: 3 }, (_, job) => encoder.embed(Array.from({ length: 16 }, (_, index) => `passage ${job}-${index} about the patience of the seasons`)).then(() => order.push(`library ${job}`)))
    const turn = encoder.embed(['one turn to screen']).then(() => order.push('turn'))
    await Promise.all([...passages, turn])
    // One thread (this runs before any test asks for more): the running job finishes, then the
    // turn, then the queued library jobs.
    expect(order).toEqual(['library 0', 'turn', 'library 1', 'library 2'])
  })

  it('spreads calls over more threads when a caller asks for them, with the same vectors', async () => {
    const single = await loadSentenceEncoder()
    const [alone] = await single.embed(['a lamp in the window'])
    const parallel = await loadSentenceEncoder({ threads: 2 })
    const answers = await Promise.all(Array.from({ length: 4 }, () => parallel.embed(['a lamp in the window'])))
    for (const [vector] of answers) expect(dot(vector!, alone!)).toBeCloseTo(1, 4)
    await vi.waitFor(() => expect(sentenceEncoderThreads()).toBe(2), { timeout: 20_000 })
    const spread = await Promise.all(Array.from({ length: 4 }, () => parallel.embed(['a lamp in the window'])))
    for (const [vector] of spread) expect(dot(vector!, alone!)).toBeCloseTo(1, 4)
  })

  // Each thread loads its own copy of the model (~1.5 s of CPU): a caller that asks for several but sends one call
  // at a time (a search whose passage vectors are cached) never pays for the others.
  it('starts the threads a caller asks for only when its calls overlap', { timeout: 60_000 }, async () => {
    const module = fileURLToPath(new URL('../../../../orchestrator/maia/sentenceEncoder/index.ts', import.meta.url))
    const child = await promisify(execFile)(process.execPath, ['--input-type=module', '--eval', `
      import { loadSentenceEncoder, sentenceEncoderThreads } from ${JSON.stringify(module)}
      const encoder = await loadSentenceEncoder({ threads: 3 })
      const counts = [sentenceEncoderThreads()]
      for (const text of ['one query', 'then another']) await encoder.embed([text])
      counts.push(sentenceEncoderThreads())
      await Promise.all(['a', 'b', 'c', 'd'].map((text) => encoder.embed([text])))
      for (let waited = 0; sentenceEncoderThreads() < 3 && waited < 200; waited++) await new Promise((resolve) => setTimeout(resolve, 100))
      counts.push(sentenceEncoderThreads())
      process.stdout.write(JSON.stringify(counts))
    `], { timeout: 50_000 })
    expect(JSON.parse(child.stdout)).toEqual([1, 1, 3])
  })

})

