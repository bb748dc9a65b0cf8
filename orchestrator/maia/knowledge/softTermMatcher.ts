import { splitSentences } from './splitSentences.ts'
import { FUNCTION_WORDS } from './toSearchQuery.ts'
import type { WordVectorTable } from './wordVectorTable.ts'

/** Scores every passage by how closely its words meet the question's, synonyms included. */
export interface SoftTermMatcher {
  /**
   * One score in [0, 1] per passage, in the order the matcher was built with. The conversation's
   * earlier user turns add their words at `earlierTurnsWeight` times their weight (measured on the
   * conversational development questions: round8Measurements.md).
   */
  scores(question: string, earlierTurns?: readonly string[]): Float64Array
  /**
   * Computes and keeps the question words' best match in each passage, so that `scores` for it
   * only adds them up: ~1 ms per word not seen before, most of a first search's cost (the
   * knowledge base's `prepareQuery` calls it while the turn is screened).
   */
  prepare(question: string, earlierTurns?: readonly string[]): void
  /**
   * The soft match inside each given passage's best sentence (the same weights as `scores`, each
   * question word's best cosine within one sentence), for the passages given only (indices in the
   * matcher's order): it tells apart the passages of a book whose words all meet the question
   * somewhere from the one that answers it in a sentence (round9Measurements.md).
   */
  sentenceScores(question: string, earlierTurns: readonly string[], passages: readonly number[]): Float64Array
}

export interface SoftTermMatcherOptions {
  /** Cosines under this count as no match (measured: 0.2-0.5 within a question or two; round7Measurements.md). */
  threshold?: number
  /**
   * How many question words' per-passage best matches are kept between searches (default: as
   * many as fit in ~48 MB, at least 64).
   */
  cachedWords?: number
  /** How much an earlier turn's word weighs against one of the question's own (default 0.5). */
  earlierTurnsWeight?: number
}

const WORD = /[a-z]+(?:'[a-z]+)?/g
/** Words that carry no topic in a question ("why did people …") or fill the old books ("thou", "unto"). */
export const SOFT_MATCH_STOP_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, 'dont', 'doesnt', 'didnt', 'im', 'ive', 'actually', 'really', 'maybe', 'kind', 'sort', 'thing', 'things', 'way', 'someone', 'something', 'people', 'get', 'make', 'say', 'says', 'said', 'one', 'also', 'like', 'much', 'many', 'well', 'still', 'even', 'just', 'thou', 'thee', 'thy', 'ye', 'unto', 'hath', 'doth', 'shall', 'will', 'would', 'could', 'should'])

/** A text's words, lower-cased, curly apostrophes straightened. */
export function lowerCasedWords(text: string): string[] {
  return text.toLowerCase().replace(/’/g, "'").match(WORD) ?? []
}

/** The words of a text that are not stop words, lower-cased, curly apostrophes straightened. */
export function passageWordsOf(text: string): string[] {
  return lowerCasedWords(text).filter((word) => !SOFT_MATCH_STOP_WORDS.has(word))
}

/** A question's content words: its words less stop words and single letters. */
export function contentWords(text: string): string[] {
  return passageWordsOf(text).filter((word) => word.length > 1)
}

/**
 * Soft term matching: for each content word of the question, its best cosine (GloVe) to any word
 * of the passage, an exact match counting 1, cosines under the threshold 0; a passage's score is
 * the mean of those maxima weighted by each question word's IDF in the library (a word the library
 * never uses weighs as its rarest). It finds "fear" in a passage about "dread", which BM25 cannot.
 * A question word's similarities to the library's vocabulary (~14k words for the shared library)
 * are computed once and walked through the lists of passages holding its matches; its best match in
 * each passage is kept, so a later search with the word only adds it up.
 *
 * @example
 * const matcher = createSoftTermMatcher(chunks.map((chunk) => chunk.text), table)
 * matcher.scores('Why are we afraid of dying?') // Float64Array, one score per chunk
 */
export function createSoftTermMatcher(texts: readonly string[], table: WordVectorTable, options: SoftTermMatcherOptions = {}): SoftTermMatcher {
  const threshold = options.threshold ?? 0.3
  const earlierTurnsWeight = options.earlierTurnsWeight ?? 0.5
  const { dimensions } = table
  const vocabularyIndex = new Map<string, number>()
  const documentFrequency: number[] = []
  const passageWords = texts.map((text) => {
    const ids = new Set<number>()
    for (const word of passageWordsOf(text)) {
      let id = vocabularyIndex.get(word)
      if (id === undefined) {
        id = documentFrequency.length
        vocabularyIndex.set(word, id)
        documentFrequency.push(0)
      }
      ids.add(id)
    }
    for (const id of ids) documentFrequency[id]! += 1
    return Int32Array.from(ids)
  })
  // Each passage's sentences as runs of vocabulary ids: `sentenceWords[p]`, cut at `sentenceEnds[p]`.
  const sentenceWords: Int32Array[] = []
  const sentenceEnds: Int32Array[] = []
  for (const text of texts) {
    const spans = splitSentences(text)
    const ids: number[] = []
    const ends: number[] = []
    for (const span of spans.length === 0 ? [{ start: 0, end: text.length }] : spans) {
      for (const word of passageWordsOf(text.slice(span.start, span.end))) ids.push(vocabularyIndex.get(word) ?? -1)
      ends.push(ids.length)
    }
    sentenceWords.push(Int32Array.from(ids))
    sentenceEnds.push(Int32Array.from(ends))
  }
  const n = texts.length
  const idf = Float64Array.from(documentFrequency, (df) => Math.log(1 + (n - df + 0.5) / (df + 0.5)))
  const rarestIdf = Math.log(1 + (n + 0.5) / 0.5)
  // The vocabulary words that have a vector, packed so that a question word's row is one pass.
  const withVector: number[] = []
  const tableRows: number[] = []
  for (const [word, id] of vocabularyIndex) {
    const at = table.index.get(word)
    if (at === undefined) continue
    withVector.push(id)
    tableRows.push(at)
  }
  const packed = new Float32Array(withVector.length * dimensions)
  tableRows.forEach((at, row) => packed.set(table.vectors.subarray(at * dimensions, (at + 1) * dimensions), row * dimensions))

  // Which passages hold each vocabulary word: a question word's matches walk these lists only.
  const postings: Int32Array[] = (() => {
    const lists: number[][] = documentFrequency.map(() => [])
    passageWords.forEach((ids, passage) => { for (const id of ids) lists[id]!.push(passage) })
    return lists.map((list) => Int32Array.from(list))
  })()
  const cachedWords = options.cachedWords ?? Math.max(64, Math.floor(48_000_000 / (4 * Math.max(1, n))))

  // A question word's best match in each passage (its cosine to the passage's closest word, 0
  // under the threshold), kept for later searches: a search then only adds rows up.
  const rows = new Map<string, Float32Array>()
  // Rows over the vocabulary for `sentenceScores`, one per question word, all zero between calls.
  const scratchRows: Float32Array[] = []
  // A question word's matches in the vocabulary (ids, cosines at or above the threshold; its own word 1).
  const matches = new Map<string, { ids: Int32Array; similarities: Float32Array }>()
  const matchesOf = (word: string): { ids: Int32Array; similarities: Float32Array } | undefined => {
    const cached = matches.get(word)
    if (cached !== undefined) return cached
    const own = vocabularyIndex.get(word)
    const at = table.index.get(word)
    if (own === undefined && at === undefined) return undefined
    const ids: number[] = []
    const similarities: number[] = []
    if (at !== undefined) {
      const q = table.vectors.subarray(at * dimensions, (at + 1) * dimensions)
      // Four running sums: V8 keeps them in registers (x0.79 the time of one sum, measured on
      // the shared library's 13,120 words with vectors).
      const unrolled = dimensions - (dimensions % 4)
      for (let row = 0; row < withVector.length; row += 1) {
        const base = row * dimensions
        let sum0 = 0
        let sum1 = 0
        let sum2 = 0
        let sum3 = 0
        for (let i = 0; i < unrolled; i += 4) {
          sum0 += q[i]! * packed[base + i]!
          sum1 += q[i + 1]! * packed[base + i + 1]!
          sum2 += q[i + 2]! * packed[base + i + 2]!
          sum3 += q[i + 3]! * packed[base + i + 3]!
        }
        for (let i = unrolled; i < dimensions; i += 1) sum0 += q[i]! * packed[base + i]!
        const dot = sum0 + sum1 + sum2 + sum3
        if (dot >= threshold && withVector[row] !== own) {
          ids.push(withVector[row]!)
          similarities.push(dot)
        }
      }
    }
    if (own !== undefined) {
      ids.push(own)
      similarities.push(1)
    }
    const found = { ids: Int32Array.from(ids), similarities: Float32Array.from(similarities) }
    matches.set(word, found)
    if (matches.size > 4 * cachedWords) matches.delete(matches.keys().next().value!)
    return found
  }
  const bestMatchesOf = (word: string): Float32Array | undefined => {
    const cached = rows.get(word)
    if (cached !== undefined) {
      rows.delete(word)
      rows.set(word, cached)
      return cached
    }
    const found = matchesOf(word)
    if (found === undefined) return undefined
    const { ids, similarities } = found
    const best = new Float32Array(n)
    for (let k = 0; k < ids.length; k += 1) {
      const similarity = similarities[k]!
      const passages = postings[ids[k]!]!
      for (let j = 0; j < passages.length; j += 1) if (similarity > best[passages[j]!]!) best[passages[j]!] = similarity
    }
    rows.set(word, best)
    if (rows.size > cachedWords) rows.delete(rows.keys().next().value!)
    return best
  }

  // The question's words at weight 1, then the earlier turns' other words at earlierTurnsWeight.
  const termsOf = (question: string, earlierTurns: readonly string[]): Array<[string, number]> => {
    const asked = new Set(contentWords(question))
    const earlier = earlierTurnsWeight > 0 ? new Set(earlierTurns.flatMap(contentWords).filter((word) => !asked.has(word))) : new Set<string>()
    return [...[...asked].map((word): [string, number] => [word, 1]), ...[...earlier].map((word): [string, number] => [word, earlierTurnsWeight])]
  }

  return {
    prepare(question, earlierTurns = []) {
      for (const [word] of termsOf(question, earlierTurns)) bestMatchesOf(word)
    },
    scores(question, earlierTurns = []) {
      const scores = new Float64Array(n)
      let totalWeight = 0
      for (const [word, share] of termsOf(question, earlierTurns)) {
        const best = bestMatchesOf(word)
        if (best === undefined) continue
        const own = vocabularyIndex.get(word)
        const idfWeight = own === undefined ? rarestIdf : idf[own]!
        const weight = share === 1 ? idfWeight : idfWeight * share
        totalWeight += weight
        for (let p = 0; p < n; p += 1) scores[p]! += weight * best[p]!
      }
      if (totalWeight === 0) return scores
      for (let p = 0; p < n; p += 1) scores[p] = scores[p]! / totalWeight
      return scores
    },
    sentenceScores(question, earlierTurns, passages) {
      const terms: Array<{ weight: number; similarity: Float32Array; ids: Int32Array }> = []
      for (const [word, share] of termsOf(question, earlierTurns)) {
        const found = matchesOf(word)
        if (found === undefined) continue
        const own = vocabularyIndex.get(word)
        // A dense row over the vocabulary (reused between searches, cleared after): a passage's words
        // then look their cosine up.
        const similarity = (scratchRows[terms.length] ??= new Float32Array(documentFrequency.length))
        for (let k = 0; k < found.ids.length; k += 1) similarity[found.ids[k]!] = found.similarities[k]!
        terms.push({ weight: (own === undefined ? rarestIdf : idf[own]!) * share, similarity, ids: found.ids })
      }
      const totalWeight = terms.reduce((sum, term) => sum + term.weight, 0) || 1
      const scores = Float64Array.from(passages, (p) => {
        const words = sentenceWords[p]!
        let top = 0
        let from = 0
        for (const to of sentenceEnds[p]!) {
          let score = 0
          for (const term of terms) {
            let best = 0
            for (let k = from; k < to; k += 1) {
              const id = words[k]!
              if (id >= 0 && term.similarity[id]! > best) best = term.similarity[id]!
            }
            score += term.weight * best
          }
          if (score > top) top = score
          from = to
        }
        return top / totalWeight
      })
      for (const term of terms) for (const id of term.ids) term.similarity[id] = 0
      return scores
    }
  }
}
