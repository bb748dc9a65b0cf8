import { Worker } from 'node:worker_threads'
import type { SentenceEncodeOptions, SentenceEncoder } from './SentenceEncoder.ts'
import { SentenceEncoderLoadError } from './errors.ts'

/** Google's Universal Sentence Encoder (lite, 512-d) as packaged by EnergeticAI, weights included. */
export const UNIVERSAL_SENTENCE_ENCODER_ID = 'use-lite-512:energetic-ai-0.2.0'
const DIMENSIONS = 512

type WorkerMessage =
  | { type: 'ready' } | { type: 'failed'; message: string }
  | { type: 'progress'; id: number; done: number }
  | { type: 'vectors'; id: number; vectors: Float32Array[] }
  | { type: 'error'; id: number; message: string }

interface Pending {
  total: number
  resolve(vectors: Float32Array[]): void
  reject(error: unknown): void
  onProgress?: (done: number, total: number) => void
}

/** A worker thread of this process that holds the model, and the requests it is answering. */
interface EncoderThread {
  embed(texts: readonly string[], options: SentenceEncodeOptions): Promise<Float32Array[]>
  /** Texts it has been asked for and not yet answered: the least busy thread gets the next call. */
  pendingTexts(): number
  alive(): boolean
}

/** Threads at most, whatever a caller asks for: each holds its own copy of the model (~100 MB). */
const MAX_THREADS = 4
const pool: EncoderThread[] = []
let wantedThreads = 1
let starting: Promise<void> | undefined

function startThread(): Promise<EncoderThread> {
  return new Promise((resolve, reject) => {
    let worker: Worker
    try {
      // The process's own flags (a TypeScript loader, say) minus those a worker refuses: those that only
      // mean something for a main script given as a string, and V8's regexp flags (`maia up` starts its
      // processes with --no-regexp-tier-up, bench/router/regexpTiering.ts), which are per process.
      worker = new Worker(new URL('./encoderWorker.ts', import.meta.url), { execArgv: process.execArgv.filter((flag) => !flag.startsWith('--input-type') && !/^--(?:no-)?regexp-/u.test(flag)) })
    } catch (cause) {
      reject(new SentenceEncoderLoadError({ cause }))
      return
    }
    const pending = new Map<number, Pending>()
    let nextId = 1
    let ready = false
    let alive = true
    const failAll = (error: unknown): void => {
      for (const request of pending.values()) request.reject(error)
      pending.clear()
    }
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') {
        ready = true
        holdProcessWhileBusy()
        resolve(thread)
      } else if (message.type === 'failed') {
        reject(new SentenceEncoderLoadError({ cause: new Error(message.message) }))
        void worker.terminate()
      } else if (message.type === 'progress') {
        const request = pending.get(message.id)
        request?.onProgress?.(message.done, request.total)
      } else {
        const request = pending.get(message.id)
        if (request === undefined) return
        pending.delete(message.id)
        holdProcessWhileBusy()
        if (message.type === 'vectors') request.resolve(message.vectors)
        else request.reject(new Error(`sentence encoder: ${message.message}`))
      }
    })
    // A thread that dies fails what it was asked; the next call starts a new one.
    worker.on('error', (cause) => {
      alive = false
      const error = new SentenceEncoderLoadError({ cause })
      if (!ready) reject(error)
      failAll(error)
    })
    worker.on('exit', () => {
      alive = false
      failAll(new SentenceEncoderLoadError({ cause: new Error('encoder thread exited') }))
    })
    // The thread keeps the process alive only while it loads or answers: a CLI that has printed
    // its answer exits. (Set after the listeners: adding a 'message' listener refs the port again.)
    const holdProcessWhileBusy = (): void => {
      if (ready && pending.size === 0) worker.unref()
      else worker.ref()
    }
    holdProcessWhileBusy()
    const thread: EncoderThread = {
      pendingTexts: () => [...pending.values()].reduce((sum, request) => sum + request.total, 0),
      alive: () => alive,
      async embed(texts, options) {
        options.signal?.throwIfAborted()
        if (texts.length === 0) return []
        const id = nextId++
        return new Promise<Float32Array[]>((resolveVectors, rejectVectors) => {
          const onAbort = (): void => {
            pending.delete(id)
            holdProcessWhileBusy()
            worker.postMessage({ type: 'cancel', id })
            rejectVectors(options.signal!.reason)
          }
          options.signal?.addEventListener('abort', onAbort, { once: true })
          const done = (): void => options.signal?.removeEventListener('abort', onAbort)
          pending.set(id, {
            total: texts.length,
            resolve: (vectors) => { done(); resolveVectors(vectors) },
            reject: (error) => { done(); rejectVectors(error) },
            ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress })
          })
          holdProcessWhileBusy()
          worker.postMessage({ type: 'embed', id, texts: [...texts] })
        })
      }
    }
  })
}

/** The live threads, started up to `target` (at most {@link wantedThreads}); throws when none can start. */
async function livePool(target: number): Promise<EncoderThread[]> {
  for (;;) {
    const live = pool.filter((thread) => thread.alive())
    pool.splice(0, pool.length, ...live)
    const wanted = Math.min(target, wantedThreads)
    if (live.length >= wanted) return live
    starting ??= (async () => {
      try {
        const started = await Promise.allSettled(Array.from({ length: wanted - live.length }, () => startThread()))
        for (const result of started) if (result.status === 'fulfilled') pool.push(result.value)
        const failure = started.find((result) => result.status === 'rejected')
        if (failure !== undefined) {
          // Some threads started: work with those. None: the caller hears why (a later call retries).
          if (pool.length === 0) throw failure.reason
          wantedThreads = pool.length
        }
      } finally {
        starting = undefined
      }
    })()
    await starting
  }
}

/**
 * Loads the bundled sentence encoder. The model (~26 MB of weights, ~0.2 s to load) runs in worker
 * threads shared by every handle of the process: the safety screen and the knowledge base pay for
 * it once, and its ~10–35 ms per text never blocks the orchestrator's event loop. `threads` (default
 * 1, at most 4) asks for more of them, for a one-shot job that may take every core (encoding a
 * library from the CLI); a call goes to the least busy thread.
 *
 * @example
 * const encoder = await loadSentenceEncoder()
 * const [question, passage] = await encoder.embed(['How do I stop fearing death?', 'The soul is not destroyed…'])
 */
export async function loadSentenceEncoder(options: { threads?: number } = {}): Promise<SentenceEncoder> {
  wantedThreads = Math.max(wantedThreads, Math.min(MAX_THREADS, Math.max(1, Math.floor(options.threads ?? 1))))
  // One thread to begin with: the others start only when calls overlap. Each costs ~1.5 s of CPU to load its copy
  // of the model, which a one-shot search whose passage vectors are cached (one query to encode) never repays.
  await livePool(1)
  return {
    id: UNIVERSAL_SENTENCE_ENCODER_ID,
    dimensions: DIMENSIONS,
    async embed(texts, embedOptions = {}) {
      const live = await livePool(1)
      // Every thread busy and more were asked for: they start for the calls after this one, which goes now.
      if (live.length < wantedThreads && live.every((thread) => thread.pendingTexts() > 0)) livePool(wantedThreads).catch(() => undefined)
      const leastBusy = live.reduce((best, thread) => (thread.pendingTexts() < best.pendingTexts() ? thread : best))
      return leastBusy.embed(texts, embedOptions)
    },
    async dispose() {}
  }
}

/** How many encoder threads this process holds now (each with its own copy of the model). */
export function sentenceEncoderThreads(): number {
  return pool.filter((thread) => thread.alive()).length
}
