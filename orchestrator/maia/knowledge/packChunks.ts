import type { TokenCounter } from '../tokens/index.ts'
import type { RetrievedChunk } from './KnowledgeBase.ts'
import type { StoredChunk } from './createLanceChunkStore.ts'

export interface PackOptions {
  budgetTokens: number
  /** A chunk trimmed of what overlaps earlier picks is dropped when less than this share of it is new. */
  minNewShare?: number
}

const DEFAULT_MIN_NEW_SHARE = 0.25

interface Range { start: number; end: number }

/** A packed passage; grows when a later pick continues it. */
interface Passage extends Range {
  chunk: StoredChunk
  text: string
  tokens: number
}

/**
 * Greedy packing, best first: each candidate is recounted with `counter` (the serving model's
 * tokenizer) and taken while it still fits the budget; later, smaller candidates may still fill
 * what a large one could not.
 *
 * - Duplicates (same text, e.g. one book ingested under two names) are dropped.
 * - Overlaps: of a chunk overlapping passages already taken from the same source, only its new
 *   text (its longest uncovered stretch) is kept, or none when under `minNewShare` of it is new.
 * - A new stretch that continues a taken passage (the next or previous chunk of the book) is
 *   joined to it, so the prompt reads one continuous passage under one citation, and a sentence
 *   in the overlap is never split across two passages.
 *
 * @example
 * packChunks(rankedCandidates, counter, { budgetTokens: 8000 })
 */
export function packChunks(candidates: readonly StoredChunk[], counter: TokenCounter, options: PackOptions): { chunks: RetrievedChunk[]; totalTokens: number } {
  const minNewShare = options.minNewShare ?? DEFAULT_MIN_NEW_SHARE
  const bySource = new Map<string, Passage[]>()
  const passages: Passage[] = []
  const seenTexts = new Set<string>()
  let totalTokens = 0
  for (const candidate of candidates) {
    if (totalTokens >= options.budgetTokens) break
    const fingerprint = candidate.text.toLowerCase().replace(/\s+/g, ' ').trim()
    if (seenTexts.has(fingerprint)) continue
    const taken = bySource.get(candidate.source) ?? []
    const fresh = largestUncovered({ start: candidate.start, end: candidate.end }, taken)
    if (fresh === undefined || (fresh.end - fresh.start) < minNewShare * (candidate.end - candidate.start)) continue
    // The raw slice (whitespace kept) so that joined passages are exactly the source's text.
    const raw = candidate.text.slice(fresh.start - candidate.start, fresh.end - candidate.start)
    if (raw.trim() === '') continue
    const before = taken.find((passage) => passage.end === fresh.start)
    const after = taken.find((passage) => passage.start === fresh.end)
    if (before === undefined && after === undefined) {
      const leading = raw.length - raw.trimStart().length
      const text = raw.trim()
      const tokens = counter.count(text)
      if (totalTokens + tokens > options.budgetTokens) continue
      const passage: Passage = { chunk: candidate, start: fresh.start + leading, end: fresh.start + leading + text.length, text, tokens }
      taken.push(passage)
      passages.push(passage)
      totalTokens += tokens
    } else {
      const text = `${before?.text ?? ''}${before === undefined ? raw.trimStart() : after === undefined ? raw.trimEnd() : raw}${after?.text ?? ''}`
      const tokens = counter.count(text)
      const replaced = (before?.tokens ?? 0) + (after?.tokens ?? 0)
      if (totalTokens - replaced + tokens > options.budgetTokens) continue
      // Joined into the better-ranked of the two neighbours; the other one is absorbed.
      const keep = before ?? after!
      const absorbed = before !== undefined && after !== undefined ? after : undefined
      const start = before?.start ?? fresh.start + (raw.length - raw.trimStart().length)
      keep.start = start
      keep.end = start + text.length
      keep.text = text
      keep.tokens = tokens
      if (absorbed !== undefined) {
        taken.splice(taken.indexOf(absorbed), 1)
        passages.splice(passages.indexOf(absorbed), 1)
      }
      totalTokens += tokens - replaced
    }
    seenTexts.add(fingerprint)
    bySource.set(candidate.source, taken)
  }
  return { chunks: passages.map(toRetrieved), totalTokens }
}

function toRetrieved(passage: Passage): RetrievedChunk {
  const { chunk } = passage
  return {
    id: chunk.id, source: chunk.source, title: chunk.title, author: chunk.author,
    text: passage.text, tokens: passage.tokens, start: passage.start, end: passage.end, topics: chunk.topics,
    ...(chunk.curator === null ? {} : { curator: chunk.curator })
  }
}

/** The longest part of `range` that no range in `covered` touches. */
function largestUncovered(range: Range, covered: readonly Range[]): Range | undefined {
  let pieces: Range[] = [range]
  for (const cut of covered) {
    pieces = pieces.flatMap((piece) => {
      if (cut.end <= piece.start || cut.start >= piece.end) return [piece]
      return [{ start: piece.start, end: cut.start }, { start: cut.end, end: piece.end }].filter((part) => part.end > part.start)
    })
  }
  return pieces.sort((a, b) => (b.end - b.start) - (a.end - a.start))[0]
}
