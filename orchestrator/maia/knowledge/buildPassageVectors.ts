import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import type { Logger } from 'pino'
import type { Embedder } from './KnowledgeBase.ts'
import type { StoredChunk } from './createLanceChunkStore.ts'
import { PASSAGE_VECTORS_FILE, passageTextHash, readPassageVectors, writePassageVectors } from './passageVectorCache.ts'

export interface BuildPassageVectorsOptions {
  /** Where the cache file lives (the index directory). */
  directory: string
  /** The cache file's name in `directory` (default PASSAGE_VECTORS_FILE; the sentences' SENTENCE_VECTORS_FILE). */
  file?: string
  /** What the log calls the texts (default 'passages'). */
  label?: string
  encoder: Embedder
  logger: Logger
  signal?: AbortSignal
  /** Texts per call to the encoder (it runs in its own thread; ~35 ms a passage on one core). */
  batchSize?: number
  /** Passages encoded so far, of those missing from the cache: after each call to the encoder. */
  onProgress?: (done: number, total: number) => void
}

// Small enough that an abort (the knowledge base closing, a re-ingest), or a turn to screen on the
// same encoder thread, waits for at most one batch (~0.3 s).
const DEFAULT_BATCH = 8
const IN_FLIGHT = 2
// Saved now and then during a long build, so a stop part-way loses little of the work.
const SAVE_EVERY = 400

/**
 * One unit vector per chunk (or per text: a passage's windows, passageWindows.ts), in order: read from the cache beside the index for every text encoded
 * before (by this encoder), the rest encoded a few at a time with a turn of the event loop between
 * calls, so searches keep being served while a library is encoded in the background.
 *
 * @example
 * const vectors = await buildPassageVectors(chunks, { directory, encoder, logger })
 */
export async function buildPassageVectors(chunks: ReadonlyArray<Pick<StoredChunk, 'text'>>, options: BuildPassageVectorsOptions): Promise<Float32Array[]> {
  const { directory, encoder, logger, signal } = options
  const batchSize = options.batchSize ?? DEFAULT_BATCH
  const started = performance.now()
  const file = options.file ?? PASSAGE_VECTORS_FILE
  const label = options.label ?? 'passages'
  const cached = await readPassageVectors(directory, encoder.id, file)
  const hashes = chunks.map((chunk) => passageTextHash(chunk.text))
  const missing = [...new Set(hashes.filter((hash) => !cached.has(hash)))]
  if (missing.length > 0) {
    const textOf = new Map(chunks.map((chunk, index) => [hashes[index]!, chunk.text]))
    logger.info({ [label]: missing.length, cached: chunks.length - missing.length }, `encoding ${label} for dense retrieval in the background; lexical retrieval serves meanwhile`)
    let reported = 0
    let saved = 0
    // Two batches in flight: an encoder with several threads (the CLI's) works on both at once;
    // with one thread the second simply waits its turn.
    for (let start = 0; start < missing.length; start += batchSize * IN_FLIGHT) {
      signal?.throwIfAborted()
      await yieldToEventLoop()
      const batches = Array.from({ length: IN_FLIGHT }, (_, slot) => missing.slice(start + slot * batchSize, start + (slot + 1) * batchSize)).filter((batch) => batch.length > 0)
      await Promise.all(batches.map(async (batch) => {
        const vectors = await encoder.embed(batch.map((hash) => textOf.get(hash)!), signal === undefined ? {} : { signal })
        batch.forEach((hash, position) => cached.set(hash, vectors[position]!))
      }))
      const done = Math.min(missing.length, start + batchSize * IN_FLIGHT)
      options.onProgress?.(done, missing.length)
      if (done - reported >= missing.length / 10 || done === missing.length) {
        reported = done
        logger.info({ done, total: missing.length, seconds: Math.round((performance.now() - started) / 1000) }, `encoding ${label}`)
      }
      if (done - saved >= SAVE_EVERY && done < missing.length) {
        saved = done
        await save(directory, encoder.id, cached, logger, file)
      }
    }
    // Only this library's passages are kept: vectors of chunks since removed would pile up.
    await save(directory, encoder.id, new Map(hashes.map((hash) => [hash, cached.get(hash)!])), logger, file)
  }
  logger.debug({ [label]: chunks.length, encoded: missing.length, milliseconds: Math.round(performance.now() - started) }, `${label} vectors ready`)
  return hashes.map((hash) => cached.get(hash)!)
}

async function save(directory: string, encoder: string, vectors: ReadonlyMap<string, Float32Array>, logger: Logger, file: string): Promise<void> {
  try {
    await writePassageVectors(directory, encoder, vectors, file)
  } catch (error) {
    // A cache only: a read-only index directory costs an encoding per process, not the search.
    logger.warn({ err: error }, 'could not save the passage vectors')
  }
}
