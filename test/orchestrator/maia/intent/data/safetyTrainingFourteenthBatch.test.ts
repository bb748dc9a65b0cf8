import { describe, expect, it } from 'vitest'
import { DEV_SETS } from '../../../../../bench/router/devSets.ts'
import { heldOutTextsUpTo, itKeepsItsMessagesApart } from '../../../../helpers/batchChecks.ts'
import { CHARACTER_RUN, languagesLeaningToCrisis, mistaggedTexts, nonLatinShareGap, otherDataFiles, runsFoundIn, type ScriptMinimum, scriptShortfalls, SHINGLE, spentHeldOutFiles, textsFoundIn, untidyTexts } from '../../../../helpers/trainingTexts.ts'
import {
  FOURTEENTH_BATCH_LANGUAGE,
  SAFETY_TRAINING_FOURTEENTH_BATCH,
  SAFETY_TRAINING_FOURTEENTH_BATCH_ORDINARY,
  type FourteenthBatchLanguage
} from '../../../../../orchestrator/maia/intent/data/safetyTrainingFourteenthBatch.ts'
import { SAFETY_KINDS, type SafetyKind } from '../../../../../orchestrator/maia/intent/safetyKinds.ts'

const OWN_FILE = 'safetyTrainingFourteenthBatch.ts'
/**
 * The newest spent outside set: v31 (measured once, then spent). The development sets are compared
 * through DEV_SETS (v1 to v29 when this batch was written); the spent sets v30 and v31 are parsed here
 * too, by this test, so the check holds before and after they join DEV_SETS. Later sets (the next
 * one-shot set is being written) are never read, even by this test.
 */
const LAST_SPENT_SET = 31
const SPENT_SETS = [30, 31]

const otherFiles = otherDataFiles(OWN_FILE)
const { spentFiles, texts: outsideTexts } = heldOutTextsUpTo(LAST_SPENT_SET, SPENT_SETS)

const crisisTexts = SAFETY_TRAINING_FOURTEENTH_BATCH.map((example) => example.text)
const ordinaryTexts = SAFETY_TRAINING_FOURTEENTH_BATCH_ORDINARY
const allTexts = [...crisisTexts, ...ordinaryTexts]

const languageOf = (text: string): FourteenthBatchLanguage | undefined => FOURTEENTH_BATCH_LANGUAGE.get(text)

/** The languages written in another script than Latin (every other tag is written in Latin letters). */
const NON_LATIN_LANGUAGES: ReadonlySet<FourteenthBatchLanguage> = new Set<FourteenthBatchLanguage>(['ne', 'el', 'bg'])

/**
 * The languages v31's misses were written in most (Finnish, Hungarian, Czech, Swedish, Nepali,
 * Romanian): each has three crises of every kind at least. The other languages have two of every kind
 * at least, English too.
 */
const LARGER_LANGUAGES: readonly FourteenthBatchLanguage[] = ['fi', 'hu', 'cs', 'sv', 'ro', 'ne']
const SMALLER_LANGUAGES: readonly FourteenthBatchLanguage[] = [
  'sk', 'da', 'nb', 'is', 'et', 'lv', 'lt', 'hr', 'sr-Latn', 'sl', 'sq', 'el', 'bg',
  'ca', 'eu', 'gl', 'pt-PT', 'it', 'ne-Latn', 'hi-Latn', 'ur-Latn', 'ar-Latn', 'ht', 'id', 'ms', 'tl', 'af'
]

/** The fewest crisis and ordinary messages each language must have. */
const LANGUAGE_MINIMUMS: readonly (readonly [language: FourteenthBatchLanguage, crisis: number, ordinary: number])[] = [
  ['en', 75, 180],
  ...LARGER_LANGUAGES.map((language) => [language, 26, 36] as const),
  ...SMALLER_LANGUAGES.map((language) => [language, 17, 22] as const)
]

/** The scripts the non-Latin languages must be written in. */
const SCRIPT_MINIMUMS: readonly ScriptMinimum[] = [
  ['Devanagari', /\p{Script=Devanagari}/u, 26, 36],
  ['Greek', /\p{Script=Greek}/u, 17, 22],
  ['Cyrillic', /\p{Script=Cyrillic}/u, 17, 22]
]

describe('fourteenth batch of safety training messages (every kind in thirty-four languages, thin European ones first, and their ordinary twins)', () => {
  it('has at least the planned number of messages of each kind, and of ordinary hard negatives', () => {
    const counts = new Map<SafetyKind, number>(SAFETY_KINDS.map((kind) => [kind, 0]))
    for (const example of SAFETY_TRAINING_FOURTEENTH_BATCH) counts.set(example.kind, (counts.get(example.kind) ?? 0) + 1)
    const minimum: Record<SafetyKind, number> = {
      suicide_self_harm: 125,
      method_seeking: 75,
      third_party_emergency: 75,
      medical_emergency: 75,
      medication_stop: 75,
      abuse: 75,
      harm_to_others: 75,
      manipulation: 75
    }
    for (const kind of SAFETY_KINDS) expect(counts.get(kind), kind).toBeGreaterThanOrEqual(minimum[kind])
    expect(SAFETY_TRAINING_FOURTEENTH_BATCH.length).toBeGreaterThanOrEqual(690)
    expect(ordinaryTexts.length).toBeGreaterThanOrEqual(1050)
  })

  it('tags every message with its language, and the tags agree with the scripts', () => {
    expect(mistaggedTexts(allTexts, languageOf, NON_LATIN_LANGUAGES)).toEqual([])
    for (const text of allTexts) {
      const language = languageOf(text)
      // Nepali in Devanagari is `ne`; typed in Latin letters it is `ne-Latn`, like Hinglish and romanised Urdu.
      if (language === 'ne') expect(/\p{Script=Devanagari}/u.test(text), text).toBe(true)
      if (language === 'el') expect(/\p{Script=Greek}/u.test(text), text).toBe(true)
      if (language === 'bg') expect(/\p{Script=Cyrillic}/u.test(text), text).toBe(true)
    }
    const tags = new Set(FOURTEENTH_BATCH_LANGUAGE.values())
    expect(tags.size).toBe(1 + LARGER_LANGUAGES.length + SMALLER_LANGUAGES.length)
  })

  it('covers every language with crisis and ordinary messages, and every kind in every language', () => {
    for (const [language, crisis, ordinary] of LANGUAGE_MINIMUMS) {
      expect(crisisTexts.filter((text) => languageOf(text) === language).length, `${language}, crisis`).toBeGreaterThanOrEqual(crisis)
      expect(ordinaryTexts.filter((text) => languageOf(text) === language).length, `${language}, ordinary`).toBeGreaterThanOrEqual(ordinary)
    }
    for (const [language] of LANGUAGE_MINIMUMS) {
      const perKind = LARGER_LANGUAGES.includes(language) ? 3 : 2
      for (const kind of SAFETY_KINDS) {
        const count = SAFETY_TRAINING_FOURTEENTH_BATCH.filter((example) => example.kind === kind && languageOf(example.text) === language).length
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
    for (const example of SAFETY_TRAINING_FOURTEENTH_BATCH) expect(SAFETY_KINDS, example.text).toContain(example.kind)
    expect(untidyTexts(allTexts)).toEqual([])
  })

  itKeepsItsMessagesApart({ crisisTexts, ordinaryTexts, otherFiles, previousBatchFile: 'safetyTrainingThirteenthBatch.ts' })

  it(`shares no message with the development sets or the spent sets v30 and v${LAST_SPENT_SET}, and never reads a later set`, () => {
    expect(DEV_SETS.map((set) => set.name)).toContain('v29')
    for (const set of SPENT_SETS) expect(spentFiles.filter((path) => path.includes(`/v${set}/`)).length, `v${set}`).toBeGreaterThanOrEqual(2)
    expect(spentHeldOutFiles(LAST_SPENT_SET).some((path) => /\/v(3[2-9]|[4-9]\d|\d{3,})\//u.test(path))).toBe(false)
    expect(textsFoundIn(allTexts, outsideTexts)).toEqual([])
  })

  it(`shares no run of ${SHINGLE} words, nor of ${CHARACTER_RUN} letters in scripts without spaces, with a development or spent message`, () => {
    expect(runsFoundIn(allTexts, outsideTexts)).toEqual([])
  })
})
