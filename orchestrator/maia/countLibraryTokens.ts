import { collectDocuments } from './knowledge/index.ts'
import type { TokenCounter } from './tokens/index.ts'

/**
 * Tokens of a whole library, as the knowledge base would ingest it (the manifest's files, or every
 * .md/.txt file): the size of the seed's full-library prompt, which the phase report prices.
 *
 * @example
 * await countLibraryTokens('../shared/library', createEstimatedTokenCounter()) // ≈ 500,000
 */
export async function countLibraryTokens(library: string, counter: TokenCounter): Promise<number> {
  const documents = await collectDocuments([library])
  return documents.reduce((sum, document) => sum + counter.count(document.text), 0)
}

/** {@link countLibraryTokens} once, on first use (a report may never be asked for). */
export function lazyLibraryTokens(library: string, counter: TokenCounter): () => Promise<number> {
  let tokens: Promise<number> | undefined
  return () => {
    tokens ??= countLibraryTokens(library, counter).catch((error: unknown) => { tokens = undefined; throw error })
    return tokens
  }
}
