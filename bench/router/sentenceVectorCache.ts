// Sentence vectors of the bench's messages, cached OUTSIDE the repository (issue 11, round
// fourteen): embedding ~14k messages with the bundled encoder costs minutes on one core, so the
// leave-one-set-out and training scripts share one file keyed by the SHA-256 of each text.
//   default file: /tmp/maia-use-cache/use-lite-512.bin (MAIA_USE_CACHE overrides)
// Record layout: 32 bytes of SHA-256(text) then 512 little-endian float32.
import { createHash } from 'node:crypto'
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { loadSentenceEncoder } from '../../orchestrator/maia/sentenceEncoder/index.ts'

const DIMENSIONS = 512
const RECORD = 32 + DIMENSIONS * 4
export const SENTENCE_VECTOR_CACHE = process.env.MAIA_USE_CACHE ?? '/tmp/maia-use-cache/use-lite-512.bin'

const keyOf = (text: string): string => createHash('sha256').update(text).digest('hex')

function readCache(file: string): Map<string, Float32Array> {
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
    const encoder = await loadSentenceEncoder()
    const started = performance.now()
    const CHUNK = 256
    for (let start = 0; start < missing.length; start += CHUNK) {
      const chunk = missing.slice(start, start + CHUNK)
      const vectors = await encoder.embed(chunk)
      const records = chunk.map((text, index) => Buffer.concat([Buffer.from(keyOf(text), 'hex'), Buffer.from(vectors[index]!.buffer, vectors[index]!.byteOffset, DIMENSIONS * 4)]))
      appendFileSync(file, Buffer.concat(records))
      chunk.forEach((text, index) => cache.set(keyOf(text), vectors[index]!))
      process.stderr.write(`embedded ${Math.min(start + CHUNK, missing.length)}/${missing.length} in ${((performance.now() - started) / 1000).toFixed(0)} s\n`)
    }
  }
  return texts.map((text) => cache.get(keyOf(text))!)
}
