// Per-library caches the retrieval labs of rounds eleven and twelve share (they carried a copy each):
// each book's size in passages, the sentence units of every passage with their vectors, and the
// product's sentence scorer (createSentenceScorer.ts) over them. Built lazily, once per library.
import { createSentenceScorer, type SentenceScorer } from '../../orchestrator/maia/knowledge/createSentenceScorer.ts'
import { sentenceUnitSpansOf, type SentenceUnitSpan } from '../../orchestrator/maia/knowledge/sentenceUnits.ts'
import { counter, type Lab, type Library } from './labSetup.ts'

/** Every distinct sentence unit's vector (one row each), and which units each passage holds, where. */
export interface SentenceVectors {
  readonly matrix: Float32Array
  readonly unitsOfChunk: Int32Array[]
  readonly spansOfChunk: Array<Array<SentenceUnitSpan & { tokens: number }>>
  readonly count: number
}

export interface LabSentenceUnits {
  /** Each book's size in passages (chunks). */
  bookSizesOf(library: Library): Map<string, number>
  /** The library's sentence units and their vectors (encoded once, cached on disk by the lab). */
  sentenceVectorsOf(library: Library): Promise<SentenceVectors>
  /** The product's scorer of a passage by its best sentence, over the library's units. */
  productScorerOf(library: Library): Promise<SentenceScorer>
}

export function labSentenceUnits(lab: Lab): LabSentenceUnits {
  const bookSizes = new Map<Library, Map<string, number>>()
  const sentenceVectors = new Map<Library, Promise<SentenceVectors>>()
  const scorers = new Map<Library, Promise<SentenceScorer>>()

  function bookSizesOf(library: Library): Map<string, number> {
    let sizes = bookSizes.get(library)
    if (sizes === undefined) {
      sizes = new Map()
      for (const chunk of lab.chunksOf(library)) sizes.set(chunk.source, (sizes.get(chunk.source) ?? 0) + 1)
      bookSizes.set(library, sizes)
    }
    return sizes
  }

  function sentenceVectorsOf(library: Library): Promise<SentenceVectors> {
    let cached = sentenceVectors.get(library)
    if (cached === undefined) sentenceVectors.set(library, cached = (async () => {
      const ids = new Map<string, number>()
      const spansOfChunk = lab.chunksOf(library).map((chunk) => sentenceUnitSpansOf(chunk.text).map((unit) => ({ ...unit, tokens: counter.count(chunk.text.slice(unit.start, unit.end)) })))
      const unitsOfChunk = spansOfChunk.map((spans) => Int32Array.from(spans, (unit) => {
        let id = ids.get(unit.text)
        if (id === undefined) ids.set(unit.text, id = ids.size)
        return id
      }))
      const texts = [...ids.keys()]
      const vectors = await lab.vectorsOf(texts, `${library} sentence units`)
      const dimensions = lab.encoder.dimensions
      const matrix = new Float32Array(texts.length * dimensions)
      vectors.forEach((vector, index) => matrix.set(vector, index * dimensions))
      return { matrix, unitsOfChunk, spansOfChunk, count: texts.length }
    })())
    return cached
  }

  function productScorerOf(library: Library): Promise<SentenceScorer> {
    let scorer = scorers.get(library)
    if (scorer === undefined) scorers.set(library, scorer = (async () => {
      const { matrix, unitsOfChunk, count } = await sentenceVectorsOf(library)
      const dimensions = lab.encoder.dimensions
      return createSentenceScorer(Array.from({ length: count }, (_, row) => matrix.subarray(row * dimensions, (row + 1) * dimensions)), unitsOfChunk.map((units) => Array.from(units)))
    })())
    return scorer
  }

  return { bookSizesOf, sentenceVectorsOf, productScorerOf }
}
