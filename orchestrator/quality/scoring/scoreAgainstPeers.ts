import { lexicalSimilarity } from './lexicalSimilarity.ts'

export interface PeerAnswer {
  peerId: string
  text: string
}

export interface PeerScore {
  peerId: string
  /** Similarity to the yardstick (the reference, or the other peers' answers), in [0, 1]. */
  similarity: number
  /** `similarity` over the median of all answers' similarities: 1 is typical, 0 nothing alike; capped at 2. */
  relativeScore: number
}

export interface PeerScoring {
  /** `reference` when a reference answer (Claude) was the yardstick; `consensus` when the peers were. */
  yardstick: 'reference' | 'consensus'
  scores: PeerScore[]
  /** The median similarity the scores are relative to. */
  median: number
}

const MAX_RELATIVE_SCORE = 2

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * Scores each node's answer relative to the other nodes' answers to the same prompt. The gap
 * between the approved model and Claude is not a node's fault, so an answer is never judged by
 * its distance to the reference alone: its similarity to the reference is divided by the median
 * similarity of all nodes' answers to it. Without a reference, each answer's mean similarity to
 * the others is the measure (consensus): with two answers that is symmetric and says nothing about
 * which one is wrong, which is why a sample goes to 1–2 peers *and* the reference when it can.
 *
 * @example
 * const { scores } = scoreAgainstPeers([{ peerId: 'a', text }, { peerId: 'b', text: other }], { reference: claudeText })
 */
export function scoreAgainstPeers(answers: readonly PeerAnswer[], options: { reference?: string; similarity?: (a: string, b: string) => number } = {}): PeerScoring {
  const similarity = options.similarity ?? lexicalSimilarity
  const reference = options.reference
  const raw = answers.map((answer) => {
    if (reference !== undefined) return similarity(answer.text, reference)
    const others = answers.filter((other) => other !== answer)
    if (others.length === 0) return 1
    return others.reduce((sum, other) => sum + similarity(answer.text, other.text), 0) / others.length
  })
  const middle = raw.length === 0 ? 0 : median(raw)
  const scores = answers.map((answer, index) => {
    const value = raw[index]!
    const relative = middle === 0 ? (value === 0 ? 1 : MAX_RELATIVE_SCORE) : Math.min(MAX_RELATIVE_SCORE, value / middle)
    return { peerId: answer.peerId, similarity: value, relativeScore: relative }
  })
  return { yardstick: reference === undefined ? 'consensus' : 'reference', scores, median: middle }
}
