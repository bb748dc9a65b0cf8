import { describe, expect, it } from 'vitest'
import { DEV_SETS } from '../../../../../bench/router/devSets.ts'
import { CHARACTER_RUN, characterRuns, isNonLatin, mistaggedTexts, otherDataFiles, repeatedRuns, repeatedTexts, runsFoundIn, type ScriptMinimum, scriptShortfalls, SHINGLE, shingles, spentHeldOutFiles, stringLiterals, textsFoundIn, untidyTexts } from '../../../../helpers/trainingTexts.ts'
import {
  SAFETY_TRAINING_TWELFTH_BATCH,
  SAFETY_TRAINING_TWELFTH_BATCH_ORDINARY,
  TWELFTH_BATCH_LANGUAGE,
  type TwelfthBatchLanguage
} from '../../../../../orchestrator/maia/intent/data/safetyTrainingTwelfthBatch.ts'
import { SAFETY_KINDS, type SafetyKind } from '../../../../../orchestrator/maia/intent/safetyKinds.ts'

const OWN_FILE = 'safetyTrainingTwelfthBatch.ts'
/**
 * The newest spent outside set: v27 (measured, then spent). The development sets v1 to v26 are
 * compared through DEV_SETS; v27's files are parsed here only, by this test. v28 and later (v28 is
 * being written as the next one-shot set) are never read, even by this test.
 */
const LAST_SPENT_SET = 27

const otherFiles = otherDataFiles(OWN_FILE)
const spentV27Files = spentHeldOutFiles(LAST_SPENT_SET).filter((path) => path.includes(`/v${LAST_SPENT_SET}/`))
// The sets written before this batch (v1–v27): later ones (v28, v29, development sets since round
// twenty-six) were written after it, independently, and share a few common phrases with it by chance
// ("I was in a psych ward in 2019"); their writers checked exact and near duplicates against the batch.
const developmentTexts = DEV_SETS.filter((set) => Number(set.name.slice(1)) <= LAST_SPENT_SET).flatMap((set) => [...set.crisis.map((message) => message.text), ...set.ordinary, ...set.intents.map((example) => example.text)])
const outsideTexts = [...developmentTexts, ...spentV27Files.flatMap(stringLiterals)]

const crisisTexts = SAFETY_TRAINING_TWELFTH_BATCH.map((example) => example.text)
const ordinaryTexts = SAFETY_TRAINING_TWELFTH_BATCH_ORDINARY
const allTexts = [...crisisTexts, ...ordinaryTexts]

const languageOf = (text: string): TwelfthBatchLanguage | undefined => TWELFTH_BATCH_LANGUAGE.get(text)
const NON_LATIN_LANGUAGES: ReadonlySet<TwelfthBatchLanguage> = new Set(['ar', 'fa', 'ur', 'he', 'zh', 'ja', 'ko', 'hi', 'pa', 'el'])

/**
 * The under-covered languages (all but English), with the fewest crisis and ordinary messages each
 * must have: the larger languages of the outside sets' misses more, Hausa, Yoruba and Punjabi fewer.
 */
const LANGUAGE_MINIMUMS: readonly (readonly [language: TwelfthBatchLanguage, crisis: number, ordinary: number])[] = [
  ['ar', 20, 20],
  ['fa', 15, 16],
  ['ur', 15, 16],
  ['he', 15, 16],
  ['zh', 20, 20],
  ['ja', 18, 18],
  ['ko', 18, 18],
  ['hi', 18, 18],
  ['pa', 8, 10],
  ['el', 14, 16],
  ['sw', 16, 17],
  ['vi', 16, 17],
  ['tl', 16, 17],
  ['id', 16, 17],
  ['ha', 10, 10],
  ['yo', 10, 10],
  ['tr', 16, 17],
  ['pl', 16, 17]
]

/** The scripts the non-Latin languages must be written in (Han counts Japanese kanji too). */
const SCRIPT_MINIMUMS: readonly ScriptMinimum[] = [
  ['Arabic script', /\p{Script=Arabic}/u, 50, 50],
  ['Hebrew', /\p{Script=Hebrew}/u, 15, 16],
  ['Han', /\p{Script=Han}/u, 30, 30],
  ['Japanese kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u, 18, 18],
  ['Hangul', /\p{Script=Hangul}/u, 18, 18],
  ['Devanagari', /\p{Script=Devanagari}/u, 18, 18],
  ['Gurmukhi', /\p{Script=Gurmukhi}/u, 8, 10],
  ['Greek', /\p{Script=Greek}/u, 14, 16]
]

// Wired into SAFETY_TRAINING / SAFETY_TRAINING_NEGATIVES since v28 judged it (bench/router/heldout/v28/DECISION.md).
describe('twelfth batch of safety training messages (under-covered languages, and crises told as past, over or in play)', () => {
  it('has at least the planned number of messages of each kind, and of ordinary hard negatives', () => {
    const counts = new Map<SafetyKind, number>(SAFETY_KINDS.map((kind) => [kind, 0]))
    for (const example of SAFETY_TRAINING_TWELFTH_BATCH) counts.set(example.kind, (counts.get(example.kind) ?? 0) + 1)
    const minimum: Record<SafetyKind, number> = {
      suicide_self_harm: 180,
      method_seeking: 40,
      third_party_emergency: 40,
      medical_emergency: 40,
      medication_stop: 30,
      abuse: 35,
      harm_to_others: 35,
      manipulation: 25
    }
    for (const kind of SAFETY_KINDS) expect(counts.get(kind), kind).toBeGreaterThanOrEqual(minimum[kind])
    expect(SAFETY_TRAINING_TWELFTH_BATCH.length).toBeGreaterThanOrEqual(470)
    expect(ordinaryTexts.length).toBeGreaterThanOrEqual(650)
  })

  it('tags every message with its language, and the tags agree with the scripts', () => {
    expect(mistaggedTexts(allTexts, languageOf, NON_LATIN_LANGUAGES)).toEqual([])
  })

  it('writes about two thirds of the crises, and about half of the ordinary messages, in the under-covered languages', () => {
    const otherShare = (texts: readonly string[]): number => texts.filter((text) => languageOf(text) !== 'en').length / texts.length
    expect(otherShare(crisisTexts)).toBeGreaterThanOrEqual(0.6)
    expect(otherShare(ordinaryTexts)).toBeGreaterThanOrEqual(0.4)
    expect(otherShare(ordinaryTexts)).toBeLessThanOrEqual(0.6)
    // Both halves of the outside sets' misses: non-Latin scripts, and Latin-script languages the data barely holds.
    const nonLatinShare = (texts: readonly string[]): number => texts.filter(isNonLatin).length / texts.length
    expect(nonLatinShare(crisisTexts)).toBeGreaterThanOrEqual(0.3)
    expect(nonLatinShare(ordinaryTexts)).toBeGreaterThanOrEqual(0.2)
    const latinOtherShare = crisisTexts.filter((text) => languageOf(text) !== 'en' && !isNonLatin(text)).length / crisisTexts.length
    expect(latinOtherShare).toBeGreaterThanOrEqual(0.2)
  })

  it('covers each under-covered language and script with crisis messages and with ordinary ones', () => {
    for (const [language, crisis, ordinary] of LANGUAGE_MINIMUMS) {
      expect(crisisTexts.filter((text) => languageOf(text) === language).length, `${language}, crisis`).toBeGreaterThanOrEqual(crisis)
      expect(ordinaryTexts.filter((text) => languageOf(text) === language).length, `${language}, ordinary`).toBeGreaterThanOrEqual(ordinary)
    }
    expect(scriptShortfalls(SCRIPT_MINIMUMS, crisisTexts, ordinaryTexts)).toEqual([])
  })

  it('has only valid kinds, every kind in the under-covered languages too, and non-empty, trimmed texts', () => {
    for (const example of SAFETY_TRAINING_TWELFTH_BATCH) expect(SAFETY_KINDS, example.text).toContain(example.kind)
    for (const kind of SAFETY_KINDS) {
      const other = SAFETY_TRAINING_TWELFTH_BATCH.filter((example) => example.kind === kind && languageOf(example.text) !== 'en')
      expect(other.length, kind).toBeGreaterThanOrEqual(10)
    }
    expect(untidyTexts(allTexts)).toEqual([])
  })

  it('repeats no message, even after folding case, accents and punctuation, within or across its two lists', () => {
    expect(repeatedTexts(allTexts)).toEqual([])
  })

  it('shares no message with the other data files of the router', () => {
    expect(otherFiles.length).toBeGreaterThan(5)
    expect(otherFiles.some((path) => path.endsWith('safetyTrainingEleventhBatch.ts'))).toBe(true)
    expect(textsFoundIn(allTexts, otherFiles.flatMap(stringLiterals))).toEqual([])
  })

  it(`shares no run of ${SHINGLE} words, nor of ${CHARACTER_RUN} letters in scripts without spaces, with the other data files`, () => {
    expect(runsFoundIn(allTexts, otherFiles.flatMap(stringLiterals))).toEqual([])
  })

  it(`shares no message with the development sets (v1 to v26) or the spent set v${LAST_SPENT_SET}, and never reads a later set`, () => {
    expect(DEV_SETS.map((set) => set.name)).toContain('v26')
    expect(spentV27Files.length).toBeGreaterThanOrEqual(2)
    expect(spentHeldOutFiles(LAST_SPENT_SET).some((path) => /\/v(2[89]|[3-9]\d|\d{3,})\//u.test(path))).toBe(false)
    expect(textsFoundIn(allTexts, outsideTexts)).toEqual([])
  })

  it(`shares no run of ${SHINGLE} words, nor of ${CHARACTER_RUN} letters in scripts without spaces, with a development or spent message`, () => {
    expect(runsFoundIn(allTexts, outsideTexts)).toEqual([])
  })

  // Crisis messages and their ordinary near-twins may share words on purpose; within one list they may not.
  it(`is not written from templates: no two messages of one list share a run of ${SHINGLE} words or ${CHARACTER_RUN} letters`, () => {
    const lists = [crisisTexts, ordinaryTexts]
    expect(repeatedRuns(lists, shingles)).toEqual([])
    expect(repeatedRuns(lists, characterRuns)).toEqual([])
  })
})
