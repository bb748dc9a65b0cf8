import type { TokenCounter } from '../tokens/index.ts'
import type { RetrievedChunk } from './KnowledgeBase.ts'
import type { StoredChunk } from './createLanceChunkStore.ts'
import { comparableText } from './copiedPassages.ts'

export interface PackOptions {
  budgetTokens: number
  /** A chunk trimmed of what overlaps earlier picks is dropped when less than this share of it is new. */
  minNewShare?: number
  /**
   * The id of the counter that sized the chunks at ingest (`StoredChunk.tokens`). When it is
   * `counter`'s own, a chunk taken whole is not recounted: counting is most of packing's cost
   * with a real tokenizer. Trimmed and joined passages are always counted.
   */
  storedTokensCounter?: string
}

const DEFAULT_MIN_NEW_SHARE = 0.25

interface Range { start: number; end: number }

/** A packed passage; grows when a later pick continues it. */
interface Passage extends Range {
  chunk: StoredChunk
  text: string
  tokens: number
  /** False once absorbed into the passage before it. */
  live: boolean
  /** True once another piece was joined to it: its count is then the sum of its pieces' until recounted. */
  joined: boolean
}

// Dedupe keys, computed once per stored chunk: the same chunk objects are packed search after search.
// The text as a reader reads it (comparableText): a copy with zero-width characters, changed case or
// punctuation is the same passage, and the prompt's budget is not spent on it twice.
const dedupeKeys = new WeakMap<StoredChunk, string>()
function dedupeKey(chunk: StoredChunk): string {
  let key = dedupeKeys.get(chunk)
  if (key === undefined) dedupeKeys.set(chunk, key = comparableText(chunk.text))
  return key
}

/**
 * Greedy packing, best first: each candidate is taken while it still fits the budget (counted with
 * `counter`, the serving model's tokenizer); later, smaller candidates may still fill what a large
 * one could not.
 *
 * - Duplicates (the same text once case, punctuation, spacing and invisible characters are
 *   ignored, e.g. one book ingested under two names) are dropped.
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
  const trustStoredTokens = options.storedTokensCounter !== undefined && options.storedTokensCounter === counter.id
  const bySource = new Map<string, Passage[]>()
  const passages: Passage[] = []
  const seenTexts = new Set<string>()
  let totalTokens = 0
  for (const candidate of candidates) {
    if (totalTokens >= options.budgetTokens) break
    // A whole chunk that cannot fit even before trimming is skipped without further work.
    if (trustStoredTokens && totalTokens + candidate.tokens > options.budgetTokens && !bySource.has(candidate.source)) continue
    const fingerprint = dedupeKey(candidate)
    if (seenTexts.has(fingerprint)) continue
    const taken = bySource.get(candidate.source)
    const fresh = taken === undefined ? { start: candidate.start, end: candidate.end } : largestUncovered(candidate, taken)
    if (fresh === undefined || (fresh.end - fresh.start) < minNewShare * (candidate.end - candidate.start)) continue
    // The raw slice (whitespace kept) so that joined passages are exactly the source's text.
    const whole = fresh.start === candidate.start && fresh.end === candidate.end
    const raw = whole ? candidate.text : candidate.text.slice(fresh.start - candidate.start, fresh.end - candidate.start)
    if (raw.trim() === '') continue
    const before = taken?.find((passage) => passage.end === fresh.start)
    const after = taken?.find((passage) => passage.start === fresh.end)
    if (before === undefined && after === undefined) {
      const leading = raw.length - raw.trimStart().length
      const text = raw.trim()
      const tokens = trustStoredTokens && text === candidate.text ? candidate.tokens : counter.count(text)
      if (totalTokens + tokens > options.budgetTokens) continue
      const passage: Passage = { chunk: candidate, start: fresh.start + leading, end: fresh.start + leading + text.length, text, tokens, live: true, joined: false }
      if (taken === undefined) bySource.set(candidate.source, [passage])
      else taken.push(passage)
      passages.push(passage)
      totalTokens += tokens
    } else {
      const piece = before === undefined ? raw.trimStart() : after === undefined ? raw.trimEnd() : raw
      const text = `${before?.text ?? ''}${piece}${after?.text ?? ''}`
      // The joined passage counts as the sum of its pieces: cut at whitespace, pieces counted apart
      // take at least as many tokens as the joined text in BPE vocabularies and the estimate, so the
      // budget still holds, and the growing passage is never recounted whole.
      const replaced = (before?.tokens ?? 0) + (after?.tokens ?? 0)
      const tokens = replaced + counter.count(piece)
      if (totalTokens - replaced + tokens > options.budgetTokens) continue
      // Joined into the better-ranked of the two neighbours; the other one is absorbed.
      const keep = before ?? after!
      const start = before?.start ?? fresh.start + (raw.length - raw.trimStart().length)
      keep.start = start
      keep.end = start + text.length
      keep.text = text
      keep.tokens = tokens
      keep.joined = true
      if (before !== undefined && after !== undefined) {
        after.live = false
        taken!.splice(taken!.indexOf(after), 1)
      }
      totalTokens += tokens - replaced
    }
    seenTexts.add(fingerprint)
  }
  // Joined passages are counted once, whole, at the end: the sum of their pieces overstates them
  // by a token or so per join, and a passage's count should be its text's.
  const live = passages.filter((passage) => passage.live)
  for (const passage of live) {
    if (passage.joined) passage.tokens = Math.min(passage.tokens, counter.count(passage.text))
  }
  return { chunks: live.map(toRetrieved), totalTokens: live.reduce((sum, passage) => sum + passage.tokens, 0) }
}

function toRetrieved(passage: Passage): RetrievedChunk {
  const { chunk } = passage
  return {
    id: chunk.id, source: chunk.source, title: chunk.title, author: chunk.author,
    text: passage.text, tokens: passage.tokens, start: passage.start, end: passage.end, topics: chunk.topics,
    ...(chunk.curator === null ? {} : { curator: chunk.curator })
  }
}

/**
 * The longest part of `range` that no range in `covered` touches (the first of equals), or
 * undefined when all of it is covered. Only the few covered ranges that overlap it are sorted.
 */
export function largestUncovered(range: Range, covered: readonly Range[]): Range | undefined {
  let cuts: Range[] | undefined
  for (const cut of covered) {
    if (cut.end > range.start && cut.start < range.end) (cuts ??= []).push(cut)
  }
  if (cuts === undefined) return { start: range.start, end: range.end }
  cuts.sort((a, b) => a.start - b.start)
  let best: Range | undefined
  let position = range.start
  for (const cut of cuts) {
    if (cut.start > position && (best === undefined || cut.start - position > best.end - best.start)) best = { start: position, end: cut.start }
    position = Math.max(position, cut.end)
  }
  if (range.end > position && (best === undefined || range.end - position > best.end - best.start)) best = { start: position, end: range.end }
  return best
}
