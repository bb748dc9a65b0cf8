// The checks every hand-written training batch of the router shares (issue 11): its messages are tidy,
// none repeats, none is copied from another data file (whole or as a run of words or letters), and no
// two messages of one list share a run (a batch written from templates would teach the screen the
// template). Registered as `it` blocks inside the calling test's `describe`.
import { expect, it } from 'vitest'
import { DEV_SETS } from '../../bench/router/devSets.ts'
import { CHARACTER_RUN, characterRuns, repeatedRuns, repeatedTexts, runsFoundIn, SHINGLE, shingles, spentHeldOutFiles, stringLiterals, textsFoundIn } from './trainingTexts.ts'

/** A batch's two lists and the data files it is compared with. */
export interface BatchUnderTest {
  readonly crisisTexts: readonly string[]
  readonly ordinaryTexts: readonly string[]
  /** The other files of `orchestrator/maia/intent/data/` (otherDataFiles). */
  readonly otherFiles: readonly string[]
  /** A file that must be among them (the batch before), so that an empty glob cannot pass. */
  readonly previousBatchFile: string
}

/** Registers the shared checks of a training batch (see the file comment). */
export function itKeepsItsMessagesApart({ crisisTexts, ordinaryTexts, otherFiles, previousBatchFile }: BatchUnderTest): void {
  const allTexts = [...crisisTexts, ...ordinaryTexts]
  const otherTexts = (): string[] => otherFiles.flatMap(stringLiterals)

  it('repeats no message, even after folding case, accents and punctuation, within or across its two lists', () => {
    expect(repeatedTexts(allTexts)).toEqual([])
  })

  it('shares no message with the other data files of the router', () => {
    expect(otherFiles.length).toBeGreaterThan(5)
    expect(otherFiles.some((path) => path.endsWith(previousBatchFile))).toBe(true)
    expect(textsFoundIn(allTexts, otherTexts())).toEqual([])
  })

  it(`shares no run of ${SHINGLE} words, nor of ${CHARACTER_RUN} letters in scripts without spaces, with the other data files`, () => {
    expect(runsFoundIn(allTexts, otherTexts())).toEqual([])
  })

  // Crisis messages and their ordinary near-twins may share words on purpose; within one list they may not.
  it(`is not written from templates: no two messages of one list share a run of ${SHINGLE} words or ${CHARACTER_RUN} letters`, () => {
    const lists = [crisisTexts, ordinaryTexts]
    expect(repeatedRuns(lists, shingles)).toEqual([])
    expect(repeatedRuns(lists, characterRuns)).toEqual([])
  })
}

/**
 * The held-out texts a batch is compared with: every message of the development sets up to v`lastSpentSet`
 * (the sets that existed when the batch was written; later ones, written independently, may share a run with
 * it by chance, which says nothing about copying) and the string literals of the spent sets named, parsed
 * from their files (`spentFiles`) so that the check holds before and after they join the development sets.
 */
export function heldOutTextsUpTo(lastSpentSet: number, spentSets: readonly number[]): { spentFiles: string[]; texts: string[] } {
  const spentFiles = spentHeldOutFiles(lastSpentSet).filter((path) => spentSets.some((set) => path.includes(`/v${set}/`)))
  const developmentTexts = DEV_SETS.filter((set) => Number(set.name.slice(1)) <= lastSpentSet)
    .flatMap((set) => [...set.crisis.map((message) => message.text), ...set.ordinary, ...set.intents.map((example) => example.text)])
  return { spentFiles, texts: [...developmentTexts, ...spentFiles.flatMap(stringLiterals)] }
}
