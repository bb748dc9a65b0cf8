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

/** The one worker thread of this process that holds the model, and the requests it is answering. */
interface EncoderThread {
  embed(texts: readonly string[], options: SentenceEncodeOptions): Promise<Float32Array[]>
}

let sharedThread: Promise<EncoderThread> | undefined

function startThread(): Promise<EncoderThread> {
  return new Promise((resolve, reject) => {
    let worker: Worker
    try {
      // The process's own flags (a TypeScript loader, say) minus those that only mean something
      // for a main script given as a string, which a worker refuses.
      worker = new Worker(new URL('./encoderWorker.ts', import.meta.url), { execArgv: process.execArgv.filter((flag) => !flag.startsWith('--input-type')) })
    } catch (cause) {
      reject(new SentenceEncoderLoadError({ cause }))
      return
    }
    const pending = new Map<number, Pending>()
    let nextId = 1
    let ready = false
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
    worker.on('error', (cause) => {
      const error = new SentenceEncoderLoadError({ cause })
      if (!ready) reject(error)
      failAll(error)
      sharedThread = undefined // the next caller starts a new thread
    })
    worker.on('exit', () => {
      failAll(new SentenceEncoderLoadError({ cause: new Error('encoder thread exited') }))
      sharedThread = undefined
    })
    // The thread keeps the process alive only while it loads or answers: a CLI that has printed
    // its answer exits. (Set after the listeners: adding a 'message' listener refs the port again.)
    const holdProcessWhileBusy = (): void => {
      if (ready && pending.size === 0) worker.unref()
      else worker.ref()
    }
    holdProcessWhileBusy()
    const thread: EncoderThread = {
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

/**
 * Loads the bundled sentence encoder. The model (~26 MB of weights, ~0.2 s to load) runs in one
 * worker thread per process, shared by every handle: the safety screen and the knowledge base pay
 * for it once, and its ~10–35 ms per text never blocks the orchestrator's event loop.
 *
 * @example
 * const encoder = await loadSentenceEncoder()
 * const [question, passage] = await encoder.embed(['How do I stop fearing death?', 'The soul is not destroyed…'])
 */
export async function loadSentenceEncoder(): Promise<SentenceEncoder> {
  sharedThread ??= startThread()
  let thread: EncoderThread
  try {
    thread = await sharedThread
  } catch (error) {
    sharedThread = undefined // a later call may succeed (e.g. after the package is installed)
    throw error
  }
  return {
    id: UNIVERSAL_SENTENCE_ENCODER_ID,
    dimensions: DIMENSIONS,
    embed: (texts, options = {}) => thread.embed(texts, options),
    async dispose() {}
  }
}
