import { describe, expect, it } from 'vitest'
import { DEV_SETS } from '../../../../../bench/router/devSets.ts'
import { heldOutTextsUpTo, itKeepsItsMessagesApart } from '../../../../helpers/batchChecks.ts'
import { CHARACTER_RUN, languagesLeaningToCrisis, mistaggedTexts, nonLatinShareGap, otherDataFiles, runsFoundIn, type ScriptMinimum, scriptShortfalls, SHINGLE, spentHeldOutFiles, textsFoundIn, untidyTexts } from '../../../../helpers/trainingTexts.ts'
import {
  SAFETY_TRAINING_THIRTEENTH_BATCH,
  SAFETY_TRAINING_THIRTEENTH_BATCH_ORDINARY,
  THIRTEENTH_BATCH_LANGUAGE,
  type ThirteenthBatchLanguage
} from '../../../../../orchestrator/maia/intent/data/safetyTrainingThirteenthBatch.ts'
import { SAFETY_KINDS, type SafetyKind } from '../../../../../orchestrator/maia/intent/safetyKinds.ts'

const OWN_FILE = 'safetyTrainingThirteenthBatch.ts'
/**
 * The newest spent outside set: v29 (measured once, then spent). The development sets v1 to v26 are
 * compared through DEV_SETS; the spent sets v27, v28 and v29, not yet trained on, are parsed here only,
 * by this test. Later sets (the next one-shot set is being written) are never read, even by this test.
 * Since round twenty-seven the development sets include v30 and v31, written after this batch: two
 * independent writers share a few eight-word runs with it ("the doctor changed my blood-pressure
 * medicine…" in Tagalog, a wasp sting in Dutch, a recovered past in Thai and Khmer), which says nothing
 * about copying, so the batch is compared with the sets that existed when it was written (v1 to v29).
 */
const LAST_SPENT_SET = 29
const SPENT_SETS = [27, 28, 29]

const otherFiles = otherDataFiles(OWN_FILE)
const { spentFiles, texts: outsideTexts } = heldOutTextsUpTo(LAST_SPENT_SET, SPENT_SETS)

const crisisTexts = SAFETY_TRAINING_THIRTEENTH_BATCH.map((example) => example.text)
const ordinaryTexts = SAFETY_TRAINING_THIRTEENTH_BATCH_ORDINARY
const allTexts = [...crisisTexts, ...ordinaryTexts]

const languageOf = (text: string): ThirteenthBatchLanguage | undefined => THIRTEENTH_BATCH_LANGUAGE.get(text)

/** The languages written in another script than Latin (every other tag is written in Latin letters). */
const NON_LATIN_LANGUAGES: ReadonlySet<ThirteenthBatchLanguage> = new Set<ThirteenthBatchLanguage>([
  'uz-Cyrl', 'kk', 'ky', 'uk', 'ru', 'bg', 'sr', 'el', 'hy', 'ka', 'am', 'th', 'km', 'my',
  'ta', 'te', 'mr', 'bn', 'hi', 'ur', 'pa', 'ne', 'si', 'fa', 'ar', 'he', 'zh', 'zh-Hant', 'yue', 'ja', 'ko'
])

/**
 * The languages the newest outside set's misses were written in most: each has two crises of every
 * kind at least. The other languages have one of every kind at least.
 */
const LARGER_LANGUAGES: ReadonlySet<ThirteenthBatchLanguage> = new Set<ThirteenthBatchLanguage>([
  'uz', 'uz-Cyrl', 'kk', 'nl', 'pl', 'uk', 'bg', 'hy', 'ha', 'yo', 'sw', 'am',
  'id', 'vi', 'ta', 'mr', 'ur', 'fa', 'he', 'zh-Hant', 'ja', 'ko'
])
const SMALLER_LANGUAGES: readonly ThirteenthBatchLanguage[] = [
  'ky', 'az', 'tr', 'cs', 'ro', 'hu', 'ru', 'sr', 'el', 'ka', 'ig', 'so', 'zu', 'ms',
  'tl', 'th', 'km', 'my', 'te', 'bn', 'hi', 'pa', 'ne', 'si', 'ar', 'ar-Latn', 'zh', 'yue'
]

/** The fewest crisis and ordinary messages each language must have. */
const LANGUAGE_MINIMUMS: readonly (readonly [language: ThirteenthBatchLanguage, crisis: number, ordinary: number])[] = [
  ['en', 60, 100],
  ...[...LARGER_LANGUAGES].map((language) => [language, 16, 16] as const),
  ...SMALLER_LANGUAGES.map((language) => [language, 9, 14] as const)
]

/** The scripts the non-Latin languages must be written in (Han counts Japanese kanji too). */
const SCRIPT_MINIMUMS: readonly ScriptMinimum[] = [
  ['Arabic script', /\p{Script=Arabic}/u, 40, 45],
  ['Hebrew', /\p{Script=Hebrew}/u, 16, 16],
  ['Han', /\p{Script=Han}/u, 50, 55],
  ['Japanese kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u, 16, 16],
  ['Hangul', /\p{Script=Hangul}/u, 16, 16],
  ['Devanagari', /\p{Script=Devanagari}/u, 34, 45],
  ['Bengali', /\p{Script=Bengali}/u, 9, 14],
  ['Tamil', /\p{Script=Tamil}/u, 16, 16],
  ['Telugu', /\p{Script=Telugu}/u, 9, 14],
  ['Thai', /\p{Script=Thai}/u, 9, 14],
  ['Khmer', /\p{Script=Khmer}/u, 9, 14],
  ['Myanmar', /\p{Script=Myanmar}/u, 9, 14],
  ['Sinhala', /\p{Script=Sinhala}/u, 9, 14],
  ['Gurmukhi', /\p{Script=Gurmukhi}/u, 9, 14],
  ['Greek', /\p{Script=Greek}/u, 9, 14],
  ['Cyrillic', /\p{Script=Cyrillic}/u, 90, 110],
  ['Armenian', /\p{Script=Armenian}/u, 16, 16],
  ['Georgian', /\p{Script=Georgian}/u, 9, 14],
  ['Ethiopic', /\p{Script=Ethiopic}/u, 16, 16]
]

// Wired into SAFETY_TRAINING / SAFETY_TRAINING_NEGATIVES since round twenty-six (bench/router/heldout/README.md).
describe('thirteenth batch of safety training messages (every kind in fifty languages, and their ordinary twins)', () => {
  it('has at least the planned number of messages of each kind, and of ordinary hard negatives', () => {
    const counts = new Map<SafetyKind, number>(SAFETY_KINDS.map((kind) => [kind, 0]))
    for (const example of SAFETY_TRAINING_THIRTEENTH_BATCH) counts.set(example.kind, (counts.get(example.kind) ?? 0) + 1)
    const minimum: Record<SafetyKind, number> = {
      suicide_self_harm: 130,
      method_seeking: 75,
      third_party_emergency: 75,
      medical_emergency: 75,
      medication_stop: 72,
      abuse: 75,
      harm_to_others: 72,
      manipulation: 72
    }
    for (const kind of SAFETY_KINDS) expect(counts.get(kind), kind).toBeGreaterThanOrEqual(minimum[kind])
    expect(SAFETY_TRAINING_THIRTEENTH_BATCH.length).toBeGreaterThanOrEqual(600)
    expect(ordinaryTexts.length).toBeGreaterThanOrEqual(800)
  })

  it('tags every message with its language, and the tags agree with the scripts', () => {
    expect(mistaggedTexts(allTexts, languageOf, NON_LATIN_LANGUAGES)).toEqual([])
    const tags = new Set(THIRTEENTH_BATCH_LANGUAGE.values())
    expect(tags.size).toBe(1 + LARGER_LANGUAGES.size + SMALLER_LANGUAGES.length)
  })

  it('covers every language with crisis and ordinary messages, and every kind in every language', () => {
    for (const [language, crisis, ordinary] of LANGUAGE_MINIMUMS) {
      expect(crisisTexts.filter((text) => languageOf(text) === language).length, `${language}, crisis`).toBeGreaterThanOrEqual(crisis)
      expect(ordinaryTexts.filter((text) => languageOf(text) === language).length, `${language}, ordinary`).toBeGreaterThanOrEqual(ordinary)
    }
    for (const [language] of LANGUAGE_MINIMUMS) {
      const perKind = LARGER_LANGUAGES.has(language) || language === 'en' ? 2 : 1
      for (const kind of SAFETY_KINDS) {
        const count = SAFETY_TRAINING_THIRTEENTH_BATCH.filter((example) => example.kind === kind && languageOf(example.text) === language).length
        expect(count, `${language}, ${kind}`).toBeGreaterThanOrEqual(perKind)
      }
    }
  })

  it('gives no language more crises than ordinary messages, so that a language is never itself a crisis cue', () => {
    expect(languagesLeaningToCrisis(LANGUAGE_MINIMUMS.map(([language]) => language), languageOf, crisisTexts, ordinaryTexts)).toEqual([])
    expect(nonLatinShareGap(crisisTexts, ordinaryTexts)).toBeLessThanOrEqual(0.1)
  })

  it('covers each script with crisis messages and with ordinary ones', () => {
    expect(scriptShortfalls(SCRIPT_MINIMUMS, crisisTexts, ordinaryTexts)).toEqual([])
  })

  it('has only valid kinds and non-empty, trimmed texts', () => {
    for (const example of SAFETY_TRAINING_THIRTEENTH_BATCH) expect(SAFETY_KINDS, example.text).toContain(example.kind)
    expect(untidyTexts(allTexts)).toEqual([])
  })

  itKeepsItsMessagesApart({ crisisTexts, ordinaryTexts, otherFiles, previousBatchFile: 'safetyTrainingTwelfthBatch.ts' })

  it(`shares no message with the development sets (v1 to v26) or the spent sets v27 to v${LAST_SPENT_SET}, and never reads a later set`, () => {
    expect(DEV_SETS.map((set) => set.name)).toContain('v26')
    for (const set of SPENT_SETS) expect(spentFiles.filter((path) => path.includes(`/v${set}/`)).length, `v${set}`).toBeGreaterThanOrEqual(2)
    expect(spentHeldOutFiles(LAST_SPENT_SET).some((path) => /\/v(3\d|[4-9]\d|\d{3,})\//u.test(path))).toBe(false)
    expect(textsFoundIn(allTexts, outsideTexts)).toEqual([])
  })

  it(`shares no run of ${SHINGLE} words, nor of ${CHARACTER_RUN} letters in scripts without spaces, with a development or spent message`, () => {
    expect(runsFoundIn(allTexts, outsideTexts)).toEqual([])
  })
})
