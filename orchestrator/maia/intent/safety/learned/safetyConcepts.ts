import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { LearnedSafetyModelError } from '../../errors.ts'

/**
 * The concept lexicon of the learned screen: words (and two-word phrases) of WordNet synsets
 * under a few crisis-relevant seed senses, each mapped to concept ids (death, medication,
 * blade, heights, farewell, burden, instructions-to-the-system…), so an unseen synonym fires the
 * same feature as a trained word. Built by bench/router/buildSafetyConcepts.ts.
 */
export const safetyConceptLexiconSchema = z.object({
  format: z.literal('maia-safety-concepts-v1'),
  source: z.string(),
  concepts: z.array(z.string()).min(1),
  /** Normalised word or "two words" → indices into `concepts`. */
  words: z.record(z.string(), z.array(z.number().int().min(0)))
})
export type SafetyConceptLexicon = z.infer<typeof safetyConceptLexiconSchema>

/** A loaded lexicon: the concept names of one or two tokens, and the file's digest (the model records it). */
export interface SafetyConcepts {
  readonly sha256: string
  readonly names: readonly string[]
  /** Concept names of a single normalised token (no negation mark). */
  ofWord(token: string): readonly string[] | undefined
  /** Concept names of two adjacent normalised tokens ("pass out", "give away"). */
  ofPair(first: string, second: string): readonly string[] | undefined
}

const LEXICON_URL = new URL('./safetyConcepts.json', import.meta.url)

/** Reads and checks a lexicon file (the shipped one by default). */
export function loadSafetyConcepts(file: string | URL = LEXICON_URL): SafetyConcepts {
  let bytes: Buffer
  let lexicon: SafetyConceptLexicon
  try {
    bytes = readFileSync(file)
    lexicon = safetyConceptLexiconSchema.parse(JSON.parse(bytes.toString('utf8')))
  } catch (cause) {
    throw new LearnedSafetyModelError('unreadable', { cause })
  }
  const table = new Map<string, readonly string[]>()
  for (const [word, ids] of Object.entries(lexicon.words)) table.set(word, ids.map((id) => lexicon.concepts[id] ?? `c${id}`))
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    names: lexicon.concepts,
    ofWord: (token) => table.get(token),
    ofPair: (first, second) => table.get(`${first} ${second}`)
  }
}

let shipped: SafetyConcepts | undefined

/** The shipped lexicon, loaded once per process on first use. */
export function getShippedSafetyConcepts(): SafetyConcepts {
  shipped ??= loadSafetyConcepts()
  return shipped
}
