import type { StoredChunk } from '../../orchestrator/maia/knowledge/createLanceChunkStore.ts'

/** Where a passage's sentence units lie in its text (sentenceUnits.ts `sentenceUnitSpansOf`) and the tokens each takes on its own. */
export interface UnitPlace {
  readonly start: number
  readonly end: number
  readonly tokens: number
}

/**
 * The part of `chunk` around its best unit (the highest of `scores`, one per unit of `units`), grown a
 * unit at a time towards the better-scoring neighbour while it fits `maxTokens`, as a chunk of the
 * same source with narrowed `start`/`end`/`text`/`tokens` (issue 11, round eleven: the budget is in
 * tokens, so packing the asked verse and its neighbours rather than the whole 200-token passage
 * puts more distinct places in the same budget). The best unit is kept even when it alone is longer
 * than `maxTokens`; a chunk that already fits, or has no units, comes back as it is. The excerpt's
 * tokens are its units' own counts plus one per join (as chunkText.ts sums sentences): pieces counted
 * apart take at least as many tokens as the joined text, so a budget packed with it still holds, and
 * nothing is counted during a search.
 *
 * @example
 * excerptPassage(chunk, unitPlaces, cosinePerUnit, 80)
 */
export function excerptPassage(chunk: StoredChunk, units: readonly UnitPlace[], scores: ArrayLike<number>, maxTokens: number): StoredChunk {
  if (units.length === 0 || chunk.tokens <= maxTokens) return chunk
  let best = 0
  for (let u = 1; u < units.length; u += 1) if (scores[u]! > scores[best]!) best = u
  let first = best
  let last = best
  let tokens = units[best]!.tokens
  for (;;) {
    const sides = [first - 1, last + 1].filter((u) => u >= 0 && u < units.length).sort((a, b) => scores[b]! - scores[a]! || a - b)
    const side = sides.find((u) => tokens + units[u]!.tokens + 1 <= maxTokens)
    if (side === undefined) break
    first = Math.min(first, side)
    last = Math.max(last, side)
    tokens += units[side]!.tokens + 1
  }
  const start = units[first]!.start
  const end = units[last]!.end
  if (start === 0 && end === chunk.text.length) return chunk
  return { ...chunk, text: chunk.text.slice(start, end), start: chunk.start + start, end: chunk.start + end, tokens }
}
