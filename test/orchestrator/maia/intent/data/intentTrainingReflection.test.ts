import { describe, expect, it } from 'vitest'
import { DEV_SETS } from '../../../../../bench/router/devSets.ts'
import { HELD_OUT_INTENTS_V30 } from '../../../../../bench/router/heldout/v30/intentMessagesV30.ts'
import { HELD_OUT_INTENTS_V31 } from '../../../../../bench/router/heldout/v31/intentMessagesV31.ts'
import { CHARACTER_RUN, characterRuns, isNonLatin, mistaggedTexts, otherDataFiles, repeatedRuns, repeatedTexts, runsFoundIn, SHINGLE, shingles, stringLiterals, textsFoundIn, untidyTexts } from '../../../../helpers/trainingTexts.ts'
import { INTENT_TRAINING_REFLECTION, REFLECTION_LANGUAGE, type ReflectionLanguage } from '../../../../../orchestrator/maia/intent/data/intentTrainingReflection.ts'
import { INTENTS, type Intent } from '../../../../../orchestrator/maia/intent/intents.ts'

const OWN_FILE = 'intentTrainingReflection.ts'

/** The fewest messages of each intent; the intents not named have none. */
const MINIMUM: Partial<Record<Intent, number>> = { simple_reflection: 250, shadow_work: 110, elemental_check_in: 55 }

/** The languages written in another script than Latin (every other tag is written in Latin letters). */
const NON_LATIN_LANGUAGES: ReadonlySet<ReflectionLanguage> = new Set<ReflectionLanguage>(['ru', 'uk', 'el', 'he', 'ar', 'fa', 'hi', 'bn', 'ta', 'th', 'zh', 'ja', 'ko'])

/** Words that would make a message a crisis; the batch has none (checked on its English messages). */
const CRISIS_WORDS = /\b(die|dying|dead|death|kill\w*|suicid\w*|self[- ]?harm|hurt (my|him|her)self|overdos\w*|pills?|medication|meds|abus\w*|violen\w*|weapon|knife|gun)\b/iu

const texts = INTENT_TRAINING_REFLECTION.map((example) => example.text)
const otherFiles = otherDataFiles(OWN_FILE)
const otherTexts = otherFiles.flatMap(stringLiterals)
const developmentTexts = DEV_SETS.flatMap((set) => [...set.crisis.map((message) => message.text), ...set.ordinary, ...set.intents.map((example) => example.text)])
const spentTexts = [...HELD_OUT_INTENTS_V30, ...HELD_OUT_INTENTS_V31].map((example) => example.text)
const outsideTexts = [...developmentTexts, ...spentTexts]
/**
 * The newest outside set spent when this batch was written (round twenty-seven). Sets written after it, by helpers
 * who never read it, may share a natural phrase with it by chance (v36's "I want to look at the part of me that…",
 * a Thai check-in of v35), as the tenth batch's test allows for v25 on: the run checks stop at v31; the exact-text
 * checks read every set.
 */
const LAST_SPENT_SET = 31
const laterSetTexts = new Set(DEV_SETS.filter((set) => Number(set.name.slice(1)) > LAST_SPENT_SET).flatMap((set) => [...set.crisis.map((message) => message.text), ...set.ordinary, ...set.intents.map((example) => example.text)]))
const writtenBefore = (list: readonly string[]): string[] => list.filter((text) => !laterSetTexts.has(text))

const ofIntent = (intent: Intent): string[] => INTENT_TRAINING_REFLECTION.filter((example) => example.intent === intent).map((example) => example.text)
const languageOf = (text: string): ReflectionLanguage | undefined => REFLECTION_LANGUAGE.get(text)

describe('reflection batch of intent training messages (simple reflections, their shadow-work counterparts, check-ins)', () => {
  it('has at least the planned number of messages of each intent, and none of the others', () => {
    const counts = new Map<Intent, number>(INTENTS.map((intent) => [intent, 0]))
    for (const example of INTENT_TRAINING_REFLECTION) counts.set(example.intent, (counts.get(example.intent) ?? 0) + 1)
    for (const intent of INTENTS) {
      const minimum = MINIMUM[intent]
      if (minimum === undefined) expect(counts.get(intent), intent).toBe(0)
      else expect(counts.get(intent), intent).toBeGreaterThanOrEqual(minimum)
    }
  })

  it('has only valid intents and non-empty, trimmed texts', () => {
    for (const example of INTENT_TRAINING_REFLECTION) expect(INTENTS, example.text).toContain(example.intent)
    expect(untidyTexts(texts)).toEqual([])
  })

  it('tags every message with its language, and the tags agree with the scripts', () => {
    expect(REFLECTION_LANGUAGE.size).toBe(texts.length)
    expect(mistaggedTexts(texts, languageOf, NON_LATIN_LANGUAGES)).toEqual([])
  })

  it('writes most simple reflections, and a good share of the rest, in at least 25 languages besides English', () => {
    const reflections = ofIntent('simple_reflection')
    const share = (list: readonly string[]): number => list.filter((text) => languageOf(text) !== 'en').length / list.length
    expect(share(reflections)).toBeGreaterThanOrEqual(0.5)
    expect(share(ofIntent('shadow_work'))).toBeGreaterThanOrEqual(0.5)
    expect(share(ofIntent('elemental_check_in'))).toBeGreaterThanOrEqual(0.5)
    const languages = new Set(texts.map(languageOf))
    languages.delete('en')
    expect(languages.size).toBeGreaterThanOrEqual(25)
    for (const language of languages) {
      if (language === undefined) continue
      for (const intent of ['simple_reflection', 'shadow_work', 'elemental_check_in'] as const) {
        expect(ofIntent(intent).filter((text) => languageOf(text) === language).length, `${language}, ${intent}`).toBeGreaterThanOrEqual(1)
      }
      expect(reflections.filter((text) => languageOf(text) === language).length, `${language}, simple_reflection`).toBeGreaterThanOrEqual(4)
    }
    expect(reflections.filter(isNonLatin).length).toBeGreaterThanOrEqual(50)
  })

  it('has no crisis content', () => {
    expect(texts.filter((text) => languageOf(text) === 'en' && CRISIS_WORDS.test(text))).toEqual([])
  })

  it('repeats no message, even after folding case, accents and punctuation', () => {
    expect(repeatedTexts(texts)).toEqual([])
  })

  it('shares no message with the other data files of the router', () => {
    expect(otherFiles.length).toBeGreaterThan(5)
    expect(otherFiles.some((path) => path.endsWith('intentTrainingVariedSecond.ts'))).toBe(true)
    expect(otherFiles.some((path) => path.endsWith('safetyTrainingThirteenthBatch.ts'))).toBe(true)
    expect(textsFoundIn(texts, otherTexts)).toEqual([])
  })

  it(`shares no run of ${SHINGLE} words, nor of ${CHARACTER_RUN} letters in scripts without spaces, with the other data files`, () => {
    expect(runsFoundIn(texts, writtenBefore(otherTexts))).toEqual([])
  })

  it('shares no message with the development sets nor with the spent sets v30 and v31', () => {
    expect(DEV_SETS.map((set) => set.name)).toContain('v29')
    expect(HELD_OUT_INTENTS_V30.length).toBeGreaterThan(0)
    expect(HELD_OUT_INTENTS_V31.length).toBeGreaterThan(0)
    expect(textsFoundIn(texts, outsideTexts)).toEqual([])
  })

  it(`shares no run of ${SHINGLE} words, nor of ${CHARACTER_RUN} letters in scripts without spaces, with a development or spent message`, () => {
    expect(runsFoundIn(texts, writtenBefore(outsideTexts))).toEqual([])
  })

  it(`is not written from templates: no two messages share a run of ${SHINGLE} words or ${CHARACTER_RUN} letters`, () => {
    expect(repeatedRuns([texts], shingles)).toEqual([])
    expect(repeatedRuns([texts], characterRuns)).toEqual([])
  })
})
