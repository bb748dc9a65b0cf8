import type { TokenCounter } from '../tokens/TokenCounter.ts'
import type { RetrievedChunk } from './KnowledgeBase.ts'
import type { StoredChunk } from './createLanceChunkStore.ts'

export interface PackOptions {
  budgetTokens: number
  /** A chunk trimmed of what overlaps earlier picks is dropped when less than this share of it is new. */
  minNewShare?: number
}

const DEFAULT_MIN_NEW_SHARE = 0.25

interface Range { start: number; end: number }

/**
 * Greedy packing, best first: each candidate is recounted with `counter` (the serving model's
 * tokenizer) and taken when it still fits the budget. Exact duplicates (same text, e.g. a book
 * ingested under two names) are dropped; a chunk overlapping ones already taken from the same
 * source keeps only its new text (its largest uncovered stretch), or is dropped when little of
 * it is new. Later, smaller candidates may still fill what a large one could not.
 *
 * @example
 * packChunks(rankedCandidates, counter, { budgetTokens: 8000 })
 */
export function packChunks(candidates: readonly StoredChunk[], counter: TokenCounter, options: PackOptions): { chunks: RetrievedChunk[]; totalTokens: number } {
  const minNewShare = options.minNewShare ?? DEFAULT_MIN_NEW_SHARE
  const taken = new Map<string, Range[]>()
  const seenTexts = new Set<string>()
  const chunks: RetrievedChunk[] = []
  let totalTokens = 0
  for (const candidate of candidates) {
    if (totalTokens >= options.budgetTokens) break
    const fingerprint = candidate.text.toLowerCase().replace(/\s+/g, ' ').trim()
    if (seenTexts.has(fingerprint)) continue
    const ranges = taken.get(candidate.source) ?? []
    const fresh = largestUncovered({ start: candidate.start, end: candidate.end }, ranges)
    if (fresh === undefined) continue
    const piece = trimmedSlice(candidate, fresh)
    if (piece === undefined || (piece.end - piece.start) < minNewShare * (candidate.end - candidate.start)) continue
    const tokens = counter.count(piece.text)
    if (totalTokens + tokens > options.budgetTokens) continue
    seenTexts.add(fingerprint)
    ranges.push({ start: piece.start, end: piece.end })
    taken.set(candidate.source, ranges)
    totalTokens += tokens
    chunks.push({
      id: candidate.id, source: candidate.source, title: candidate.title, author: candidate.author,
      text: piece.text, tokens, start: piece.start, end: piece.end, topics: candidate.topics,
      ...(candidate.curator === null ? {} : { curator: candidate.curator })
    })
  }
  return { chunks, totalTokens }
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

function trimmedSlice(chunk: StoredChunk, range: Range): { start: number; end: number; text: string } | undefined {
  const raw = chunk.text.slice(range.start - chunk.start, range.end - chunk.start)
  const leading = raw.length - raw.trimStart().length
  const text = raw.trim()
  if (text === '') return undefined
  const start = range.start + leading
  return { start, end: start + text.length, text }
}
