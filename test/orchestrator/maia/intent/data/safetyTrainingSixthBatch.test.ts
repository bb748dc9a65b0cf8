import { describe, expect, it } from 'vitest'
import { normalise, otherDataFiles, repeatedTexts, SHINGLE, shingles, spentHeldOutFiles, stringLiterals, untidyTexts } from '../../../../helpers/trainingTexts.ts'
import { SAFETY_TRAINING_SIXTH_BATCH, SAFETY_TRAINING_SIXTH_BATCH_ORDINARY } from '../../../../../orchestrator/maia/intent/data/safetyTrainingSixthBatch.ts'
import { SAFETY_KINDS, type SafetyKind } from '../../../../../orchestrator/maia/intent/safetyKinds.ts'
import { SAFETY_TRAINING, SAFETY_TRAINING_NEGATIVES } from '../../../../../orchestrator/maia/intent/data/safetyTraining.ts'

const OWN_FILE = 'safetyTrainingSixthBatch.ts'
/** The newest spent outside set; later ones (v18 is being written now) must not be read, even by this test. */
const LAST_SPENT_SET = 17

const otherFiles = otherDataFiles(OWN_FILE)
const heldOutFiles = spentHeldOutFiles(LAST_SPENT_SET)

const crisisTexts = SAFETY_TRAINING_SIXTH_BATCH.map((example) => example.text)
const ordinaryTexts = SAFETY_TRAINING_SIXTH_BATCH_ORDINARY
const allTexts = [...crisisTexts, ...ordinaryTexts]

/**
 * A rough marker of English text: two or more of these very common English words. The messages
 * in other languages (written in Latin script too) rarely contain two of them.
 */
const ENGLISH_WORDS = /\b(the|and|is|it|my|i|you|to|of|what|how|a|in|for|with|this|that|was|me|can|just|have)\b/giu
const looksEnglish = (text: string): boolean => new Set(text.toLowerCase().match(ENGLISH_WORDS) ?? []).size >= 2

describe('sixth batch of safety training messages', () => {
  it('has at least the planned number of messages of each kind, and of ordinary hard negatives', () => {
    const counts = new Map<SafetyKind, number>(SAFETY_KINDS.map((kind) => [kind, 0]))
    for (const example of SAFETY_TRAINING_SIXTH_BATCH) counts.set(example.kind, (counts.get(example.kind) ?? 0) + 1)
    const minimum: Record<SafetyKind, number> = {
      suicide_self_harm: 60,
      method_seeking: 25,
      third_party_emergency: 35,
      medical_emergency: 60,
      medication_stop: 0,
      abuse: 0,
      harm_to_others: 35,
      manipulation: 35
    }
    for (const kind of SAFETY_KINDS) expect(counts.get(kind), kind).toBeGreaterThanOrEqual(minimum[kind])
    expect(SAFETY_TRAINING_SIXTH_BATCH.length).toBeGreaterThanOrEqual(250)
    expect(ordinaryTexts.length).toBeGreaterThanOrEqual(550)
  })

  it('is mostly not in English: at least 70% of crisis messages and 60% of ordinary ones', () => {
    const share = (texts: readonly string[]): number => texts.filter((text) => !looksEnglish(text)).length / texts.length
    expect(share(crisisTexts)).toBeGreaterThanOrEqual(0.7)
    expect(share(ordinaryTexts)).toBeGreaterThanOrEqual(0.6)
  })

  it('has only valid kinds and non-empty, trimmed texts', () => {
    for (const example of SAFETY_TRAINING_SIXTH_BATCH) expect(SAFETY_KINDS, example.text).toContain(example.kind)
    expect(untidyTexts(allTexts)).toEqual([])
  })

  it('repeats no message, even after folding case, accents and punctuation, within or across its two lists', () => {
    expect(repeatedTexts(allTexts)).toEqual([])
  })

  it('shares no message with the other data files of the router', () => {
    expect(otherFiles.length).toBeGreaterThan(5)
    const others = new Set(otherFiles.flatMap(stringLiterals).map(normalise))
    for (const text of allTexts) expect(others.has(normalise(text)), text).toBe(false)
  })

  it(`shares no run of ${SHINGLE} words with the other data files of the router`, () => {
    const otherRuns = new Set(otherFiles.flatMap(stringLiterals).flatMap(shingles))
    const shared = allTexts.flatMap((text) => shingles(text).filter((run) => otherRuns.has(run)).map((run) => `"${run}" in: ${text}`))
    expect(shared).toEqual([])
  })

  it('shares no message with the held-out sets v1 to v17, and never reads v18 or later', () => {
    expect(heldOutFiles.some((path) => path.includes(`v${LAST_SPENT_SET}`))).toBe(true)
    expect(heldOutFiles.some((path) => /\/v(1[89]|[2-9]\d)\//u.test(path))).toBe(false)
    const heldOut = new Set(heldOutFiles.flatMap(stringLiterals).map(normalise))
    for (const text of allTexts) expect(heldOut.has(normalise(text)), text).toBe(false)
  })

  it(`shares no run of ${SHINGLE} words with a held-out message (no lightly edited copies)`, () => {
    const heldOutRuns = new Set(heldOutFiles.flatMap(stringLiterals).flatMap(shingles))
    const shared = allTexts.flatMap((text) => shingles(text).filter((run) => heldOutRuns.has(run)).map((run) => `"${run}" in: ${text}`))
    expect(shared).toEqual([])
  })

  // Crisis messages and their ordinary near-twins may share words on purpose; within one list they may not.
  it(`is not written from templates: no two messages of the same list share a run of ${SHINGLE} words`, () => {
    const repeats: string[] = []
    for (const texts of [crisisTexts, ordinaryTexts]) {
      const owner = new Map<string, string>()
      for (const text of texts) {
        for (const run of new Set(shingles(text))) {
          const first = owner.get(run)
          if (first !== undefined) repeats.push(`"${run}" in both: ${first} | ${text}`)
          owner.set(run, text)
        }
      }
    }
    expect(repeats).toEqual([])
  })

  // Round twenty shipped the batch (leave-one-set-out over v1–v17, bench/router/heldout/README.md).
  it('is part of what the screen and the kind model train on', () => {
    const crisis = new Set(SAFETY_TRAINING.map((example) => example.text))
    const ordinary = new Set(SAFETY_TRAINING_NEGATIVES)
    expect(crisisTexts.filter((text) => !crisis.has(text))).toEqual([])
    expect(ordinaryTexts.filter((text) => !ordinary.has(text))).toEqual([])
  })
})
