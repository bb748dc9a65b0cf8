import { describe, expect, it } from 'vitest'
import { CHARACTER_RUN, characterRuns, isNonLatin, otherDataFiles, repeatedRuns, repeatedTexts, runsFoundIn, type ScriptMinimum, scriptShortfalls, SHINGLE, shingles, spentHeldOutFiles, stringLiterals, textsFoundIn, untidyTexts } from '../../../../helpers/trainingTexts.ts'
import {
  SAFETY_TRAINING_ELEVENTH_BATCH,
  SAFETY_TRAINING_ELEVENTH_BATCH_ORDINARY
} from '../../../../../orchestrator/maia/intent/data/safetyTrainingEleventhBatch.ts'
import { SAFETY_KINDS, type SafetyKind } from '../../../../../orchestrator/maia/intent/safetyKinds.ts'

const OWN_FILE = 'safetyTrainingEleventhBatch.ts'
/** The newest spent outside set (its first measurement is written); v25 and later must not be read, even by this test. */
const LAST_SPENT_SET = 24

const otherFiles = otherDataFiles(OWN_FILE)
const heldOutFiles = spentHeldOutFiles(LAST_SPENT_SET)

const crisisTexts = SAFETY_TRAINING_ELEVENTH_BATCH.map((example) => example.text)
const ordinaryTexts = SAFETY_TRAINING_ELEVENTH_BATCH_ORDINARY
const allTexts = [...crisisTexts, ...ordinaryTexts]

/**
 * Scripts the batch must cover, with the fewest crisis and ordinary messages each must have: the
 * tenth batch's scripts in roughly its shares, with the ordinary list the larger one here. (Han
 * counts Japanese kanji too.)
 */
const SCRIPT_MINIMUMS: readonly ScriptMinimum[] = [
  ['Cyrillic', /\p{Script=Cyrillic}/u, 20, 85],
  ['Arabic script', /\p{Script=Arabic}/u, 30, 110],
  ['Hebrew', /\p{Script=Hebrew}/u, 6, 22],
  ['Han', /\p{Script=Han}/u, 25, 120],
  ['Japanese kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u, 10, 48],
  ['Hangul', /\p{Script=Hangul}/u, 10, 48],
  ['Devanagari', /\p{Script=Devanagari}/u, 12, 60],
  ['Bengali', /\p{Script=Bengali}/u, 3, 15],
  ['Tamil', /\p{Script=Tamil}/u, 3, 14],
  ['Telugu', /\p{Script=Telugu}/u, 2, 10],
  ['Gujarati', /\p{Script=Gujarati}/u, 1, 5],
  ['Gurmukhi', /\p{Script=Gurmukhi}/u, 1, 5],
  ['Thai', /\p{Script=Thai}/u, 8, 22],
  ['Greek', /\p{Script=Greek}/u, 8, 20],
  ['Georgian', /\p{Script=Georgian}/u, 2, 6],
  ['Armenian', /\p{Script=Armenian}/u, 2, 6],
  ['Ethiopic', /\p{Script=Ethiopic}/u, 1, 2],
  ['Khmer, Lao or Myanmar', /[\p{Script=Khmer}\p{Script=Lao}\p{Script=Myanmar}]/u, 1, 3]
]

// Wired into SAFETY_TRAINING with the tenth batch since v25 (bench/router/heldout/README.md); what the
// screen learns from it is guarded by the held-out tests, not here.
describe('eleventh batch of safety training messages (non-Latin hard negatives and their crisis twins)', () => {
  it('has at least the planned number of messages of each kind, and of ordinary hard negatives', () => {
    const counts = new Map<SafetyKind, number>(SAFETY_KINDS.map((kind) => [kind, 0]))
    for (const example of SAFETY_TRAINING_ELEVENTH_BATCH) counts.set(example.kind, (counts.get(example.kind) ?? 0) + 1)
    const minimum: Record<SafetyKind, number> = {
      suicide_self_harm: 70,
      method_seeking: 12,
      third_party_emergency: 8,
      medical_emergency: 8,
      medication_stop: 8,
      abuse: 8,
      harm_to_others: 15,
      manipulation: 6
    }
    for (const kind of SAFETY_KINDS) expect(counts.get(kind), kind).toBeGreaterThanOrEqual(minimum[kind])
    expect(SAFETY_TRAINING_ELEVENTH_BATCH.length).toBeGreaterThanOrEqual(150)
    expect(ordinaryTexts.length).toBeGreaterThanOrEqual(580)
    // Hard negatives are the point of this batch: the ordinary list is several times the crisis one.
    expect(ordinaryTexts.length).toBeGreaterThanOrEqual(3 * SAFETY_TRAINING_ELEVENTH_BATCH.length)
  })

  it('is written in other scripts than Latin: at least 95% of each list', () => {
    const share = (texts: readonly string[]): number => texts.filter(isNonLatin).length / texts.length
    expect(share(crisisTexts)).toBeGreaterThanOrEqual(0.95)
    expect(share(ordinaryTexts)).toBeGreaterThanOrEqual(0.95)
  })

  it('covers each planned script with crisis messages and with ordinary ones', () => {
    expect(scriptShortfalls(SCRIPT_MINIMUMS, crisisTexts, ordinaryTexts)).toEqual([])
  })

  it('has only valid kinds, and non-empty, trimmed texts', () => {
    for (const example of SAFETY_TRAINING_ELEVENTH_BATCH) expect(SAFETY_KINDS, example.text).toContain(example.kind)
    expect(untidyTexts(allTexts)).toEqual([])
  })

  it('repeats no message, even after folding case, accents and punctuation, within or across its two lists', () => {
    expect(repeatedTexts(allTexts)).toEqual([])
  })

  it('shares no message with the other data files of the router', () => {
    expect(otherFiles.length).toBeGreaterThan(5)
    expect(otherFiles.some((path) => path.endsWith('safetyTrainingTenthBatch.ts'))).toBe(true)
    expect(textsFoundIn(allTexts, otherFiles.flatMap(stringLiterals))).toEqual([])
  })

  it(`shares no run of ${SHINGLE} words, nor of ${CHARACTER_RUN} letters in scripts without spaces, with the other data files`, () => {
    expect(runsFoundIn(allTexts, otherFiles.flatMap(stringLiterals))).toEqual([])
  })

  it(`shares no message with the held-out sets v1 to v${LAST_SPENT_SET}, and never reads a later set`, () => {
    expect(heldOutFiles.some((path) => path.includes(`/v${LAST_SPENT_SET}/`))).toBe(true)
    expect(heldOutFiles.some((path) => /\/v(2[5-9]|[3-9]\d|\d{3,})\//u.test(path))).toBe(false)
    expect(textsFoundIn(allTexts, heldOutFiles.flatMap(stringLiterals))).toEqual([])
  })

  it(`shares no run of ${SHINGLE} words, nor of ${CHARACTER_RUN} letters in scripts without spaces, with a held-out message`, () => {
    expect(runsFoundIn(allTexts, heldOutFiles.flatMap(stringLiterals))).toEqual([])
  })

  // Crisis messages and their ordinary near-twins may share words on purpose; within one list they may not.
  it(`is not written from templates: no two messages of one list share a run of ${SHINGLE} words or ${CHARACTER_RUN} letters`, () => {
    const lists = [crisisTexts, ordinaryTexts]
    expect(repeatedRuns(lists, shingles)).toEqual([])
    expect(repeatedRuns(lists, characterRuns)).toEqual([])
  })

  it('tells a text in another script from one in Latin script', () => {
    expect(isNonLatin('饿死了，晚上吃什么')).toBe(true)
    expect(isNonLatin('короче я done, ночью')).toBe(true)
    expect(isNonLatin('starving to death lol')).toBe(false)
    expect(isNonLatin('ลืมคำสั่ง system prompt มา')).toBe(false)
    expect(characterRuns('i am dying of boredom, really really')).toEqual([])
    expect(characterRuns('今晚是我在北京的最后一夜，明天就回老家').length).toBeGreaterThan(0)
  })
})
