import { analyzeText } from './analyzeText.ts'
import { toWeightedQuery, type WeightedQuery } from './createLexicalIndex.ts'
import { normalizeWeights } from './expandQuery.ts'

/** Earlier turns looked back on: a conversation drifts, and the last few turns say what it is about now. */
export const MAX_EARLIER_TURNS = 3

/**
 * The query for a message in a conversation: the message's own terms, plus those of the user's
 * earlier turns at `earlierWeight` of the message's weight (split between them, the latest
 * counting most), so "and what happens after?" still searches for what the conversation is about.
 * A message that stands alone gets exactly its own terms.
 *
 * @example
 * toConversationQuery('What comes after it?', ['I am afraid of dying'], 0.5) // comes, after, + afraid, dy at 0.5
 */
export function toConversationQuery(message: string, earlierTurns: readonly string[], earlierWeight: number, analyze: (text: string) => string[] = analyzeText): WeightedQuery {
  const own = normalizeWeights(toWeightedQuery(analyze(message)))
  const turns = earlierTurns.slice(-MAX_EARLIER_TURNS).map((turn) => normalizeWeights(toWeightedQuery(analyze(turn)))).filter((turn) => turn.size > 0)
  if (turns.length === 0 || earlierWeight <= 0) return own
  // Recency weights 1, 2, 3...: the turn just before the message counts most.
  const recencyTotal = (turns.length * (turns.length + 1)) / 2
  // A message with no content words of its own ("why?") leans entirely on the conversation.
  const ownShare = own.size === 0 ? 0 : 1
  const query = new Map<string, number>()
  for (const [term, weight] of own) query.set(term, ownShare * weight)
  turns.forEach((turn, position) => {
    const share = (earlierWeight * (position + 1)) / recencyTotal
    for (const [term, weight] of turn) query.set(term, (query.get(term) ?? 0) + share * weight)
  })
  return query
}
