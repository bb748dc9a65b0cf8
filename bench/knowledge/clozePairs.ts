import { createHash } from 'node:crypto'
import { splitSentences } from '../../orchestrator/maia/knowledge/splitSentences.ts'

/** One inverse-cloze pair: a sentence of a passage as a pseudo-question, the passage without it as its context. */
export interface ClozePair {
  /** Index of the passage the sentence was taken from. */
  readonly passage: number
  readonly question: string
  readonly context: string
}

/**
 * Inverse-cloze pairs for self-supervised training on a library without labels: from each passage,
 * `perPassage` sentences of 6-60 words chosen by a seeded hash (so the pairs are the same every run).
 *
 * @example
 * clozePairs(['First one here. A second sentence of the passage that is long enough.'], { seed: 1 })
 */
export function clozePairs(passages: readonly string[], options: { seed: number; perPassage?: number }): ClozePair[] {
  const pairs: ClozePair[] = []
  passages.forEach((text, passage) => {
    const sentences = splitSentences(text).filter((span) => {
      const words = text.slice(span.start, span.end).split(/\s+/).length
      return words >= 6 && words <= 60
    })
    if (sentences.length < 2) return
    const picked = sentences
      .map((span) => ({ span, key: createHash('sha256').update(`${options.seed}:${passage}:${span.start}`).digest().readUInt32BE(0) }))
      .sort((a, b) => a.key - b.key)
      .slice(0, options.perPassage ?? 1)
    for (const { span } of picked) {
      pairs.push({ passage, question: text.slice(span.start, span.end), context: `${text.slice(0, span.start)}${text.slice(span.end)}`.replace(/\s+/g, ' ').trim() })
    }
  })
  return pairs
}
