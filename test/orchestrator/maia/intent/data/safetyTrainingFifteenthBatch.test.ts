import { describe, expect, it } from 'vitest'
import { DEV_SETS } from '../../../../../bench/router/devSets.ts'
import { heldOutTextsUpTo, itKeepsItsMessagesApart } from '../../../../helpers/batchChecks.ts'
import { CHARACTER_RUN, languagesLeaningToCrisis, mistaggedTexts, nonLatinShareGap, otherDataFiles, runsFoundIn, type ScriptMinimum, scriptShortfalls, SHINGLE, spentHeldOutFiles, textsFoundIn, untidyTexts } from '../../../../helpers/trainingTexts.ts'
import {
  FIFTEENTH_BATCH_LANGUAGE,
  SAFETY_TRAINING_FIFTEENTH_BATCH,
  SAFETY_TRAINING_FIFTEENTH_BATCH_ORDINARY,
  type FifteenthBatchLanguage
} from '../../../../../orchestrator/maia/intent/data/safetyTrainingFifteenthBatch.ts'
import { SAFETY_KINDS, type SafetyKind } from '../../../../../orchestrator/maia/intent/safetyKinds.ts'

const OWN_FILE = 'safetyTrainingFifteenthBatch.ts'
/**
 * The newest spent outside set: v32 (measured once, then spent). The development sets are compared
 * through DEV_SETS (v1 to v31 when this batch was written); the spent set v32 is parsed here too, by
 * this test, so the check holds before and after it joins DEV_SETS. Later sets (the next one-shot set
 * is being written) are never read, even by this test.
 */
const LAST_SPENT_SET = 32
const SPENT_SETS = [32]

const otherFiles = otherDataFiles(OWN_FILE)
const { spentFiles, texts: outsideTexts } = heldOutTextsUpTo(LAST_SPENT_SET, SPENT_SETS)

const crisisTexts = SAFETY_TRAINING_FIFTEENTH_BATCH.map((example) => example.text)
const ordinaryTexts = SAFETY_TRAINING_FIFTEENTH_BATCH_ORDINARY
const allTexts = [...crisisTexts, ...ordinaryTexts]

const languageOf = (text: string): FifteenthBatchLanguage | undefined => FIFTEENTH_BATCH_LANGUAGE.get(text)

/** The languages written in another script than Latin, each with its script (every other tag is written in Latin letters). */
const SCRIPT_OF: ReadonlyMap<FifteenthBatchLanguage, RegExp> = new Map<FifteenthBatchLanguage, RegExp>([
  ['gu', /\p{Script=Gujarati}/u],
  ['mr', /\p{Script=Devanagari}/u],
  ['pa', /\p{Script=Gurmukhi}/u],
  ['ml', /\p{Script=Malayalam}/u],
  ['kn', /\p{Script=Kannada}/u],
  ['te', /\p{Script=Telugu}/u],
  ['or', /\p{Script=Oriya}/u],
  ['si', /\p{Script=Sinhala}/u],
  ['my', /\p{Script=Myanmar}/u],
  ['km', /\p{Script=Khmer}/u],
  ['lo', /\p{Script=Lao}/u],
  ['mn', /\p{Script=Cyrillic}/u],
  ['tg', /\p{Script=Cyrillic}/u],
  ['mk', /\p{Script=Cyrillic}/u],
  ['be', /\p{Script=Cyrillic}/u],
  ['ps', /\p{Script=Arabic}/u],
  ['ckb', /\p{Script=Arabic}/u],
  ['ug', /\p{Script=Arabic}/u],
  ['ka', /\p{Script=Georgian}/u],
  ['am', /\p{Script=Ethiopic}/u],
  ['ti', /\p{Script=Ethiopic}/u],
  ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['ko', /\p{Script=Hangul}/u],
  ['th', /\p{Script=Thai}/u]
])
const NON_LATIN_LANGUAGES: ReadonlySet<FifteenthBatchLanguage> = new Set(SCRIPT_OF.keys())

/** The languages v32's misses were written in, with more crises of every kind and three method-seeking ones at least. */
const V32_LANGUAGES: readonly FifteenthBatchLanguage[] = ['ja', 'ko', 'th', 'tr', 'pl', 'da', 'nb', 'hr', 'sk', 'ca', 'ht']
/** The languages absent or thin in the thirteenth and fourteenth batches, each with every kind and two method-seeking messages. */
const GRID_LANGUAGES: readonly FifteenthBatchLanguage[] = [
  'gu', 'mr', 'pa', 'ml', 'kn', 'te', 'or', 'si', 'my', 'km', 'lo', 'mn', 'tg', 'ps', 'ckb', 'ug',
  'ka', 'am', 'ti', 'mk', 'be', 'ku', 'so', 'om', 'rw', 'sn', 'xh', 'ln', 'mg',
  'cy', 'ga', 'gd', 'mt', 'lb', 'fo', 'fy', 'bs', 'ceb', 'jv', 'su', 'hmn', 'sm', 'mi', 'qu', 'gn'
]

/** The fewest crisis and ordinary messages each language must have. */
const LANGUAGE_MINIMUMS: readonly (readonly [language: FifteenthBatchLanguage, crisis: number, ordinary: number])[] = [
  ['en', 70, 100],
  ...V32_LANGUAGES.map((language) => [language, 11, 11] as const),
  ...GRID_LANGUAGES.map((language) => [language, 10, 10] as const)
]

/** The scripts of the non-Latin languages, with the fewest crisis and ordinary messages in each. */
const SCRIPT_MINIMUMS: readonly ScriptMinimum[] = [
  ['Gujarati', /\p{Script=Gujarati}/u, 10, 10],
  ['Devanagari', /\p{Script=Devanagari}/u, 10, 10],
  ['Gurmukhi', /\p{Script=Gurmukhi}/u, 10, 10],
  ['Malayalam', /\p{Script=Malayalam}/u, 10, 10],
  ['Kannada', /\p{Script=Kannada}/u, 10, 10],
  ['Telugu', /\p{Script=Telugu}/u, 10, 10],
  ['Oriya', /\p{Script=Oriya}/u, 10, 10],
  ['Sinhala', /\p{Script=Sinhala}/u, 10, 10],
  ['Myanmar', /\p{Script=Myanmar}/u, 10, 10],
  ['Khmer', /\p{Script=Khmer}/u, 10, 10],
  ['Lao', /\p{Script=Lao}/u, 10, 10],
  ['Cyrillic', /\p{Script=Cyrillic}/u, 40, 40],
  ['Arabic', /\p{Script=Arabic}/u, 30, 30],
  ['Georgian', /\p{Script=Georgian}/u, 10, 10],
  ['Ethiopic', /\p{Script=Ethiopic}/u, 20, 20],
  ['Japanese kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u, 11, 11],
  ['Hangul', /\p{Script=Hangul}/u, 11, 11],
  ['Thai', /\p{Script=Thai}/u, 11, 11]
]

const countOf = (kind: SafetyKind, language?: FifteenthBatchLanguage): number =>
  SAFETY_TRAINING_FIFTEENTH_BATCH.filter((example) => example.kind === kind && (language === undefined || languageOf(example.text) === language)).length

describe('fifteenth batch of safety training messages (every kind in fifty-seven languages, a language grid, and their ordinary twins)', () => {
  it('has at least the planned number of messages of each kind, method-seeking the most after suicide, and of ordinary hard negatives', () => {
    const minimum: Record<SafetyKind, number> = {
      suicide_self_harm: 150,
      method_seeking: 145,
      third_party_emergency: 60,
      medical_emergency: 60,
      medication_stop: 60,
      abuse: 60,
      harm_to_others: 60,
      manipulation: 60
    }
    for (const kind of SAFETY_KINDS) expect(countOf(kind), kind).toBeGreaterThanOrEqual(minimum[kind])
    for (const kind of SAFETY_KINDS) {
      if (kind !== 'suicide_self_harm') expect(countOf(kind), kind).toBeLessThan(countOf('suicide_self_harm'))
      if (kind !== 'suicide_self_harm' && kind !== 'method_seeking') expect(countOf(kind), kind).toBeLessThan(countOf('method_seeking'))
    }
    expect(SAFETY_TRAINING_FIFTEENTH_BATCH.length).toBeGreaterThanOrEqual(660)
    expect(ordinaryTexts.length).toBeGreaterThanOrEqual(725)
    expect(ordinaryTexts.length).toBeGreaterThanOrEqual(SAFETY_TRAINING_FIFTEENTH_BATCH.length)
  })

  it('tags every message with its language, and the tags agree with the scripts', () => {
    expect(mistaggedTexts(allTexts, languageOf, NON_LATIN_LANGUAGES)).toEqual([])
    for (const text of allTexts) {
      const script = SCRIPT_OF.get(languageOf(text) ?? 'en')
      if (script !== undefined) expect(script.test(text), text).toBe(true)
    }
    const tags = new Set(FIFTEENTH_BATCH_LANGUAGE.values())
    expect(tags.size).toBe(1 + V32_LANGUAGES.length + GRID_LANGUAGES.length)
    for (const [language] of LANGUAGE_MINIMUMS) expect(tags.has(language), language).toBe(true)
  })

  it('covers every language with crisis and ordinary messages, every kind in every language, and two method-seeking messages at least', () => {
    for (const [language, crisis, ordinary] of LANGUAGE_MINIMUMS) {
      expect(crisisTexts.filter((text) => languageOf(text) === language).length, `${language}, crisis`).toBeGreaterThanOrEqual(crisis)
      expect(ordinaryTexts.filter((text) => languageOf(text) === language).length, `${language}, ordinary`).toBeGreaterThanOrEqual(ordinary)
      for (const kind of SAFETY_KINDS) expect(countOf(kind, language), `${language}, ${kind}`).toBeGreaterThanOrEqual(1)
      expect(countOf('suicide_self_harm', language), `${language}, suicide_self_harm`).toBeGreaterThanOrEqual(2)
      const methods = language === 'en' ? 20 : V32_LANGUAGES.includes(language) ? 3 : 2
      expect(countOf('method_seeking', language), `${language}, method_seeking`).toBeGreaterThanOrEqual(methods)
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
    for (const example of SAFETY_TRAINING_FIFTEENTH_BATCH) expect(SAFETY_KINDS, example.text).toContain(example.kind)
    expect(untidyTexts(allTexts)).toEqual([])
  })

  itKeepsItsMessagesApart({ crisisTexts, ordinaryTexts, otherFiles, previousBatchFile: 'safetyTrainingFourteenthBatch.ts' })

  it(`shares no message with the development sets or the spent set v${LAST_SPENT_SET}, and never reads a later set`, () => {
    expect(DEV_SETS.map((set) => set.name)).toContain('v31')
    for (const set of SPENT_SETS) expect(spentFiles.filter((path) => path.includes(`/v${set}/`)).length, `v${set}`).toBeGreaterThanOrEqual(2)
    expect(spentHeldOutFiles(LAST_SPENT_SET).some((path) => /\/v(3[3-9]|[4-9]\d|\d{3,})\//u.test(path))).toBe(false)
    expect(textsFoundIn(allTexts, outsideTexts)).toEqual([])
  })

  it(`shares no run of ${SHINGLE} words, nor of ${CHARACTER_RUN} letters in scripts without spaces, with a development or spent message`, () => {
    expect(runsFoundIn(allTexts, outsideTexts)).toEqual([])
  })
})
