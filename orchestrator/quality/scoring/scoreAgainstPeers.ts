import { lexicalSimilarity } from './lexicalSimilarity.ts'

export interface PeerAnswer {
  peerId: string
  text: string
}

export interface PeerScore {
  peerId: string
  /** Similarity to the yardstick (the reference, or the other peers' answers), in [0, 1]. */
  similarity: number
  /** `similarity` over the median of all answers' similarities (never below the floor): 1 is typical, 0 nothing alike; capped at 2. */
  relativeScore: number
}

export interface PeerScoring {
  /** `reference` when a reference answer (Claude) was the yardstick; `consensus` when the peers were. */
  yardstick: 'reference' | 'consensus'
  scores: PeerScore[]
  /** The median similarity of the answers to the yardstick. */
  median: number
  /**
   * Whether the yardstick tells the answers apart. `false` when no answer comes near the reference
   * (a refusal, another language: the reference says nothing), with fewer than 3 answers by
   * consensus (two answers that differ are symmetric), or when no answer agrees with any other:
   * the scores are then 1 for everyone and must not be recorded as evidence.
   */
  conclusive: boolean
}

/**
 * Lowest divisor of a similarity to the reference, and the similarity one answer at least must
 * reach for the reference to say anything. Without it an answer that shares no word with the
 * reference scored 1 whenever the median answer shared none either, so two colluding garbage
 * answers out of three were "typical" (test/attacks/trust/scoring-collusion.test.ts). Set from
 * lexical similarities measured on paraphrases of one answer (0.48–0.73 for the honest answers of
 * that test) and below them with a wide margin; ten stop words alone ("the and of to a in is it
 * that you") reach 0.115 against an answer, which is why the floor sits above that.
 */
export const REFERENCE_SIMILARITY_FLOOR = 0.15

/** Fewest answers for consensus to single one out: of two that differ, neither is known wrong. */
export const MIN_CONSENSUS_ANSWERS = 3

const MAX_RELATIVE_SCORE = 2

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function similaritiesToReference(answers: readonly PeerAnswer[], reference: string, similarity: (a: string, b: string) => number): number[] {
  return answers.map((answer) => similarity(answer.text, reference))
}

function meanSimilaritiesToOthers(answers: readonly PeerAnswer[], similarity: (a: string, b: string) => number): number[] {
  return answers.map((answer) => {
    const others = answers.filter((other) => other !== answer)
    if (others.length === 0) return 1
    return others.reduce((sum, other) => sum + similarity(answer.text, other.text), 0) / others.length
  })
}

function isConclusive(raw: readonly number[], middle: number, yardstick: PeerScoring['yardstick'], floor: number): boolean {
  if (raw.length === 0) return false
  if (yardstick === 'reference') return Math.max(...raw) >= floor
  return raw.length >= MIN_CONSENSUS_ANSWERS && middle > 0
}

/**
 * Scores each node's answer relative to the other nodes' answers to the same prompt. The gap
 * between the approved model and Claude is not a node's fault, so an answer is never judged by
 * its distance to the reference alone: its similarity to the reference is divided by the median
 * similarity of all nodes' answers to it, or by `referenceFloor` when the median is lower (a
 * majority of colluders answering garbage must not make garbage typical). Without a reference,
 * each answer's mean similarity to the others is the measure (consensus); the caller decides
 * whose answers may stand as peers (the loop passes verified answers only).
 *
 * @example
 * const { scores, conclusive } = scoreAgainstPeers([{ peerId: 'a', text }, { peerId: 'b', text: other }], { reference: claudeText })
 */
export function scoreAgainstPeers(answers: readonly PeerAnswer[], options: { reference?: string; similarity?: (a: string, b: string) => number; referenceFloor?: number } = {}): PeerScoring {
  const similarity = options.similarity ?? lexicalSimilarity
  const floor = options.referenceFloor ?? REFERENCE_SIMILARITY_FLOOR
  const yardstick: PeerScoring['yardstick'] = options.reference === undefined ? 'consensus' : 'reference'
  const raw = options.reference === undefined ? meanSimilaritiesToOthers(answers, similarity) : similaritiesToReference(answers, options.reference, similarity)
  const middle = raw.length === 0 ? 0 : median(raw)
  const conclusive = isConclusive(raw, middle, yardstick, floor)
  const divisor = yardstick === 'reference' ? Math.max(middle, floor) : middle
  const scores = answers.map((answer, index) => {
    const value = raw[index]!
    // An inconclusive yardstick blames nobody (and the loop records nothing).
    const relative = conclusive ? Math.min(MAX_RELATIVE_SCORE, value / divisor) : 1
    return { peerId: answer.peerId, similarity: value, relativeScore: relative }
  })
  return { yardstick, scores, median: middle, conclusive }
}
