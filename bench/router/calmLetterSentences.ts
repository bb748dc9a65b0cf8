// Round forty-four's candidate N (bench/router/heldout/README.md, round forty-four): the sentences of the development sets'
// calm messages, each read alone, join the screen's negatives. The screen reads every sentence of a message of two
// sentences or more on its own (safety/sentenceWindows.ts), but it was trained on whole messages only: on v51 five of
// thirteen false alarms were long calm letters escalated by one plain sentence ("The shop smelled of waffles and
// rain.") that the learned screen had never seen without its letter around it.
import { clausesOfMessage } from '../../orchestrator/maia/intent/safety/sentenceWindows.ts'
import { screenForSafety } from '../../orchestrator/maia/intent/safety/screenForSafety.ts'
import type { BinaryExample, DevSet } from './devSets.ts'

export interface CalmLetterSentenceOptions {
  /** Only messages with at least this many sentences (clauses where the script changes) give their sentences. */
  readonly minSentences: number
  /** Texts already in the training data (compared trimmed and lower-cased): never added twice, never as a negative of a positive. */
  readonly known?: ReadonlySet<string>
}

/**
 * Each sentence of each calm (ordinary) message of the sets with at least `minSentences` sentences, as a negative,
 * once. A sentence the rules flag on its own is left out: read alone it may well be a crisis ("He stopped
 * breathing." in a letter about an emergency that is over), and teaching the screen that it is calm would cost recall.
 *
 * @example
 * calmLetterSentences([set], { minSentences: 2 }) // [{ text: 'The ferry was late.', positive: false }, …]
 */
export function calmLetterSentences(sets: readonly DevSet[], options: CalmLetterSentenceOptions): BinaryExample[] {
  if (!Number.isInteger(options.minSentences) || options.minSentences < 2) throw new RangeError(`minSentences must be an integer of at least 2 (a message of one sentence has no windows), got ${options.minSentences}`)
  const seen = new Set(options.known ?? [])
  const sentences: BinaryExample[] = []
  for (const set of sets) {
    for (const message of set.ordinary) {
      const clauses = clausesOfMessage(message)
      if (clauses.length < options.minSentences) continue
      for (const clause of clauses) {
        const key = clause.trim().toLowerCase()
        if (seen.has(key)) continue
        seen.add(key)
        if (screenForSafety(clause).flagged) continue
        sentences.push({ text: clause, positive: false })
      }
    }
  }
  return sentences
}
