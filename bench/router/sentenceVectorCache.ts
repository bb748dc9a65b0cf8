// Sentence vectors of the bench's messages, cached OUTSIDE the repository (issue 11, round
// fourteen): embedding ~14k messages with the bundled encoder costs minutes on one core, so the
// leave-one-set-out and training scripts share one file keyed by the SHA-256 of each text.
//   default file: /tmp/maia-use-cache/use-lite-512.bin (MAIA_USE_CACHE overrides)
// Record layout: 32 bytes of SHA-256(text) then 512 little-endian float32.
// The cache does not survive a new machine, and retraining the safety screen then embeds ~104k texts again: the
// missing texts are spread over one encoder thread per core (at most 4; MAIA_ENCODER_THREADS overrides), which
// bench/router/embeddingThreads.ts measures against one thread in separate processes.
import { createHash } from 'node:crypto'
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname } from 'node:path'
import { loadSentenceEncoder } from '../../orchestrator/maia/sentenceEncoder/index.ts'

const DIMENSIONS = 512
const RECORD = 32 + DIMENSIONS * 4
export const SENTENCE_VECTOR_CACHE = process.env.MAIA_USE_CACHE ?? '/tmp/maia-use-cache/use-lite-512.bin'

const keyOf = (text: string): string => createHash('sha256').update(text).digest('hex')

/** Every vector a cache file holds, by the SHA-256 (hex) of its text; empty when the file does not exist. */
export function readCache(file: string): Map<string, Float32Array> {
  const vectors = new Map<string, Float32Array>()
  if (!existsSync(file)) return vectors
  const bytes = readFileSync(file)
  for (let offset = 0; offset + RECORD <= bytes.length; offset += RECORD) {
    const key = bytes.subarray(offset, offset + 32).toString('hex')
    const copy = new Uint8Array(bytes.subarray(offset + 32, offset + RECORD))
    vectors.set(key, new Float32Array(copy.buffer))
  }
  return vectors
}

/** Vectors for every text (embedding and appending only the ones the cache lacks), in order. */
export async function sentenceVectors(texts: readonly string[], file = SENTENCE_VECTOR_CACHE): Promise<Float32Array[]> {
  const cache = readCache(file)
  const missing = [...new Set(texts.filter((text) => !cache.has(keyOf(text))))]
  if (missing.length > 0) {
    mkdirSync(dirname(file), { recursive: true })
    const threads = encoderThreads()
    const encoder = await loadSentenceEncoder({ threads })
    const started = performance.now()
    const CHUNK = 256
    // One chunk per thread at a time (the encoder sends each call to its least busy thread); every chunk is appended
    // as soon as its round ends, so a stopped run keeps what it embedded.
    for (let start = 0; start < missing.length; start += CHUNK * threads) {
      const chunks = Array.from({ length: threads }, (_, index) => missing.slice(start + index * CHUNK, start + (index + 1) * CHUNK)).filter((chunk) => chunk.length > 0)
      const vectorsPerChunk = await Promise.all(chunks.map((chunk) => encoder.embed(chunk)))
      chunks.forEach((chunk, chunkIndex) => {
        const vectors = vectorsPerChunk[chunkIndex]!
        const records = chunk.map((text, index) => Buffer.concat([Buffer.from(keyOf(text), 'hex'), Buffer.from(vectors[index]!.buffer, vectors[index]!.byteOffset, DIMENSIONS * 4)]))
        appendFileSync(file, Buffer.concat(records))
        chunk.forEach((text, index) => cache.set(keyOf(text), vectors[index]!))
      })
      process.stderr.write(`embedded ${Math.min(start + CHUNK * threads, missing.length)}/${missing.length} in ${((performance.now() - started) / 1000).toFixed(0)} s on ${threads} thread${threads === 1 ? '' : 's'}\n`)
    }
  }
  return texts.map((text) => cache.get(keyOf(text))!)
}

/** Encoder threads for filling the cache: MAIA_ENCODER_THREADS when set, else one per core; the encoder caps it at 4. */
export function encoderThreads(environment: NodeJS.ProcessEnv = process.env): number {
  const asked = environment.MAIA_ENCODER_THREADS
  if (asked === undefined || asked === '') return Math.min(4, availableParallelism())
  const threads = Number(asked)
  if (!Number.isInteger(threads) || threads < 1 || threads > 4) throw new Error(`MAIA_ENCODER_THREADS must be a whole number from 1 to 4, not ${JSON.stringify(asked)}`)
  return threads
}
