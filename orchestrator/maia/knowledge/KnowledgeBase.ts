/**
 * The local knowledge base (phase 1A): books chunked and indexed on disk, searched by BM25 with
 * query expansion (WordNet synonyms, pseudo-relevance feedback, the conversation's earlier turns;
 * and dense vectors when an embedder is configured), packed into a token budget for a prompt.
 *
 * This file holds only the interface; `openKnowledgeBase` (openKnowledgeBase.ts) implements it.
 */

/** One passage handed to a prompt, with what is needed to cite it. */
export interface RetrievedChunk {
  /** Stable across re-ingests of the same file: `<source>#<ordinal>`. */
  readonly id: string
  /** The file, relative to the directory it was ingested from (e.g. `plato-phaedo.md`). */
  readonly source: string
  readonly title: string
  readonly author: string
  /** The passage; may be the tail of a stored chunk when its head overlaps one packed before it. */
  readonly text: string
  /** `text`'s size in the search's token counter. */
  readonly tokens: number
  /** Character offsets of `text` in the source file: [start, end). */
  readonly start: number
  readonly end: number
  readonly topics: readonly string[]
  /** The ETH address of whoever curated the source, when known. */
  readonly curator?: string
}

export interface SearchOptions {
  /** Tokens the packed chunks may take together (counted with the knowledge base's token counter). */
  budgetTokens: number
  /** Keep only chunks whose author contains this text (case-insensitive): `Jung` matches `C. G. Jung`. */
  author?: string
  /** Keep only chunks tagged with this topic (case-insensitive). */
  topic?: string
  /**
   * The user's earlier messages in this conversation, oldest first (not the current one): searched
   * at a lower weight, so a follow-up ("and after that?") still finds what the conversation is about.
   */
  earlierTurns?: readonly string[]
  signal?: AbortSignal
}

export interface SearchResult {
  /** Best first; no two overlap or repeat. */
  readonly chunks: readonly RetrievedChunk[]
  readonly totalTokens: number
}

/** A text to ingest with its metadata (one book, one file). */
export interface SourceDocument {
  source: string
  title: string
  author: string
  text: string
  topics?: readonly string[]
  curator?: string
}

export interface IngestProgress {
  /** Documents finished so far, and in total. */
  readonly documents: number
  readonly totalDocuments: number
  readonly source: string
}

export interface IngestOptions {
  onProgress?: (progress: IngestProgress) => void
  signal?: AbortSignal
}

/** A paragraph ingest kept out of the library: the screen (screenPassage.ts) flagged it. */
export interface WithheldPassage {
  readonly source: string
  /** Character offsets of the paragraph in the source file: [start, end). */
  readonly start: number
  readonly end: number
  /** Why (a wallet address, a link, a phone number, a payment request, an instruction to the model, forged prompt structure). */
  readonly reasons: readonly string[]
  /** The words that matched. */
  readonly phrases: readonly string[]
  /** The paragraph's first 120 characters. */
  readonly excerpt: string
}

export interface IngestReport {
  readonly documents: number
  readonly chunks: number
  /** Paragraphs withheld by the library screen: never stored, quoted or prompted. */
  readonly withheld: readonly WithheldPassage[]
  /** Tokens of source text ingested (the ingest counter's count; overlaps not counted twice). */
  readonly tokens: number
  readonly milliseconds: number
}

export interface KnowledgeBaseStats {
  readonly chunks: number
  readonly sources: readonly string[]
  /** Whether chunks carry dense vectors (an embedder was configured at ingest). */
  readonly vectors: boolean
}

export interface KnowledgeBase {
  /**
   * Hybrid retrieval packed into `budgetTokens`.
   *
   * @example
   * const { chunks, totalTokens } = await kb.search('What is the soul?', { budgetTokens: 20_000, author: 'Plato' })
   */
  search(question: string, options: SearchOptions): Promise<SearchResult>
  /**
   * Adds documents; a source ingested before is replaced, not duplicated. Paragraphs the library
   * screen flags are withheld (in the report). Refused whole: a source another curator curates
   * (SourceCuratorConflictError), passages another curator already has (CopiedPassagesError).
   */
  ingest(documents: readonly SourceDocument[], options?: IngestOptions): Promise<IngestReport>
  stats(): Promise<KnowledgeBaseStats>
  /**
   * Starts the question's dense-retrieval work (when dense retrieval is on and ready): its vector,
   * encoded off the main thread, and its words' soft-matching rows, computed after the current
   * tick; so a search for it moments later (e.g. after the safety screen) does not wait for them.
   * Resolves once both are done; callers need not wait for it.
   */
  prepareQuery?(question: string, options?: { earlierTurns?: readonly string[] }): Promise<void>
  /**
   * Resolves once the background work for dense retrieval has ended: true when dense retrieval
   * is ready, false when it cannot be (no passage encoder, it failed to load, or the knowledge
   * base is closing). A one-shot search (the CLI) waits for it; a server does not.
   */
  whenDenseReady?(): Promise<boolean>
  close(): Promise<void>
}

/** Dense vectors for texts (a node-llama-cpp embedding context, or an offline word-vector model). */
export interface Embedder {
  /** Identifies the model, so an index built with one embedder is never searched with another. */
  readonly id: string
  readonly dimensions: number
  /** Unit-length vectors, one per text, in order. */
  embed(texts: readonly string[], options?: { signal?: AbortSignal }): Promise<Float32Array[]>
  dispose(): Promise<void>
}
