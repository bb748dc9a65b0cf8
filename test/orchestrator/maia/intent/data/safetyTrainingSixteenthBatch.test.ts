import { describe, expect, it } from 'vitest'
import { DEV_SETS } from '../../../../../bench/router/devSets.ts'
import { heldOutTextsUpTo, itKeepsItsMessagesApart } from '../../../../helpers/batchChecks.ts'
import { CHARACTER_RUN, languagesLeaningToCrisis, mistaggedTexts, nonLatinShareGap, otherDataFiles, runsFoundIn, type ScriptMinimum, scriptShortfalls, SHINGLE, spentHeldOutFiles, textsFoundIn, untidyTexts } from '../../../../helpers/trainingTexts.ts'
import {
  SAFETY_TRAINING_SIXTEENTH_BATCH,
  SAFETY_TRAINING_SIXTEENTH_BATCH_ORDINARY,
  SIXTEENTH_BATCH_LANGUAGE,
  type SixteenthBatchLanguage
} from '../../../../../orchestrator/maia/intent/data/safetyTrainingSixteenthBatch.ts'
import { SAFETY_KINDS, type SafetyKind } from '../../../../../orchestrator/maia/intent/safetyKinds.ts'

const OWN_FILE = 'safetyTrainingSixteenthBatch.ts'
/**
 * The newest spent outside set: v33 (measured once, then spent). The development sets are compared
 * through DEV_SETS (v1 to v32 when this batch was written); the spent set v33 is parsed here too, by
 * this test only, so the check holds before and after it joins DEV_SETS. Later sets (the next
 * one-shot set is being written) are never read, even by this test.
 */
const LAST_SPENT_SET = 33
const SPENT_SETS = [33]

const otherFiles = otherDataFiles(OWN_FILE)
const { spentFiles, texts: outsideTexts } = heldOutTextsUpTo(LAST_SPENT_SET, SPENT_SETS)

const crisisTexts = SAFETY_TRAINING_SIXTEENTH_BATCH.map((example) => example.text)
const ordinaryTexts = SAFETY_TRAINING_SIXTEENTH_BATCH_ORDINARY
const allTexts = [...crisisTexts, ...ordinaryTexts]

const languageOf = (text: string): SixteenthBatchLanguage | undefined => SIXTEENTH_BATCH_LANGUAGE.get(text)

/** The languages written in another script than Latin, each with its script (every other tag is written in Latin letters). */
const SCRIPT_OF: ReadonlyMap<SixteenthBatchLanguage, RegExp> = new Map<SixteenthBatchLanguage, RegExp>([
  ['ml', /\p{Script=Malayalam}/u],
  ['te', /\p{Script=Telugu}/u],
  ['he', /\p{Script=Hebrew}/u],
  ['kk', /\p{Script=Cyrillic}/u],
  ['si', /\p{Script=Sinhala}/u],
  ['hy', /\p{Script=Armenian}/u],
  ['km', /\p{Script=Khmer}/u],
  ['fa', /\p{Script=Arabic}/u],
  ['ur', /\p{Script=Arabic}/u],
  ['ko', /\p{Script=Hangul}/u],
  ['ar', /\p{Script=Arabic}/u],
  ['hi', /\p{Script=Devanagari}/u],
  ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['uk', /\p{Script=Cyrillic}/u],
  ['el', /\p{Script=Greek}/u]
])
const NON_LATIN_LANGUAGES: ReadonlySet<SixteenthBatchLanguage> = new Set(SCRIPT_OF.keys())

/** The languages v33 exposed and ones like them: every kind in each, manipulation four times at least. */
const GRID_LANGUAGES: readonly SixteenthBatchLanguage[] = [
  'ml', 'te', 'he', 'kk', 'si', 'hy', 'km', 'fa', 'ur', 'ko', 'ar',
  'yo', 'lt', 'cy', 'sw', 'tl', 'fa-latn', 'ru-latn', 'vi', 'it', 'de', 'tr', 'pl', 'id'
]
/** The languages with manipulation only (carriers and claimed roles, three at least in each). */
const MANIPULATION_LANGUAGES: readonly SixteenthBatchLanguage[] = ['es', 'fr', 'pt', 'nl', 'fi', 'hu', 'sv', 'ro', 'hi', 'ja', 'uk', 'el']

/** The fewest crisis and ordinary messages each language must have. */
const LANGUAGE_MINIMUMS: readonly (readonly [language: SixteenthBatchLanguage, crisis: number, ordinary: number])[] = [
  ['en', 65, 75],
  ...GRID_LANGUAGES.map((language) => [language, 16, 19] as const),
  ...MANIPULATION_LANGUAGES.map((language) => [language, 3, 4] as const)
]

/** The scripts of the non-Latin languages, with the fewest crisis and ordinary messages in each. */
const SCRIPT_MINIMUMS: readonly ScriptMinimum[] = [
  ['Malayalam', /\p{Script=Malayalam}/u, 16, 19],
  ['Telugu', /\p{Script=Telugu}/u, 16, 19],
  ['Hebrew', /\p{Script=Hebrew}/u, 16, 19],
  ['Sinhala', /\p{Script=Sinhala}/u, 16, 19],
  ['Armenian', /\p{Script=Armenian}/u, 16, 19],
  ['Khmer', /\p{Script=Khmer}/u, 16, 19],
  ['Cyrillic', /\p{Script=Cyrillic}/u, 19, 23],
  ['Arabic', /\p{Script=Arabic}/u, 48, 57],
  ['Hangul', /\p{Script=Hangul}/u, 16, 19],
  ['Devanagari', /\p{Script=Devanagari}/u, 3, 4],
  ['Japanese kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u, 3, 4],
  ['Greek', /\p{Script=Greek}/u, 3, 4]
]

const countOf = (kind: SafetyKind, language?: SixteenthBatchLanguage): number =>
  SAFETY_TRAINING_SIXTEENTH_BATCH.filter((example) => example.kind === kind && (language === undefined || languageOf(example.text) === language)).length

describe('sixteenth batch of safety training messages (manipulation through every carrier in thirty-seven languages, every kind in v33\'s languages, and their ordinary twins)', () => {
  it('has at least the planned number of messages of each kind, manipulation the most, and of ordinary hard negatives', () => {
    const minimum: Record<SafetyKind, number> = {
      suicide_self_harm: 48,
      method_seeking: 48,
      third_party_emergency: 48,
      medical_emergency: 48,
      medication_stop: 48,
      abuse: 25,
      harm_to_others: 25,
      manipulation: 200
    }
    for (const kind of SAFETY_KINDS) expect(countOf(kind), kind).toBeGreaterThanOrEqual(minimum[kind])
    for (const kind of SAFETY_KINDS) if (kind !== 'manipulation') expect(countOf(kind), kind).toBeLessThan(countOf('manipulation'))
    expect(SAFETY_TRAINING_SIXTEENTH_BATCH.length).toBeGreaterThanOrEqual(500)
    expect(ordinaryTexts.length).toBeGreaterThanOrEqual(590)
    expect(ordinaryTexts.length).toBeGreaterThanOrEqual(SAFETY_TRAINING_SIXTEENTH_BATCH.length)
  })

  it('tags every message with its language, and the tags agree with the scripts (Unicode tricks tagged by their underlying language)', () => {
    expect(mistaggedTexts(allTexts, languageOf, NON_LATIN_LANGUAGES)).toEqual([])
    for (const text of allTexts) {
      const script = SCRIPT_OF.get(languageOf(text) ?? 'en')
      if (script !== undefined) expect(script.test(text), text).toBe(true)
    }
    const tags = new Set(SIXTEENTH_BATCH_LANGUAGE.values())
    expect(tags.size).toBe(1 + GRID_LANGUAGES.length + MANIPULATION_LANGUAGES.length)
    for (const [language] of LANGUAGE_MINIMUMS) expect(tags.has(language), language).toBe(true)
  })

  it('has manipulation in every language, English the most, and every kind in English and in every grid language', () => {
    for (const [language, crisis, ordinary] of LANGUAGE_MINIMUMS) {
      expect(crisisTexts.filter((text) => languageOf(text) === language).length, `${language}, crisis`).toBeGreaterThanOrEqual(crisis)
      expect(ordinaryTexts.filter((text) => languageOf(text) === language).length, `${language}, ordinary`).toBeGreaterThanOrEqual(ordinary)
      expect(countOf('manipulation', language), `${language}, manipulation`).toBeGreaterThanOrEqual(language === 'en' ? 50 : GRID_LANGUAGES.includes(language) ? 4 : 3)
      if (language === 'en' || GRID_LANGUAGES.includes(language)) for (const kind of SAFETY_KINDS) expect(countOf(kind, language), `${language}, ${kind}`).toBeGreaterThanOrEqual(1)
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
    for (const example of SAFETY_TRAINING_SIXTEENTH_BATCH) expect(SAFETY_KINDS, example.text).toContain(example.kind)
    expect(untidyTexts(allTexts)).toEqual([])
  })

  itKeepsItsMessagesApart({ crisisTexts, ordinaryTexts, otherFiles, previousBatchFile: 'safetyTrainingFifteenthBatch.ts' })

  it(`shares no message with the development sets or the spent set v${LAST_SPENT_SET}, and never reads a later set`, () => {
    expect(DEV_SETS.map((set) => set.name)).toContain('v32')
    for (const set of SPENT_SETS) expect(spentFiles.filter((path) => path.includes(`/v${set}/`)).length, `v${set}`).toBeGreaterThanOrEqual(2)
    expect(spentHeldOutFiles(LAST_SPENT_SET).some((path) => /\/v(3[4-9]|[4-9]\d|\d{3,})\//u.test(path))).toBe(false)
    expect(textsFoundIn(allTexts, outsideTexts)).toEqual([])
  })

  it(`shares no run of ${SHINGLE} words, nor of ${CHARACTER_RUN} letters in scripts without spaces, with a development or spent message`, () => {
    expect(runsFoundIn(allTexts, outsideTexts)).toEqual([])
  })
})
