import type { TokenCounter } from '../tokens/index.ts'
import { splitSentences, type TextSpan } from './splitSentences.ts'

export interface ChunkingOptions {
  /** Most tokens a chunk may take. */
  targetTokens: number
  /** Tokens of whole trailing sentences a chunk repeats from the one before it (at most). */
  overlapTokens: number
}

/** A chunk of a source text; `text === source.slice(start, end)`. */
export interface TextChunk {
  /** 0, 1, 2... in reading order. */
  readonly ordinal: number
  readonly start: number
  readonly end: number
  readonly text: string
  readonly tokens: number
}

interface Unit extends TextSpan { readonly tokens: number }

// A chunk that has reached this share of its target ends at a paragraph break rather than
// cutting the next paragraph in two.
const PARAGRAPH_BREAK_FILL = 0.6

/**
 * Cuts a book into chunks of at most `targetTokens` made of whole sentences, ending at a paragraph
 * break when one is near, each repeating up to `overlapTokens` of the previous chunk's last
 * sentences so that a passage cut at a boundary is still whole in one of the two chunks. A
 * sentence longer than the target is cut at word boundaries.
 *
 * @example
 * chunkText(book, createEstimatedTokenCounter(), { targetTokens: 300, overlapTokens: 50 })
 */
export function chunkText(text: string, counter: TokenCounter, options: ChunkingOptions): TextChunk[] {
  const { targetTokens, overlapTokens } = options
  if (!(targetTokens >= 1) || !(overlapTokens >= 0) || overlapTokens >= targetTokens) {
    throw new RangeError(`chunking needs 0 <= overlapTokens < targetTokens (got ${overlapTokens}, ${targetTokens})`)
  }
  const units = splitSentences(text).flatMap((span) => toUnits(text, span, counter, targetTokens))
  const paragraphTokens = tokensToParagraphEnd(units)
  const chunks: TextChunk[] = []
  let first = 0
  while (first < units.length) {
    let next = first
    let sum = 0
    while (next < units.length) {
      const unit = units[next]!
      // +1: the whitespace joining two sentences usually costs a token of its own.
      const cost = unit.tokens + (next > first ? 1 : 0)
      if (next > first && sum + cost > targetTokens) break
      if (next > first && unit.paragraphStart && sum >= PARAGRAPH_BREAK_FILL * targetTokens && sum + paragraphTokens[next]! > targetTokens) break
      sum += cost
      next += 1
    }
    // The sum is an estimate of the joined text's count; the count of the real slice decides.
    let tokens = counter.count(text.slice(units[first]!.start, units[next - 1]!.end))
    while (tokens > targetTokens && next - first > 1) {
      next -= 1
      tokens = counter.count(text.slice(units[first]!.start, units[next - 1]!.end))
    }
    const start = units[first]!.start
    const end = units[next - 1]!.end
    chunks.push({ ordinal: chunks.length, start, end, text: text.slice(start, end), tokens })
    if (next >= units.length) break
    first = overlapStart(units, first, next, overlapTokens)
  }
  return chunks
}

/** The first unit of the next chunk: back from `next` over whole sentences within `overlapTokens`, always moving forward. */
function overlapStart(units: readonly Unit[], first: number, next: number, overlapTokens: number): number {
  let start = next
  let overlap = 0
  while (start - 1 > first && overlap + units[start - 1]!.tokens <= overlapTokens) {
    start -= 1
    overlap += units[start]!.tokens
  }
  return start
}

/** For each unit, the tokens from it to the end of its paragraph. */
function tokensToParagraphEnd(units: readonly Unit[]): number[] {
  const result = new Array<number>(units.length)
  let running = 0
  for (let index = units.length - 1; index >= 0; index -= 1) {
    running += units[index]!.tokens
    result[index] = running
    if (units[index]!.paragraphStart) running = 0
  }
  return result
}

/** A sentence as one unit, or cut at word boundaries into pieces that each fit `targetTokens`. */
function toUnits(text: string, span: TextSpan, counter: TokenCounter, targetTokens: number): Unit[] {
  const tokens = counter.count(text.slice(span.start, span.end))
  if (tokens <= targetTokens) return [{ ...span, tokens }]
  const units: Unit[] = []
  let start = span.start
  while (start < span.end) {
    const end = longestFittingEnd(text, start, span.end, counter, targetTokens)
    units.push({ start, end, paragraphStart: span.paragraphStart && start === span.start, tokens: counter.count(text.slice(start, end)) })
    start = end
    while (start < span.end && /\s/.test(text[start]!)) start += 1
  }
  return units
}

/** Binary search for the furthest word boundary (else character) after `start` whose slice fits. */
function longestFittingEnd(text: string, start: number, limit: number, counter: TokenCounter, targetTokens: number): number {
  let low = start + 1
  let high = limit
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (counter.count(text.slice(start, middle)) <= targetTokens) low = middle
    else high = middle - 1
  }
  const boundary = text.lastIndexOf(' ', low)
  const atWord = boundary > start && low < limit ? boundary : low
  return atWord
}
